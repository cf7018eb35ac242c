// <statement-diff>: two texts side by side (or inline), changes highlighted. The element holds the
// properties, the lifecycle and one batched update; compare-client.js compares, layout.js lays
// out, chunked-view.js, minimap.js and render.js draw, export.js and share.js take it away.
import { css } from "./statement-diff-styles.js";
import { loadCore, CompareWorker } from "./compare-client.js";
import { ChunkedView } from "./chunked-view.js";
import { Minimap } from "./minimap.js";
import { h, chrome, itemElement, labelsElement, summaryElements } from "./render.js";
import { rowLayout, groupRows, measureItems, describe, stops, counterText, viewNotice } from "./layout.js";
import { plainTextExport, inlineHtml, reportHtml, evidence, headerLines } from "./export.js";
import { encodeShare, decodeShare } from "./share.js";

export { loadCore, WORKER_THRESHOLD } from "./compare-client.js";

/** Fired after every render: the core's `stats`, `approximate`; `detail`: describe(); `changes`: its stops. */
export class StatementDiffRenderedEvent extends Event {
  constructor(result, described = describe(result)) {
    super("statement-diff-rendered", { bubbles: true, composed: true });
    this.stats = result.stats;
    this.approximate = result.approximate;
    this.detail = described;
    this.changes = described.changes;
  }
}

/** Fired when the texts cannot be compared (the widget shows the message too). */
export class StatementDiffErrorEvent extends Event {
  constructor(error) {
    super("statement-diff-error", { bubbles: true, composed: true });
    this.error = error;
  }
}

/** Results with more rows are received, laid out (this many rows per task) and drawn in separate tasks. */
const HUGE_ROWS = 2000;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A text set by the page longer than this fills its edit pane once focused; longer than the next, never. */
const MIRROR_NOW_LIMIT = 20_000;
const INPUT_MIRROR_LIMIT = 200_000;

/** Narrower than this (CSS px), `view="auto"` shows the inline view. */
const NARROW_PX = 640;
const VIEWS = ["auto", "side-by-side", "inline"];
const UNSET = Symbol();
const [TEXT, BOOLEAN] = [1, 2];

/**
 * Each attribute, its property and how it reads (null: absent): the one table for
 * observedAttributes, the accessors and the properties set before the upgrade (re-run in this
 * order). A TEXT is not reflected (it can be megabytes); a BOOLEAN is present or not.
 */
const ATTRIBUTES = [
  ["old-text", "oldText", TEXT],
  ["new-text", "newText", TEXT],
  ["old-label", "oldLabel", (v) => v ?? ""],
  ["new-label", "newLabel", (v) => v ?? ""],
  ["view", "view", (v) => (VIEWS.includes(v) ? v : "auto")],
  ["editable", "editable", BOOLEAN],
  ["ignore-case", "ignoreCase", BOOLEAN],
  ["hide-minor", "hideMinor", BOOLEAN],
  ["context", "context", (v) => (Number.parseInt(v ?? "", 10) >= 0 ? Number.parseInt(v, 10) : 2)],
  ["time-budget", "timeBudget", (v) => (v !== null && Number.isInteger(Number(v)) && Number(v) >= 0 ? Number(v) : 2000)],
];

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

