// Quote mode, pure data: checkQuotes()'s result as cards, the numbers, the exports' text.
// Words in the reader's language through a translator `t` (i18n.js; English by default).
import { escapeHtml } from "./export.js";
import { EN } from "./i18n.js";

/** The verdicts' badges (English; badge() in the reader's language). */
export const BADGES = { exact: "✓ Exact", minor: "≈ Minor", altered: "✗ Altered", notFound: "? Not found" };
export const badge = (verdict, t = EN) => (BADGES[verdict] ? t(`quote.badge.${verdict}`) : verdict);
/** "a, b and c" */
const list = (a, t) => (a.length < 2 ? a.join("") : `${t.list(a.slice(0, -1))}${t("list.and")}${a.at(-1)}`);
const slice = (text, s) => text.slice(s.start, s.end);

/** A cut's label: "… [9 words cut — holds a qualifier] …" (the exports take what is between "… [" and "] …"). */
export function cutLabel(o, t = EN) {
  const flags = o.flags.map((f) => t(`quote.flag.${f}`));
  const what = o.words ? t("quote.cutWords", { n: o.words }) : t("quote.cutNothing");
  return `… [${t("quote.cut", { what, holds: flags.length ? t("quote.holds", { flags: list(flags, t) }) : "" })}] …`;
}

export function quotePieces(q, source, quoting, t = EN) {
  const marks = [...q.changes.map((c) => ({ at: c.new.start, end: c.new.end, c })), ...q.omissions.map((o) => ({ at: o.cut.start, end: o.cut.end, o }))];
  marks.sort((a, b) => a.at - b.at || a.end - b.end);
  const out = [];
  const push = (op, text, more) => text && out.push({ op, text, ...more });
  let at = q.span.start;
  for (const { at: a, end, c, o } of marks) {
    if (a < at || a > q.span.end) continue;
    push("equal", quoting.slice(at, a));
    const text = quoting.slice(a, Math.min(end, q.span.end));
    if (o) push("cut", text || "…", { label: cutLabel(o, t), cut: slice(source, o.source), omission: o });
    else if (c.minor) push("minor", text, { kind: c.kind });
    else {
      // "will ~not~ approve", not "will~not~ approve"
      const gap = (k, inside) => a === end && inside && /\S/.test(quoting[k]);
      const before = gap(a - 1, a > q.span.start);
      if (before) push("equal", " ");
      push("delete", slice(source, c.old), { kind: c.kind });
      if (!before && gap(end, end < q.span.end)) push("equal", " ");
      push("insert", text, { kind: c.kind });
    }
    at = Math.max(at, Math.min(end, q.span.end));
  }
  push("equal", quoting.slice(at, q.span.end));
  return out;
}

const boundary = (t, i) => i <= 0 || i >= t.length || t[i - 1] === "\n" || (/\s/.test(t[i - 1]) && /[.!?…]["'”»’)]*$/.test(t.slice(Math.max(0, i - 5), i - 1)));

export function contextOf(text, span, max = 300) {
  let a = span.start;
  while (a > 0 && (a === span.start || !boundary(text, a)) && span.start - a < max) a--;
  let b = span.end;
  while (b < text.length && (b === span.end || !boundary(text, b)) && b - span.end < max) b++;
  return {
    before: text.slice(a, span.start).trimStart(),
    text: slice(text, span),
    after: text.slice(span.end, b).trimEnd(),
  };
}

export function stitchedNote(q, t = EN) {
  if (!q.stitched) return "";
  const bare = q.parts.some((p, i) => i > 0 && !p.cut);
  return t("quote.stitched", { n: q.parts.length }) + (bare ? t("quote.bare") : "");
}

export function quoteItems(check, source, quoting, t = EN) {
  return check.quotes.map((q, index) => ({
    index,
    quote: q,
    verdict: q.verdict,
    badge: badge(q.verdict, t),
    pieces: quotePieces(q, source, quoting, t),
    note: q.verdict === "notFound" ? t("quote.notFound") : stitchedNote(q, t),
    contexts: (q.parts.length ? q.parts.map((p) => p.source) : q.source ? [q.source] : []).map((s) => contextOf(source, s)),
  }));
}

export function describeQuotes(check, minWords = 4, t = EN) {
  const s = check.stats;
  const parts = ["exact", "minor", "altered", "notFound"].filter((k) => s[k]);
  const quotations = t("quote.quotations", { n: s.quotes });
  let line = s.quotes ? `${quotations}: ${t.list(parts.map((k) => t(`quote.count.${k}`, { n: s[k] })))}` : t("quote.none", { n: minWords });
  if (check.approximate) line += t("quote.approximate");
  const d = {
    changes: s.quotes,
    labels: { line },
    counter: (current) => (current < 0 || !s.quotes ? quotations : t("quote.at", { at: current + 1, n: s.quotes })),
  };
  Object.defineProperty(d, "t", { value: t });
  return d;
}

const MARKS = { delete: ["[-", "-]"], insert: ["{+", "+}"] };
const TAGS = { delete: "del", insert: "ins", cut: "b" };

/** The cards as plain text, or as the report's HTML (escaped). */
export function quotesExport(items, html, t = EN) {
  const esc = html ? escapeHtml : (x) => x;
  const tag = (name, text) => (html ? `<${name}>${text}</${name}>` : text);
  const piece = (p) => {
    const x = esc(p.op === "cut" ? p.label : p.text);
    return html ? (TAGS[p.op] ? tag(TAGS[p.op], x) : x) : (MARKS[p.op] ?? ["", ""]).join(x);
  };
  return items
    .map((it) => {
      const [o, c] = [it.quote.span, it.quote.source];
      const lines = [
        t("quote.quoted", { text: it.pieces.map(piece).join("") }),
        ...it.pieces.filter((p) => p.op === "cut").map((p) => t("quote.cutLine", { label: esc(p.label.slice(3, -3)), text: esc(p.cut) })),
        ...(it.note ? [esc(it.note)] : []),
        ...it.contexts.map((x) => t("quote.inSourceLine") + `${esc(x.before)}${html ? tag("mark", esc(x.text)) : `[[${x.text}]]`}${esc(x.after)}`),
      ];
      // Offsets as they are (UTF-16, no grouping): for tools.
      const where = c ? t("quote.sourceAt", { start: String(c.start), end: String(c.end) }) : "";
      const head = t("quote.head", { i: String(it.index + 1), badge: esc(it.badge), start: String(o.start), end: String(o.end), source: where });
      return html ? `<section><h2>${head}</h2>${lines.map((l) => tag("p", l)).join("")}</section>` : [head, ...lines.map((l) => `   ${l}`), ""].join("\n");
    })
    .join("\n");
}
