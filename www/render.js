// Pure rendering: a Comparison (from the wasm core) -> DOM nodes. No state, no events.
// User text only ever becomes text nodes (never HTML), so nothing a user pastes can run.

/** Adds UTF-16 offsets (JS string indices) and the side's name ("old"/"new") to its segments. */
export function withOffsets(side, name) {
  let at = 0;
  return side.segments.map((s) => {
    const start = at;
    at += s.text.length;
    return { text: s.text, op: s.op, change: s.change, start, end: at, side: name };
  });
}

/** The pieces of `segs` (with offsets) inside [start, end), cut at the span's edges. */
export function clip(segs, start, end) {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < segs.length && segs[i].start < end; i++) {
    const s = segs[i];
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (b > a) out.push({ ...s, text: s.text.slice(a - s.start, b - s.start), start: a, end: b });
  }
  return out;
}

/**
 * Rows of the side-by-side view with their pieces: [{ index, old: pieces, new: pieces, changed }].
 * A row is changed when either side holds a piece of a change that is not minor (rows whose only
 * changes are minor — typography, case, white space, split words — collapse like unchanged ones).
 */
export function layoutRows(result) {
  return rowLayout(result)(0, result.rows.length);
}

/**
 * layoutRows in steps: returns `(from, to) => rows from..to`, so a huge result can be laid out
 * over several tasks.
 */
export function rowLayout(result) {
  const oldSegs = withOffsets(result.old, "old");
  const newSegs = withOffsets(result.new, "new");
  const substantive = (p) => p.op !== "equal" && !result.changes[p.change]?.minor;
  const around = (p) => result.changes[p.change]?.kind === "surrounding";
  return (from, to) => {
    const rows = [];
    for (let index = from; index < Math.min(to, result.rows.length); index++) {
      const row = result.rows[index];
      const o = clip(oldSegs, row.old.start, row.old.end);
      const n = clip(newSegs, row.new.start, row.new.end);
      const changed = o.some(substantive) || n.some(substantive);
      // A row of page furniture only (see the core's "surrounding" kind): collapsed by default.
      const surrounding = changed && [...o, ...n].every((p) => (p.op === "equal" ? !p.text.trim() : around(p)));
      rows.push({ index, old: o, new: n, changed, surrounding });
    }
    return rows;
  };
}

/**
 * Groups rows into what the view shows: rows, and collapsed stretches of unchanged rows
 * ({ collapsed: true, rows: [...] }), keeping `context` unchanged rows next to each change.
 * `expanded` holds the index of the first row of each stretch the reader opened.
 */
export function groupRows(rows, { context = 2, minCollapse = 4, expanded = new Set() } = {}) {
  const items = [];
  let i = 0;
  while (i < rows.length) {
    if (rows[i].surrounding) {
      let j = i;
      while (j < rows.length && rows[j].surrounding) j++;
      if (expanded.has(i)) items.push(...rows.slice(i, j));
      else items.push({ collapsed: true, surrounding: true, first: i, rows: rows.slice(i, j) });
      i = j;
      continue;
    }
    if (rows[i].changed) {
      items.push(rows[i++]);
      continue;
    }
    let j = i;
    while (j < rows.length && !rows[j].changed) j++;
    const keepBefore = i === 0 ? 0 : context;
    const keepAfter = j === rows.length ? 0 : context;
    const hidden = j - i - keepBefore - keepAfter;
    if (hidden >= minCollapse && !expanded.has(i + keepBefore)) {
      for (let k = i; k < i + keepBefore; k++) items.push(rows[k]);
      items.push({ collapsed: true, first: i + keepBefore, rows: rows.slice(i + keepBefore, j - keepAfter) });
      for (let k = j - keepAfter; k < j; k++) items.push(rows[k]);
    } else {
      for (let k = i; k < j; k++) items.push(rows[k]);
    }
    i = j;
  }
  return items;
}

/**
 * One pass over the items of groupRows (no DOM): each item's estimated height in lines of ~80
 * characters (`heights`, total `height`), the estimated height above each change that is not
 * minor (`positions`: change id → lines, for the minimap), and the item holding each change
 * (`itemOf`: change id → item index, for navigation), a collapsed block of page furniture
 * included (it is a navigation stop).
 */
