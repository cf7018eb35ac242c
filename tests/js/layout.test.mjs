// layout.js, the widget's pure data: rows with their pieces, groups of rows (collapsed stretches,
// page furniture), inline pieces, measured heights, and the texts the view shows; on small fake
// results with real segments and rows (fake.mjs: fakeRows).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  withOffsets,
  clip,
  layoutRows,
  rowLayout,
  groupRows,
  measureItems,
  inlinePieces,
  describe,
  describeFinding,
  summaryLine,
  viewNotice,
  collapsedText,
  surroundingText,
  MINOR_LABELS,
} from "../../www/layout.js";
import * as render from "../../www/render.js";
import { minimapMarks } from "../../www/minimap.js";
import { fakeRows, ch, fakeResult } from "./fake.mjs";

const eq = (text) => [text, "equal"];
const line = (text) => ({ old: [eq(text)], new: [eq(text)] });
const texts = (pieces) => pieces.map((p) => p.text);

// Row 0: a number replaced; rows 1–8 unchanged; row 9 a deleted line; row 10 a minor change only.
const result = fakeRows(
  [
    { old: [eq("Pay "), ["5", "delete", 0], eq(" now.\n")], new: [eq("Pay "), ["7", "insert", 0], eq(" now.\n")] },
    ..."abcdefgh".split("").map((x) => line(`Line ${x}.\n`)),
    { old: [["Gone line.\n", "delete", 1]], new: [] },
    { old: [eq("Say "), ["«hi»", "delete", 2], eq("\n")], new: [eq("Say "), ["“hi”", "insert", 2], eq("\n")] },
  ],
  ["number", "wording", "typography"],
);

test("withOffsets and clip: UTF-16 offsets, pieces cut at a span's edges", () => {
  const segs = withOffsets(result.old, "old");
  assert.equal(segs.map((s) => s.text).join(""), "Pay 5 now.\nLine a.\nLine b.\nLine c.\nLine d.\nLine e.\nLine f.\nLine g.\nLine h.\nGone line.\nSay «hi»\n");
  assert.deepEqual(segs.slice(0, 2), [
    { text: "Pay ", op: "equal", change: undefined, start: 0, end: 4, side: "old" },
    { text: "5", op: "delete", change: 0, start: 4, end: 5, side: "old" },
  ]);
  assert.deepEqual(
    clip(segs, 2, 6).map((p) => [p.text, p.start, p.end, p.change]),
    [
      ["y ", 2, 4, undefined],
      ["5", 4, 5, 0],
      [" ", 5, 6, undefined],
    ],
  );
  assert.deepEqual(clip(segs, 3, 3), []);
  assert.deepEqual(texts(clip(segs, 80, 1000)), ["line.\n", "Say ", "«hi»", "\n"]);
  assert.equal(texts(clip(segs, 0, 1e9)).join(""), segs.map((s) => s.text).join(""));
});

test("layoutRows: each row's pieces; changed only with a change that is not minor", () => {
  const rows = layoutRows(result);
  assert.equal(rows.length, 11);
  assert.deepEqual(texts(rows[0].old), ["Pay ", "5", " now.\n"]);
  assert.deepEqual(texts(rows[0].new), ["Pay ", "7", " now.\n"]);
  assert.deepEqual(
    rows.map((r) => r.changed),
    [true, false, false, false, false, false, false, false, false, true, false],
    "row 10 holds a minor change only",
  );
  assert.deepEqual(rows[9].new, []);
  assert.ok(rows.every((r) => !r.surrounding));
  assert.deepEqual(rows[4].old[0], { text: "Line d.\n", op: "equal", change: undefined, start: 35, end: 43, side: "old" });
  // In steps (a huge result over several tasks), the same rows.
  const step = rowLayout(result);
  assert.deepEqual([...step(0, 4), ...step(4, 7), ...step(7, 100)], rows);
});

test("groupRows: unchanged stretches collapse, keeping `context` rows next to each change", () => {
  const rows = layoutRows(result);
  const items = groupRows(rows, { context: 2 });
  assert.deepEqual(
    items.map((it) => (it.collapsed ? `collapsed ${it.first}:${it.rows.map((r) => r.index).join(",")}` : it.index)),
    [0, 1, 2, "collapsed 3:3,4,5,6", 7, 8, 9, 10],
  );
  assert.deepEqual(
    groupRows(rows, { context: 2, expanded: new Set([3]) }).map((it) => it.index),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    "an opened stretch shows its rows",
  );
  assert.deepEqual(
    groupRows(rows, { context: 0 }).map((it) => (it.collapsed ? `collapsed ${it.first}` : it.index)),
    [0, "collapsed 1", 9, 10],
  );
  // Fewer than minCollapse hidden rows stay open.
  assert.equal(groupRows(rows, { context: 3 }).filter((it) => it.collapsed).length, 0);
});

