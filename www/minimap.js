// The strip beside the view marking where the changes are; a click goes to the nearest.
import { h } from "./render.js";

/**
 * Marks for `positions` (change id → lines above it, of `total`: measureItems()), [{ id, cls, top }].
 * Estimated from text lengths, not read from layout (offsetTop of thousands of elements would lay
 * out the whole comparison); at most one per 0.25 % of the strip (thousands cost hundreds of ms).
 */
export function minimapMarks(positions, total, changes) {
  const marks = [];
  const taken = new Set();
  for (const [id, at] of positions) {
    const slot = Math.round((400 * at) / (total || 1));
    if (taken.has(slot)) continue;
    taken.add(slot);
    const ch = changes[id];
    const cls = ch.kind === "moved" ? "mark moved" : ch.kind === "surrounding" ? "mark surrounding" : ch.new.start === ch.new.end ? "mark del" : "mark";
    marks.push({ id, cls, top: `${(100 * at) / (total || 1)}%` });
  }
  return marks;
}

export class Minimap {
  #el;
  #top = () => null;

  /** Draws into `el`; a click calls `go(id)` with the nearest mark's change. */
  constructor(el, go) {
    this.#el = el;
    el.addEventListener("click", (e) => {
      const marks = [...el.children];
      if (!marks.length) return;
      const y = e.clientY - el.getBoundingClientRect().top;
      let best = marks[0];
      for (const m of marks) if (Math.abs(m.offsetTop - y) < Math.abs(best.offsetTop - y)) best = m;
      go(Number(best.dataset.change));
    });
  }

  #mark(id, cls, top) {
    const mark = h(this.#el.ownerDocument, "div", { class: cls, "data-change": String(id) });
    mark.style.top = top;
    return mark;
  }

  draw(positions, total, changes) {
    this.#top = (id) => (positions.has(id) ? `${(100 * positions.get(id)) / (total || 1)}%` : null);
    this.#el.replaceChildren(...minimapMarks(positions, total, changes).map((m) => this.#mark(m.id, m.cls, m.top)));
  }

  /** The current change gets a mark of its own. */
  markCurrent(id) {
    this.#el.querySelector(".current")?.remove();
    const top = this.#top(id);
    if (top !== null) this.#el.append(this.#mark(id, "mark current", top));
  }

  clear() {
    this.#el.replaceChildren();
  }
}
