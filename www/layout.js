// Pure data, no DOM: the core's Comparison as rows, groups of rows and inline pieces, and THE
// numbers with their labels (describe()). render.js makes DOM of it, export.js text and HTML.
// Words in the reader's language through a translator `t` (i18n.js; English by default).
import { EN } from "./i18n.js";

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
 * Rows of the side-by-side view: [{ index, old: pieces, new: pieces, changed, surrounding }].
 * Changed: a side holds a change that is not minor (rows with minor ones only collapse too).
 */
export function layoutRows(result) {
  return rowLayout(result)(0, result.rows.length);
}

/** layoutRows in steps, `(from, to) => rows`, so a huge result is laid out over several tasks. */
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
      // Page furniture only (the core's "surrounding" kind): collapsed by default.
      const surrounding = changed && [...o, ...n].every((p) => (p.op === "equal" ? !p.text.trim() : around(p)));
      rows.push({ index, old: o, new: n, changed, surrounding });
    }
    return rows;
  };
}

/**
 * What the view shows: rows, and collapsed stretches ({ collapsed, first, rows, surrounding? }),
 * keeping `context` unchanged rows by each change; `expanded`: the `first` of each one opened.
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
 * Over the items of groupRows: each one's estimated height in lines of ~80 characters (`heights`,
 * total `height`), the height above each change that is not minor (`positions`, for the minimap)
 * and the item holding each change (`itemOf`, for navigation; collapsed furniture included).
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

/** The inline reading of a row: the new text, each deletion just before what replaced it (or where it stood). */
export function inlinePieces(row, changes) {
  const deleted = new Map();
  for (const p of row.old) {
    // Minor changes read as the new text only.
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

/** A finding's tooltip: "Look-alike letters from another script: U+0430 (Cyrillic)". */
export function describeFinding(fd, t = EN) {
  const chars = fd.chars.map((c) => `U+${c.codePoint.toString(16).toUpperCase().padStart(4, "0")} (${c.script})`).join(", ");
  return t(fd.kind === "lookalike" ? "finding.lookalike" : "finding.invisible", { chars });
}

/** The minor kinds, as tooltips name them (English; minorLabel() in the reader's language). */
export const MINOR_LABELS = { case: "Case", typography: "Typography", whitespace: "White space", split: "Split or joined word" };
export const minorLabel = (kind, t = EN) => t(`minor.${kind}`);

/** The navigation stops: ids of the changes that are not minor (of `kind` only, if given), in reading order. */
export function stops(changes, kind = null) {
  const out = [];
  for (const c of changes) if (!c.minor && (kind === null || c.kind === kind)) out.push(c.id);
  return out;
}

export const fmt = (n) => n.toLocaleString("en");
export const plural = (n, one, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/** A share as "97.3%"; "100%" only when 1 and `exact` (nothing differs), else at most 99.9% (in `t`'s language: "97,3 %"). */
export const percent = (share, exact, t = EN) => t.percent(share, exact);

const MINOR = new Set(Object.keys(MINOR_LABELS));

/**
 * THE numbers, from the core's `stats`, that the summary, the counter, the exports and the
 * rendered event all show: `changes` (the navigation stops) = `replaced` + `added` + `removed` +
 * `moved` (both halves) + `surrounding`; `kinds` (stops per kind); words; similarities. `labels`
 * says what each counts: "9 changes: 7 replaced, 1 added, 1 removed".
 */
export function describe(result, t = EN) {
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
    wordListsMissing: result.wordListsNeeded ?? [],
  };
  Object.defineProperty(d, "t", { value: t }); // the language of the labels, for the counter and notices
  d.labels = labelsOf(d, t);
  return d;
}

function labelsOf(d, t) {
  const parts = [
    ["labels.replaced", d.replaced],
    ["labels.added", d.added],
    ["labels.removed", d.removed],
    ["labels.moved", d.moved, { passages: t("labels.passages", { n: Math.ceil(d.moved / 2) }) }],
    ["labels.surrounding", d.surrounding],
  ]
    .filter(([, n]) => n)
    .map(([key, n, more]) => t(key, { n, ...more }));
  const count = t("labels.changes", { n: d.changes });
  const changes = parts.length ? t("labels.changesWithParts", { changes: count, parts: t.list(parts) }) : count;
  const words = t("labels.words", { n: d.wordsInserted, removed: d.wordsDeleted }) + (d.wordsMoved ? t("labels.wordsMoved", { n: d.wordsMoved }) : "");
  const [o, n] = [d.surroundingWordsOld, d.surroundingWordsNew];
  const surrounding =
    o && n ? t("labels.surroundingBoth", { n: o, new: n }) : o || n ? t(o ? "labels.surroundingOld" : "labels.surroundingNew", { n: o || n }) : "";
  const furniture = Boolean(d.surrounding || o || n);
  const shared = t.percent(d.sharedSimilarity, d.changes - d.surrounding === 0);
  const whole = t("labels.similar", { pct: t.percent(d.similarity, d.changes === 0) });
  const similarity = furniture ? t("labels.similarShared", { whole, shared }) : whole;
  const list = (o) => t.list(Object.entries(o).map(([k, c]) => t("labels.kindCount", { kind: t.kind(k), n: c })));
  const minor = d.minorChanges ? t("labels.minor", { n: d.minorChanges, list: list(d.minorKinds) }) : "";
  const kinds = Object.keys(d.kinds).length ? t("labels.kinds", { list: list(d.kinds) }) : "";
  const findings = d.findings ? t("labels.findings", { n: d.findings }) : "";
  const approximate = d.approximate ? t("labels.approximate") : "";
  const missing = d.wordListsMissing.map((l) => (t(`lang.${l}`) === `lang.${l}` ? l : t(`lang.${l}`))).join(t("list.and"));
  const unverified = missing ? t("labels.unverified", { langs: missing }) : "";
  // The whole summary as one line (report, plain text).
  const line =
    [changes, words, surrounding, similarity, kinds, minor, findings].filter(Boolean).join("; ") +
    "." +
    [approximate, unverified]
      .filter(Boolean)
      .map((t) => ` ${t}`)
      .join("");
  return { changes, words, surrounding, similarity, minor, kinds, findings, approximate, unverified, line };
}

/** The navigation counter: "9 changes", "3 of 9 changes", "1 of 2 number changes", "0 changes · 3 minor". */
export function counterText(d, current = -1, kind = null, t = d.t ?? EN) {
  const total = kind === null ? d.changes : (d.kinds[kind] ?? 0);
  const named = kind === null ? {} : { kind: t.kind(kind) };
  const minor = kind === null && total === 0 && d.minorChanges ? t("counter.minor", { n: d.minorChanges }) : "";
  if (current < 0 || total === 0) return t(kind === null ? "counter.changes" : "counter.kind", { n: total, ...named }) + minor;
  return t(kind === null ? "counter.at" : "counter.atKind", { at: current + 1, n: total, ...named });
}

/** The summary line as pieces, text or [tag, class, text]: "8 changes: 7 replaced, 1 added · +9 words added · −7 removed · 99.1% similar"… */
export function summaryLine(d, t = d.t ?? EN) {
  const L = d.labels;
  const opt = (sep, tag, cls, text) => (text ? [sep, [tag, cls, text]] : []);
  return [
    ["strong", "count", L.changes],
    " · ",
    ["span", "added", `+${t.num(d.wordsInserted)}`],
    t("summary.wordsAdded", { n: d.wordsInserted }),
    ["span", "removed", `−${t.num(d.wordsDeleted)}`],
    t("summary.removed") + (d.wordsMoved ? t("summary.moved", { n: d.wordsMoved }) : ""),
    ...opt(" · ", "span", "around", L.surrounding),
    ` · ${L.similarity}`,
    ...opt(" · ", "span", "minor-count", L.minor),
    ...opt(" · ", "strong", "findings", L.findings),
    ...opt(" ", "strong", null, L.approximate),
    ...opt(" ", "strong", "unverified", L.unverified),
  ];
}

/** The view's notice when nothing or only minor things differ, else "". */
export function viewNotice(result, d, t = d.t ?? EN) {
  if (result.changes.length === 0) return t("notice.same");
  if (d.changes === 0) return t("notice.onlyMinor", { kinds: t.list(Object.keys(d.minorKinds).map(t.kind)) });
  return "";
}

const textOf = (pieces) => pieces.map((p) => p.text).join("");
const oneLine = (text, n) => text.replace(/\s+/g, " ").trim().slice(0, n);

/** A collapsed stretch: its button ("Show 12 unchanged lines") and a preview of its first row. */
export function collapsedText(item, t = EN) {
  const n = item.rows.length;
  const text = (r) => textOf(r.new) || textOf(r.old);
  const paragraphs = item.rows.filter((r) => /\n\s*\n\s*$/.test(text(r))).length >= n / 2;
  return { button: t(paragraphs ? "collapsed.paragraphs" : "collapsed.lines", { n }), preview: oneLine(text(item.rows[0]), 160) };
}

/**
 * Collapsed furniture: "Only in the old text: 74 words (“…”) · only in the new text: …" and the
 * ids of its changes (the block is their stop). The core counts the words of all blocks together,
 * so counts are given when there is one block.
 */
export function surroundingText(item, d, t = d.t ?? EN) {
  const sides = [];
  for (const [side, n] of [
    ["old", d.surroundingWordsOld],
    ["new", d.surroundingWordsNew],
  ]) {
    const text = oneLine(textOf(item.rows.flatMap((r) => r[side])), 48);
    if (!text) continue;
    const count = d.surrounding === 1 ? t("surrounding.count", { n }) : "";
    sides.push(t(`surrounding.${side}`, { count, text }));
  }
  const text = sides.join(" · ");
  const ids = new Set(item.rows.flatMap((r) => [...r.old, ...r.new]).flatMap((p) => (p.change === undefined ? [] : [p.change])));
  return { preview: text.charAt(0).toUpperCase() + text.slice(1), ids: [...ids] };
}