test("groupRows: rows of page furniture are one collapsed block (a navigation stop) until opened", () => {
  const r = fakeRows(
    [
      { old: [["Home · News · Contact\n", "delete", 0]], new: [["Menu · Login\n", "insert", 0]] },
      { old: [["Read more\n", "delete", 0]], new: [eq("\n")] },
      line("The statement itself, shared by both.\n"),
      { old: [eq("It was "), ["12", "delete", 1], eq(".\n")], new: [eq("It was "), ["15", "insert", 1], eq(".\n")] },
    ],
    ["surrounding", "number"],
    { stats: { surroundingWordsOld: 5, surroundingWordsNew: 3 } },
  );
  const rows = layoutRows(r);
  assert.deepEqual(
    rows.map((row) => [row.changed, row.surrounding]),
    [
      [true, true],
      [true, true],
      [false, false],
      [true, false],
    ],
  );
  const items = groupRows(rows);
  assert.equal(items.length, 3);
  assert.deepEqual({ ...items[0], rows: items[0].rows.length }, { collapsed: true, surrounding: true, first: 0, rows: 2 });
  assert.deepEqual(
    groupRows(rows, { expanded: new Set([0]) }).map((it) => it.index),
    [0, 1, 2, 3],
  );
  const m = measureItems(items, r.changes);
  assert.equal(m.itemOf.get(0), 0, "the furniture's change is found in the collapsed block");
  assert.equal(m.positions.get(0), 0);
  assert.equal(m.positions.get(1), 1 + 1 + 38 / 80);
  const s = surroundingText(items[0], describe(r));
  assert.equal(s.preview, "Only in the old text: 5 words (“Home · News · Contact Read more…”) · only in the new text: 3 words (“Menu · Login…”)");
  assert.deepEqual(s.ids, [0]);
  // With two blocks the core counts their words together: no count per block.
  const two = describe(fakeResult([ch("surrounding", [0, 4], [0, 0]), ch("surrounding", [90, 99], [80, 80])], { stats: { surroundingWordsOld: 7 } }));
  assert.equal(surroundingText({ rows: [{ old: [{ text: "x y\n" }], new: [] }] }, two).preview, "Only in the old text: (“x y…”)");
});

test("measureItems: estimated heights, the height above each change, the item holding it", () => {
  const items = groupRows(layoutRows(result), { context: 2 });
  const { heights, height, positions, itemOf } = measureItems(items, result.changes);
  assert.equal(heights.length, 8);
  assert.equal(heights[0], 1 + 11 / 80);
  assert.equal(heights[3], 1, "a collapsed stretch is one line");
  assert.equal(heights[6], 1 + 11 / 80, "a row as high as its longer side");
  assert.ok(Math.abs(height - heights.reduce((a, b) => a + b, 0)) < 1e-9);
  assert.equal(positions.get(0), 0);
  assert.equal(
    positions.get(1),
    heights.slice(0, 6).reduce((a, b) => a + b, 0),
  );
  assert.equal(positions.has(2), false, "minor changes are not on the minimap");
  assert.deepEqual(
    [...itemOf],
    [
      [0, 0],
      [1, 6],
      [2, 7],
    ],
  );
});

test("inlinePieces: the new text, each deletion before what replaced it or where it stood", () => {
  const rows = layoutRows(result);
  assert.deepEqual(
    inlinePieces(rows[0], result.changes).map((p) => [p.text, p.op]),
    [
      ["Pay ", "equal"],
      ["5", "delete"],
      ["7", "insert"],
      [" now.\n", "equal"],
    ],
  );
  assert.deepEqual(texts(inlinePieces(rows[9], result.changes)), ["Gone line.\n"]);
  assert.deepEqual(texts(inlinePieces(rows[10], result.changes)), ["Say ", "“hi”", "\n"], "a minor change reads as the new text");
  // A pure deletion inside a line stands where the core's empty span puts it.
  const d = fakeRows([{ old: [eq("A "), ["big ", "delete", 0], eq("dog\n")], new: [eq("A "), eq("dog\n")] }], ["wording"], {
    rest: { 0: { new: { start: 2, end: 2 } } },
  });
  assert.deepEqual(texts(inlinePieces(layoutRows(d)[0], d.changes)), ["A ", "big ", "dog\n"]);
  // A line that moved away reads whole where it was, the edit inside it in its place.
  const m = fakeRows(
    [
      {
        old: [
          ["Moved ", "delete", 0],
          ["old", "delete", 1],
          [" words\n", "delete", 0],
        ],
        new: [],
      },
    ],
    ["moved", "wording"],
    {
      rest: { 1: { within: 0 } },
    },
  );
  assert.deepEqual(texts(inlinePieces(layoutRows(m)[0], m.changes)), ["Moved ", "old", " words\n"]);
});

