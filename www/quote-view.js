// Quote mode's view, loaded with import() only then: a card per quotation (verdict badge, its
// differences from the source, cuts that open in place, the source in context); the exports.
import { h, labelsElement } from "./render.js";
import { evidence, headerLines, reportHtml } from "./export.js";
import { describeQuotes, quotesExport } from "./quote-layout.js";
import { EN } from "./i18n.js";

export { describeQuotes, quoteItems } from "./quote-layout.js";

function card(doc, it, n, t) {
  const q = h(doc, "blockquote");
  for (const p of it.pieces) {
    const tag = { delete: "del", insert: "ins", minor: "span" }[p.op];
    if (tag) q.append(h(doc, tag, { class: p.op, part: tag, title: p.kind ? t.kind(p.kind) : "", text: p.text }));
    else if (p.op !== "cut") q.append(p.text);
    else {
      const more = h(doc, "span", { class: "cut-text", hidden: true, text: p.cut });
      const b = h(doc, "button", {
        type: "button",
        class: p.omission.alters ? "cut alters" : "cut",
        part: "button cut",
        "aria-expanded": "false",
        text: p.label,
      });
      if (p.omission.alters) b.title = t("quote.altersTitle");
      b.onclick = () => b.setAttribute("aria-expanded", String(!(more.hidden = !more.hidden)));
      q.append(b, more);
    }
  }
  const where = t("quote.where", { at: it.index + 1, n });
  const x = it.contexts;
  return h(
    doc,
    "article",
    { class: `quote ${it.verdict}`, part: "quote", "data-quote": it.index, tabindex: "-1" },
    h(doc, "p", { class: "qhead" }, h(doc, "span", { class: "badge", text: it.badge }), where),
    q,
    ...(it.note ? [h(doc, "p", { class: "note", text: it.note })] : []),
    ...(x.length
      ? [
          h(
            doc,
            "details",
            {},
            h(doc, "summary", { text: t("quote.inSource") }),
            ...x.map((c, i) => h(doc, "p", {}, x.length > 1 ? t("quote.part", { n: i + 1 }) : "", c.before, h(doc, "mark", { text: c.text }), c.after)),
          ),
        ]
      : []),
  );
}

export function show(view, items, labels, t = EN) {
  const doc = view.ownerDocument;
  view.replaceChildren(labelsElement(doc, true, labels), h(doc, "div", { class: "quotes" }, ...items.map((it) => card(doc, it, items.length, t))));
}

export function mark(view, index, scroll) {
  for (const el of view.querySelectorAll(".quote.current")) el.classList.remove("current");
  const el = view.querySelector(`[data-quote="${index}"]`);
  el?.classList.add("current");
  if (!scroll || !el) return;
  view.scrollTop += el.getBoundingClientRect().top - view.getBoundingClientRect().top - view.firstChild.offsetHeight - 8;
  el.focus({ preventScroll: true });
}

// The exports of c = the element's { result (the check), rows (the cards), compared, labels, t }.
const namesOf = (t) => [t("label.source"), t("label.quoting")];
const line = (c) => describeQuotes(c.result, c.compared.options.minWords, c.t ?? EN);
const evidenceOf = (c) => {
  const [source, quoting] = namesOf(c.t ?? EN);
  return evidence({ ...c.compared, oldLabel: c.oldLabel || source, newLabel: c.newLabel || quoting });
};

export const toPlainText = async (c, t = c.t ?? EN) =>
  [...headerLines(await evidenceOf(c), line(c), namesOf(t), t("quote.what"), t), t("quote.marks"), "", quotesExport(c.rows, false, t)].join("\n");

export const toReportHTML = async (c, t = c.t ?? EN) =>
  reportHtml({
    evidence: await evidenceOf(c),
    t,
    title: t("quote.title"),
    names: namesOf(t),
    lines: [line(c).labels.line],
    main: quotesExport(c.rows, true, t),
  });

export const copyData = (c) => ({ "text/plain": toPlainText(c), "text/html": toReportHTML(c) });
