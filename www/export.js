// Taking a comparison away: plain text with markers, rich HTML for the clipboard, and a
// self-contained HTML report. Every piece of user text goes through escapeHtml(); the report
// contains no script.
import { inlinePieces, describeStats } from "./render.js";

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The inline reading as plain text, changes marked like `git diff --word-diff`: [-old-]{+new+}. */
/** What a piece counts as in an export: minor changes read as the new text. */
const opOf = (p, changes) => (p.change !== undefined && changes[p.change]?.minor ? "equal" : p.op);

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

/** The inline reading as an HTML fragment with inline styles (for pasting into documents). */
export function inlineHtml(rows, changes) {
  let out = '<div style="white-space:pre-wrap">';
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

/**
 * A self-contained HTML report: summary, labels and the side-by-side rows. No script, no external
 * resources; every user string escaped.
 */
export function reportHtml({ rows, result, oldLabel, newLabel, title = "statement-diff report", generated = new Date() }) {
  const body = rows
    .map((r) => `<tr${r.changed ? ' class="changed"' : ""}><td>${cellHtml(r.old, result.changes)}</td><td>${cellHtml(r.new, result.changes)}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere;text-align:left}
tr.changed td{background:#fafafa}
ins{${INS_STYLE}} del{${DEL_STYLE}}
.meta{color:#555}
</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(describeStats(result.stats, result.approximate))}. Generated ${escapeHtml(generated.toISOString())} by statement-diff.</p>
<table><thead><tr><th>${escapeHtml(oldLabel || "Old")}</th><th>${escapeHtml(newLabel || "New")}</th></tr></thead>
<tbody>
${body}
</tbody></table>
</body></html>
`;
}
