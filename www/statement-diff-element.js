// <statement-diff>: two versions of a text side by side (or inline), changes highlighted.
// The wasm core decides what changed; this element only renders and handles the reader's input.
// Register it with statement-diff-define.js, or under another name:
//   customElements.define("my-diff", StatementDiffElement)
import init, { compare, setWordLookup } from "./pkg/statement_diff.js";
import { css } from "./statement-diff-styles.js";
import { rowLayout, groupRows, measureItems, appendPieces, inlinePieces, describe, stops, counterText } from "./render.js";
import { plainTextExport, inlineHtml, reportHtml, evidence, headerLines } from "./export.js";
import { encodeShare, decodeShare } from "./share.js";
import { unpack } from "./statement-diff-transfer.js";
import { ensureWordLists, lookup } from "./wordlists.js";

let coreReady;
/** Loads the WebAssembly core once per page; every element shares it. */
export function loadCore() {
  return (coreReady ??= init().then((core) => (setWordLookup(lookup), core)));
}

/**
 * Set when the page's core instance trapped (a panic: a bug). A trapped instance may be left
 * mid-update, so from then on every comparison on this page runs in a worker, which is replaced
 * after each crash.
 */
let coreTrapped = false;

/** The core crashed (a bug), not the input's fault; the next comparison uses a fresh instance. */
class EngineCrash extends Error {
  constructor(message) {
    super(`The comparison engine crashed on these texts (internal error: ${message}; details on the browser console). This is a bug in statement-diff; please report it with the two texts. The next comparison starts a fresh engine.`);
    this.name = "EngineCrash";
  }
}

/**
 * Fired after every render: the core's `stats`, `approximate`, and the numbers the widget shows
 * (`detail`: describe()'s counts and labels; `changes` = its navigation stops).
 */
export class StatementDiffRenderedEvent extends Event {
  constructor(result, described = describe(result)) {
    super("statement-diff-rendered", { bubbles: true, composed: true });
    this.stats = result.stats;
    this.approximate = result.approximate;
    this.detail = described;
    this.changes = described.changes;
  }
}

/** Fired when the texts cannot be compared (the message is also shown in the widget). */
export class StatementDiffErrorEvent extends Event {
  constructor(error) {
    super("statement-diff-error", { bubbles: true, composed: true });
    this.error = error;
  }
}

/**
 * Texts longer than this (UTF-16 units, both together) are compared in a Web Worker, so the page
 * stays responsive; shorter ones compare on the main thread in well under 50 ms.
 */
export const WORKER_THRESHOLD = 100_000;

/** Compares in a module worker; one per element, replaced after a cancel or a crash. */
class CompareWorker {
  #worker = null;
  #pending = null;
  #seq = 0;

  run(oldText, newText, options, wordLists = []) {
    this.cancel();
    this.#worker ??= new Worker(new URL("./statement-diff-worker.js", import.meta.url), { type: "module" });
    const id = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending = { id, resolve, reject };
      this.#worker.onmessage = ({ data }) => {
        if (data.id !== this.#pending?.id) return;
        this.#pending = null;
        if (data.error) {
          this.#terminate();
          reject(data.error.trap ? new EngineCrash(data.error.message) : new Error(data.error.message));
        } else resolve(unpack(data.result, oldText, newText));
      };
      this.#worker.onerror = (e) => {
        e.preventDefault();
        const p = this.#pending;
        this.#pending = null;
        this.#terminate();
        p?.reject(new Error(e.message || "the comparison worker failed"));
      };
      this.#worker.postMessage({ id, oldText, newText, options, wordLists });
    });
  }

  /** Stops a running comparison (its promise rejects with an AbortError). */
  cancel() {
    if (!this.#pending) return false;
    const p = this.#pending;
    this.#pending = null;
    this.#terminate();
    p.reject(new DOMException("The comparison was cancelled.", "AbortError"));
    return true;
  }

  #terminate() {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

/** Items (rows or collapsed blocks) per chunk of the view; chunks built before the first paint. */
const CHUNK_ITEMS = 16;
const FIRST_CHUNKS = 4;
/** Longest time (ms) one background slice spends building chunks. */
const SLICE_MS = 8;

/** Results with more rows than this are received, laid out (this many rows per task) and drawn in separate tasks. */
const HUGE_ROWS = 2000;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Texts set by the page longer than this (UTF-16 units) fill their edit pane when it is focused. */
const MIRROR_NOW_LIMIT = 20_000;
/** Texts longer than this (UTF-16 units) are not copied into the editable panes. */
const INPUT_MIRROR_LIMIT = 200_000;

/** Narrower than this (CSS px), `view="auto"` shows the inline view. */
const NARROW_PX = 640;
const BOOLEAN_ATTRS = { editable: "editable", "ignore-case": "ignoreCase", "hide-minor": "hideMinor" };
const STRING_ATTRS = { "old-label": "oldLabel", "new-label": "newLabel", view: "view" };
const VIEWS = ["auto", "side-by-side", "inline"];
const UNSET = Symbol("unset");

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

function h(doc, tag, props = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("data-") || k.startsWith("aria-") || k === "part" || k === "role" || k === "tabindex" || k === "for")
      el.setAttribute(k, v);
    else el[k] = v;
  }
  el.append(...children);
  return el;
}

export class StatementDiffElement extends HTMLElement {
  static observedAttributes = ["old-text", "new-text", "context", "time-budget", ...Object.keys(BOOLEAN_ATTRS), ...Object.keys(STRING_ATTRS)];

