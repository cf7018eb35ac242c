// Fake comparisons for the pure unit tests: the shape of the core's result (README "The result"),
// with stats following the core's contract, built from a compact list of changes.

/** A change: kind, old span, new span (UTF-16 offsets), and the rest ({ pair, within, minor }). */
export const ch = (kind, old, neu, rest = {}) => ({
  kind,
  old: { start: old[0], end: old[1] },
  new: { start: neu[0], end: neu[1] },
  minor: ["case", "typography", "whitespace", "split"].includes(kind),
  ...rest,
});

/**
 * A result holding `changes` (ids assigned in order), stats computed by the contract's
 * definitions, overridable with `stats`.
 */
export function fakeResult(changes, { stats = {}, segments = { old: [], new: [] }, findings = { old: [], new: [] }, approximate = false } = {}) {
  changes = changes.map((c, id) => ({ id, ...c }));
  const kinds = {};
  const n = { changes: 0, replaced: 0, added: 0, removed: 0, moved: 0, surrounding: 0, minorChanges: 0 };
  for (const c of changes) {
    kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    if (c.minor) {
      n.minorChanges++;
      continue;
    }
    n.changes++;
    if (c.kind === "moved") n.moved++;
    else if (c.kind === "surrounding") n.surrounding++;
    else if (c.old.start === c.old.end) n.added++;
    else if (c.new.start === c.new.end) n.removed++;
    else n.replaced++;
  }
  const s = {
    wordsUnchanged: 100,
    wordsDeleted: 3,
    wordsInserted: 4,
    wordsMoved: 0,
    kinds,
    ...n,
    surroundingWordsOld: 0,
    surroundingWordsNew: 0,
    similarity: 0.95,
    sharedSimilarity: 0.95,
    ...stats,
  };
  return {
    old: { segments: segments.old, findings: findings.old },
    new: { segments: segments.new, findings: findings.new },
    changes,
    rows: [],
    stats: s,
    approximate,
  };
}

/**
 * A result with real segments and rows, from rows of pieces: each row `{ old: [...], new: [...] }`
 * holds pieces `[text, op, change?]` (op "equal" / "delete" / "insert"). `kinds[id]` is change
 * id's kind; its span on a side covers its pieces there (none: an empty span at the start of its
 * row on that side); `rest[id]` adds to the change ({ pair, within }).
 */
export function fakeRows(rows, kinds, { rest = {}, ...options } = {}) {
  const segments = { old: [], new: [] };
  const at = { old: 0, new: 0 };
  const spans = kinds.map(() => ({ old: null, new: null }));
  const rowSpans = [];
  for (const row of rows) {
    const span = {};
    for (const side of ["old", "new"]) {
      span[side] = { start: at[side] };
      for (const [text, op, change] of row[side]) {
        segments[side].push(change === undefined ? { text, op } : { text, op, change });
        if (change !== undefined) {
          const s = (spans[change][side] ??= { start: at[side] });
          s.end = at[side] + text.length;
        }
        at[side] += text.length;
      }
      span[side].end = at[side];
    }
    for (const side of ["old", "new"]) {
      for (const [, , change] of [...row.old, ...row.new]) {
        if (change !== undefined && spans[change][side] === null) spans[change][side] = { start: span[side].start, end: span[side].start };
      }
    }
    rowSpans.push(span);
  }
  const changes = kinds.map((kind, id) => ch(kind, [spans[id].old.start, spans[id].old.end], [spans[id].new.start, spans[id].new.end], rest[id]));
  const result = fakeResult(changes, { ...options, segments });
  result.rows = rowSpans;
  return result;
}
