// The element's attributes, in one table: each attribute, its property and how its value reads
// (null: absent). The element's observedAttributes, its accessors and the properties set before
// the upgrade (re-run in this order) all come from it. Pure data (tests/js/attributes.test.mjs).

/** How an attribute reads, when not a function: a TEXT is not reflected (it can be megabytes); a BOOLEAN is present or not. */
export const [TEXT, BOOLEAN] = [1, 2];
export const VIEWS = ["auto", "side-by-side", "inline"];

/** [attribute, property, TEXT | BOOLEAN | (value or null) => the property's value] */
export const ATTRIBUTES = [
  ["old-text", "oldText", TEXT],
  ["new-text", "newText", TEXT],
  ["old-label", "oldLabel", (v) => v ?? ""],
  ["new-label", "newLabel", (v) => v ?? ""],
  ["view", "view", (v) => (VIEWS.includes(v) ? v : "auto")],
  ["editable", "editable", BOOLEAN],
  ["ignore-case", "ignoreCase", BOOLEAN],
  // cleanup="false" (as spellcheck="false"): every change word by word, short islands not folded.
  ["cleanup", "cleanup", (v) => v !== "false"],
  ["hide-minor", "hideMinor", BOOLEAN],
  ["context", "context", (v) => (Number.parseInt(v ?? "", 10) >= 0 ? Number.parseInt(v, 10) : 2)],
  ["mode", "mode", (v) => (v === "quotes" ? v : "compare")],
  ["time-budget", "timeBudget", (v) => timeBudget(v, 0)],
];

/**
 * The alignment budget (ms, the core's timeoutMs) for texts of `chars` UTF-16 units together: the
 * `time-budget` attribute's value `v` if it is a whole number ≥ 0, else 2 s and 1 ms more per
 * 10,000 units (4 s for 10 MB a side): on a slower machine a larger text keeps its anchors. It
 * runs in a worker (with progress and Cancel) from 100,000 units on, so a longer one blocks nothing.
 */
export function timeBudget(v, chars) {
  return v !== null && v !== "" && Number.isInteger(Number(v)) && Number(v) >= 0 ? Number(v) : 2000 + Math.floor(chars / 10_000);
}
