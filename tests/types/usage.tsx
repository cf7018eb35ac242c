// React 19 rendering <statement-diff> (kebab-case attributes, ref, className, children, its events):
// everything here must type-check against @types/react 19 (tests/js/types.test.mjs).
import { useRef } from "react";
import "statement-diff";
import type { StatementDiffElement } from "statement-diff/element";

export function Compare({ onSimilarity }: { onSimilarity: (s: number) => void }) {
  const ref = useRef<StatementDiffElement>(null);
  return (
    <div>
      <statement-diff old-label="A" />
      <statement-diff
        ref={ref}
        className="diff"
        old-text="The fund received $35,000,000."
        new-text="The fund received $55,000,000."
        old-label="Published 12 May"
        new-label="Site B"
        view="inline"
        editable
        ignore-case={false}
        context={3}
        mode="compare"
        time-budget="500"
        onstatement-diff-rendered={(e) => {
          if (!e.check) onSimilarity(e.stats.similarity);
        }}
        onstatement-diff-error={(e) => console.error(e.error.message)}
      >
        <p>Loading the comparison…</p>
      </statement-diff>
      <button onClick={() => ref.current?.next()}>Next change</button>
    </div>
  );
}
