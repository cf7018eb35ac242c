// attributes.js: the one table of the element's attributes, and how each value reads (absent,
// empty or invalid values fall back to the documented defaults).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ATTRIBUTES, TEXT, BOOLEAN, timeBudget } from "../../www/attributes.js";

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
      ["cleanup", "cleanup"],
      ["hide-minor", "hideMinor"],
      ["context", "context"],
      ["mode", "mode"],
      ["time-budget", "timeBudget"],
    ],
  );
  assert.deepEqual([read["old-text"], read["new-text"]], [TEXT, TEXT], "texts are not reflected");
  assert.deepEqual([read.mode(null), read.mode("quotes"), read.mode("Quotes")], ["compare", "quotes", "compare"]);
  assert.deepEqual([read.editable, read["ignore-case"], read["hide-minor"]], [BOOLEAN, BOOLEAN, BOOLEAN]);
  // cleanup is on unless it says "false" (as spellcheck="false").
  assert.deepEqual([null, "", "true", "false", "no"].map(read.cleanup), [true, true, true, false, true]);
});

test("values read with their defaults: labels empty, view auto, context 2, time budget 2000 ms", () => {
  assert.deepEqual([read["old-label"](null), read["new-label"]("Site B")], ["", "Site B"]);
  assert.deepEqual(["inline", "side-by-side", "auto", "sideways", null].map(read.view), ["inline", "side-by-side", "auto", "auto", "auto"]);
  assert.deepEqual(["0", "5", "3.7", "-1", "many", "", null].map(read.context), [0, 5, 3, 2, 2, 2, 2]);
  assert.deepEqual(["0", "500", "1.5", "-1", "soon", "", null].map(read["time-budget"]), [0, 500, 2000, 2000, 2000, 2000, 2000]);
});

test("the time budget grows with the texts unless the page sets one", () => {
  // 2 s, and 1 ms per 10,000 UTF-16 units of both texts together: 4 s for 10 MB a side.
  assert.deepEqual(
    [0, 9_999, 100_000, 20_000_000].map((n) => timeBudget(null, n)),
    [2000, 2000, 2010, 4000],
  );
  assert.deepEqual([timeBudget("soon", 20_000_000), timeBudget("", 20_000_000)], [4000, 4000], "an invalid value is no value");
  assert.deepEqual([timeBudget("200", 20_000_000), timeBudget("0", 20_000_000)], [200, 0], "the page's own budget holds, however long the texts");
});
