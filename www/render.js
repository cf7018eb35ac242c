// The widget's DOM from layout.js's data: rows, collapsed blocks, summary, toolbar. No state, no
// events. User text only ever becomes text nodes (never HTML), so nothing pasted can run.
import { minorLabel, describeFinding, inlinePieces, collapsedText, surroundingText, summaryLine } from "./layout.js";
import { EN } from "./i18n.js";

// What "statement-diff/render" exported before layout.js held the pure functions.
export * from "./layout.js";

/** An element; `props`: `class`, `text`, attributes (data-*, aria-*, part, role, tabindex, for) or properties. */
export function h(doc, tag, props = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("data-") || k.startsWith("aria-") || k === "part" || k === "role" || k === "tabindex" || k === "for") el.setAttribute(k, v);
    else el[k] = v;
  }
  el.append(...children);
  return el;
}

/**
 * Appends pieces to `parent`: equal text as text, changes as <del>/<ins>, minor ones as <span
 * class="minor"> (text when `hideMinor`), the words of `findings` ({ old, new }) in <mark>.
 */
export function appendPieces(parent, pieces, changes, { hideMinor = false, findings = { old: [], new: [] }, t = EN } = {}) {
  const doc = parent.ownerDocument;
  const next = { old: 0, new: 0 };
  // The move of the previous piece (its text or an edit inside it): a moved line that an edit
  // interrupts reads as one stretch, with one start bar.
  let inMove;
  const moveOf = (ch) => (ch?.kind === "moved" ? ch.id : ch?.within);
  for (const p of pieces) {
    const list = findings[p.side] ?? [];
    let f = next[p.side] ?? 0;
    while (f < list.length && list[f].span.end <= p.start) f++;
    next[p.side] = f;
    let target = parent;
    const ch = p.change === undefined ? undefined : changes[p.change];
    if (ch && !(ch.minor && hideMinor)) {
      target = changeElement(doc, p, ch, t);
      if (ch.kind === "moved" && inMove !== undefined && (inMove === ch.id || inMove === ch.pair)) target.classList.add("cont");
      parent.append(target);
    }
    if (ch || p.text.trim()) inMove = moveOf(ch);
    appendWithFindings(doc, target, p, list, f, t);
  }
}

/** Appends the text of piece `p`, wrapping the parts inside findings in <mark>. */
function appendWithFindings(doc, target, p, findings, first, t) {
  let at = p.start;
  for (let k = first; k < findings.length && findings[k].span.start < p.end; k++) {
    const fd = findings[k];
    const a = Math.max(fd.span.start, p.start);
    const b = Math.min(fd.span.end, p.end);
    if (b <= a) continue;
    if (a > at) target.append(doc.createTextNode(p.text.slice(at - p.start, a - p.start)));
    const cls = `finding ${fd.kind}`;
    target.append(
      h(doc, "mark", { class: cls, part: cls, "data-finding": fd.kind, title: describeFinding(fd, t), text: p.text.slice(a - p.start, b - p.start) }),
    );
    at = b;
  }
  if (at < p.end) target.append(doc.createTextNode(p.text.slice(at - p.start)));
}

function changeElement(doc, piece, change, t) {
  const del = piece.op === "delete";
  const part = change.minor ? "minor" : del ? "del" : "ins";
  const el = change.minor ? h(doc, "span", { class: "minor", part, title: t("change.minor", { what: minorLabel(change.kind, t) }) }) : h(doc, part, { part });
  el.dataset.change = String(piece.change);
  el.dataset.kind = change.kind;
  if (change.kind === "moved") {
    el.classList.add("moved");
    el.setAttribute("part", `${part} moved`);
    el.title = t(del ? "change.movedFrom" : "change.movedTo");
  } else if (change.within !== undefined) {
    el.classList.add("in-move");
    el.title = t("change.inMove", { kind: t.kind(change.kind) });
  }
  if (change.kind === "whitespace" && /^[\s]*$/.test(piece.text)) el.classList.add("space");
  return el;
}

/** An item of groupRows: a row (two cells, or one inline) or a collapsed block; `paint`: appendPieces's options. */
export function itemElement(doc, item, changes, { inline, paint, d }) {
  const t = paint.t ?? EN;
  if (item.collapsed) return item.surrounding ? surroundingBlock(doc, item, d, t) : collapsedBlock(doc, item, t);
  const row = h(doc, "div", { class: item.changed ? "row changed" : "row", part: "row", "data-row": String(item.index), tabindex: "-1" });
  if (inline) {
    const cell = h(doc, "div", { class: "cell", part: "cell" });
    appendPieces(cell, inlinePieces(item, changes), changes, paint);
    row.append(cell);
  } else {
    for (const side of ["old", "new"]) {
      const cell = h(doc, "div", { class: `cell ${side}${item[side].length ? "" : " empty"}`, part: `cell ${side}` });
      if (!item[side].length) cell.setAttribute("aria-label", t(side === "old" ? "view.emptyOld" : "view.emptyNew"));
      appendPieces(cell, item[side], changes, paint);
      row.append(cell);
    }
  }
  return row;
}

const expandButton = (doc, item, text) => h(doc, "button", { type: "button", part: "button expand", "data-expand": String(item.first), text });

function collapsedBlock(doc, item, t) {
  const { button, preview } = collapsedText(item, t);
  return h(doc, "div", { class: "collapsed", part: "collapsed" }, expandButton(doc, item, button), h(doc, "span", { class: "preview", text: preview }));
}

