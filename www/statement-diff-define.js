// Registers <statement-diff>: this module and one <statement-diff old-text="…" new-text="…"> are
// enough. For another tag name, define StatementDiffElement (statement-diff-element.js) yourself.
import { StatementDiffElement } from "./statement-diff-element.js";

/** Defines the element under `name` (default "statement-diff"); a second call is harmless. */
export function define(name = "statement-diff", registry = globalThis.customElements) {
  if (!registry.get(name)) registry.define(name, class extends StatementDiffElement {});
  return registry.get(name);
}

define();

export { StatementDiffElement };
export { StatementDiffRenderedEvent, StatementDiffErrorEvent, loadCore } from "./statement-diff-element.js";