test("the texts the view shows: summary line, notices, collapsed stretches, findings", () => {
  const d = describe(result);
  const parts = summaryLine(d);
  assert.equal(
    parts.map((p) => (typeof p === "string" ? p : p[2])).join(""),
    "2 changes: 1 replaced, 1 removed · +4 words added · −3 removed · 95.0% similar · 1 minor (typography 1)",
  );
  assert.deepEqual(parts[0], ["strong", "count", "2 changes: 1 replaced, 1 removed"]);
  assert.deepEqual(parts[2], ["span", "added", "+4"]);
  const approx = summaryLine(describe(fakeResult([ch("wording", [0, 1], [0, 1])], { approximate: true })));
  assert.deepEqual(approx.at(-1), ["strong", null, "Approximate: the time budget ran out, so changed passages are shown in larger pieces."]);

  assert.equal(viewNotice(result, d), "");
  assert.equal(viewNotice(fakeResult([]), describe(fakeResult([]))), "No differences: the two texts match word for word.");
  const minorOnly = fakeResult([ch("case", [0, 1], [0, 1]), ch("whitespace", [3, 4], [3, 5])]);
  assert.equal(viewNotice(minorOnly, describe(minorOnly)), "No changes of substance, only minor ones (case, whitespace), marked with a dotted underline.");

  const items = groupRows(layoutRows(result), { context: 2 });
  assert.deepEqual(collapsedText(items[3]), { button: "Show 4 unchanged lines", preview: "Line c." });
  const para = { rows: [{ old: [], new: [{ text: "First   paragraph\nof text.\n\n" }] }] };
  assert.deepEqual(collapsedText(para), { button: "Show 1 unchanged paragraph", preview: "First paragraph of text." });
  assert.equal(collapsedText({ rows: [{ old: [], new: [{ text: "x".repeat(300) }] }] }).preview.length, 160);

  assert.equal(
    describeFinding({ kind: "lookalike", chars: [{ codePoint: 0x430, script: "Cyrillic" }] }),
    "Look-alike letters from another script: U+0430 (Cyrillic)",
  );
  assert.equal(
    describeFinding({
      kind: "invisible",
      chars: [
        { codePoint: 0x200b, script: "Common" },
        { codePoint: 0x1f600, script: "Common" },
      ],
    }),
    "Invisible or control characters: U+200B (Common), U+1F600 (Common)",
  );
  assert.deepEqual(Object.keys(MINOR_LABELS), ["case", "typography", "whitespace", "split"]);
});

test("minimap marks: one per 0.25 % of the strip, classed by kind", () => {
  const changes = [ch("wording", [0, 1], [0, 1]), ch("wording", [5, 6], [5, 5]), ch("moved", [9, 9], [9, 12]), ch("surrounding", [20, 30], [20, 25])].map(
    (c, id) => ({ id, ...c }),
  );
  const positions = new Map([
    [0, 0],
    [1, 0.1], // the same slot as change 0: no mark of its own
    [2, 50],
    [3, 99],
  ]);
  assert.deepEqual(minimapMarks(positions, 100, changes), [
    { id: 0, cls: "mark", top: "0%" },
    { id: 2, cls: "mark moved", top: "50%" },
    { id: 3, cls: "mark surrounding", top: "99%" },
  ]);
  assert.deepEqual(minimapMarks(new Map([[1, 5]]), 10, changes), [{ id: 1, cls: "mark del", top: "50%" }]);
});

test("render.js still exports what pages could import from it (statement-diff/render)", () => {
  for (const name of [
    "withOffsets",
    "clip",
    "layoutRows",
    "rowLayout",
    "groupRows",
    "measureItems",
    "appendPieces",
    "describeFinding",
    "inlinePieces",
    "stops",
    "percent",
    "describe",
    "counterText",
  ]) {
    assert.equal(typeof render[name], "function", name);
  }
  assert.equal(render.describe, describe);
});
