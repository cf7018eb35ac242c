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
import { h, chrome, labelChrome, itemElement, labelsElement, setStatus } from "./render.js";
import { groupRows, measureItems, describe, viewNotice } from "./layout.js";
import { translator, languageOf, EN } from "./i18n.js";

export { loadCore, WORKER_THRESHOLD } from "./compare-client.js";
export { StatementDiffRenderedEvent, StatementDiffErrorEvent };

/** Narrower than this (CSS px), `view="auto"` shows the inline view. */
const NARROW_PX = 640;
const UNSET = Symbol();
const len = (t) => (typeof t === "string" ? t.length : 0);

// The tags below are what www/custom-elements.json says (node scripts/manifest.mjs writes it): the
// attributes and their properties, whose accessors come from attributes.js's table (the static
// block), the events, parts and custom properties; tests/js/manifest.test.mjs checks them against
// the table, the events dispatched and the styles. The types: statement-diff-element.d.ts.
/**
 * `<statement-diff>`: two versions of a statement side by side (or inline), the changed words
 * highlighted; `mode="quotes"` checks the quotations in the new text against the old one, the source.
 * Re-renders are batched: setting several properties in one task renders once.
 *
 * @tag statement-diff
 *
 * @attr {string} old-text - The old text (in mode="quotes": the source). Not reflected: the `oldText` property, once set, wins over it.
 * @attr {string} new-text - The new text (in mode="quotes": the text quoting the source). Not reflected: the `newText` property, once set, wins over it.
 * @attr {string} old-label - The old column's label, e.g. "Published 12 May" (empty: "Old", or "Source" in mode="quotes"); the page's own, it stays when the texts change.
 * @attr {string} new-label - The new column's label, e.g. "Site B" (empty: "New", or "Quoting text" in mode="quotes"); the page's own, it stays when the texts change.
 * @attr {"auto" | "side-by-side" | "inline"} [view="auto"] - The view: "auto" is inline below 640 px wide, side by side above; any other value reads as "auto".
 * @attr {boolean} editable - Shows two input panes to type or paste the texts into.
 * @attr {boolean} ignore-case - Matches words regardless of case (the display keeps the originals).
 * @attr {"true" | "false"} [cleanup="true"] - "false": no readability cleanup (the core's cleanup option), so a rewritten sentence shows as the words that changed, the unchanged words between them kept; any other value reads as "true".
 * @attr {boolean} hide-minor - Shows minor changes (case, typography, white space, split words) as unchanged text; the toolbar's "Hide minor" button toggles it.
 * @attr {number} [context=2] - Unchanged rows kept next to each change before a stretch collapses (a whole number ≥ 0).
 * @attr {"compare" | "quotes"} [mode="compare"] - "quotes": the quote check (old text = the source, new text = the text quoting it); any other value reads as "compare".
 * @attr {string} lang - The reader's language for every word the widget shows (built in: en, ru; more through `messages`). Absent: the nearest ancestor's lang, else the browser's (navigator.language), else English. Switching it re-renders.
 * @attr {number} time-budget - Milliseconds for aligning words (the core's timeoutMs; 0 = no limit). Absent: 2000 plus 1 ms per 10,000 UTF-16 units of both texts. When it runs out the result is coarser and the summary says "Approximate".
 *
 * @prop {string} oldText - The old text (the `old-text` attribute until set; not reflected: texts can be megabytes). A value that is not a string shows an error in the widget.
 * @prop {string} newText - The new text (the `new-text` attribute until set; not reflected). A value that is not a string shows an error in the widget.
 * @prop {string} oldLabel - The `old-label` attribute ("" when absent). Labels that belong to particular texts: setTexts().
 * @prop {string} newLabel - The `new-label` attribute ("" when absent).
 * @prop {"auto" | "side-by-side" | "inline"} [view="auto"] - The `view` attribute, read as one of its three values.
 * @prop {boolean} editable - The `editable` attribute's presence.
 * @prop {boolean} ignoreCase - The `ignore-case` attribute's presence.
 * @prop {boolean} [cleanup=true] - The `cleanup` attribute: false only when it is "false"; setting the property writes the attribute.
 * @prop {boolean} hideMinor - The `hide-minor` attribute's presence.
 * @prop {number} [context=2] - The `context` attribute as a whole number (2 when absent or not one).
 * @prop {"compare" | "quotes"} [mode="compare"] - The `mode` attribute, read as one of its two values.
 * @prop {number} [timeBudget=2000] - The `time-budget` attribute as a whole number of ms; when absent 2000, the budget at 0 characters (it grows with the texts).
 *
 * @fires {StatementDiffRenderedEvent} statement-diff-rendered - After each render (bubbles, composed): `stats` (the core's), `approximate`, `changes` (the navigation's stops), `detail` (describe() of layout.js: the numbers and labels shown). In mode="quotes": `check` (the checkQuotes() result), `stats` its counts, `detail.labels.line` the summary.
 * @fires {StatementDiffErrorEvent} statement-diff-error - The texts could not be compared (bubbles, composed): `error` (its message is shown in the widget too).
 * @fires {Event} statement-diff-input - The reader edited a text in the input panes (bubbles, composed).
 * @fires {Event} statement-diff-built - After statement-diff-rendered, once every row is in the DOM (a long comparison paints its first rows at once and builds the rest in short background slices). Dispatched on the element only: it does not bubble.
 *
 * @csspart toolbar - The bar above the view: summary, navigation, actions, status.
 * @csspart summary - The summary line and the kind buttons.
 * @csspart button - Every button: the toolbar's, the kind buttons, "Show…" (expand), Cancel, a quotation's cut.
 * @csspart kind - A kind button of the summary ("number 2", "All changes"; with "button").
 * @csspart status - The status line (copied, downloaded, share link…).
 * @csspart progress - The progress line while a large comparison runs in the worker.
 * @csspart cancel - Its Cancel button (with "button").
 * @csspart inputs - The two input panes (editable).
 * @csspart error - The error message.
 * @csspart view - The scrolling view of rows (mode="quotes": of the quotation cards).
 * @csspart minimap - The strip of marks beside the view.
 * @csspart labels - The column labels' row.
 * @csspart label - A column label.
 * @csspart old-label - The old column's label, side by side (with "label").
 * @csspart new-label - The new column's label, side by side (with "label").
 * @csspart row - A row of the view.
 * @csspart cell - A cell of a row.
 * @csspart old - The old side's cell, side by side (with "cell").
 * @csspart new - The new side's cell, side by side (with "cell").
 * @csspart ins - Inserted text.
 * @csspart del - Deleted text.
 * @csspart minor - A minor change (case, typography, white space, split words).
 * @csspart moved - A moved passage, where it was and where it is (with "del", "ins" or "minor").
 * @csspart collapsed - A collapsed stretch of unchanged rows, or (with "surrounding") of page furniture.
 * @csspart surrounding - Collapsed page furniture around the shared text (with "collapsed").
 * @csspart expand - The button opening a collapsed stretch (with "button").
 * @csspart finding - A word holding look-alike or invisible characters (with "lookalike" or "invisible").
 * @csspart lookalike - A word mixing scripts with look-alike letters (with "finding").
 * @csspart invisible - A word holding invisible or control characters (with "finding").
 * @csspart quote - mode="quotes": a quotation's card.
 * @csspart cut - mode="quotes": the button of a cut in a quotation, opening the text cut (with "button").
 * @csspart span - mode="quotes": a minor difference in a quotation's text.
 *
 * @cssprop [--sd-font=system-ui, -apple-system, "Segoe UI", Roboto, sans-serif] - The widget's font.
 * @cssprop [--sd-text-font=var(--sd-font)] - The font of the compared texts.
 * @cssprop [--sd-fg=#1b1f24] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--sd-bg=#ffffff] - Background (dark scheme: #0d1117).
 * @cssprop [--sd-muted=#57606a] - Secondary text: labels, status, previews (dark scheme: #9198a1).
 * @cssprop [--sd-border=#d0d7de] - Borders and rules (dark scheme: #3d444d).
 * @cssprop [--sd-row-changed-bg=#f6f8fa] - Background of a changed row (dark scheme: #151b23).
 * @cssprop [--sd-ins-bg=#dbeafe] - Background of inserted text (dark scheme: #173a6b).
 * @cssprop [--sd-ins-fg=#0b3d91] - Colour of inserted text (dark scheme: #d6e6ff).
 * @cssprop [--sd-del-bg=#fde2c8] - Background of deleted text (dark scheme: #5c2a0a).
 * @cssprop [--sd-del-fg=#7a2e00] - Colour of deleted text (dark scheme: #ffe0c7).
 * @cssprop [--sd-current=#8250df] - The current change's outline, focus rings, the chosen kind (dark scheme: #b392f0).
 * @cssprop [--sd-finding=#9a6700] - The outline of a word with look-alike or invisible characters (dark scheme: #d29922).
 * @cssprop [--sd-moved-bg=#ede4fb] - Background of a moved passage (dark scheme: #3b2a5c).
 * @cssprop [--sd-moved-fg=#4b2a85] - Colour of a moved passage (dark scheme: #e8dcff).
 * @cssprop [--sd-mark-ins=#2f6fdb] - The minimap's mark of an insertion or replacement (dark scheme: #6ea8fe).
 * @cssprop [--sd-mark-del=#d9731a] - The minimap's mark of a deletion (dark scheme: #f0a35e).
 * @cssprop [--sd-max-height=70vh] - Height of the scrolling view at most.
 */