  // UNSET until a text is given by property (so `null` given on purpose is reported, not ignored).
  #oldText = UNSET;
  #newText = UNSET;
  #result = null;
  #rows = [];
  #cacheKey = null;
  #error = null;
  #current = -1; // position in #nav
  #nav = []; // ids of the changes navigation visits (not the minor ones; of #kind only when set)
  #kind = null; // the kind navigation steps through (chosen in the summary), or null for all
  #described = null; // describe(#result): the numbers every part of the widget shows
  #summaryOf = null; // the result the summary was built for
  #compared = null; // { oldText, newText, options } of #result, for the exports' evidence
  // For each side, the text its label came with (setTexts()), or UNSET for the page's own label.
  #labelFor = { old: UNSET, new: UNSET };
  #expanded = new Set();
  #buildSeq = 0;
  /** Builds the view's DOM through the chunk holding item k of #items (set by #renderView). */
  #ensureBuilt = () => true;
  #items = [];
  /** The minimap's CSS top of a change, or null (set by #renderMinimap). */
  #minimapTop = () => null;
  #itemOfChange = new Map();
  #queued = false;
  #narrow = false;
  #els = null;
  #resize = null;
  #inputTimer = 0;
  #worker = null;
  #renderSeq = 0;

  // --- properties (attributes mirror them; texts are not reflected, they can be megabytes) ---
  get oldText() {
    return this.#oldText !== UNSET ? this.#oldText : (this.getAttribute("old-text") ?? "");
  }
  set oldText(v) {
    this.#oldText = v;
    this.#textsChanged();
  }
  get newText() {
    return this.#newText !== UNSET ? this.#newText : (this.getAttribute("new-text") ?? "");
  }
  set newText(v) {
    this.#newText = v;
    this.#textsChanged();
  }
  get oldLabel() {
    return this.getAttribute("old-label") ?? "";
  }
  set oldLabel(v) {
    this.setAttribute("old-label", String(v ?? ""));
  }
  get newLabel() {
    return this.getAttribute("new-label") ?? "";
  }
  set newLabel(v) {
    this.setAttribute("new-label", String(v ?? ""));
  }
  /** "auto" (default: inline below 640 px wide), "side-by-side" or "inline". */
  get view() {
    const v = this.getAttribute("view");
    return VIEWS.includes(v) ? v : "auto";
  }
  set view(v) {
    this.setAttribute("view", v);
  }
  /** Show the two input panes to type or paste into. */
  get editable() {
    return this.hasAttribute("editable");
  }
  set editable(v) {
    this.toggleAttribute("editable", Boolean(v));
  }
  /** Show minor changes (case, typography, white space, split words) as plain text. */
  get hideMinor() {
    return this.hasAttribute("hide-minor");
  }
  set hideMinor(v) {
    this.toggleAttribute("hide-minor", Boolean(v));
  }
  get ignoreCase() {
    return this.hasAttribute("ignore-case");
  }
  set ignoreCase(v) {
    this.toggleAttribute("ignore-case", Boolean(v));
  }
  /** Unchanged rows kept visible next to each change (default 2). */
  get context() {
    const n = Number.parseInt(this.getAttribute("context") ?? "", 10);
    return Number.isFinite(n) && n >= 0 ? n : 2;
  }
  set context(v) {
    this.setAttribute("context", String(v));
  }
  /**
   * Time budget for aligning words, in ms (the core's `timeoutMs`; default 2000, 0 = none). When
   * it runs out the result is coarser, and the summary says so.
   */
  get timeBudget() {
    const n = Number(this.getAttribute("time-budget") ?? "");
    return this.hasAttribute("time-budget") && Number.isInteger(n) && n >= 0 ? n : 2000;
  }
  set timeBudget(v) {
    this.setAttribute("time-budget", String(v));
  }
  /** The last comparison (as returned by the core's compare()), or null. */
  get result() {
    return this.#result;
  }
  /** Which view is showing: "side-by-side" or "inline". */
  get effectiveView() {
    return this.view === "auto" ? (this.#narrow ? "inline" : "side-by-side") : this.view;
  }
  /** Position of the current change among the changes that are not minor (-1 before navigating). */
  get currentChange() {
    return this.#current;
  }
  /** Id (index in result.changes) of the current change, or -1. */
  get currentChangeId() {
    return this.#nav[this.#current] ?? -1;
  }
  /**
   * The kind of change navigation steps through ("number", "negation"…; the summary's kind
   * buttons set it), or "" for all changes. Choosing a kind goes to its first change.
   */
  get kindFilter() {
    return this.#kind ?? "";
  }
  set kindFilter(v) {
    this.#setKind(v ? String(v) : null);
  }

  /**
   * Sets both texts, with labels that belong to them (an example's file names, a share link's
   * labels): such a label goes (back to "Old" / "New") as soon as its side's text is changed to
   * another, by property, attribute or the reader's edit, unless a label is set again. Labels set
   * on their own (`oldLabel`, `old-label`) are the page's and stay.
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
    if (name === "old-label") this.#labelFor.old = UNSET; // set by the page: its own label
    if (name === "new-label") this.#labelFor.new = UNSET;
    if (name === "old-text" || name === "new-text") {
      this.#textsChanged();
      return;
    }
    if (name === "editable") this.#syncInputs();
    this.#schedule();
  }

  connectedCallback() {
    // Properties set before the element was defined live on the instance: re-run them as setters.
    for (const p of ["oldText", "newText", "oldLabel", "newLabel", "view", "editable", "ignoreCase", "hideMinor", "context", "timeBudget"]) {
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
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
  }

  // --- navigation ---
  next() {
    this.goTo(Math.min(this.#current + 1, this.#changeCount() - 1));
  }
  previous() {
    this.goTo(Math.max(this.#current - 1, 0));
  }
  /** Scrolls the navigable change at position `index` into view and marks it as current. */
  goTo(index) {
    const n = this.#changeCount();
    if (!n || index < 0 || index >= n) return;
    this.#current = index;
    this.#markCurrent();
  }

  /** Cancels a comparison running in the background; returns whether one was running. */
  cancel() {
    return this.#worker?.cancel() ?? false;
  }

  // --- taking it away ---
  /**
   * Resolves to the comparison as plain text: a header saying what was compared (each text's
   * length and SHA-256, the options, the version, the time) and the numbers, then the texts with
   * changes marked [-deleted-]{+inserted+}.
   */
  async toPlainText() {
    if (!this.#result) return "";
    const [result, rows, ev] = [this.#result, this.#rows, await this.#evidence()];
    return plainTextExport({ rows, result, evidence: ev });
  }
  /** Resolves to a self-contained HTML report (no script; every text escaped), with the same header. */
  async toReportHTML() {
    if (!this.#result) return "";
    const [result, rows, ev] = [this.#result, this.#rows, await this.#evidence()];
    return reportHtml({ rows, result, evidence: ev });
  }
  /** Copies the comparison to the clipboard as rich HTML and as plain text with markers. */
  async copy() {
    if (!this.#result) return;
    const [result, rows] = [this.#result, this.#rows];
    // Hashing is asynchronous: the clipboard takes promises of the data, so the write starts
    // while the click still counts as the reader's gesture.
    const ev = this.#evidence();
    const text = ev.then((e) => plainTextExport({ rows, result, evidence: e }));
    const html = ev.then((e) => inlineHtml(rows, result.changes, headerLines(e, describe(result))));
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/plain": text.then((t) => new Blob([t], { type: "text/plain" })),
          "text/html": html.then((t) => new Blob([t], { type: "text/html" })),
        }),
      ]);
      this.#status("Copied the comparison (formatted, and as plain text with [-deleted-]{+inserted+} markers).");
    } catch {
      try {
        await navigator.clipboard.writeText(await text);
        this.#status("Copied the comparison as plain text with [-deleted-]{+inserted+} markers.");
      } catch {
        this.#status("The browser did not allow copying. Use “Download report” instead.");
      }
    }
  }
  /** Downloads the HTML report (resolves once the download started). */
  async downloadReport() {
    const html = await this.toReportHTML();
    if (!html) return;
    const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    const a = h(this.ownerDocument, "a", { href: url, download: "statement-diff-report.html" });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#status("Report downloaded: statement-diff-report.html");
  }
  /** A link to this page that restores both texts; throws ShareLinkError when too long. */
  shareUrl() {
    const fragment = encodeShare({ oldText: String(this.oldText), newText: String(this.newText), oldLabel: this.oldLabel, newLabel: this.newLabel });
    return `${location.href.split("#")[0]}#${fragment}`;
  }
  /** Reads a share link's fragment: null if none, the texts and labels, or throws ShareLinkError. */
  static readShareLink(hash = location.hash) {
    return decodeShare(hash);
  }

  // --- internals ---
  /** What the exports say was compared: the texts, options and labels of the result shown. */
  #evidence() {
    const { oldText, newText, options } = this.#compared;
    return evidence({ oldText, newText, options, oldLabel: this.oldLabel, newLabel: this.newLabel });
  }

  /** Jumps from one half of a move to the other. */
  #goToPair(id) {
    const pair = this.#result?.changes[id]?.pair;
    if (pair !== undefined) this.#goToId(pair);
  }

