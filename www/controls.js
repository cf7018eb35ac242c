// The element's controls, over render.js's chrome(): what the toolbar's buttons, clicks in the
// view, the keys and the edit panes do (wire()), the texts mirrored into the panes
// (syncInputs()), the progress line, and the toolbar's state (paintToolbar()). The element's
// public API does the work; `on` hands over the steps it keeps private.
import { summaryElements } from "./render.js";
import { counterText } from "./layout.js";
import { EN } from "./i18n.js";

/** A text set by the page longer than this fills its edit pane once focused; longer than the next, never. */
const MIRROR_NOW_LIMIT = 20_000;
const INPUT_MIRROR_LIMIT = 200_000;

/**
 * Wires the chrome `els` to `host` (the element). `on`: share(); goToPair(id), from a move to its
 * other half; expand(first), opening the collapsed stretch from row `first`; edited(texts), the
 * panes' new texts ({ old?, new? }, only the panes edited) once typing pauses.
 */
export function wire(host, els, on) {
  els.cancel.addEventListener("click", () => host.cancel());
  els.toolbar.addEventListener("click", (e) => {
    const button = e.target.closest("button");
    const action = button?.dataset.action;
    if (action === "previous") host.previous();
    else if (action === "next") host.next();
    else if (action === "view") host.view = host.effectiveView === "inline" ? "side-by-side" : "inline";
    else if (action === "minor") host.hideMinor = !host.hideMinor;
    else if (action === "copy") host.copy();
    else if (action === "report") host.downloadReport();
    else if (action === "share") on.share();
    else if (action === "all-kinds") host.kindFilter = "";
    // A pressed kind pressed again lets go, like "All changes".
    else if (action === "kind") host.kindFilter = button.dataset.kind === host.kindFilter ? "" : button.dataset.kind;
  });
  els.view.addEventListener("click", (e) => {
    const moved = e.target.closest(".moved[data-change]");
    if (moved) return on.goToPair(Number(moved.dataset.change));
    const button = e.target.closest("button[data-expand]");
    if (button) on.expand(Number(button.dataset.expand));
  });
  host.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return;
    if (e.key === "n" || e.key === "j") host.next();
    else if (e.key === "p" || e.key === "k") host.previous();
    else if (e.key === "m") on.goToPair(host.currentChangeId);
    else if (e.key === "Escape" && host.kindFilter !== "") host.kindFilter = "";
    else return;
    e.preventDefault();
  });
  listenToPanes(host, els, on.edited);
}

/** Edits in the panes become the texts once typing pauses. */
function listenToPanes(host, els, edited) {
  const sides = new Set();
  let timer = 0;
  for (const [input, side] of [
    [els.oldInput, "old"],
    [els.newInput, "new"],
  ]) {
    input.addEventListener("input", () => {
      sides.add(side);
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Only the panes edited: a placeholder must not replace a huge text with "".
        const texts = {};
        for (const s of sides) texts[s] = els[`${s}Input`].value;
        sides.clear();
        edited(texts);
      }, 150);
    });
    // Fill a waiting pane (see syncInputs()) when the reader goes to edit it.
    input.addEventListener("focus", () => {
      const pending = input.dataset.pending;
      if (pending && typeof host[pending] === "string") mirror(input, host[pending], "");
    });
  }
}

/**
 * Shows the panes when `host` is editable and copies its texts into them. A textarea takes tens
 * of ms to lay out tens of thousands of characters, so a long text waits for the pane's focus; a
 * huge one never goes in.
 */
export function syncInputs(host, els, t = EN) {
  els.inputs.hidden = !host.editable;
  if (!host.editable) return; // filled when made editable: a hidden pane's first fill takes ≈ 20 ms
  for (const [input, side] of [
    [els.oldInput, "oldText"],
    [els.newInput, "newText"],
  ]) {
    const value = host[side];
    if (typeof value !== "string" || input.value === value) continue;
    if (value.length > INPUT_MIRROR_LIMIT) mirror(input, "", t("input.tooLong", { n: value.length }));
    else if (value.length > MIRROR_NOW_LIMIT) {
      mirror(input, "", t("input.longText", { n: value.length }));
      input.dataset.pending = side;
    } else mirror(input, value, "");
  }
}

/** Puts `value` (or a placeholder saying why not) into an edit pane. */
function mirror(input, value, placeholder) {
  input.value = value;
  input.placeholder = placeholder;
  delete input.dataset.pending;
}

/** Shows the progress line of a comparison of `chars` UTF-16 units in the background; returns what hides it. */
export function showProgress(els, chars, t = EN) {
  const started = performance.now();
  const size = t("progress.size", { n: t.num(chars / 1e6, 1) });
  const tick = () => (els.progressText.textContent = t("progress.comparing", { size, seconds: t.num((performance.now() - started) / 1000, 1) }));
  tick();
  els.progress.hidden = false;
  els.view.setAttribute("aria-busy", "true"); // the result shown is the previous one
  const timer = setInterval(tick, 100);
  return () => {
    clearInterval(timer);
    els.progress.hidden = true;
    els.view.removeAttribute("aria-busy");
  };
}

/**
 * The toolbar for `result` (or null) and its `described` numbers: the navigation (`nav`, a
 * Navigator), the buttons' labels and states, the summary (built again only when `newSummary`:
 * a focused kind button keeps its focus) and its kind buttons' pressed state.
 */
export function paintToolbar(els, { result, described, nav, inline, hideMinor, newSummary, t = EN }) {
  const n = nav.stops.length;
  els.prev.disabled = n === 0 || nav.current <= 0;
  els.next.disabled = n === 0 || nav.current >= n - 1;
  const quotes = described?.counter; // the quote check's (describeQuotes())
  els.counter.textContent = result ? (quotes ? quotes(nav.current) : counterText(described, nav.current, nav.kind)) : "";
  els.toggle.hidden = els.minor.hidden = els.share.hidden = Boolean(quotes);
  els.toggle.textContent = t(inline ? "toolbar.sideBySide" : "toolbar.inline");
  els.minor.textContent = t(hideMinor ? "toolbar.showMinor" : "toolbar.hideMinor");
  els.minor.setAttribute("aria-pressed", String(hideMinor));
  els.minor.title = t("toolbar.minorTitle");
  for (const b of [els.copy, els.report, els.share]) b.disabled = !result;
  if (newSummary) els.summary.replaceChildren(...(result ? summaryElements(els.summary.ownerDocument, described, t) : []));
  for (const b of els.summary.querySelectorAll("button")) {
    b.setAttribute("aria-pressed", String(b.dataset.action === "all-kinds" ? nav.kind === null : b.dataset.kind === nav.kind));
  }
}
