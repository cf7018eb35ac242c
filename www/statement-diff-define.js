// Registers <statement-diff>. One <script type="module" src=".../statement-diff-define.js">
// and one <statement-diff old-text="…" new-text="…"> tag are enough.
// To use another tag name, import StatementDiffElement from statement-diff-element.js instead.
import { StatementDiffElement } from "./statement-diff-element.js";

/** Defines the element under `name` (default "statement-diff"); a second call is harmless. */
export function define(name = "statement-diff", registry = globalThis.customElements) {
  if (!registry.get(name)) registry.define(name, class extends StatementDiffElement {});
  return registry.get(name);
}

define();

export { StatementDiffElement };
export { StatementDiffRenderedEvent, StatementDiffErrorEvent, loadCore } from "./statement-diff-element.js";
