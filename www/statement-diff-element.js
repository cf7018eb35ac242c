// <statement-diff>: two texts side by side (or inline), changes highlighted. The element holds the
// properties (from attributes.js's table), the lifecycle and one batched update; compare-client.js
// compares, layout.js lays out, chunked-view.js, minimap.js and render.js draw, controls.js wires
// the toolbar, keys and panes, navigator.js keeps the place among the changes, events.js are what
// it fires, actions.js (over export.js and share.js) takes a comparison away; quote-view.js: mode="quotes".
import { ATTRIBUTES, TEXT, BOOLEAN, timeBudget } from "./attributes.js";
import { styleSheet } from "./statement-diff-styles.js";
import { loadCore, CompareWorker, checkQuotes } from "./compare-client.js";
import { warmUp } from "./warm-up.js";
import { ChunkedView, layOutRows, HUGE_ROWS, nextTask } from "./chunked-view.js";
import { Minimap } from "./minimap.js";
import { StatementDiffRenderedEvent, StatementDiffErrorEvent } from "./events.js";
import { Navigator } from "./navigator.js";
import { wire, syncInputs, showProgress, paintToolbar } from "./controls.js";
import * as actions from "./actions.js";
import { h, chrome, itemElement, labelsElement, setStatus } from "./render.js";
import { groupRows, measureItems, describe, viewNotice } from "./layout.js";

export { loadCore, WORKER_THRESHOLD } from "./compare-client.js";
export { StatementDiffRenderedEvent, StatementDiffErrorEvent };

/** Narrower than this (CSS px), `view="auto"` shows the inline view. */
const NARROW_PX = 640;
const UNSET = Symbol();
const len = (t) => (typeof t === "string" ? t.length : 0);