export function measureItems(items, changes) {
  const positions = new Map();
  const itemOf = new Map();
  const heights = new Float64Array(items.length);
  let height = 0;
  const note = (pieces, k) => {
    for (const p of pieces) {
      if (p.change === undefined || itemOf.has(p.change)) continue;
      itemOf.set(p.change, k);
      if (!changes[p.change].minor) positions.set(p.change, height);
    }
  };
  const span = (pieces) => (pieces.length ? pieces[pieces.length - 1].end - pieces[0].start : 0);
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.collapsed) {
      heights[k] = 1;
      // Collapsed page furniture is a navigation stop: its changes are found in this item.
      if (item.surrounding) {
        for (const r of item.rows) {
          note(r.old, k);
          note(r.new, k);
        }
      }
    } else {
      note(item.old, k);
      note(item.new, k);
      heights[k] = 1 + Math.max(span(item.old), span(item.new)) / 80;
    }
    height += heights[k];
  }
  return { heights, height, positions, itemOf };
}

/**
 * Appends pieces to `parent`: equal text as text nodes, changes as <del>/<ins>, minor changes as
 * <span class="minor"> (or plain text when `hideMinor`), and the words named by the sides'
 * `findings` ({ old: [...], new: [...] }: look-alike or invisible characters) wrapped in <mark>.
 */
export function appendPieces(parent, pieces, changes, { hideMinor = false, findings = { old: [], new: [] } } = {}) {
  const doc = parent.ownerDocument;
  const next = { old: 0, new: 0 };
  // The move the previous piece belonged to (its own text or an edit inside it), so a moved
  // line that an edit interrupts reads as one stretch: one start bar, not one per piece.
  let inMove;
  const moveOf = (ch) => (ch?.kind === "moved" ? ch.id : ch?.within);
  for (const p of pieces) {
    const list = findings[p.side] ?? [];
    let f = next[p.side] ?? 0;
    while (f < list.length && list[f].span.end <= p.start) f++;
    next[p.side] = f;
    let target = parent;
    const ch = p.change === undefined ? undefined : changes[p.change];
    if (ch && !(ch.minor && hideMinor)) {
      target = changeElement(doc, p, ch);
      // Edits inside name the move's first half; the second half is that one's pair.
      if (ch.kind === "moved" && inMove !== undefined && (inMove === ch.id || inMove === ch.pair)) target.classList.add("cont");
      parent.append(target);
    }
    if (ch || p.text.trim()) inMove = moveOf(ch);
    appendWithFindings(doc, target, p, list, f);
  }
}

/** Appends the text of piece `p`, wrapping the parts inside findings in <mark>. */
function appendWithFindings(doc, target, p, findings, first) {
  let at = p.start;
  for (let k = first; k < findings.length && findings[k].span.start < p.end; k++) {
    const fd = findings[k];
    const a = Math.max(fd.span.start, p.start);
    const b = Math.min(fd.span.end, p.end);
    if (b <= a) continue;
    if (a > at) target.append(doc.createTextNode(p.text.slice(at - p.start, a - p.start)));
    const mark = doc.createElement("mark");
    mark.className = `finding ${fd.kind}`;
    mark.setAttribute("part", `finding ${fd.kind}`);
    mark.dataset.finding = fd.kind;
    mark.title = describeFinding(fd, p);
    mark.textContent = p.text.slice(a - p.start, b - p.start);
    target.append(mark);
    at = b;
  }
  if (at < p.end) target.append(doc.createTextNode(p.text.slice(at - p.start)));
}

/** "Look-alike letter: U+0430 (Cyrillic) in a Latin-script word" — built from data, shown as a tooltip. */
export function describeFinding(fd) {
  const chars = fd.chars
    .map((c) => `U+${c.codePoint.toString(16).toUpperCase().padStart(4, "0")} (${c.script})`)
    .join(", ");
  return fd.kind === "lookalike"
    ? `Look-alike letters from another script: ${chars}`
    : `Invisible or control characters: ${chars}`;
}

const MINOR_LABELS = { case: "Case", typography: "Typography", whitespace: "White space", split: "Split or joined word" };

