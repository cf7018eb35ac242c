// Reports the size of the core a page downloads (the .wasm and its JS glue), raw and gzip -9,
// into www/pkg/size.json, and the widget's own modules. With --check, fails when the core's
// gzipped total, or the widget's, exceeds its budget.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const BUDGET_GZIP_BYTES = 128 * 1024;
/** The widget's own modules (element, render, export, share, vendored helpers), gzip -9 each, summed. */
export const WIDGET_BUDGET_GZIP_BYTES = 40 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "www", "pkg");
const files = ["statement_diff_bg.wasm", "statement_diff.js"];
const report = { files: {}, total: { raw: 0, gzip: 0 }, budgetGzip: BUDGET_GZIP_BYTES };
for (const f of files) {
  const bytes = readFileSync(join(pkg, f));
  // The budget counts zlib's gzip -9 (what web servers use); GNU gzip -9 compresses the wasm
  // ≈ 5 % smaller, brotli ≈ 25 % smaller (reported for information).
  const gzip = gzipSync(bytes, { level: 9 }).length;
  report.files[f] = { raw: bytes.length, gzip, brotli: brotliCompressSync(bytes).length };
  report.total.raw += bytes.length;
  report.total.gzip += gzip;
}
// The widget's own modules (a budget of their own, apart from the core's).
// The package's files (www/package.json) outside pkg/: the one list of what the widget ships.
// lexicon/ (the word lists' module and data) is loaded only when a comparison holds split or
// joined words: reported apart, in no budget.
const shipped = JSON.parse(readFileSync(join(root, "www", "package.json"), "utf8")).files;
const widget = shipped.filter((f) => !f.startsWith("pkg/") && !f.startsWith("lexicon/"));
report.lexicon = {};
for (const f of shipped.filter((f) => f.startsWith("lexicon/") && !f.endsWith(".txt"))) {
  const bytes = readFileSync(join(root, "www", f));
  report.lexicon[f] = { raw: bytes.length, gzip: f.endsWith(".gz") ? bytes.length : gzipSync(bytes, { level: 9 }).length };
}
report.widget = { raw: 0, gzip: 0 };
for (const f of widget) {
  const bytes = readFileSync(join(root, "www", f));
  report.widget.raw += bytes.length;
  report.widget.gzip += gzipSync(bytes, { level: 9 }).length;
}
writeFileSync(join(pkg, "size.json"), JSON.stringify(report, null, 2) + "\n");
for (const [f, s] of Object.entries(report.files)) console.log(`size: ${f} ${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli`);
console.log(`size: total ${report.total.raw} B raw, ${report.total.gzip} B gzip (budget ${BUDGET_GZIP_BYTES} B gzip)`);
console.log(
  `size: the widget's modules ${report.widget.raw} B raw, ${report.widget.gzip} B gzip (each file gzipped on its own; budget ${WIDGET_BUDGET_GZIP_BYTES} B gzip)`,
);
console.log(
  `size: loaded only when needed (word lists): ${Object.entries(report.lexicon)
    .map(([f, s]) => `${f} ${s.gzip} B gzip`)
    .join(", ")}`,
);
if (process.argv.includes("--check") && report.total.gzip > BUDGET_GZIP_BYTES) {
  console.error(`size: over budget by ${report.total.gzip - BUDGET_GZIP_BYTES} B gzip`);
  process.exit(1);
}
if (process.argv.includes("--check") && report.widget.gzip > WIDGET_BUDGET_GZIP_BYTES) {
  console.error(`size: the widget's modules are over their budget by ${report.widget.gzip - WIDGET_BUDGET_GZIP_BYTES} B gzip`);
  process.exit(1);
}