export class StatementDiffElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES.map(([attr]) => attr);

  // UNSET until given by property (so `null` given on purpose is reported, not ignored).
  #texts = { old: UNSET, new: UNSET };
  #result = null;
  #rows = [];
  #compared = null; // { oldText, newText, options } of #result
  #nav = new Navigator(); // the stops, the current one, the kind chosen
  #described = null; // describe(#result)
  #summaryOf = null; // the result the summary was built for
  #labelFor = { old: UNSET, new: UNSET }; // the text a label came with (setTexts()), or UNSET: the page's
  #expanded = new Set();
  #view = new ChunkedView();
  #minimap = null;
  #queued = false;
  #narrow = false;
  #els = null;
  #resize = null;
  #worker = new CompareWorker();
  #renderSeq = 0;
  #qv = null; // quote-view.js

  static {
    for (const [attr, prop, read] of ATTRIBUTES) {
      const side = prop.slice(0, 3);
      Object.defineProperty(this.prototype, prop, {
        configurable: true,
        get() {
          if (read === BOOLEAN) return this.hasAttribute(attr);
          if (read === TEXT) return this.#texts[side] !== UNSET ? this.#texts[side] : (this.getAttribute(attr) ?? "");
          return read(this.getAttribute(attr));
        },
        set(v) {
          if (read === BOOLEAN) this.toggleAttribute(attr, Boolean(v));
          else if (read !== TEXT) this.setAttribute(attr, attr.endsWith("label") ? String(v ?? "") : String(v));
          else {
            this.#texts[side] = v;
            this.#textsChanged();
          }
        },
      });
    }
  }

  /** The last comparison (the core's compare(), or checkQuotes()), or null. */
  get result() {
    return this.#result;
  }
  /** Which view is showing: "side-by-side" or "inline". */
  get effectiveView() {
    return this.view === "auto" ? (this.#narrow ? "inline" : "side-by-side") : this.view;
  }
  /** Position of the current change among the stops (-1 before navigating). */
  get currentChange() {
    return this.#nav.current;
  }
  /** Id (index in result.changes) of the current change, or -1. */
  get currentChangeId() {
    return this.#nav.id;
  }
  /** The kind navigation steps through (as the kind buttons set it; choosing one goes to its first change), "" for all. */
  get kindFilter() {
    return this.#nav.kind ?? "";
  }
  set kindFilter(v) {
    this.#setKind(v ? String(v) : null);
  }

  /**
   * Sets both texts with labels that belong to them: such a label goes as soon as its side's text
   * is changed (by property, attribute or edit) unless set again. Labels set alone stay.
   */
  setTexts(oldText, newText, { oldLabel, newLabel } = {}) {
    this.oldText = oldText;
    this.newText = newText;
    if (oldLabel !== undefined) {
      this.oldLabel = oldLabel;
      this.#labelFor.old = oldText;
    }
    if (newLabel !== undefined) {
      this.newLabel = newLabel;
      this.#labelFor.new = newText;
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name.endsWith("label")) this.#labelFor[name.slice(0, 3)] = UNSET; // set by the page: its own label
    if (name === "old-text" || name === "new-text") {
      this.#textsChanged();
      return;
    }
    if (name === "editable" && this.#els) syncInputs(this, this.#els);
    this.#schedule();
  }

  connectedCallback() {
    // Properties set before the upgrade live on the instance: re-run them as setters.
    for (const [, p] of ATTRIBUTES) {
      if (Object.prototype.hasOwnProperty.call(this, p)) {
        const v = this[p];
        delete this[p];
        this[p] = v;
      }
    }
    if (!this.#els) this.#build();
    this.#resize ??= new ResizeObserver(() => {
      const narrow = this.getBoundingClientRect().width < NARROW_PX;
      if (narrow !== this.#narrow) {
        this.#narrow = narrow;
        if (this.view === "auto") this.#schedule();
      }
    });
    this.#resize.observe(this);
    this.#narrow = this.getBoundingClientRect().width < NARROW_PX;
    this.#schedule();
    if (this.mode !== "quotes")
      loadCore().then(
        () => warmUp(this.ownerDocument, () => this.#renderSeq > 0),
        () => {}, // the view says the core could not load
      );
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
  }

  // --- navigation ---
  next() {
    this.goTo(this.#nav.nextIndex);
  }
  previous() {
    this.goTo(this.#nav.previousIndex);
  }
  /** Scrolls stop `index` into view and marks it current. */
  goTo(index) {
    if (this.#nav.go(index)) this.#markCurrent();
  }

  /** Cancels a comparison in the background; returns whether one was running. */
  cancel() {
    return this.#worker.cancel();
  }

  // --- taking it away (actions.js) ---
  /** Resolves to the plain text: the header (what was compared, the numbers), then [-deleted-]{+inserted+}. */
  toPlainText() {
    return (this.#quotes ? this.#qv : actions).toPlainText(this.#comparison());
  }
  /** Resolves to the self-contained HTML report (no script; every text escaped). */
  toReportHTML() {
    return (this.#quotes ? this.#qv : actions).toReportHTML(this.#comparison());
  }
  /** Copies the comparison as rich HTML and as plain text with markers. */
  async copy() {
    const c = this.#comparison();
    return actions.copy(c, this.#els?.status, this.#quotes ? this.#qv.copyData(c) : undefined);
  }
  /** Downloads the report (resolves once started). */
  async downloadReport() {
    actions.download(await this.toReportHTML(), this.#els?.status);
  }
  /** Resolves to a link to this page restoring both texts (as they are now); rejects with ShareLinkError when too long. */
  shareUrl() {
    return actions.shareUrl(this);
  }
  /** Resolves to a share link's texts and labels, null if none; rejects with ShareLinkError when damaged. */
  static readShareLink(hash = location.hash) {
    return actions.readShareLink(hash);
  }

  // --- internals ---
  get #quotes() {
    return Boolean(this.#compared?.quotes);
  }

  /** What the exports take away (the labels as they are now). */
  #comparison() {
    return { result: this.#result, rows: this.#rows, compared: this.#compared, oldLabel: this.oldLabel, newLabel: this.newLabel };
  }

  /** Jumps from one half of a move to the other. */
  #goToPair(id) {
    const pair = this.#result?.changes?.[id]?.pair;
    if (pair !== undefined) this.#goToId(pair);
  }

  /** Goes to change `id`, back to all kinds first if the kind chosen leaves it out. */
  #goToId(id) {
    if (this.#nav.stops.indexOf(id) < 0 && this.#nav.kind !== null) this.#setKind(null, false);
    this.goTo(this.#nav.stops.indexOf(id));
  }

  /** Steps through `kind` only (null: all), going to its first change unless the current one is of it or `go` is false. */
  #setKind(kind, go = true) {
    const nav = this.#nav;
    if (kind === nav.kind || this.#quotes) return;
    nav.kind = kind;
    if (!this.#result) return;
    nav.update(this.#result.changes);
    if (kind !== null && go && nav.current < 0 && nav.stops.length) this.goTo(0);
    else if (nav.current >= 0) this.#markCurrent(false);
    else this.#renderChrome();
  }

  #textsChanged() {
    this.#dropStaleLabels();
    if (this.#els) syncInputs(this, this.#els);
    this.#schedule();
  }

  /** Labels that came with a text (setTexts()) go once it is another. */
  #dropStaleLabels() {
    for (const side of ["old", "new"]) {
      const came = this.#labelFor[side];
      if (came === UNSET || this[`${side}Text`] === came) continue;
      this.#labelFor[side] = UNSET;
      this.removeAttribute(`${side}-label`);
    }
  }

  /** Renders once per microtask, however many things changed. */
  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#render();
    });
  }

  #build() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet()];
    const { els, children } = chrome(this.ownerDocument);
    root.replaceChildren(...children);
    this.#els = els;
    this.#minimap = new Minimap(els.minimap, (id) => this.#goToId(id));
    wire(this, els, {
      share: () => actions.share(this.shareUrl(), els.status),
      goToPair: (id) => this.#goToPair(id),
      expand: (first) => {
        this.#expanded.add(first);
        this.#renderView();
        this.#view.ensureRow(first);
        els.view.querySelector(`[data-row="${first}"]`)?.focus();
      },
      edited: (texts) => {
        Object.assign(this.#texts, texts);
        this.#dropStaleLabels();
        this.dispatchEvent(new Event("statement-diff-input", { bubbles: true, composed: true }));
        this.#schedule();
      },
    });
    syncInputs(this, els);
  }

  async #render() {
    performance.mark("statement-diff:x-render");
    const els = this.#els;
    const quotes = this.mode === "quotes";
    try {
      if (quotes) this.#qv ??= await import("./quote-view.js");
      else await loadCore();
    } catch (e) {
      this.#showError(`The ${quotes ? "quote check" : "comparison engine"} could not load: ${e.message}`);
      return;
    }
    [els.oldInputLabel.textContent, els.newInputLabel.textContent] = this.#labels();
    if (this.#texts.old === UNSET && this.#texts.new === UNSET && !this.hasAttribute("old-text") && !this.hasAttribute("new-text")) {
      this.#result = null;
      this.#rows = [];
      this.#nav.stops = [];
      els.view.replaceChildren(
        h(this.ownerDocument, "p", {
          class: "empty-state",
          text: this.editable ? `Paste ${quotes ? "a source and a text quoting it" : "two versions"} above.` : "No texts to compare yet.",
        }),
      );
      this.#renderChrome();
      return;
    }
    performance.mark("statement-diff:x-loaded");
    const oldText = this.oldText;
    const newText = this.newText;
    // Every option named, so the exports can say what was used.
    const options = {
      ...(quotes ? { minWords: 4 } : {}),
      ignoreCase: this.ignoreCase,
      cleanup: true,
      timeoutMs: timeBudget(this.getAttribute("time-budget"), len(oldText) + len(newText)),
    };
    const c = this.#compared;
    const same =
      c &&
      c.quotes === quotes &&
      c.oldText === oldText &&
      c.newText === newText &&
      c.options.ignoreCase === options.ignoreCase &&
      c.options.timeoutMs === options.timeoutMs;
    if (!same && !(await this.#update(oldText, newText, options, quotes))) return;
    els.error.hidden = true;
    this.#renderView();
    this.#renderChrome();
    performance.mark("statement-diff:render-end");
    this.dispatchEvent(new StatementDiffRenderedEvent(this.#result, this.#described));
  }

  /** Compares (or checks the quotations) and lays out; false if superseded or failed (the error shown). */
  async #update(oldText, newText, options, quotes) {
    const seq = ++this.#renderSeq;
    try {
      // Marks for paste-to-painted times (benches/).
      performance.mark("statement-diff:compare-start");
      if (quotes) this.#worker.cancel();
      this.#result = quotes
        ? await checkQuotes(oldText, newText, options)
        : await this.#worker.compare(oldText, newText, options, (size) => showProgress(this.#els, size));
      performance.mark("statement-diff:compare-end");
    } catch (e) {
      if (seq !== this.#renderSeq) return false; // superseded by newer texts
      this.#compared = this.#result = null;
      this.#rows = [];
      if (e.name === "AbortError") this.#showError("Comparison cancelled. Edit a text to compare again.");
      else {
        this.#showError(e.name === "EngineCrash" ? e.message : `Could not ${quotes ? "check the quotations" : "compare"}: ${e.message}`);
        this.dispatchEvent(new StatementDiffErrorEvent(e));
      }
      return false;
    }
    const qv = quotes && this.#qv;
    // A huge result is received, laid out and drawn in separate tasks: no long task. Quote mode: the cards.
    const rows = qv ? qv.quoteItems(this.#result, oldText, newText) : await layOutRows(this.#result, () => seq === this.#renderSeq);
    if (!rows) return false;
    this.#rows = rows;
    this.#compared = { oldText, newText, options, quotes };
    this.#described = qv ? qv.describeQuotes(this.#result, options.minWords) : describe(this.#result);
    this.#nav.kind = null;
    performance.mark("statement-diff:layout-end");
    if (this.#result.rows?.length > HUGE_ROWS) await nextTask();
    if (seq !== this.#renderSeq) return false;
    this.#expanded = new Set();
    this.#nav.current = -1;
    return true;
  }

  #showError(message) {
    const els = this.#els;
    this.#view.stop(); // stops building a previous view
    this.#nav.stops = [];
    els.error.textContent = message;
    els.error.hidden = false;
    els.view.replaceChildren();
    this.#minimap.clear();
    this.#renderChrome();
  }

  #renderView() {
    const doc = this.ownerDocument;
    const result = this.#result;
    const d = this.#described;
    const inline = this.effectiveView === "inline";
    if (this.#quotes) {
      this.#view.stop();
      this.#minimap.clear();
      this.dataset.view = "quotes";
      this.#nav.stops = this.#rows.map((it) => it.index);
      this.#qv.show(this.#els.view, this.#rows, this.#labels());
      if (this.#nav.current >= 0) this.#markCurrent(false);
      return;
    }
    this.dataset.view = inline ? "inline" : "side-by-side";
    // Every change that is not minor is a stop ("next" never skips a difference), as the summary counts.
    const notMinor = this.#nav.update(result.changes);
    if (notMinor !== d.changes)
      console.error(
        `statement-diff: the core counts ${d.changes} changes but ${notMinor} are not minor (stats.changes must count every change that is not minor)`,
      );
    const paint = { hideMinor: this.hideMinor, findings: { old: result.old.findings, new: result.new.findings } };
    const notice = viewNotice(result, d);
    const head = [labelsElement(doc, inline, this.#labels()), ...(notice ? [h(doc, "p", { class: "empty-state", text: notice })] : [])];
    const items = groupRows(this.#rows, { context: this.context, expanded: this.#expanded });
    const measured = measureItems(items, result.changes);
    const built = () => this.dispatchEvent(new Event("statement-diff-built"));
    this.#view.show(this.#els.view, head, items, measured, (item) => itemElement(doc, item, result.changes, { inline, paint, d }), built);
    this.#minimap.draw(measured.positions, measured.height, result.changes);
    if (this.#nav.current >= 0) this.#markCurrent(false);
  }

  #renderChrome() {
    const result = this.#result;
    const [described, nav, inline, hideMinor] = [this.#described, this.#nav, this.effectiveView === "inline", this.hideMinor];
    paintToolbar(this.#els, { result, described, nav, inline, hideMinor, newSummary: this.#summaryOf !== result });
    this.#summaryOf = result;
  }

  #markCurrent(scroll = true) {
    const { view, status } = this.#els;
    if (this.#quotes) {
      this.#qv.mark(view, this.#nav.current, scroll);
      return this.#renderChrome();
    }
    const targets = this.#view.markCurrent(view, this.#nav.id, scroll);
    // Collapsed furniture stays so: marked, and the status says how to open it.
    if (targets.some((el) => el.classList.contains("collapsed")))
      setStatus(status, "Text around the shared statement, only in one of the texts: “Show surrounding text” opens it.", "surrounding");
    else if (status.dataset.about === "surrounding") setStatus(status, "");
    this.#minimap.markCurrent(this.#nav.id);
    this.#renderChrome();
  }

  #labels() {
    const quotes = this.mode === "quotes";
    return [this.oldLabel || (quotes ? "Source" : "Old"), this.newLabel || (quotes ? "Quoting text" : "New")];
  }
}
