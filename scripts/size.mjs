// Reports the size of the core a page downloads (the .wasm and its JS glue), raw and gzip -9,
// into www/pkg/size.json, and the widget's modules for information. With --check, fails when the
// core's gzipped total exceeds the budget.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const BUDGET_GZIP_BYTES = 128 * 1024;
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
// The widget's own modules (not in the budget, which is the core's: reported for information).
// The package's files (www/package.json) outside pkg/: the one list of what the widget ships.
const widget = JSON.parse(readFileSync(join(root, "www", "package.json"), "utf8")).files.filter((f) => !f.startsWith("pkg/"));
report.widget = { raw: 0, gzip: 0 };
for (const f of widget) {
  const bytes = readFileSync(join(root, "www", f));
  report.widget.raw += bytes.length;
  report.widget.gzip += gzipSync(bytes, { level: 9 }).length;
}
writeFileSync(join(pkg, "size.json"), JSON.stringify(report, null, 2) + "\n");
for (const [f, s] of Object.entries(report.files)) console.log(`size: ${f} ${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli`);
console.log(`size: total ${report.total.raw} B raw, ${report.total.gzip} B gzip (budget ${BUDGET_GZIP_BYTES} B gzip)`);
console.log(`size: the widget's modules (not in the budget) ${report.widget.raw} B raw, ${report.widget.gzip} B gzip (each file gzipped on its own)`);
if (process.argv.includes("--check") && report.total.gzip > BUDGET_GZIP_BYTES) {
  console.error(`size: over budget by ${report.total.gzip - BUDGET_GZIP_BYTES} B gzip`);
  process.exit(1);
}