function changeElement(doc, piece, change) {
  let el;
  if (change.minor) {
    el = doc.createElement("span");
    el.className = "minor";
    el.setAttribute("part", "minor");
    el.title = `Minor change: ${MINOR_LABELS[change.kind] ?? change.kind}`;
  } else {
    el = doc.createElement(piece.op === "delete" ? "del" : "ins");
    el.setAttribute("part", piece.op === "delete" ? "del" : "ins");
  }
  el.dataset.change = String(piece.change);
  el.dataset.kind = change.kind;
  if (change.kind === "moved") {
    el.classList.add("moved");
    el.setAttribute("part", `${el.getAttribute("part")} moved`);
    el.title = piece.op === "delete" ? "Moved from here: click (or press m) to see where it went" : "Moved here: click (or press m) to see where it was";
  } else if (change.within !== undefined) {
    el.classList.add("in-move");
    el.title = `Edited in a moved line (${change.kind})`;
  }
  if (change.kind === "whitespace" && /^[\s]*$/.test(piece.text)) el.classList.add("space");
  return el;
}

/**
 * The inline (single-column) reading of one row: the new text, with each deletion shown just
 * before what replaced it (or where it stood).
 */
export function inlinePieces(row, changes) {
  const deleted = new Map();
  for (const p of row.old) {
    // Minor changes read as the new text only ("«мир»" → "“мир”" shows “мир”).
    if (p.change === undefined || changes[p.change]?.minor) continue;
    // A line that moved away is shown whole where it was, edits inside it included.
    const within = changes[p.change]?.within;
    const group = within !== undefined && row.old.some((q) => q.change === within) ? within : p.change;
    if (!deleted.has(group)) deleted.set(group, []);
    deleted.get(group).push(p);
  }
  const out = [];
  const emitted = new Set();
  const flushDeletionsBefore = (pos) => {
    for (const [id, pieces] of deleted) {
      const ch = changes[id];
      if (emitted.has(id) || ch.new.start !== ch.new.end || ch.new.start > pos) continue;
      emitted.add(id);
      out.push(...pieces);
    }
  };
  for (const p of row.new) {
    flushDeletionsBefore(p.start);
    if (p.change !== undefined && !emitted.has(p.change)) {
      emitted.add(p.change);
      out.push(...(deleted.get(p.change) ?? []));
    }
    out.push(p);
  }
  flushDeletionsBefore(Infinity);
  return out;
}

/**
 * The navigation stops: ids of the changes that are not minor (surrounding blocks and both halves
 * of a move included), in reading order; of one `kind` only when given.
 */
export function stops(changes, kind = null) {
  const out = [];
  for (const c of changes) if (!c.minor && (kind === null || c.kind === kind)) out.push(c.id);
  return out;
}

