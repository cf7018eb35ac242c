// describe(): the one set of numbers and labels the summary, the counter, the report, the
// plain-text export and the rendered event show; stops() and counterText() (the kind filter).
import { test } from "node:test";
import assert from "node:assert/strict";
import { describe, stops, counterText, percent } from "../../www/render.js";
import { ch, fakeResult } from "./fake.mjs";

test("replaced, added and removed partition the changes, and the label says what each counts", () => {
  const r = fakeResult([
    ch("wording", [0, 3], [0, 4]),
    ch("number", [10, 12], [11, 13]),
    ch("number", [20, 22], [21, 23]),
    ch("wording", [30, 30], [31, 36]),
    ch("negation", [40, 44], [41, 41]),
    ch("typography", [50, 51], [46, 47]),
  ]);
  const d = describe(r);
  assert.equal(d.changes, 5);
  assert.deepEqual([d.replaced, d.added, d.removed, d.moved, d.surrounding], [3, 1, 1, 0, 0]);
  assert.equal(d.minorChanges, 1);
  assert.deepEqual(d.kinds, { wording: 2, number: 2, negation: 1 });
  assert.deepEqual(d.minorKinds, { typography: 1 });
  assert.equal(d.labels.changes, "5 changes: 3 replaced, 1 added, 1 removed");
  assert.equal(d.labels.words, "4 words added, 3 removed");
  assert.equal(d.labels.similarity, "95.0% similar");
  assert.equal(d.labels.minor, "1 minor (typography 1)");
  assert.equal(d.labels.kinds, "by kind: wording 2, number 2, negation 1");
  assert.equal(d.labels.surrounding, "");
  assert.equal(
    d.labels.line,
    "5 changes: 3 replaced, 1 added, 1 removed; 4 words added, 3 removed; 95.0% similar; by kind: wording 2, number 2, negation 1; 1 minor (typography 1).",
  );
});

test("both halves of a move are stops, counted as moved, and the label names the passages", () => {
  const r = fakeResult(
    [
      ch("moved", [0, 40], [60, 60], { pair: 2 }),
      ch("wording", [10, 15], [70, 76], { within: 0 }),
      ch("moved", [80, 80], [50, 90], { pair: 0 }),
      ch("wording", [90, 95], [95, 99]),
    ],
    { stats: { wordsMoved: 7 } },
  );
  const d = describe(r);
  assert.equal(d.changes, 4);
  assert.equal(d.moved, 2);
  assert.equal(d.replaced, 2);
  assert.equal(d.changes, d.replaced + d.added + d.removed + d.moved + d.surrounding);
  assert.equal(d.labels.changes, "4 changes: 2 replaced, 2 moved (1 passage, counted at its old and its new place)");
  assert.equal(d.labels.words, "4 words added, 3 removed, 7 moved");
  assert.deepEqual(stops(r.changes), [0, 1, 2, 3]);
  assert.deepEqual(stops(r.changes, "moved"), [0, 2]);
  const two = describe(
    fakeResult([
      ch("moved", [0, 9], [20, 20], { pair: 1 }),
      ch("moved", [30, 30], [0, 9], { pair: 0 }),
      ch("moved", [40, 49], [50, 50], { pair: 3 }),
      ch("moved", [60, 60], [40, 49], { pair: 2 }),
    ]),
  );
  assert.equal(two.labels.changes, "4 changes: 4 moved (2 passages, each counted at its old and its new place)");
});

test("surrounding blocks are stops; the headline names the furniture's words and both similarities", () => {
  const r = fakeResult([ch("surrounding", [0, 900], [0, 1200]), ch("wording", [950, 960], [1250, 1262]), ch("surrounding", [2000, 2100], [2400, 2400])], {
    stats: { surroundingWordsOld: 219, surroundingWordsNew: 280, similarity: 0.8214, sharedSimilarity: 0.97 },
  });
  const d = describe(r);
  assert.equal(d.changes, 3);
  assert.equal(d.surrounding, 2);
  assert.equal(d.labels.changes, "3 changes: 1 replaced, 2 around the shared text");
  assert.equal(d.labels.surrounding, "219 words only in the old text, 280 only in the new, around the shared text");
  assert.equal(d.labels.similarity, "82.1% similar; 97.0% in the shared text");
  assert.deepEqual(stops(r.changes, "surrounding"), [0, 2]);
  assert.match(d.labels.line, /; 219 words only in the old text, 280 only in the new, around the shared text; 82\.1% similar; 97\.0% in the shared text;/);
  const oneSide = describe(fakeResult([ch("surrounding", [0, 90], [0, 0])], { stats: { surroundingWordsOld: 12 } }));
  assert.equal(oneSide.labels.surrounding, "12 words only in the old text, around the shared text");
});

