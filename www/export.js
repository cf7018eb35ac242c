// Taking a comparison away: plain text with markers, rich HTML for the clipboard, a
// self-contained HTML report; each opens with what was compared (evidence()) and describe()'s
// numbers. All user text goes through escapeHtml(); the report holds no script.
import { inlinePieces, describe } from "./layout.js";
import { EN } from "./i18n.js";
import { VERSION } from "./version.js";

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** What a piece counts as in an export: minor changes read as the new text. */
const opOf = (p, changes) => (p.change !== undefined && changes[p.change]?.minor ? "equal" : p.op);

/**
 * SHA-256 of `bytes` as hex: `crypto.subtle` where there is one (https, localhost), else
 * vendor/sha256.js (@noble/hashes), imported only then. `subtle` and `load` are for tests.
 */
export async function sha256Hex(bytes, { subtle = globalThis.crypto?.subtle, load = () => import("./vendor/sha256.js") } = {}) {
  const digest = subtle ? new Uint8Array(await subtle.digest("SHA-256", bytes)) : (await load()).sha256(bytes);
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * What was compared, to check a report against the texts: each text's label, length
 * (`characters`: UTF-16 code units; `bytes`: UTF-8) and SHA-256 of its UTF-8 bytes (as
 * `sha256sum` prints; a lone surrogate encoded as U+FFFD); the options; the version; the time.
 */
export async function evidence({
  oldText,
  newText,
  oldLabel = "",
  newLabel = "",
  options = {},
  generated = new Date(),
  hash = sha256Hex,
  names = ["Old", "New"],
}) {
  const side = async (text, label) => {
    const bytes = new TextEncoder().encode(text);
    return { label, characters: text.length, bytes: bytes.length, sha256: await hash(bytes) };
  };
  const [o, n] = await Promise.all([side(String(oldText), oldLabel || names[0]), side(String(newText), newLabel || names[1])]);
  return { old: o, new: n, options: { ...options }, version: VERSION, generated: generated.toISOString() };
}

/** "ignoreCase false, cleanup true, timeoutMs 2000" */
const optionsText = (options) =>
  Object.entries(options)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");

/** An export's header as lines: what was compared (evidence()), then the numbers. */
export function headerLines(ev, d, names, what, t = d.t ?? EN) {
  const [oldName, newName] = names ?? [t("label.old"), t("label.new")];
  // Figures as they are (no grouping): they are checked against other tools' output.
  const side = (name, s) =>
    t("export.side", {
      name,
      label: s.label === name ? "" : t("export.label", { label: s.label }),
      chars: String(s.characters),
      bytes: String(s.bytes),
      sha: s.sha256,
    });
  return [
    t("export.generated", { version: ev.version, what: what ?? t("export.comparison"), date: ev.generated }),
    side(oldName, ev.old),
    side(newName, ev.new),
    t("export.options", { options: optionsText(ev.options) }),
    t("export.result", { line: d.labels.line }),
  ];
}

/** The plain-text export: the header, a blank line, then the comparison with [-deleted-]{+inserted+} markers. */
export function plainTextExport({ rows, result, evidence: ev, t = EN }) {
  return [...headerLines(ev, describe(result, t)), t("export.marks"), "", plainTextWithMarkers(rows, result.changes)].join("\n");
}

/** The inline reading as plain text, changes marked like `git diff --word-diff`: [-old-]{+new+}. */
export function plainTextWithMarkers(rows, changes) {
  let out = "";
  for (const row of rows) {
    for (const p of inlinePieces(row, changes)) {
      const op = opOf(p, changes);
      out += op === "delete" ? `[-${p.text}-]` : op === "insert" ? `{+${p.text}+}` : p.text;
    }
  }
  return out;
}

const INS_STYLE = "background:#dbeafe;color:#0b3d91;text-decoration:underline";
const DEL_STYLE = "background:#fde2c8;color:#7a2e00;text-decoration:line-through";

/** The inline reading as HTML with inline styles (for pasting into documents), after the `header` lines. */
export function inlineHtml(rows, changes, header = []) {
  let out = header.length ? `<p style="color:#555;font-size:.875em">${header.map(escapeHtml).join("<br>")}</p>` : "";
  out += '<div style="white-space:pre-wrap">';
  for (const row of rows) {
    for (const p of inlinePieces(row, changes)) {
      const text = escapeHtml(p.text);
      const op = opOf(p, changes);
      out += op === "delete" ? `<del style="${DEL_STYLE}">${text}</del>` : op === "insert" ? `<ins style="${INS_STYLE}">${text}</ins>` : text;
    }
  }
  return out + "</div>";
}

function cellHtml(pieces, changes) {
  return pieces
    .map((p) => {
      const op = opOf(p, changes);
      return op === "delete" ? `<del>${escapeHtml(p.text)}</del>` : op === "insert" ? `<ins>${escapeHtml(p.text)}</ins>` : escapeHtml(p.text);
    })
    .join("");
}

/** The self-contained HTML report: evidence, numbers, the side-by-side rows (or quote mode's `main`). No script or external resource. */
export function reportHtml({ rows, result, evidence: ev, t = EN, title = t("export.title"), names = [t("label.old"), t("label.new")], lines, main }) {
  const d = lines ? null : describe(result, t);
  const body =
    main ??
    rows
      .map((r) => `<tr${r.changed ? ' class="changed"' : ""}><td>${cellHtml(r.old, result.changes)}</td><td>${cellHtml(r.new, result.changes)}</td></tr>`)
      .join("\n");
  const numbers = (
    lines ?? ["changes", "words", "surrounding", "similarity", "kinds", "minor", "findings", "approximate", "unverified"].map((k) => d.labels[k])
  )
    .filter(Boolean)
    .map((text) => `<li>${escapeHtml(text)}</li>`)
    .join("\n");
  const side = (name, s) =>
    `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(s.label)}</td><td>${s.characters}</td><td>${s.bytes}</td><td><code>${escapeHtml(s.sha256)}</code></td></tr>`;
  return `<!doctype html>
<html lang="${escapeHtml(t.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere;text-align:left}
tr.changed td{background:#fafafa}
ins{${INS_STYLE}} del{${DEL_STYLE}}
table.evidence{table-layout:auto;margin:.5rem 0 1rem;font-size:.875rem}
table.evidence caption{text-align:left;font-weight:600;padding-bottom:.25rem}
table.evidence th,table.evidence td{white-space:nowrap;overflow-wrap:normal}
table.evidence td:last-child{white-space:normal;overflow-wrap:anywhere}
dl.evidence{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.875rem;margin:0 0 1rem}
dl.evidence dt{font-weight:600}
dl.evidence dd{margin:0}
code{font-size:.8125rem}
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #ccc}
</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<ul class="summary">
${numbers}
</ul>
<table class="evidence"><caption>${escapeHtml(t("export.compared"))}</caption>
<thead><tr>${["colText", "colLabel", "colChars", "colBytes", "colSha"].map((k) => `<th scope="col">${escapeHtml(t(`export.${k}`))}</th>`).join("")}</tr></thead>
<tbody>
${side(names[0], ev.old)}
${side(names[1], ev.new)}
</tbody></table>
<dl class="evidence">
<dt>${escapeHtml(t("export.optionsTerm"))}</dt><dd>${escapeHtml(optionsText(ev.options))}</dd>
<dt>statement-diff</dt><dd>${escapeHtml(t("export.version", { version: ev.version }))}</dd>
<dt>${escapeHtml(t("export.generatedTerm"))}</dt><dd>${escapeHtml(ev.generated)}</dd>
</dl>
${
  main ??
  `<table><thead><tr><th>${escapeHtml(ev.old.label)}</th><th>${escapeHtml(ev.new.label)}</th></tr></thead>
<tbody>
${body}
</tbody></table>`
}
</body></html>
`;
}
