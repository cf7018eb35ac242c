// Pure rendering: a side of a Comparison -> DOM nodes. User text only ever becomes text nodes
// (never HTML), so nothing a user pastes can run.

/**
 * Renders one side's segments into `container`: equal text as text nodes, deletions as <del>,
 * insertions as <ins>, each change element carrying data-change="<id>" and its kind.
 * @param {HTMLElement} container
 * @param {{segments: {text: string, op: string, change?: number}[]}} side
 * @param {{id: number, kind: string}[]} changes
 */
export function renderSide(container, side, changes) {
  const doc = container.ownerDocument;
  const frag = doc.createDocumentFragment();
  for (const seg of side.segments) {
    if (seg.op === "equal") {
      frag.append(doc.createTextNode(seg.text));
      continue;
    }
    const el = doc.createElement(seg.op === "delete" ? "del" : "ins");
    el.textContent = seg.text;
    el.dataset.change = String(seg.change);
    el.dataset.kind = changes[seg.change]?.kind ?? "wording";
    frag.append(el);
  }
  container.replaceChildren(frag);
}

/** "5 words added, 3 removed, 12 changes, 97% similar" */
export function describeStats(stats, approximate) {
  const pct = Math.round(stats.similarity * 1000) / 10;
  const parts = [
    `${stats.wordsInserted} ${stats.wordsInserted === 1 ? "word" : "words"} added`,
    `${stats.wordsDeleted} removed`,
    `${stats.changes} ${stats.changes === 1 ? "change" : "changes"}`,
    `${pct}% similar`,
  ];
  return parts.join(", ") + (approximate ? " (approximate: the time budget ran out)" : "");
}