  /** Goes to the change with this id; back to all changes first when the kind chosen leaves it out. */
  #goToId(id) {
    if (this.#nav.indexOf(id) < 0 && this.#kind !== null) this.#setKind(null, false);
    this.goTo(this.#nav.indexOf(id));
  }

  /**
   * Navigation steps through changes of `kind` only (null: all). Choosing a kind goes to its
   * first change, unless the current one is of that kind (`go` false: stay where it is).
   */
  #setKind(kind, go = true) {
    if (kind === this.#kind) return;
    const id = this.currentChangeId;
    this.#kind = kind;
    if (!this.#result) return;
    this.#nav = stops(this.#result.changes, kind);
    this.#current = this.#nav.indexOf(id);
    if (kind !== null && go && this.#current < 0 && this.#nav.length) this.goTo(0);
    else if (this.#current >= 0) this.#markCurrent(false);
    else this.#renderChrome();
  }

  #textsChanged() {
    this.#dropStaleLabels();
    this.#syncInputs();
    this.#schedule();
  }

  /** Labels that came with a text (setTexts()) go once that side's text is another one. */
  #dropStaleLabels() {
    for (const side of ["old", "new"]) {
      const came = this.#labelFor[side];
      if (came === UNSET || this[`${side}Text`] === came) continue;
      this.#labelFor[side] = UNSET;
      this.removeAttribute(`${side}-label`);
    }
  }

  #changeCount() {
    return this.#nav.length;
  }

  /** Re-renders once per microtask, however many attributes and properties changed. */
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
    root.adoptedStyleSheets = [styles()];
    const doc = this.ownerDocument;
    const btn = (action, text, label) => h(doc, "button", { type: "button", "data-action": action, part: "button", text, ...(label ? { "aria-label": label } : {}) });
    const els = {
      // The line inside is the live region; the kind buttons beside it are not announced.
      summary: h(doc, "div", { class: "summary", part: "summary" }),
      counter: h(doc, "span", { class: "counter", "aria-live": "polite" }),
      prev: btn("previous", "↑ Previous", "Previous change (p)"),
      next: btn("next", "↓ Next", "Next change (n)"),
      toggle: btn("view", "Inline view"),
      minor: btn("minor", "Hide minor"),
      copy: btn("copy", "Copy"),
      report: btn("report", "Download report"),
      share: btn("share", "Share link"),
      status: h(doc, "div", { class: "status", part: "status", role: "status" }),
      progress: h(doc, "div", { class: "progress", part: "progress", hidden: true }),
      progressText: h(doc, "span", { "aria-live": "polite" }),
      cancel: h(doc, "button", { type: "button", part: "button cancel", "data-action": "cancel", text: "Cancel" }),
      inputs: h(doc, "div", { class: "inputs", part: "inputs", hidden: true }),
      oldInput: h(doc, "textarea", { id: "old-input", spellcheck: false }),
      newInput: h(doc, "textarea", { id: "new-input", spellcheck: false }),
      oldInputLabel: h(doc, "span"),
      newInputLabel: h(doc, "span"),
      error: h(doc, "div", { class: "error", part: "error", role: "alert", hidden: true }),
      view: h(doc, "div", { class: "view", part: "view", role: "region", tabindex: "0", "aria-label": "Comparison" }),
      minimap: h(doc, "div", { class: "minimap", part: "minimap", "aria-hidden": "true" }),
    };
    els.inputs.append(
      h(doc, "label", {}, els.oldInputLabel, els.oldInput),
      h(doc, "label", {}, els.newInputLabel, els.newInput),
    );
    const toolbar = h(
      doc,
      "div",
      { class: "toolbar", part: "toolbar" },
      els.summary,
      h(doc, "div", { class: "nav", role: "group", "aria-label": "Changes" }, els.prev, els.counter, els.next),
      h(doc, "div", { class: "actions", role: "group", "aria-label": "Actions" }, els.toggle, els.minor, els.copy, els.report, els.share),
      els.status,
    );
    els.progress.append(h(doc, "span", { class: "spinner", "aria-hidden": "true" }), els.progressText, els.cancel);
    els.cancel.addEventListener("click", () => this.cancel());
    root.replaceChildren(els.inputs, toolbar, els.progress, els.error, h(doc, "div", { class: "body" }, els.view, els.minimap));
    this.#els = els;

    toolbar.addEventListener("click", (e) => {
      const action = e.target.closest("button")?.dataset.action;
      if (action === "previous") this.previous();
      else if (action === "next") this.next();
      else if (action === "view") this.view = this.effectiveView === "inline" ? "side-by-side" : "inline";
      else if (action === "minor") this.hideMinor = !this.hideMinor;
      else if (action === "copy") this.copy();
      else if (action === "report") this.downloadReport();
      else if (action === "share") this.#share();
      else if (action === "all-kinds") this.#setKind(null);
      else if (action === "kind") {
        // A pressed kind button pressed again lets go of the kind, like "All changes".
        const kind = e.target.closest("button").dataset.kind;
        this.#setKind(kind === this.#kind ? null : kind);
      }
    });
    els.view.addEventListener("click", (e) => {
      const moved = e.target.closest(".moved[data-change]");
      if (moved) {
        this.#goToPair(Number(moved.dataset.change));
        return;
      }
      const button = e.target.closest("button[data-expand]");
      if (!button) return;
      const first = Number(button.dataset.expand);
      this.#expanded.add(first);
      this.#renderView();
      this.#ensureBuilt(this.#items.findIndex((item) => item.index === first));
      els.view.querySelector(`[data-row="${button.dataset.expand}"]`)?.focus();
    });
    els.minimap.addEventListener("click", (e) => {
      const marks = [...els.minimap.children];
      if (!marks.length) return;
      const y = e.clientY - els.minimap.getBoundingClientRect().top;
      let best = marks[0];
      for (const m of marks) if (Math.abs(m.offsetTop - y) < Math.abs(best.offsetTop - y)) best = m;
      this.#goToId(Number(best.dataset.change));
    });
    this.addEventListener("keydown", (e) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.composedPath()[0];
      if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return;
      if (e.key === "n" || e.key === "j") this.next();
      else if (e.key === "p" || e.key === "k") this.previous();
      else if (e.key === "m") this.#goToPair(this.currentChangeId);
      else if (e.key === "Escape" && this.#kind !== null) this.#setKind(null);
      else return;
      e.preventDefault();
    });
    const edited = new Set();
    const onInput = (side) => () => {
      edited.add(side);
      clearTimeout(this.#inputTimer);
      this.#inputTimer = setTimeout(() => {
        // Only the panes the reader edited: a pane showing a placeholder for a huge text set by
        // the page must not replace that text with "".
        if (edited.has("old")) this.#oldText = els.oldInput.value;
        if (edited.has("new")) this.#newText = els.newInput.value;
        edited.clear();
        this.#dropStaleLabels();
        this.dispatchEvent(new Event("statement-diff-input", { bubbles: true, composed: true }));
        this.#schedule();
      }, 150);
    };
    els.oldInput.addEventListener("input", onInput("old"));
    els.newInput.addEventListener("input", onInput("new"));
    for (const input of [els.oldInput, els.newInput]) input.addEventListener("focus", () => this.#fillPending(input));
    this.#syncInputs();
  }

