// Pure rendering: a Comparison (from the wasm core) -> DOM nodes. No state, no events.
// User text only ever becomes text nodes (never HTML), so nothing a user pastes can run.

/** Adds UTF-16 offsets (JS string indices) to one side's segments. */
export function withOffsets(side) {
  let at = 0;
  return side.segments.map((s) => {
    const start = at;
    at += s.text.length;
    return { text: s.text, op: s.op, change: s.change, start, end: at };
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
    if (b > a) out.push({ text: s.text.slice(a - s.start, b - s.start), op: s.op, change: s.change, start: a, end: b });
  }
  return out;
}

/**
 * Rows of the side-by-side view with their pieces: [{ index, old: pieces, new: pieces, changed }].
 * A row is changed when either side holds a deleted or inserted piece.
 */
export function layoutRows(result) {
  const oldSegs = withOffsets(result.old);
  const newSegs = withOffsets(result.new);
  return result.rows.map((row, index) => {
    const o = clip(oldSegs, row.old.start, row.old.end);
    const n = clip(newSegs, row.new.start, row.new.end);
    const changed = o.some((p) => p.op !== "equal") || n.some((p) => p.op !== "equal");
    return { index, old: o, new: n, changed };
  });
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

/** Appends pieces to `parent`: equal text as text nodes, changes as <del>/<ins>. */
export function appendPieces(parent, pieces, changes) {
  const doc = parent.ownerDocument;
  for (const p of pieces) {
    if (p.op === "equal") {
      parent.append(doc.createTextNode(p.text));
    } else {
      parent.append(changeElement(doc, p, changes));
    }
  }
}

function changeElement(doc, piece, changes) {
  const el = doc.createElement(piece.op === "delete" ? "del" : "ins");
  el.textContent = piece.text;
  el.dataset.change = String(piece.change);
  el.dataset.kind = changes[piece.change]?.kind ?? "wording";
  el.setAttribute("part", piece.op === "delete" ? "del" : "ins");
  return el;
}

/**
 * The inline (single-column) reading of one row: the new text, with each deletion shown just
 * before what replaced it (or where it stood).
 */
export function inlinePieces(row, changes) {
  const deleted = new Map();
  for (const p of row.old) {
    if (p.change === undefined) continue;
    if (!deleted.has(p.change)) deleted.set(p.change, []);
    deleted.get(p.change).push(p);
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

/** Change counts for the summary: added / removed words, replaced changes, per-kind counts. */
export function summarize(result) {
  const kinds = {};
  let replaced = 0;
  for (const ch of result.changes) {
    kinds[ch.kind] = (kinds[ch.kind] ?? 0) + 1;
    if (ch.old.start !== ch.old.end && ch.new.start !== ch.new.end) replaced++;
  }
  return { ...result.stats, replaced, kinds };
}

/** "9 words added, 7 removed, 8 changes, 99.1% similar" */
export function describeStats(stats, approximate) {
  const pct = Math.round(stats.similarity * 1000) / 10;
  const parts = [
    `${stats.wordsInserted} ${stats.wordsInserted === 1 ? "word" : "words"} added`,
    `${stats.wordsDeleted} removed`,
    `${stats.changes} ${stats.changes === 1 ? "change" : "changes"}`,
    `${pct}% similar`,
  ];
  return parts.join(", ") + (approximate ? " (approximate: the time budget ran out)" : "");
}
