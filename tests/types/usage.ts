// A page's TypeScript using <statement-diff>: everything here must type-check (tests/js/types.test.mjs).
import "statement-diff";
import { StatementDiffElement, StatementDiffErrorEvent, StatementDiffRenderedEvent, type Comparison } from "statement-diff/element";

const diff = document.querySelector("statement-diff")!;
diff.oldText = "The ministry said on 12 March that 35 000 000 was allocated.";
diff.newText = "The ministry said on 15 March that 55 000 000 was allocated.";
diff.oldLabel = "Published 12 May";
diff.newLabel = null; // back to "New"
diff.view = "side-by-side";
diff.editable = true;
diff.ignoreCase = false;
diff.hideMinor = true;
diff.context = 3;
diff.mode = "compare";
diff.timeBudget = 0;
diff.kindFilter = "number";
diff.kindFilter = null;
diff.setTexts("old", "new", { oldLabel: "Site A" });

diff.addEventListener("statement-diff-rendered", (e) => {
  if (e.check) {
    const quotes: number = e.check.quotes.length;
    const altered: number = e.stats.altered;
    console.log(quotes, altered, e.detail.labels.line, e.detail.counter(0));
  } else {
    const similarity: number = e.stats.similarity;
    console.log(similarity, e.detail.labels.line, e.detail.kinds.number ?? 0, e.changes, e.approximate);
  }
  const result = diff.result;
  if (result && "changes" in result) {
    const first: Comparison["changes"][number] | undefined = result.changes[0];
    console.log(first?.kind, diff.currentChange, diff.currentChangeId, diff.effectiveView);
  }
});
diff.addEventListener("statement-diff-error", (e) => console.error(e.error.message));
diff.addEventListener("statement-diff-input", () => diff.next());
diff.addEventListener("statement-diff-built", function () {
  this.goTo(0);
});
// Bubbling: any element hears them, typed.
document.body.addEventListener("statement-diff-rendered", (e) => console.log(e instanceof StatementDiffRenderedEvent, e.changes));
document.body.addEventListener("statement-diff-error", (e: StatementDiffErrorEvent) => console.log(e.error));

const made: StatementDiffElement = document.createElement("statement-diff");
customElements.define("my-diff", class extends StatementDiffElement {});
const cancelled: boolean = made.cancel();
console.log(cancelled);

async function takeAway(el: StatementDiffElement): Promise<string> {
  await el.copy();
  await el.downloadReport();
  const shared = await StatementDiffElement.readShareLink(location.hash);
  if (shared) el.setTexts(shared.oldText, shared.newText, { oldLabel: shared.oldLabel, newLabel: shared.newLabel });
  return (await el.toPlainText()) + (await el.toReportHTML()) + (await el.shareUrl());
}
void takeAway(diff);