  /**
   * Copies the texts into the edit panes. Laying out tens of thousands of characters in a
   * textarea takes tens of ms (megabytes take seconds), so a long text set by the page waits
   * until the reader focuses its pane to edit it; past
   * INPUT_MIRROR_LIMIT it is never copied (pasting replaces it).
   */
  #syncInputs() {
    const els = this.#els;
    if (!els) return;
    els.inputs.hidden = !this.editable;
    for (const [input, side] of [
      [els.oldInput, "oldText"],
      [els.newInput, "newText"],
    ]) {
      const value = this[side];
      if (typeof value !== "string" || input.value === value) continue;
      const n = value.length.toLocaleString("en");
      if (value.length > INPUT_MIRROR_LIMIT) {
        this.#mirror(input, "", `A text of ${n} characters, set by the page: too long to edit here. Paste to replace it.`);
      } else if (value.length > MIRROR_NOW_LIMIT) {
        this.#mirror(input, "", `A text of ${n} characters, set by the page: click here to edit it, or paste to replace it.`);
        input.dataset.pending = side;
      } else {
        this.#mirror(input, value, "");
      }
    }
  }

  #mirror(input, value, placeholder) {
    input.value = value;
    input.placeholder = placeholder;
    delete input.dataset.pending;
  }

  /** The reader is about to edit a pane whose text waits (see #syncInputs): fill it now. */
  #fillPending(input) {
    const side = input.dataset.pending;
    if (side && typeof this[side] === "string") this.#mirror(input, this[side], "");
  }

  async #render() {
    const els = this.#els;
    try {
      await loadCore();
    } catch (e) {
      this.#showError(`The comparison engine could not load: ${e.message}`);
      return;
    }
    const labels = [this.oldLabel || "Old", this.newLabel || "New"];
    els.oldInputLabel.textContent = labels[0];
    els.newInputLabel.textContent = labels[1];
    if (this.#oldText === UNSET && this.#newText === UNSET && !this.hasAttribute("old-text") && !this.hasAttribute("new-text")) {
      this.#result = null;
      this.#rows = [];
      this.#nav = [];
      els.view.replaceChildren(h(this.ownerDocument, "p", { class: "empty-state", text: this.editable ? "Paste two versions above to compare them." : "No texts to compare yet." }));
      this.#renderChrome();
      return;
    }
    const oldText = this.oldText;
    const newText = this.newText;
    // Every option named (cleanup at the core's default), so the exports can say what was used.
    const options = { ignoreCase: this.ignoreCase, cleanup: true, timeoutMs: this.timeBudget };
    const key = this.#cacheKey;
    const same = key && key.oldText === oldText && key.newText === newText && key.ignoreCase === options.ignoreCase && key.timeoutMs === options.timeoutMs;
    if (!same) {
      const seq = ++this.#renderSeq;
      try {
        // Marks for measuring paste-to-painted time (performance.getEntriesByType("mark")).
        performance.mark("statement-diff:compare-start");
        this.#result = await this.#compare(oldText, newText, options);
        performance.mark("statement-diff:compare-end");
        this.#error = null;
      } catch (e) {
        if (seq !== this.#renderSeq) return; // superseded by newer texts
        this.#cacheKey = null;
        this.#result = null;
        this.#rows = [];
        if (e.name === "AbortError") {
          this.#showError("Comparison cancelled. Edit a text to compare again.");
        } else {
          this.#showError(e.name === "EngineCrash" ? e.message : `Could not compare: ${e.message}`);
          this.dispatchEvent(new StatementDiffErrorEvent(e));
        }
        return;
      }
      // A huge result: receiving it, laying out its rows (HUGE_ROWS at a time) and drawing them
      // are separate tasks, so the page can paint and take input in between (no long task).
      const huge = this.#result.rows.length > HUGE_ROWS;
      if (huge) await nextTask();
      if (seq !== this.#renderSeq) return;
      const layout = rowLayout(this.#result);
      const rows = [];
      for (let from = 0; from < this.#result.rows.length; from += HUGE_ROWS) {
        if (from > 0) await nextTask();
        if (seq !== this.#renderSeq) return;
        rows.push(...layout(from, from + HUGE_ROWS));
      }
      this.#rows = rows;
      this.#cacheKey = { oldText, newText, ...options };
      this.#compared = { oldText, newText, options };
      this.#described = describe(this.#result);
      this.#kind = null;
      performance.mark("statement-diff:layout-end");
      if (huge) await nextTask();
      if (seq !== this.#renderSeq) return;
      this.#expanded = new Set();
      this.#current = -1;
    }
    els.error.hidden = true;
    this.#renderView();
    this.#renderChrome();
    performance.mark("statement-diff:render-end");
    this.dispatchEvent(new StatementDiffRenderedEvent(this.#result, this.#described));
  }

  /**
   * Compares, and when the result holds split or joined words that a word list not loaded yet
   * would decide ("th at" / "that"), loads that list (only then: see wordlists.js) and compares
   * again. A list that cannot be loaded leaves those splits shown as changes.
   */
  async #compare(oldText, newText, options) {
    const first = await this.#compareOnce(oldText, newText, options, []);
    const needed = first.wordListsNeeded ?? [];
    if (needed.length === 0) return first;
    // On the main thread the lists are loaded here (nothing new loaded: the first result stands);
    // a worker loads its own before comparing again.
    if (!this.#inWorker(oldText, newText) && !(await ensureWordLists(needed))) return first;
    return this.#compareOnce(oldText, newText, options, needed);
  }

  /** Compares on the main thread when small (until the core crashed once), else in the worker with a progress line. */
  #inWorker(oldText, newText) {
    const big = typeof oldText === "string" && typeof newText === "string" && oldText.length + newText.length > WORKER_THRESHOLD;
    return (big || coreTrapped) && typeof Worker !== "undefined";
  }

  async #compareOnce(oldText, newText, options, wordLists) {
    const big = typeof oldText === "string" && typeof newText === "string" && oldText.length + newText.length > WORKER_THRESHOLD;
    if (!this.#inWorker(oldText, newText)) {
      try {
        if (wordLists.length) await ensureWordLists(wordLists);
        return compare(oldText, newText, options);
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError)) throw e;
        coreTrapped = true;
        throw new EngineCrash(e.message);
      }
    }
    this.#worker ??= new CompareWorker();
    if (!big) return this.#worker.run(oldText, newText, options, wordLists); // after a crash; quick, no progress line
    const els = this.#els;
    const size = `${((oldText.length + newText.length) / 1e6).toFixed(1)} M characters`;
    const started = performance.now();
    const tick = () => (els.progressText.textContent = `Comparing ${size}… ${((performance.now() - started) / 1000).toFixed(1)} s`);
    tick();
    els.progress.hidden = false;
    els.view.setAttribute("aria-busy", "true"); // the result shown is the previous one
    const timer = setInterval(tick, 100);
    try {
      return await this.#worker.run(oldText, newText, options, wordLists);
    } finally {
      clearInterval(timer);
      els.progress.hidden = true;
      els.view.removeAttribute("aria-busy");
    }
  }

  #showError(message) {
    const els = this.#els;
    this.#buildSeq++; // stops building a previous view
    this.#nav = [];
    els.error.textContent = message;
    els.error.hidden = false;
    els.view.replaceChildren();
    els.minimap.replaceChildren();
    this.#renderChrome();
  }

  #renderView() {
    const doc = this.ownerDocument;
    const els = this.#els;
    const result = this.#result;
    const inline = this.effectiveView === "inline";
    this.dataset.view = inline ? "inline" : "side-by-side";
    const hideMinor = this.hideMinor;
    const currentId = this.currentChangeId;
    // Navigation stops at every change that is not minor: page furniture and both halves of a
    // move too, so "next" never skips text that differs. The summary counts the same stops.
    const all = stops(result.changes);
    if (all.length !== this.#described.changes) console.error(`statement-diff: the core counts ${this.#described.changes} changes but ${all.length} are not minor (stats.changes must count every change that is not minor)`);
    this.#nav = this.#kind === null ? all : stops(result.changes, this.#kind);
    this.#current = this.#nav.indexOf(currentId);
    const paint = { hideMinor, findings: { old: result.old.findings, new: result.new.findings } };
    const labels = [this.oldLabel || "Old", this.newLabel || "New"];
    const frag = doc.createDocumentFragment();
    frag.append(
      inline
        ? h(doc, "div", { class: "labels", part: "labels" }, h(doc, "div", { class: "label", part: "label", text: `${labels[0]} → ${labels[1]}` }))
        : h(doc, "div", { class: "labels", part: "labels" }, h(doc, "div", { class: "label", part: "label old-label", text: labels[0] }), h(doc, "div", { class: "label", part: "label new-label", text: labels[1] })),
    );
    if (result.changes.length === 0) {
      frag.append(h(doc, "p", { class: "empty-state", text: "No differences: the two texts match word for word." }));
    } else if (this.#described.changes === 0) {
      frag.append(h(doc, "p", { class: "empty-state", text: `No changes of substance, only minor ones (${Object.keys(this.#described.minorKinds).join(", ")}), marked with a dotted underline.` }));
    }
    const items = groupRows(this.#rows, { context: this.context, expanded: this.#expanded });
    const { heights, height, positions, itemOf } = measureItems(items, result.changes);
    // The DOM is built in chunks of rows; each chunk is skipped by layout and paint while off
    // screen (content-visibility), and chunks past the first few are built in short slices after
    // the first paint, so a huge comparison never blocks the page.
    const chunks = [];
    for (let k = 0; k < items.length; k += CHUNK_ITEMS) {
      const chunk = h(doc, "div", { class: "chunk" });
      let lines = 0;
      for (let j = k; j < Math.min(k + CHUNK_ITEMS, items.length); j++) lines += heights[j];
      chunk.style.containIntrinsicSize = `auto ${Math.ceil(lines * 1.5)}em`;
      chunks.push(chunk);
    }
    frag.append(...chunks);
    const build = ++this.#buildSeq;
    const filled = new Uint8Array(chunks.length);
    const fillChunk = (c) => {
      if (c < 0 || c >= chunks.length || filled[c]) return;
      filled[c] = 1;
      for (let k = c * CHUNK_ITEMS; k < Math.min((c + 1) * CHUNK_ITEMS, items.length); k++) chunks[c].append(this.#item(items[k], inline, paint));
    };
    let next = 0;
    /** Fills chunks in order until the time is up; true when all are built. */
    const fill = (deadline) => {
      for (; next < chunks.length && performance.now() < deadline; next++) fillChunk(next);
      return next === chunks.length;
    };
    // Navigating ahead of the background build fills the target's chunk and its neighbours (the
    // chunks in between keep their estimated height until built; scroll anchoring holds the view).
    this.#ensureBuilt = (k) => {
      if (build !== this.#buildSeq) return;
      const c = Math.floor(k / CHUNK_ITEMS);
      for (const d of [c - 1, c, c + 1]) fillChunk(d);
    };
    this.#itemOfChange = itemOf;
    this.#items = items;
    for (let c = 0; c < FIRST_CHUNKS; c++) fillChunk(c);
    els.view.replaceChildren(frag);
    this.#renderMinimap(positions, height);
    if (this.#current >= 0) this.#markCurrent(false);
    const slice = () => {
      if (build !== this.#buildSeq) return; // a newer render replaced this view
      if (!fill(performance.now() + SLICE_MS)) setTimeout(slice, 0);
      else this.dispatchEvent(new Event("statement-diff-built"));
    };
    setTimeout(slice, 0);
  }

  /** The DOM of one item of groupRows: a collapsed block or a row. */
  #item(item, inline, paint) {
    const doc = this.ownerDocument;
    const changes = this.#result.changes;
    if (item.collapsed) return this.#collapsedBlock(item);
    const row = h(doc, "div", { class: item.changed ? "row changed" : "row", part: "row", "data-row": String(item.index), tabindex: "-1" });
    if (inline) {
      const cell = h(doc, "div", { class: "cell", part: "cell" });
      appendPieces(cell, inlinePieces(item, changes), changes, paint);
      row.append(cell);
    } else {
      for (const side of ["old", "new"]) {
        const cell = h(doc, "div", { class: `cell ${side}${item[side].length ? "" : " empty"}`, part: `cell ${side}` });
        if (!item[side].length) cell.setAttribute("aria-label", side === "old" ? "Nothing here in the old version" : "Nothing here in the new version");
        appendPieces(cell, item[side], changes, paint);
        row.append(cell);
      }
    }
    return row;
  }

  #collapsedBlock(item) {
    const doc = this.ownerDocument;
    if (item.surrounding) return this.#surroundingBlock(item);
    const n = item.rows.length;
    const text = (r) => r.new.map((p) => p.text).join("") || r.old.map((p) => p.text).join("");
    const paragraphs = item.rows.filter((r) => /\n\s*\n\s*$/.test(text(r))).length >= n / 2;
    const noun = paragraphs ? (n === 1 ? "paragraph" : "paragraphs") : n === 1 ? "line" : "lines";
    const preview = text(item.rows[0]).replace(/\s+/g, " ").trim().slice(0, 160);
    return h(
      doc,
      "div",
      { class: "collapsed", part: "collapsed" },
      h(doc, "button", { type: "button", part: "button expand", "data-expand": String(item.first), text: `Show ${n} unchanged ${noun}` }),
      h(doc, "span", { class: "preview", text: preview }),
    );
  }

  /**
   * "Only in the old text: 74 words (“…”) · only in the new text: 69 words (“…”)", a preview of
   * each side. The word counts are the core's (describe()), so they are given when the result has
   * this one block of furniture only; with several blocks the core counts their words together.
   */
  #surroundingBlock(item) {
    const doc = this.ownerDocument;
    const d = this.#described;
    const preview = (pieces) => pieces.map((p) => p.text).join("").replace(/\s+/g, " ").trim().slice(0, 48);
    const sides = [];
    for (const [side, name, n] of [["old", "old text", d.surroundingWordsOld], ["new", "new text", d.surroundingWordsNew]]) {
      const text = preview(item.rows.flatMap((r) => r[side]));
      if (!text) continue;
      const count = d.surrounding === 1 ? `${n.toLocaleString("en")} ${n === 1 ? "word" : "words"} ` : "";
      sides.push(`only in the ${name}: ${count}(“${text}…”)`);
    }
    const text = sides.join(" · ");
    // The block is a navigation stop (one per change of furniture in it): marked, not opened.
    const ids = new Set(item.rows.flatMap((r) => [...r.old, ...r.new]).filter((p) => p.change !== undefined).map((p) => p.change));
    return h(
      doc,
      "div",
      { class: "collapsed surrounding", part: "collapsed surrounding", "data-changes": [...ids].join(" ") },
      h(doc, "button", { type: "button", part: "button expand", "data-expand": String(item.first), text: "Show surrounding text" }),
      h(doc, "span", { class: "preview", text: text.charAt(0).toUpperCase() + text.slice(1), title: "Page furniture around the shared statement (headers, news lists, links, front matter) that only one text has" }),
    );
  }

  /**
   * Marks the changes on the scroll-bar strip at their estimated heights in the view. Positions
   * come from the rows' text lengths, not from layout: reading offsetTop of thousands of elements
   * would force the browser to lay out the whole comparison. At most one mark per 0.25 % of the
   * strip (thousands of marks cost hundreds of ms of layout and would overlap anyway); the current
   * change gets a mark of its own.
   */
  #renderMinimap(positions, total) {
    const doc = this.ownerDocument;
    const changes = this.#result?.changes ?? [];
    const top = (at) => `${(100 * at) / (total || 1)}%`;
    this.#minimapTop = (id) => (positions.has(id) ? top(positions.get(id)) : null);
    const marks = [];
    const taken = new Set();
    for (const [id, at] of positions) {
      const slot = Math.round((400 * at) / (total || 1));
      if (taken.has(slot)) continue;
      taken.add(slot);
      const ch = changes[id];
      const cls = ch.kind === "moved" ? "mark moved" : ch.kind === "surrounding" ? "mark surrounding" : ch.new.start === ch.new.end ? "mark del" : "mark";
      const mark = h(doc, "div", { class: cls, "data-change": String(id) });
      mark.style.top = top(at);
      marks.push(mark);
    }
    this.#els.minimap.replaceChildren(...marks);
  }

  #renderChrome() {
    const els = this.#els;
    const result = this.#result;
    const n = this.#changeCount();
    els.prev.disabled = n === 0 || this.#current <= 0;
    els.next.disabled = n === 0 || this.#current >= n - 1;
    els.counter.textContent = result ? counterText(this.#described, this.#current, this.#kind) : "";
    els.toggle.textContent = this.effectiveView === "inline" ? "Side-by-side view" : "Inline view";
    els.minor.textContent = this.hideMinor ? "Show minor" : "Hide minor";
    els.minor.setAttribute("aria-pressed", String(this.hideMinor));
    els.minor.title = "Minor changes: case, typography (quotes, dashes, no-break spaces), white space and line wrapping, split or joined words";
    for (const b of [els.copy, els.report, els.share]) b.disabled = !result;
    if (!result) {
      els.summary.replaceChildren();
      this.#summaryOf = null;
      return;
    }
    // Built once per result (navigating only updates the buttons' state, so a focused kind
    // button keeps its focus).
    if (this.#summaryOf !== result) this.#renderSummary();
    for (const b of els.summary.querySelectorAll("button")) {
      b.setAttribute("aria-pressed", String(b.dataset.action === "all-kinds" ? this.#kind === null : b.dataset.kind === this.#kind));
    }
  }

  /**
   * The summary line, from describe() alone: "8 changes: 7 replaced, 1 added · +9 words added ·
   * −7 removed · 99.1% similar", the furniture when there is some, then a button per kind that
   * steps navigation through that kind only, and "All changes".
   */
  #renderSummary() {
    const doc = this.ownerDocument;
    const d = this.#described;
    const L = d.labels;
    this.#summaryOf = this.#result;
    const line = h(
      doc,
      "span",
      { class: "line", role: "status" },
      h(doc, "strong", { class: "count", text: L.changes }),
      " · ",
      h(doc, "span", { class: "added", text: `+${d.wordsInserted.toLocaleString("en")}` }),
      ` ${d.wordsInserted === 1 ? "word" : "words"} added · `,
      h(doc, "span", { class: "removed", text: `−${d.wordsDeleted.toLocaleString("en")}` }),
      ` removed${d.wordsMoved ? ` · ${d.wordsMoved.toLocaleString("en")} moved` : ""}`,
      ...(L.surrounding ? [" · ", h(doc, "span", { class: "around", text: L.surrounding })] : []),
      ` · ${L.similarity}`,
      ...(L.minor ? [" · ", h(doc, "span", { class: "minor-count", text: L.minor })] : []),
      ...(L.findings ? [" · ", h(doc, "strong", { class: "findings", text: L.findings })] : []),
      ...(L.approximate ? [" ", h(doc, "strong", { text: L.approximate })] : []),
      ...(L.unverified ? [" ", h(doc, "strong", { class: "unverified", text: L.unverified })] : []),
    );
    const kinds = Object.entries(d.kinds);
    const buttons = !kinds.length
      ? []
      : [
          h(
            doc,
            "span",
            { class: "kinds", role: "group", "aria-label": "Step through one kind of change" },
            h(doc, "span", { class: "lead", "aria-hidden": "true", text: "Step through:" }),
            h(doc, "button", { type: "button", part: "button kind", class: "all", "data-action": "all-kinds", "aria-pressed": "true", text: "All changes", "aria-label": `All changes: step through all ${L.changes}` }),
            ...kinds.map(([kind, count]) =>
              h(doc, "button", {
                type: "button",
                part: "button kind",
                "data-action": "kind",
                "data-kind": kind,
                "aria-pressed": "false",
                text: `${kind} ${count.toLocaleString("en")}`,
                "aria-label": `${kind}: ${count.toLocaleString("en")} ${count === 1 ? "change" : "changes"}; step through these only`,
              }),
            ),
          ),
        ];
    this.#els.summary.replaceChildren(line, ...buttons);
  }

  #markCurrent(scroll = true) {
    const els = this.#els;
    for (const el of els.view.querySelectorAll(".current")) el.classList.remove("current");
    els.minimap.querySelector(".current")?.remove();
    const id = this.currentChangeId;
    this.#ensureBuilt(this.#itemOfChange.get(id) ?? 0);
    const targets = els.view.querySelectorAll(`[data-change="${id}"], [data-changes~="${id}"]`);
    for (const el of targets) el.classList.add("current");
    // A collapsed block of page furniture stays collapsed: it is marked, and the status says how to open it.
    const block = [...targets].find((el) => el.classList.contains("collapsed"));
    if (block) this.#status("Text around the shared statement, only in one of the texts: “Show surrounding text” opens it.", "surrounding");
    else if (els.status.dataset.about === "surrounding") this.#status("");
    const at = this.#minimapTop(id);
    if (at !== null) {
      const mark = h(this.ownerDocument, "div", { class: "mark current", "data-change": String(id) });
      mark.style.top = at;
      els.minimap.append(mark);
    }
    const target = [...targets].find((el) => el.tagName === "INS") ?? targets[0];
    if (scroll && target) {
      const view = els.view;
      const top = target.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
      view.scrollTop = Math.max(0, top - view.clientHeight / 3);
    }
    this.#renderChrome();
  }

  async #share() {
    let url;
    try {
      url = this.shareUrl();
    } catch (e) {
      this.#status(e.message);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      this.#status("Share link copied: opening it shows this comparison. The texts travel in the link itself.");
    } catch {
      const doc = this.ownerDocument;
      this.#els.status.replaceChildren("Copy this link: ", h(doc, "input", { readOnly: true, value: url, "aria-label": "Share link", size: 40 }));
    }
  }

  /** Shows a message in the status line; `about` names what it is about (to clear it later). */
  #status(message, about = "") {
    this.#els.status.textContent = message;
    this.#els.status.dataset.about = about;
  }
}
