// attributes.js: the one table of the element's attributes, and how each value reads (absent,
// empty or invalid values fall back to the documented defaults).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ATTRIBUTES, TEXT, BOOLEAN } from "../../www/attributes.js";

const read = Object.fromEntries(ATTRIBUTES.map(([attr, , r]) => [attr, r]));

test("every attribute and its property, as the README lists them", () => {
  assert.deepEqual(
    ATTRIBUTES.map(([attr, prop]) => [attr, prop]),
    [
      ["old-text", "oldText"],
      ["new-text", "newText"],
      ["old-label", "oldLabel"],
      ["new-label", "newLabel"],
      ["view", "view"],
      ["editable", "editable"],
      ["ignore-case", "ignoreCase"],
      ["hide-minor", "hideMinor"],
      ["context", "context"],
      ["mode", "mode"],
      ["time-budget", "timeBudget"],
    ],
  );
  assert.deepEqual([read["old-text"], read["new-text"]], [TEXT, TEXT], "texts are not reflected");
  assert.deepEqual([read.mode(null), read.mode("quotes"), read.mode("Quotes")], ["compare", "quotes", "compare"]);
  assert.deepEqual([read.editable, read["ignore-case"], read["hide-minor"]], [BOOLEAN, BOOLEAN, BOOLEAN]);
});

test("values read with their defaults: labels empty, view auto, context 2, time budget 2000 ms", () => {
  assert.deepEqual([read["old-label"](null), read["new-label"]("Site B")], ["", "Site B"]);
  assert.deepEqual(["inline", "side-by-side", "auto", "sideways", null].map(read.view), ["inline", "side-by-side", "auto", "auto", "auto"]);
  assert.deepEqual(["0", "5", "3.7", "-1", "many", "", null].map(read.context), [0, 5, 3, 2, 2, 2, 2]);
  assert.deepEqual(["0", "500", "1.5", "-1", "soon", null].map(read["time-budget"]), [0, 500, 2000, 2000, 2000, 2000]);
});
