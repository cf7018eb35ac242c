// The view without a long task: a huge result's rows laid out in tasks (layOutRows()), then the
// rows in chunks, each skipped by layout and paint while off screen (content-visibility, its
// height estimated from its text); the first few are built before the first paint, the rest in
// short slices after it, so a huge comparison never blocks the page. The current change marked.
import { h } from "./render.js";
import { rowLayout } from "./layout.js";

/** Results with more rows are received, laid out (this many rows per task) and drawn in separate tasks. */
export const HUGE_ROWS = 2000;
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves to `result`'s laid-out rows (rowLayout()), a huge result's after a task and then
 * HUGE_ROWS rows per task; to null as soon as `live()` is false (a newer comparison began).
 */
export async function layOutRows(result, live) {
  if (result.rows.length > HUGE_ROWS) await nextTask();
  if (!live()) return null;
  const layout = rowLayout(result);
  const rows = [];
  for (let from = 0; from < result.rows.length; from += HUGE_ROWS) {
    if (from > 0) await nextTask();
    if (!live()) return null;
    rows.push(...layout(from, from + HUGE_ROWS));
  }
  return rows;
}

/** Items (rows or collapsed blocks) per chunk; chunks built before the first paint; ms per slice. */
export const CHUNK_ITEMS = 16;
export const FIRST_CHUNKS = 4;
const SLICE_MS = 8;

export class ChunkedView {
  #fill = () => {};
  #items = [];
  #itemOf = new Map();
  #stop = () => {};

  /**
   * Replaces `view`'s children with `head` and `items` (groupRows()), `element(item)` building
   * each; `heights` and `itemOf` from measureItems(). Calls `built()` once all are in the DOM.
   */
  show(view, head, items, { heights, itemOf }, element, built) {
    this.#stop();
    const chunks = [];
    for (let k = 0; k < items.length; k += CHUNK_ITEMS) {
      let lines = 0;
      for (let j = k; j < Math.min(k + CHUNK_ITEMS, items.length); j++) lines += heights[j];
      const chunk = h(view.ownerDocument, "div", { class: "chunk" });
      chunk.style.containIntrinsicSize = `auto ${Math.ceil(lines * 1.5)}em`;
      chunks.push(chunk);
    }
    const filled = new Uint8Array(chunks.length);
    const fill = (c) => {
      if (c < 0 || c >= chunks.length || filled[c]) return;
      filled[c] = 1;
      for (let k = c * CHUNK_ITEMS; k < Math.min((c + 1) * CHUNK_ITEMS, items.length); k++) chunks[c].append(element(items[k]));
    };
    let live = true;
    this.#stop = () => (live = false);
    this.#fill = (c) => live && fill(c);
    this.#items = items;
    this.#itemOf = itemOf;
    const frag = view.ownerDocument.createDocumentFragment();
    frag.append(...head, ...chunks);
    for (let c = 0; c < FIRST_CHUNKS; c++) fill(c);
    view.replaceChildren(frag);
    let next = 0;
    const slice = () => {
      if (!live) return; // a newer view replaced this one
      for (const end = performance.now() + SLICE_MS; next < chunks.length && performance.now() < end; next++) fill(next);
      if (next < chunks.length) setTimeout(slice, 0);
      else built();
    };
    setTimeout(slice, 0);
  }

  /** Stops building. */
  stop() {
    this.#stop();
  }

  /** Builds the chunk of item `k` and its neighbours now (chunks between keep their estimated height). */
  ensureItem(k) {
    const c = Math.floor(k / CHUNK_ITEMS);
    for (const d of [c - 1, c, c + 1]) this.#fill(d);
  }

  /** ensureItem() for the item holding change `id` (else the first). */
  ensureChange(id) {
    this.ensureItem(this.#itemOf.get(id) ?? 0);
  }

  /** ensureItem() for row `index`. */
  ensureRow(index) {
    this.ensureItem(this.#items.findIndex((item) => item.index === index));
  }

  /**
   * Marks change `id` current in `view` (its chunk built first) and, when `scroll`, scrolls it
   * (its insertion, else its first element) to a third of the view's height. Returns the elements marked.
   */
  markCurrent(view, id, scroll) {
    for (const el of view.querySelectorAll(".current")) el.classList.remove("current");
    this.ensureChange(id);
    const targets = [...view.querySelectorAll(`[data-change="${id}"], [data-changes~="${id}"]`)];
    for (const el of targets) el.classList.add("current");
    const target = targets.find((el) => el.tagName === "INS") ?? targets[0];
    if (scroll && target) {
      const top = target.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
      view.scrollTop = Math.max(0, top - view.clientHeight / 3);
    }
    return targets;
  }
}