export class StatementDiffElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES.map(([attr]) => attr);

  // UNSET until given by property (so `null` given on purpose is reported, not ignored).
  #texts = { old: UNSET, new: UNSET };
  #result = null;
  #rows = [];
  #compared = null; // { oldText, newText, options } of #result
  #current = -1; // position in #nav
  #nav = []; // the stops: ids of the changes that are not minor (of #kind only, when set)
  #kind = null; // the kind chosen in the summary, or null
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
  #inputTimer = 0;
  #worker = new CompareWorker();
  #renderSeq = 0;

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

  /** The last comparison (as returned by the core's compare()), or null. */
  get result() {
    return this.#result;
  }
  /** Which view is showing: "side-by-side" or "inline". */
  get effectiveView() {
    return this.view === "auto" ? (this.#narrow ? "inline" : "side-by-side") : this.view;
  }
  /** Position of the current change among the stops (-1 before navigating). */
  get currentChange() {
    return this.#current;
  }
  /** Id (index in result.changes) of the current change, or -1. */
  get currentChangeId() {
    return this.#nav[this.#current] ?? -1;
  }
  /** The kind navigation steps through (as the kind buttons set it; choosing one goes to its first change), "" for all. */
  get kindFilter() {
    return this.#kind ?? "";
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
    if (name === "editable") this.#syncInputs();
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
  }

  disconnectedCallback() {
    this.#resize?.disconnect();
  }

  // --- navigation ---
  next() {
    this.goTo(Math.min(this.#current + 1, this.#nav.length - 1));
  }
  previous() {
    this.goTo(Math.max(this.#current - 1, 0));
  }
  /** Scrolls stop `index` into view and marks it current. */
  goTo(index) {
    if (index < 0 || index >= this.#nav.length) return;
    this.#current = index;
    this.#markCurrent();
  }

  /** Cancels a comparison in the background; returns whether one was running. */
  cancel() {
    return this.#worker.cancel();
  }

  // --- taking it away ---
  /** Resolves to the plain text: the header (what was compared, the numbers), then [-deleted-]{+inserted+}. */
  async toPlainText() {
    if (!this.#result) return "";
    const [result, rows, ev] = [this.#result, this.#rows, await this.#evidence()];
    return plainTextExport({ rows, result, evidence: ev });
  }
  /** Resolves to the self-contained HTML report (no script; every text escaped). */
  async toReportHTML() {
    if (!this.#result) return "";
    const [result, rows, ev] = [this.#result, this.#rows, await this.#evidence()];
    return reportHtml({ rows, result, evidence: ev });
  }
  /** Copies the comparison as rich HTML and as plain text with markers. */
  async copy() {
    if (!this.#result) return;
    const [result, rows] = [this.#result, this.#rows];
    // Promises of the data (hashing is async), so the write starts inside the reader's click.
    const ev = this.#evidence();
    const text = ev.then((e) => plainTextExport({ rows, result, evidence: e }));
    const html = ev.then((e) => inlineHtml(rows, result.changes, headerLines(e, describe(result))));
    const blob = (type) => (t) => new Blob([t], { type });
    try {
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": text.then(blob("text/plain")), "text/html": html.then(blob("text/html")) })]);
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
  /** Downloads the report (resolves once started). */
  async downloadReport() {
    const html = await this.toReportHTML();
    if (!html) return;
    const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    h(this.ownerDocument, "a", { href: url, download: "statement-diff-report.html" }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#status("Report downloaded: statement-diff-report.html");
  }
  /** Resolves to a link to this page restoring both texts (as they are now); rejects with ShareLinkError when too long. */
  async shareUrl() {
    const page = location.href.split("#")[0];
    return `${page}#${await encodeShare({ oldText: String(this.oldText), newText: String(this.newText), oldLabel: this.oldLabel, newLabel: this.newLabel })}`;
  }
  /** Resolves to a share link's texts and labels, null if none; rejects with ShareLinkError when damaged. */
  static async readShareLink(hash = location.hash) {
    return decodeShare(hash);
  }

  // --- internals ---
  /** What the exports say was compared. */
  #evidence() {
    return evidence({ ...this.#compared, oldLabel: this.oldLabel, newLabel: this.newLabel });
  }

  async #share() {
    // The link is made asynchronously (fflate loads on first use): the clipboard is handed its
    // promise, so the write starts inside the reader's click, as copy() does.
    const url = this.shareUrl();
    const written = (async () => {
      const blob = url.then((u) => new Blob([u], { type: "text/plain" }));
      blob.catch(() => {}); // a link too long is reported below
      try {
        await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
        return true;
      } catch {
        try {
          await navigator.clipboard.writeText(await url);
          return true;
        } catch {
          return false;
        }
      }
    })();
    let link;
    try {
      link = await url;
    } catch (e) {
      this.#status(e.message);
      return;
    }
    if (await written) this.#status("Share link copied: opening it shows this comparison. The texts travel in the link itself.");
    else {
      this.#els.status.replaceChildren(
        "Copy this link: ",
        h(this.ownerDocument, "input", { readOnly: true, value: link, "aria-label": "Share link", size: 40 }),
      );
    }
  }

  /** Jumps from one half of a move to the other. */
  #goToPair(id) {
    const pair = this.#result?.changes[id]?.pair;
    if (pair !== undefined) this.#goToId(pair);
  }

  /** Goes to change `id`, back to all kinds first if the kind chosen leaves it out. */
  #goToId(id) {
    if (this.#nav.indexOf(id) < 0 && this.#kind !== null) this.#setKind(null, false);
    this.goTo(this.#nav.indexOf(id));
  }

  /** Steps through `kind` only (null: all), going to its first change unless the current one is of it or `go` is false. */
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
    root.adoptedStyleSheets = [styles()];
    const { els, children } = chrome(this.ownerDocument);
    root.replaceChildren(...children);
    this.#els = els;
    this.#minimap = new Minimap(els.minimap, (id) => this.#goToId(id));
    els.cancel.addEventListener("click", () => this.cancel());
    els.toolbar.addEventListener("click", (e) => {
      const button = e.target.closest("button");
      const action = button?.dataset.action;
      if (action === "previous") this.previous();
      else if (action === "next") this.next();
      else if (action === "view") this.view = this.effectiveView === "inline" ? "side-by-side" : "inline";
      else if (action === "minor") this.hideMinor = !this.hideMinor;
      else if (action === "copy") this.copy();
      else if (action === "report") this.downloadReport();
      else if (action === "share") this.#share();
      else if (action === "all-kinds") this.#setKind(null);
      // A pressed kind pressed again lets go, like "All changes".
      else if (action === "kind") this.#setKind(button.dataset.kind === this.#kind ? null : button.dataset.kind);
    });
    els.view.addEventListener("click", (e) => {
      const moved = e.target.closest(".moved[data-change]");
      if (moved) return this.#goToPair(Number(moved.dataset.change));
      const button = e.target.closest("button[data-expand]");
      if (!button) return;
      const first = Number(button.dataset.expand);
      this.#expanded.add(first);
      this.#renderView();
      this.#view.ensureRow(first);
      els.view.querySelector(`[data-row="${first}"]`)?.focus();
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
    this.#listenToPanes(els);
    this.#syncInputs();
  }

  /** Edits in the panes become the texts once typing pauses. */
  #listenToPanes(els) {
    const edited = new Set();
    for (const [input, side] of [
      [els.oldInput, "old"],
      [els.newInput, "new"],
    ]) {
      input.addEventListener("input", () => {
        edited.add(side);
        clearTimeout(this.#inputTimer);
        this.#inputTimer = setTimeout(() => {
          // Only the panes edited: a placeholder must not replace a huge text with "".
          for (const s of edited) this.#texts[s] = els[`${s}Input`].value;
          edited.clear();
          this.#dropStaleLabels();
          this.dispatchEvent(new Event("statement-diff-input", { bubbles: true, composed: true }));
          this.#schedule();
        }, 150);
      });
      // Fill a waiting pane (see #syncInputs) when the reader goes to edit it.
      input.addEventListener("focus", () => {
        const pending = input.dataset.pending;
        if (pending && typeof this[pending] === "string") mirror(input, this[pending], "");
      });
    }
  }

  /**
   * Copies the texts into the edit panes. A textarea takes tens of ms to lay out tens of
   * thousands of characters, so a long text waits for the pane's focus; a huge one never goes in.
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
      const n = `A text of ${value.length.toLocaleString("en")} characters, set by the page:`;
      if (value.length > INPUT_MIRROR_LIMIT) mirror(input, "", `${n} too long to edit here. Paste to replace it.`);
      else if (value.length > MIRROR_NOW_LIMIT) {
        mirror(input, "", `${n} click here to edit it, or paste to replace it.`);
        input.dataset.pending = side;
      } else mirror(input, value, "");
    }
  }

  async #render() {
    const els = this.#els;
    try {
      await loadCore();
    } catch (e) {
      this.#showError(`The comparison engine could not load: ${e.message}`);
      return;
    }
    [els.oldInputLabel.textContent, els.newInputLabel.textContent] = this.#labels();
    if (this.#texts.old === UNSET && this.#texts.new === UNSET && !this.hasAttribute("old-text") && !this.hasAttribute("new-text")) {
      this.#result = null;
      this.#rows = [];
      this.#nav = [];
      els.view.replaceChildren(
        h(this.ownerDocument, "p", { class: "empty-state", text: this.editable ? "Paste two versions above to compare them." : "No texts to compare yet." }),
      );
      this.#renderChrome();
      return;
    }
    const oldText = this.oldText;
    const newText = this.newText;
    // Every option named, so the exports can say what was used.
    const options = { ignoreCase: this.ignoreCase, cleanup: true, timeoutMs: this.timeBudget };
    const c = this.#compared;
    const same =
      c && c.oldText === oldText && c.newText === newText && c.options.ignoreCase === options.ignoreCase && c.options.timeoutMs === options.timeoutMs;
    if (!same && !(await this.#update(oldText, newText, options))) return;
    els.error.hidden = true;
    this.#renderView();
    this.#renderChrome();
    performance.mark("statement-diff:render-end");
    this.dispatchEvent(new StatementDiffRenderedEvent(this.#result, this.#described));
  }

  /** Compares and lays out; false if superseded or failed (the error shown). */
  async #update(oldText, newText, options) {
    const seq = ++this.#renderSeq;
    try {
      // Marks for paste-to-painted times (benches/).
      performance.mark("statement-diff:compare-start");
      this.#result = await this.#worker.compare(oldText, newText, options, (size) => this.#progress(size));
      performance.mark("statement-diff:compare-end");
    } catch (e) {
      if (seq !== this.#renderSeq) return false; // superseded by newer texts
      this.#compared = this.#result = null;
      this.#rows = [];
      if (e.name === "AbortError") this.#showError("Comparison cancelled. Edit a text to compare again.");
      else {
        this.#showError(e.name === "EngineCrash" ? e.message : `Could not compare: ${e.message}`);
        this.dispatchEvent(new StatementDiffErrorEvent(e));
      }
      return false;
    }
    // A huge result is received, laid out and drawn in separate tasks: no long task.
    const huge = this.#result.rows.length > HUGE_ROWS;
    if (huge) await nextTask();
    if (seq !== this.#renderSeq) return false;
    const layout = rowLayout(this.#result);
    const rows = [];
    for (let from = 0; from < this.#result.rows.length; from += HUGE_ROWS) {
      if (from > 0) await nextTask();
      if (seq !== this.#renderSeq) return false;
      rows.push(...layout(from, from + HUGE_ROWS));
    }
    this.#rows = rows;
    this.#compared = { oldText, newText, options };
    this.#described = describe(this.#result);
    this.#kind = null;
    performance.mark("statement-diff:layout-end");
    if (huge) await nextTask();
    if (seq !== this.#renderSeq) return false;
    this.#expanded = new Set();
    this.#current = -1;
    return true;
  }

  /** Shows the worker's progress line; returns what hides it. */
  #progress(size) {
    const els = this.#els;
    const started = performance.now();
    const tick = () => (els.progressText.textContent = `Comparing ${size}… ${((performance.now() - started) / 1000).toFixed(1)} s`);
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

  #showError(message) {
    const els = this.#els;
    this.#view.stop(); // stops building a previous view
    this.#nav = [];
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
    this.dataset.view = inline ? "inline" : "side-by-side";
    const currentId = this.currentChangeId;
    // Every change that is not minor is a stop ("next" never skips a difference), as the summary counts.
    const all = stops(result.changes);
    if (all.length !== d.changes)
      console.error(
        `statement-diff: the core counts ${d.changes} changes but ${all.length} are not minor (stats.changes must count every change that is not minor)`,
      );
    this.#nav = this.#kind === null ? all : stops(result.changes, this.#kind);
    this.#current = this.#nav.indexOf(currentId);
    const paint = { hideMinor: this.hideMinor, findings: { old: result.old.findings, new: result.new.findings } };
    const notice = viewNotice(result, d);
    const head = [labelsElement(doc, inline, this.#labels()), ...(notice ? [h(doc, "p", { class: "empty-state", text: notice })] : [])];
    const items = groupRows(this.#rows, { context: this.context, expanded: this.#expanded });
    const measured = measureItems(items, result.changes);
    const built = () => this.dispatchEvent(new Event("statement-diff-built"));
    this.#view.show(this.#els.view, head, items, measured, (item) => itemElement(doc, item, result.changes, { inline, paint, d }), built);
    this.#minimap.draw(measured.positions, measured.height, result.changes);
    if (this.#current >= 0) this.#markCurrent(false);
  }

  #renderChrome() {
    const els = this.#els;
    const result = this.#result;
    const n = this.#nav.length;
    els.prev.disabled = n === 0 || this.#current <= 0;
    els.next.disabled = n === 0 || this.#current >= n - 1;
    els.counter.textContent = result ? counterText(this.#described, this.#current, this.#kind) : "";
    els.toggle.textContent = this.effectiveView === "inline" ? "Side-by-side view" : "Inline view";
    els.minor.textContent = this.hideMinor ? "Show minor" : "Hide minor";
    els.minor.setAttribute("aria-pressed", String(this.hideMinor));
    els.minor.title = "Minor changes: case, typography (quotes, dashes, no-break spaces), white space and line wrapping, split or joined words";
    for (const b of [els.copy, els.report, els.share]) b.disabled = !result;
    // Built once per result: a focused kind button keeps its focus.
    if (this.#summaryOf !== result) els.summary.replaceChildren(...(result ? summaryElements(this.ownerDocument, this.#described) : []));
    this.#summaryOf = result;
    for (const b of els.summary.querySelectorAll("button")) {
      b.setAttribute("aria-pressed", String(b.dataset.action === "all-kinds" ? this.#kind === null : b.dataset.kind === this.#kind));
    }
  }

  #markCurrent(scroll = true) {
    const els = this.#els;
    for (const el of els.view.querySelectorAll(".current")) el.classList.remove("current");
    const id = this.currentChangeId;
    this.#view.ensureChange(id);
    const targets = [...els.view.querySelectorAll(`[data-change="${id}"], [data-changes~="${id}"]`)];
    for (const el of targets) el.classList.add("current");
    // Collapsed furniture stays so: marked, and the status says how to open it.
    if (targets.some((el) => el.classList.contains("collapsed")))
      this.#status("Text around the shared statement, only in one of the texts: “Show surrounding text” opens it.", "surrounding");
    else if (els.status.dataset.about === "surrounding") this.#status("");
    this.#minimap.markCurrent(id);
    const target = targets.find((el) => el.tagName === "INS") ?? targets[0];
    if (scroll && target) {
      const view = els.view;
      const top = target.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
      view.scrollTop = Math.max(0, top - view.clientHeight / 3);
    }
    this.#renderChrome();
  }

  #labels() {
    return [this.oldLabel || "Old", this.newLabel || "New"];
  }

  /** A message in the status line; `about` names its subject (to clear it later). */
  #status(message, about = "") {
    this.#els.status.textContent = message;
    this.#els.status.dataset.about = about;
  }
}

/** Puts `value` (or a placeholder saying why not) into an edit pane. */
function mirror(input, value, placeholder) {
  input.value = value;
  input.placeholder = placeholder;
  delete input.dataset.pending;
}