const fmt = (n) => n.toLocaleString("en");
const plural = (n, one, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/**
 * A share as a percentage with one decimal. "100%" only when `exact` (nothing of substance
 * differs): a share under 1, or any change, shows at most 99.9%, never a rounded-up 100.
 */
export function percent(share, exact) {
  let v = Math.round(share * 1000) / 10;
  if (v >= 100 && !(share >= 1 && exact)) v = 99.9;
  return v >= 100 ? "100%" : `${v.toFixed(1)}%`;
}

const MINOR = new Set(Object.keys(MINOR_LABELS));

/**
 * THE numbers of a comparison, and their labels: the one place the summary, the navigation
 * counter, the report, the plain-text export and the rendered event take them from. The numbers
 * are the core's `result.stats`: `changes` = the navigation stops (every change that is not
 * minor), partitioned into `replaced` + `added` + `removed` + `moved` (both halves of a move) +
 * `surrounding` (blocks of page furniture); `kinds` = stops per kind; the words; the furniture's
 * words (`surroundingWordsOld` / `New`); `similarity` of the whole texts and `sharedSimilarity`
 * of the shared part. `labels` says what each counts, e.g. "9 changes: 7 replaced, 1 added, 1 removed".
 */
export function describe(result) {
  const s = result.stats;
  const kinds = {};
  const minorKinds = {};
  for (const [k, c] of Object.entries(s.kinds ?? {})) (MINOR.has(k) ? minorKinds : kinds)[k] = c;
  const findings = (result.old.findings?.length ?? 0) + (result.new.findings?.length ?? 0);
  const d = {
    changes: s.changes,
    replaced: s.replaced,
    added: s.added,
    removed: s.removed,
    moved: s.moved,
    surrounding: s.surrounding,
    minorChanges: s.minorChanges ?? 0,
    kinds,
    minorKinds,
    wordsInserted: s.wordsInserted,
    wordsDeleted: s.wordsDeleted,
    wordsUnchanged: s.wordsUnchanged,
    wordsMoved: s.wordsMoved ?? 0,
    surroundingWordsOld: s.surroundingWordsOld ?? 0,
    surroundingWordsNew: s.surroundingWordsNew ?? 0,
    similarity: s.similarity,
    sharedSimilarity: s.sharedSimilarity ?? s.similarity,
    findings,
    approximate: Boolean(result.approximate),
    // Word lists that would have decided split words but were not loaded: those stay changes.
    wordListsMissing: result.wordListsNeeded ?? [],
  };
  d.labels = labelsOf(d);
  return d;
}

function labelsOf(d) {
  const passages = Math.ceil(d.moved / 2);
  const parts = [
    [d.replaced, "replaced"],
    [d.added, "added"],
    [d.removed, "removed"],
    // Both halves of a move are stops: say how many passages that is.
    [d.moved, `moved (${passages === 1 ? "1 passage, counted at its old and its new place" : `${fmt(passages)} passages, each counted at its old and its new place`})`],
    [d.surrounding, "around the shared text"],
  ]
    .filter(([n]) => n)
    .map(([n, what]) => `${fmt(n)} ${what}`);
  const changes = plural(d.changes, "change") + (parts.length ? `: ${parts.join(", ")}` : "");
  const words = `${plural(d.wordsInserted, "word")} added, ${fmt(d.wordsDeleted)} removed` + (d.wordsMoved ? `, ${fmt(d.wordsMoved)} moved` : "");
  const [o, n] = [d.surroundingWordsOld, d.surroundingWordsNew];
  const surrounding =
    o && n
      ? `${plural(o, "word")} only in the old text, ${fmt(n)} only in the new, around the shared text`
      : o || n
        ? `${plural(o || n, "word")} only in the ${o ? "old" : "new"} text, around the shared text`
        : "";
  const furniture = Boolean(d.surrounding || o || n);
  const shared = percent(d.sharedSimilarity, d.changes - d.surrounding === 0);
  const whole = `${percent(d.similarity, d.changes === 0)} similar`;
  const similarity = furniture ? `${whole}; ${shared} in the shared text` : whole;
  const list = (o) =>
    Object.entries(o)
      .map(([k, c]) => `${k} ${fmt(c)}`)
      .join(", ");
  const minor = d.minorChanges ? `${fmt(d.minorChanges)} minor (${list(d.minorKinds)})` : "";
  const kinds = Object.keys(d.kinds).length ? `by kind: ${list(d.kinds)}` : "";
  const findings = d.findings ? `${plural(d.findings, "word hides", "words hide")} look-alike or invisible characters` : "";
  const approximate = d.approximate ? "Approximate: the time budget ran out, so changed passages are shown in larger pieces." : "";
  const langs = { en: "English", ru: "Russian" };
  const missing = d.wordListsMissing.map((l) => langs[l] ?? l).join(" and ");
  const unverified = missing ? `Split or joined words are shown as changes: the ${missing} word list could not be loaded.` : "";
  // The whole summary as one line of text (report, plain-text export).
  const line = [changes, words, surrounding, similarity, kinds, minor, findings].filter(Boolean).join("; ") + "." + [approximate, unverified].filter(Boolean).map((t) => ` ${t}`).join("");
  return { changes, words, surrounding, similarity, minor, kinds, findings, approximate, unverified, line };
}

/**
 * The navigation counter: "9 changes" before navigating, "3 of 9 changes" at a stop, "1 of 2
 * number changes" when stepping through one kind; "0 changes · 3 minor" when only minor ones
 * exist (never "no changes" while anything differs).
 */
export function counterText(d, current = -1, kind = null) {
  const total = kind === null ? d.changes : (d.kinds[kind] ?? 0);
  const what = kind === null ? (total === 1 ? "change" : "changes") : `${kind} ${total === 1 ? "change" : "changes"}`;
  const minor = kind === null && total === 0 && d.minorChanges ? ` · ${fmt(d.minorChanges)} minor` : "";
  return current < 0 || total === 0 ? `${fmt(total)} ${what}${minor}` : `${fmt(current + 1)} of ${fmt(total)} ${what}`;
}