test("never 100% while anything differs: 0.9996 shows 99.9%, and so does 1 with a change", () => {
  const d = describe(fakeResult([ch("wording", [0, 1], [0, 1])], { stats: { similarity: 0.9996, sharedSimilarity: 0.9996 } }));
  assert.equal(d.labels.similarity, "99.9% similar");
  assert.doesNotMatch(d.labels.line, /100/);
  assert.equal(
    describe(fakeResult([ch("moved", [0, 9], [20, 20]), ch("moved", [30, 30], [0, 9])], { stats: { similarity: 1, sharedSimilarity: 1 } })).labels.similarity,
    "99.9% similar",
  );
  // Furniture only: the shared text is identical (100%), the whole texts are not.
  const f = describe(
    fakeResult([ch("surrounding", [0, 50], [0, 60])], { stats: { similarity: 0.9999, sharedSimilarity: 1, surroundingWordsOld: 8, surroundingWordsNew: 9 } }),
  );
  assert.equal(f.labels.similarity, "99.9% similar; 100% in the shared text");
  assert.equal(describe(fakeResult([], { stats: { similarity: 1, sharedSimilarity: 1 } })).labels.similarity, "100% similar");
  assert.equal(percent(0.99949, false), "99.9%");
  assert.equal(percent(0.5, false), "50.0%");
  assert.equal(percent(1, true), "100%");
});

test("only minor changes: 0 changes, and the counter says so with the minor ones", () => {
  const r = fakeResult([ch("typography", [0, 1], [0, 1]), ch("case", [5, 9], [5, 9]), ch("typography", [12, 13], [12, 13])], {
    stats: { similarity: 1, sharedSimilarity: 1, wordsInserted: 0, wordsDeleted: 0 },
  });
  const d = describe(r);
  assert.equal(d.changes, 0);
  assert.equal(d.minorChanges, 3);
  assert.deepEqual(stops(r.changes), []);
  assert.equal(d.labels.changes, "0 changes");
  assert.equal(d.labels.minor, "3 minor (typography 2, case 1)");
  assert.equal(counterText(d), "0 changes · 3 minor");
  assert.equal(counterText(describe(fakeResult([]))), "0 changes");
});

test("the counter: all changes or one kind, before navigating and at a stop", () => {
  const r = fakeResult([ch("number", [0, 1], [0, 1]), ch("wording", [3, 4], [3, 5]), ch("number", [6, 7], [7, 8]), ch("case", [9, 10], [9, 10])]);
  const d = describe(r);
  assert.equal(counterText(d), "3 changes");
  assert.equal(counterText(d, 2), "3 of 3 changes");
  assert.equal(counterText(d, -1, "number"), "2 number changes");
  assert.equal(counterText(d, 0, "number"), "1 of 2 number changes");
  assert.equal(counterText(d, 0, "wording"), "1 of 1 wording change");
  assert.deepEqual(stops(r.changes, "number"), [0, 2]);
  assert.deepEqual(stops(r.changes, "case"), [], "minor changes are never stops");
  assert.equal(stops(r.changes, "number").length, d.kinds.number, "the kind's button count is its number of stops");
});

test("findings and the time budget are part of the line", () => {
  const d = describe(fakeResult([ch("lookalike", [0, 5], [0, 5])], { findings: { old: [], new: [{}] }, approximate: true }));
  assert.equal(d.labels.findings, "1 word hides look-alike or invisible characters");
  assert.match(d.labels.line, /\. Approximate: the time budget ran out/);
});
