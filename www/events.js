// The events <statement-diff> fires, bubbling and composed (they cross the shadow root): after
// each render, with the numbers shown, and when the texts cannot be compared.
import { describe } from "./layout.js";

/** Fired after every render: the core's `stats`, `approximate`; `detail`: describe() (quote mode: describeQuotes(), and `check`); `changes`: its stops. */
export class StatementDiffRenderedEvent extends Event {
  constructor(result, described = describe(result)) {
    super("statement-diff-rendered", { bubbles: true, composed: true });
    this.stats = result.stats;
    this.approximate = result.approximate;
    this.detail = described;
    this.changes = described.changes;
    if (result.quotes) this.check = result;
  }
}

/** Fired when the texts cannot be compared (the widget shows the message too). */
export class StatementDiffErrorEvent extends Event {
  constructor(error) {
    super("statement-diff-error", { bubbles: true, composed: true });
    this.error = error;
  }
}
