// Quote mode, pure data: checkQuotes()'s result as cards, the numbers, the exports' text.
import { fmt, plural } from "./layout.js";
import { escapeHtml } from "./export.js";

export const BADGES = { exact: "✓ Exact", minor: "≈ Minor", altered: "✗ Altered", notFound: "? Not found" };
const list = (a) => (a.length < 2 ? a.join("") : `${a.slice(0, -1).join(", ")} and ${a.at(-1)}`);
const slice = (t, s) => t.slice(s.start, s.end);

export function cutLabel(o) {
  const flags = o.flags.map((f) => `a ${f}`);
  return `… [${o.words ? plural(o.words, "word") : "nothing"} cut${flags.length ? ` — holds ${list(flags)}` : ""}] …`;
}

export function quotePieces(q, source, quoting) {
  const marks = [...q.changes.map((c) => ({ at: c.new.start, end: c.new.end, c })), ...q.omissions.map((o) => ({ at: o.cut.start, end: o.cut.end, o }))];
  marks.sort((a, b) => a.at - b.at || a.end - b.end);
  const out = [];
  const push = (op, text, more) => text && out.push({ op, text, ...more });
  let at = q.span.start;
  for (const { at: a, end, c, o } of marks) {
    if (a < at || a > q.span.end) continue;
    push("equal", quoting.slice(at, a));
    const text = quoting.slice(a, Math.min(end, q.span.end));
    if (o) push("cut", text || "…", { label: cutLabel(o), cut: slice(source, o.source), omission: o });
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

export function stitchedNote(q) {
  if (!q.stitched) return "";
  const bare = q.parts.some((p, i) => i > 0 && !p.cut);
  return `Taken from ${q.parts.length} places in the source${bare ? ", joined without a cut mark" : ""}`;
}

export function quoteItems(check, source, quoting) {
  return check.quotes.map((q, index) => ({
    index,
    quote: q,
    verdict: q.verdict,
    badge: BADGES[q.verdict] ?? q.verdict,
    pieces: quotePieces(q, source, quoting),
    note: q.verdict === "notFound" ? "Not found in the source." : stitchedNote(q),
    contexts: (q.parts.length ? q.parts.map((p) => p.source) : q.source ? [q.source] : []).map((s) => contextOf(source, s)),
  }));
}

export function describeQuotes(check, minWords = 4) {
  const s = check.stats;
  const parts = ["exact", "minor", "altered", "notFound"].filter((k) => s[k]);
  let line = s.quotes
    ? `${plural(s.quotes, "quotation")}: ${parts.map((k) => `${fmt(s[k])} ${k === "notFound" ? "not found" : k}`).join(", ")}`
    : `No quotations found: no passage of ${minWords} words or more between quote marks.`;
  if (check.approximate) line += " · Approximate";
  return {
    changes: s.quotes,
    labels: { line },
    counter: (current) => (current < 0 || !s.quotes ? plural(s.quotes, "quotation") : `${fmt(current + 1)} of ${plural(s.quotes, "quotation")}`),
  };
}

const MARKS = { delete: ["[-", "-]"], insert: ["{+", "+}"] };
const TAGS = { delete: "del", insert: "ins", cut: "b" };

/** The cards as plain text, or as the report's HTML (escaped). */
export function quotesExport(items, html) {
  const esc = html ? escapeHtml : (t) => t;
  const tag = (t, text) => (html ? `<${t}>${text}</${t}>` : text);
  const piece = (p) => {
    const t = esc(p.op === "cut" ? p.label : p.text);
    return html ? (TAGS[p.op] ? tag(TAGS[p.op], t) : t) : (MARKS[p.op] ?? ["", ""]).join(t);
  };
  return items
    .map((it) => {
      const [o, c] = [it.quote.span, it.quote.source];
      const lines = [
        `“${it.pieces.map(piece).join("")}”`,
        ...it.pieces.filter((p) => p.op === "cut").map((p) => `Cut: ${esc(p.label.slice(3, -3))}: “${esc(p.cut)}”`),
        ...(it.note ? [esc(it.note)] : []),
        ...it.contexts.map((x) => `In the source: ${esc(x.before)}${html ? tag("mark", esc(x.text)) : `[[${x.text}]]`}${esc(x.after)}`),
      ];
      const head = `${it.index + 1}. ${esc(it.badge)} (quoting text ${o.start}–${o.end}${c ? `, source ${c.start}–${c.end}` : ""})`;
      return html ? `<section><h2>${head}</h2>${lines.map((l) => tag("p", l)).join("")}</section>` : [head, ...lines.map((l) => `   ${l}`), ""].join("\n");
    })
    .join("\n");
}
