// The events <statement-diff> fires, bubbling and composed (they cross the shadow root): after
// each render, with the numbers shown, and when the texts cannot be compared.
import { describe } from "./layout.js";

/**
 * Fired after every render: the core's `stats`, `approximate`; `detail`: describe() (quote mode: describeQuotes(), and `check`); `changes`: its stops.
 * @prop {Stats | QuoteCheckStats} stats - The core's numbers (mode="quotes": the quotations' counts).
 * @prop {boolean} approximate - The time budget ran out: the result is coarser (still lossless).
 * @prop {Described | DescribedQuotes} detail - The numbers and labels the widget shows: describe() of layout.js (mode="quotes": describeQuotes(), `labels.line` the summary).
 * @prop {number} changes - The changes that are not minor (= stats.changes), the navigation's stops (mode="quotes": the quotations).
 * @prop {QuoteCheck} [check] - mode="quotes" only: the checkQuotes() result.
 */
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

/**
 * Fired when the texts cannot be compared (the widget shows the message too).
 * @prop {Error} error - Why (a text that is not a string, a bad option…).
 */
export class StatementDiffErrorEvent extends Event {
  constructor(error) {
    super("statement-diff-error", { bubbles: true, composed: true });
    this.error = error;
  }
}
