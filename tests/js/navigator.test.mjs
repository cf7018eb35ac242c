// navigator.js: the stops are every change that is not minor (or those of the kind chosen), the
// current change stays current while it is still a stop, and stepping stays within the stops.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Navigator } from "../../www/navigator.js";
import { ch, fakeResult } from "./fake.mjs";

const { changes } = fakeResult([
  ch("wording", [0, 3], [0, 4]), // 0
  ch("case", [5, 8], [6, 9]), // 1, minor: never a stop
  ch("number", [10, 12], [11, 13]), // 2
  ch("wording", [14, 16], [15, 15]), // 3
  ch("number", [20, 22], [19, 21]), // 4
]);

test("before navigating: no current change; the stops are the changes that are not minor", () => {
  const nav = new Navigator();
  assert.deepEqual([nav.stops, nav.current, nav.id, nav.kind], [[], -1, -1, null]);
  assert.equal(nav.update(changes), 4, "update() returns how many changes are not minor");
  assert.deepEqual(nav.stops, [0, 2, 3, 4]);
  assert.equal(nav.current, -1);
  assert.equal(nav.nextIndex, 0, "next goes to the first");
  assert.equal(nav.previousIndex, 0);
});

test("go() moves only to a stop; next and previous stay within the stops", () => {
  const nav = new Navigator();
  nav.update(changes);
  assert.equal(nav.go(4), false);
  assert.equal(nav.go(-1), false);
  assert.equal(nav.current, -1, "nothing changes when there is no such stop");
  assert.equal(nav.go(1), true);
  assert.deepEqual([nav.current, nav.id, nav.nextIndex, nav.previousIndex], [1, 2, 2, 0]);
  nav.go(3);
  assert.deepEqual([nav.id, nav.nextIndex], [4, 3], "the last stays the last");
  nav.go(0);
  assert.equal(nav.previousIndex, 0, "the first stays the first");
});

test("a kind: only its changes are stops; the current change stays current when it is of that kind", () => {
  const nav = new Navigator();
  nav.update(changes);
  nav.go(1); // change 2, a number
  nav.kind = "number";
  assert.equal(nav.update(changes), 4, "still counts every change that is not minor");
  assert.deepEqual(nav.stops, [2, 4]);
  assert.deepEqual([nav.current, nav.id], [0, 2]);
  nav.kind = "wording";
  nav.update(changes);
  assert.deepEqual(nav.stops, [0, 3]);
  assert.deepEqual([nav.current, nav.id], [-1, -1], "a number change is not a wording stop");
  nav.kind = null;
  nav.update(changes);
  assert.deepEqual(nav.stops, [0, 2, 3, 4]);
  nav.kind = "negation";
  nav.update(changes);
  assert.deepEqual([nav.stops, nav.nextIndex], [[], -1], "a kind with no change: no stop to go to");
  assert.equal(nav.go(0), false);
});