function surroundingBlock(doc, item, d, t) {
  const { preview, ids } = surroundingText(item, d, t);
  return h(
    doc,
    "div",
    { class: "collapsed surrounding", part: "collapsed surrounding", "data-changes": ids.join(" ") },
    expandButton(doc, item, t("surrounding.show")),
    h(doc, "span", {
      class: "preview",
      text: preview,
      title: t("surrounding.title"),
    }),
  );
}

/** The column labels, or "Old → New" inline. */
export function labelsElement(doc, inline, [oldLabel, newLabel]) {
  const label = (part, text) => h(doc, "div", { class: "label", part, text });
  const labels = inline ? [label("label", `${oldLabel} → ${newLabel}`)] : [label("label old-label", oldLabel), label("label new-label", newLabel)];
  return h(doc, "div", { class: "labels", part: "labels" }, ...labels);
}

/** The summary line (a live region), then "All changes" and a button per kind that navigation then steps through. */
export function summaryElements(doc, d, t = d.t ?? EN) {
  // The quote check's numbers (describeQuotes()): one line.
  const pieces = d.counter ? [["strong", "count", d.labels.line]] : summaryLine(d);
  const line = h(
    doc,
    "span",
    { class: "line", role: "status" },
    ...pieces.map((p) => (typeof p === "string" ? p : h(doc, p[0], p[1] ? { class: p[1], text: p[2] } : { text: p[2] }))),
  );
  const kinds = Object.entries(d.kinds ?? {});
  if (!kinds.length) return [line];
  const button = (props) => h(doc, "button", { type: "button", part: "button kind", ...props });
  return [
    line,
    h(
      doc,
      "span",
      { class: "kinds", role: "group", "aria-label": t("summary.kindsGroup") },
      h(doc, "span", { class: "lead", "aria-hidden": "true", text: t("summary.stepThrough") }),
      button({
        class: "all",
        "data-action": "all-kinds",
        "aria-pressed": "true",
        text: t("summary.all"),
        "aria-label": t("summary.allLabel", { changes: d.labels.changes }),
      }),
      ...kinds.map(([kind, count]) =>
        button({
          "data-action": "kind",
          "data-kind": kind,
          "aria-pressed": "false",
          text: t("labels.kindCount", { kind: t.kind(kind), n: count }),
          "aria-label": t("summary.kindLabel", { kind: t.kind(kind), n: count }),
        }),
      ),
    ),
  ];
}

/** Writes `message` in the status line `el`; `about` names its subject (to clear it later). */
export function setStatus(el, message, about = "") {
  el.textContent = message;
  el.dataset.about = about;
}

/** The chrome's fixed words in `t`'s language (again when the language changes; paintToolbar() sets the rest). */
export function labelChrome(els, t) {
  const set = (el, text, label) => ((el.textContent = text), label ? el.setAttribute("aria-label", label) : el.removeAttribute("aria-label"));
  set(els.prev, t("toolbar.previous"), t("toolbar.previousLabel"));
  set(els.next, t("toolbar.next"), t("toolbar.nextLabel"));
  set(els.copy, t("toolbar.copy"));
  set(els.report, t("toolbar.report"));
  set(els.share, t("toolbar.share"));
  set(els.cancel, t("progress.cancel"));
  els.view.setAttribute("aria-label", t("view.region"));
  els.navGroup.setAttribute("aria-label", t("toolbar.changes"));
  els.actionsGroup.setAttribute("aria-label", t("toolbar.actions"));
}

/** The widget's parts, empty: `els` by name, and the shadow root's `children`. */
export function chrome(doc, t = EN) {
  const btn = (action) => h(doc, "button", { type: "button", "data-action": action, part: "button" });
  const els = {
    summary: h(doc, "div", { class: "summary", part: "summary" }),
    counter: h(doc, "span", { class: "counter", "aria-live": "polite" }),
    prev: btn("previous"),
    next: btn("next"),
    toggle: btn("view"),
    minor: btn("minor"),
    copy: btn("copy"),
    report: btn("report"),
    share: btn("share"),
    status: h(doc, "div", { class: "status", part: "status", role: "status" }),
    progress: h(doc, "div", { class: "progress", part: "progress", hidden: true }),
    progressText: h(doc, "span", { "aria-live": "polite" }),
    cancel: h(doc, "button", { type: "button", part: "button cancel", "data-action": "cancel" }),
    inputs: h(doc, "div", { class: "inputs", part: "inputs", hidden: true }),
    oldInput: h(doc, "textarea", { id: "old-input", spellcheck: false }),
    newInput: h(doc, "textarea", { id: "new-input", spellcheck: false }),
    oldInputLabel: h(doc, "span"),
    newInputLabel: h(doc, "span"),
    error: h(doc, "div", { class: "error", part: "error", role: "alert", hidden: true }),
    view: h(doc, "div", { class: "view", part: "view", role: "region", tabindex: "0" }),
    minimap: h(doc, "div", { class: "minimap", part: "minimap", "aria-hidden": "true" }),
  };
  els.inputs.append(h(doc, "label", {}, els.oldInputLabel, els.oldInput), h(doc, "label", {}, els.newInputLabel, els.newInput));
  els.toolbar = h(
    doc,
    "div",
    { class: "toolbar", part: "toolbar" },
    els.summary,
    (els.navGroup = h(doc, "div", { class: "nav", role: "group" }, els.prev, els.counter, els.next)),
    (els.actionsGroup = h(doc, "div", { class: "actions", role: "group" }, els.toggle, els.minor, els.copy, els.report, els.share)),
    els.status,
  );
  labelChrome(els, t);
  els.progress.append(h(doc, "span", { class: "spinner", "aria-hidden": "true" }), els.progressText, els.cancel);
  return { els, children: [els.inputs, els.toolbar, els.progress, els.error, h(doc, "div", { class: "body" }, els.view, els.minimap)] };
}
