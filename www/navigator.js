// Where the reader is among the changes: the stops (every change that is not minor, or those of
// the kind chosen in the summary), the current one, and the kind. Pure data: the element marks
// the current change and scrolls to it.
import { stops } from "./layout.js";

export class Navigator {
  /** Ids (in result.changes) of the changes navigation stops at: of `kind` only, when one is chosen. */
  stops = [];
  /** Position of the current change in `stops`, -1 before navigating (or when it is not a stop). */
  current = -1;
  /** The kind chosen in the summary, or null: all changes. */
  kind = null;

  /** The current change's id, or -1. */
  get id() {
    return this.stops[this.current] ?? -1;
  }

  /**
   * The stops over `changes` for the kind chosen; the current change stays current
   * if it still is a stop. Returns how many changes are not minor (all stops of all kinds).
   */
  update(changes) {
    const id = this.id;
    const all = stops(changes);
    this.stops = this.kind === null ? all : stops(changes, this.kind);
    this.current = this.stops.indexOf(id);
    return all.length;
  }

  /** Makes stop `index` current; false (and nothing changes) when there is no such stop. */
  go(index) {
    if (index < 0 || index >= this.stops.length) return false;
    this.current = index;
    return true;
  }

  /** The stop after the current one (the last stays the last). */
  get nextIndex() {
    return Math.min(this.current + 1, this.stops.length - 1);
  }

  /** The stop before the current one (the first stays the first). */
  get previousIndex() {
    return Math.max(this.current - 1, 0);
  }
}