export class StatementDiffElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES.map(([attr]) => attr), "lang"];

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
  #messages = null; // the page's own messages: { [lang]: { key: message } }
  #t = EN; // the translator of the last render (i18n.js)
  #langWatch = null; // a MutationObserver of the ancestors' lang attributes

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

  /**
   * The page's own messages, to add a language or override words: { [lang]: { key: message } }
   * (the keys: docs/messages.md). Setting it re-renders.
   * @type {Record<string, Record<string, string | Record<string, string>>> | null}
   */
  get messages() {
    return this.#messages;
  }
  set messages(v) {
    this.#messages = v && typeof v === "object" ? v : null;
    this.#schedule();
  }

  /** The translator for the reader's language now: lang attribute, an ancestor's, the browser's (i18n.js). */
  #translator() {
    const lang = languageOf(this);
    if (this.#t.lang !== lang || this.#t.extra !== this.#messages) {
      this.#t = translator(lang, this.#messages);
      this.#t.extra = this.#messages;
    }
    return this.#t;
  }

  /**
   * The last comparison (the core's compare(), or checkQuotes()), or null.
   * @type {Comparison | QuoteCheck | null}
   */
  get result() {
    return this.#result;
  }
  /**
   * Which view is showing: "side-by-side" or "inline".
   * @type {"side-by-side" | "inline"}
   */
  get effectiveView() {
    return this.view === "auto" ? (this.#narrow ? "inline" : "side-by-side") : this.view;
  }
  /**
   * Position of the current change among the stops (-1 before navigating).
   * @type {number}
   */
  get currentChange() {
    return this.#nav.current;
  }
  /**
   * Id (index in result.changes) of the current change, or -1.
   * @type {number}
   */
  get currentChangeId() {
    return this.#nav.id;
  }
  /**
   * The kind navigation steps through (as the kind buttons set it; choosing one goes to its first change), "" for all.
   * @type {string}
   */
  get kindFilter() {
    return this.#nav.kind ?? "";
  }
  set kindFilter(v) {
    this.#setKind(v ? String(v) : null);
  }

  /**
   * Sets both texts with labels that belong to them: such a label goes as soon as its side's text
   * is changed (by property, attribute or edit) unless set again. Labels set alone stay.
   * The third argument, optional: `{ oldLabel, newLabel }`, each optional.
   * @param {string} oldText
   * @param {string} newText
   * @returns {void}
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
    if (name === "editable" && this.#els) syncInputs(this, this.#els, this.#t);
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
    // An ancestor's lang (say <html lang>) switched: the words follow unless the element has its own.
    this.#langWatch ??= new MutationObserver(() => !this.hasAttribute("lang") && this.#schedule());
    for (let n = this.parentElement; n; n = n.parentElement) this.#langWatch.observe(n, { attributes: true, attributeFilter: ["lang"] });
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
    this.#langWatch?.disconnect();
  }

  // --- navigation ---
  /**
   * Goes to the next stop (the last stays the last).
   * @returns {void}
   */
  next() {
    this.goTo(this.#nav.nextIndex);
  }
  /**
   * Goes to the stop before (the first stays the first).
   * @returns {void}
   */
  previous() {
    this.goTo(this.#nav.previousIndex);
  }
  /**
   * Scrolls stop `index` into view and marks it current.
   * @param {number} index
   * @returns {void}
   */
  goTo(index) {
    if (this.#nav.go(index)) this.#markCurrent();
  }

  /**
   * Cancels a comparison in the background; returns whether one was running.
   * @returns {boolean}
   */
  cancel() {
    return this.#worker.cancel();
  }

  // --- taking it away (actions.js) ---
  /**
   * Resolves to the plain text: the header (what was compared, the numbers), then [-deleted-]{+inserted+}.
   * @returns {Promise<string>}
   */
  toPlainText() {
    return (this.#quotes ? this.#qv : actions).toPlainText(this.#comparison());
  }
  /**
   * Resolves to the self-contained HTML report (no script; every text escaped).
   * @returns {Promise<string>}
   */
  toReportHTML() {
    return (this.#quotes ? this.#qv : actions).toReportHTML(this.#comparison());
  }
  /**
   * Copies the comparison as rich HTML and as plain text with markers.
   * @returns {Promise<void>}
   */
  async copy() {
    const c = this.#comparison();
    return actions.copy(c, this.#els?.status, this.#quotes ? this.#qv.copyData(c) : undefined);
  }
  /**
   * Downloads the report (resolves once started).
   * @returns {Promise<void>}
   */
  async downloadReport() {
    actions.download(await this.toReportHTML(), this.#els?.status, this.#t);
  }
  /**
   * Resolves to a link to this page restoring both texts (as they are now); rejects with ShareLinkError when too long.
   * @returns {Promise<string>}
   */
  shareUrl() {
    return actions.shareUrl(this);
  }
  /**
   * Resolves to a share link's texts and labels, null if none; rejects with ShareLinkError when damaged.
   * @param {string} [hash] - a location hash, with or without "#" (default: the page's)
   * @returns {Promise<{ oldText: string, newText: string, oldLabel: string, newLabel: string } | null>}
   */
  static readShareLink(hash = location.hash) {
    return actions.readShareLink(hash);
  }

  // --- internals ---
  get #quotes() {
    return Boolean(this.#compared?.quotes);
  }

  /** What the exports take away (the labels as they are now). */
  #comparison() {
    return { result: this.#result, rows: this.#rows, compared: this.#compared, oldLabel: this.oldLabel, newLabel: this.newLabel, t: this.#t };
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
    if (this.#els) syncInputs(this, this.#els, this.#t);
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
    const { els, children } = chrome(this.ownerDocument, this.#translator());
    root.replaceChildren(...children);
    this.#els = els;
    this.#minimap = new Minimap(els.minimap, (id) => this.#goToId(id));
    wire(this, els, {
      share: () => actions.share(this.shareUrl(), els.status, this.#t),
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
    syncInputs(this, els, this.#t);
  }

  async #render() {
    const els = this.#els;
    const before = this.#t;
    const t = this.#translator();
    if (t !== before) {
      labelChrome(els, t); // the language changed: the chrome's words, and the numbers' below
      this.#summaryOf = null;
      if (this.#described && !this.#quotes) this.#described = describe(this.#result, t);
      else if (this.#described && this.#qv) {
        this.#described = this.#qv.describeQuotes(this.#result, this.#compared.options.minWords, t);
        this.#rows = this.#qv.quoteItems(this.#result, this.#compared.oldText, this.#compared.newText, t);
      }
    }
    const quotes = this.mode === "quotes";
    try {
      if (quotes) this.#qv ??= await import("./quote-view.js");
      else await loadCore();
    } catch (e) {
      this.#showError(t(quotes ? "error.loadQuotes" : "error.load", { message: e.message }));
      return;
    }
    // The mode changed while its code loaded: the render that change scheduled shows it.
    if ((this.mode === "quotes") !== quotes) return;
    [els.oldInputLabel.textContent, els.newInputLabel.textContent] = this.#labels();
    if (this.#texts.old === UNSET && this.#texts.new === UNSET && !this.hasAttribute("old-text") && !this.hasAttribute("new-text")) {
      this.#result = null;
      this.#rows = [];
      this.#nav.stops = [];
      els.view.replaceChildren(
        h(this.ownerDocument, "p", {
          class: "empty-state",
          text: t(this.editable ? (quotes ? "view.pasteQuotes" : "view.pasteTwo") : "view.nothingYet"),
        }),
      );
      this.#renderChrome();
      return;
    }
    const oldText = this.oldText;
    const newText = this.newText;
    // Every option named, so the exports can say what was used.
    const options = {
      ...(quotes ? { minWords: 4 } : {}),
      ignoreCase: this.ignoreCase,
      cleanup: this.cleanup,
      timeoutMs: timeBudget(this.getAttribute("time-budget"), len(oldText) + len(newText)),
    };
    const c = this.#compared;
    const same =
      c &&
      c.quotes === quotes &&
      c.oldText === oldText &&
      c.newText === newText &&
      c.options.ignoreCase === options.ignoreCase &&
      c.options.cleanup === options.cleanup &&
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
        : await this.#worker.compare(oldText, newText, options, (chars) => showProgress(this.#els, chars, this.#t));
      performance.mark("statement-diff:compare-end");
    } catch (e) {
      if (seq !== this.#renderSeq) return false; // superseded by newer texts
      this.#compared = this.#result = null;
      this.#rows = [];
      const t = this.#t;
      if (e.name === "AbortError") this.#showError(t("error.cancelled"));
      else {
        this.#showError(
          e.name === "EngineCrash" ? t("error.crash", { message: e.internal }) : t(quotes ? "error.checkQuotes" : "error.compare", { message: e.message }),
        );
        this.dispatchEvent(new StatementDiffErrorEvent(e));
      }
      return false;
    }
    const qv = quotes && this.#qv;
    // A huge result is received, laid out and drawn in separate tasks: no long task. Quote mode: the cards.
    const rows = qv ? qv.quoteItems(this.#result, oldText, newText, this.#t) : await layOutRows(this.#result, () => seq === this.#renderSeq);
    if (!rows) return false;
    this.#rows = rows;
    this.#compared = { oldText, newText, options, quotes };
    this.#described = qv ? qv.describeQuotes(this.#result, options.minWords, this.#t) : describe(this.#result, this.#t);
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
      this.#qv.show(this.#els.view, this.#rows, this.#labels(), this.#t);
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
    const paint = { hideMinor: this.hideMinor, findings: { old: result.old.findings, new: result.new.findings }, t: this.#t };
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
    paintToolbar(this.#els, { result, described, nav, inline, hideMinor, newSummary: this.#summaryOf !== result, t: this.#t });
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
    if (targets.some((el) => el.classList.contains("collapsed"))) setStatus(status, this.#t("surrounding.status"), "surrounding");
    else if (status.dataset.about === "surrounding") setStatus(status, "");
    this.#minimap.markCurrent(this.#nav.id);
    this.#renderChrome();
  }

  #labels() {
    const quotes = this.mode === "quotes";
    const t = this.#t;
    return [this.oldLabel || t(quotes ? "label.source" : "label.old"), this.newLabel || t(quotes ? "label.quoting" : "label.new")];
  }
}
