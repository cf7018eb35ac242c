// Taking a comparison away, for the toolbar's buttons and the element's methods: the plain text
// and the report (export.js) opening with what was compared, copying to the clipboard, the
// download, share links (share.js). A comparison here is { result, rows, compared: { oldText,
// newText, options }, oldLabel, newLabel, t }, read from the element when asked (`t`: the
// translator of the reader's language, i18n.js; English if absent).
import { plainTextExport, inlineHtml, reportHtml, evidence, headerLines } from "./export.js";
import { encodeShare, decodeShare } from "./share.js";
import { describe } from "./layout.js";
import { h, setStatus } from "./render.js";
import { EN } from "./i18n.js";

/** What the exports say was compared. */
const evidenceOf = ({ compared, oldLabel, newLabel, t = EN }) => evidence({ ...compared, oldLabel, newLabel, names: [t("label.old"), t("label.new")] });

/** Resolves to the plain text ("" without a result): the header, then [-deleted-]{+inserted+}. */
export async function toPlainText(c) {
  if (!c.result) return "";
  return plainTextExport({ rows: c.rows, result: c.result, evidence: await evidenceOf(c), t: c.t });
}

/** Resolves to the self-contained HTML report ("" without a result). */
export async function toReportHTML(c) {
  if (!c.result) return "";
  return reportHtml({ rows: c.rows, result: c.result, evidence: await evidenceOf(c), t: c.t });
}

/**
 * Writes `data` (MIME type → promise of its text) to the clipboard. Handed promises, the write
 * starts at once, inside the reader's click; where that is refused, the plain text alone once it
 * is ready. Resolves to "rich", "plain", or "" (not allowed).
 */
async function toClipboard(data) {
  const items = Object.entries(data).map(([type, text]) => {
    const blob = text.then((t) => new Blob([t], { type }));
    blob.catch(() => {}); // a failure is the caller's to report, not an unhandled rejection
    return [type, blob];
  });
  try {
    await navigator.clipboard.write([new ClipboardItem(Object.fromEntries(items))]);
    return "rich";
  } catch {
    try {
      await navigator.clipboard.writeText(await data["text/plain"]);
      return "plain";
    } catch {
      return "";
    }
  }
}

/** Copies the comparison (or `data`, the quote check's) as rich HTML and as plain text with markers; says so in `status`. */
export async function copy(c, status, data) {
  if (!c.result) return;
  const { result, rows, t = EN } = c;
  if (!data) {
    const ev = evidenceOf(c); // hashing is async: promises of the data
    data = {
      "text/plain": ev.then((e) => plainTextExport({ rows, result, evidence: e, t })),
      "text/html": ev.then((e) => inlineHtml(rows, result.changes, headerLines(e, describe(result, t)))),
    };
  }
  const copied = await toClipboard(data);
  setStatus(status, t(copied === "rich" ? "status.copiedRich" : copied === "plain" ? "status.copiedPlain" : "status.copyRefused"));
}

/** Downloads the report `html` (nothing when ""); says so in `status`. */
export function download(html, status, t = EN) {
  if (!html) return;
  const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  h(status.ownerDocument, "a", { href: url, download: "statement-diff-report.html" }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus(status, t("status.reportDownloaded", { file: "statement-diff-report.html" }));
}

/** Resolves to a link to this page restoring these texts and labels (as they are when called). */
export async function shareUrl({ oldText, newText, oldLabel, newLabel }) {
  const page = location.href.split("#")[0];
  return `${page}#${await encodeShare({ oldText: String(oldText), newText: String(newText), oldLabel, newLabel })}`;
}

/** Resolves to a share link's texts and labels, null if `hash` is none; rejects with ShareLinkError when damaged. */
export const readShareLink = (hash) => decodeShare(hash);

/**
 * Copies the share link `url` (a promise: fflate loads on first use) or shows it to copy by hand;
 * a link that cannot be made says why in `status`.
 */
export async function share(url, status, t = EN) {
  const copied = toClipboard({ "text/plain": url });
  let link;
  try {
    link = await url;
  } catch (e) {
    setStatus(status, e.key ? t(e.key, e.params) : e.message);
    return;
  }
  if (await copied) setStatus(status, t("status.shareCopied"));
  else {
    const doc = status.ownerDocument;
    status.replaceChildren(t("status.shareCopyThis"), h(doc, "input", { readOnly: true, value: link, "aria-label": t("status.shareLabel"), size: 40 }));
  }
}
