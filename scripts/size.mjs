// Reports the size of the core a page downloads (the .wasm and its JS glue), raw and gzip -9,
// into www/pkg/size.json, and the widget's own modules: as the npm package ships them (target/npm/,
// minified by scripts/package.mjs), which is what readers download. With --check, fails when the core's
// gzipped total, or the widget's, exceeds its budget, or when a vendored module meant to load
// only when needed (imported with import()) is also imported statically.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync } from "node:zlib";
import { join, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const BUDGET_GZIP_BYTES = 128 * 1024;
/** The widget's own modules (element, render, export, share, vendored helpers they import statically), gzip -9 each, summed. */
export const WIDGET_BUDGET_GZIP_BYTES = 40 * 1024;

/**
 * The relative modules `source` imports, { static: [...], dynamic: [...] }: `import … from`,
 * `export … from` and `import "…"` are static (loaded with the importer), `import("…")` dynamic.
 */
export function importsOf(source) {
  const found = (patterns) => patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1])).filter((s) => s.startsWith("."));
  return {
    static: found([/(?:^|[;}\s])(?:import|export)\b[^;'"()]*?\bfrom\s*["']([^"']+)["']/g, /(?:^|[;}\s])import\s*["']([^"']+)["']/g]),
    dynamic: found([/\bimport\(\s*["']([^"']+)["']\s*\)/g]),
  };
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shippedRoot = join(root, "target", "npm"); // what is measured; the imports are read from the source in www/
const pkg = join(shippedRoot, "pkg");
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
// joined words: reported apart, in no budget. So is a vendored module (vendor/) that no shipped
// module imports statically: only import() loads it (fflate when a share link is made or read,
// the SHA-256 fallback on pages without crypto.subtle).
const shipped = JSON.parse(readFileSync(join(root, "www", "package.json"), "utf8")).files;
const importers = { static: new Map(), dynamic: new Map() }; // module → the shipped modules importing it so
for (const f of shipped.filter((f) => f.endsWith(".js"))) {
  const found = importsOf(readFileSync(join(root, "www", f), "utf8"));
  for (const how of ["static", "dynamic"]) {
    for (const spec of found[how]) {
      const target = normalize(join(dirname(f), spec));
      importers[how].set(target, [...(importers[how].get(target) ?? []), f]);
    }
  }
}
const vendored = shipped.filter((f) => f.startsWith("vendor/"));
const whenNeeded = vendored.filter((f) => !importers.static.has(f));
// A module imported with import() somewhere yet statically elsewhere loads with the widget anyway.
const eager = vendored.filter((f) => importers.static.has(f) && importers.dynamic.has(f));
const widget = shipped.filter(
  (f) => f.endsWith(".js") && !f.startsWith("pkg/") && !f.startsWith("quotes/") && !f.startsWith("lexicon/") && !whenNeeded.includes(f),
);
// The quote check's build (www/quotes/pkg/: the core plus checkQuotes()), which mode="quotes" loads
// instead of the core: reported on its own, in no budget (the core's is the one compare mode loads).
report.quotes = { raw: 0, gzip: 0 };
for (const f of files) {
  const bytes = readFileSync(join(shippedRoot, "quotes", "pkg", f));
  report.quotes.raw += bytes.length;
  report.quotes.gzip += gzipSync(bytes, { level: 9 }).length;
}
report.whenNeeded = {};
for (const f of whenNeeded) {
  const bytes = readFileSync(join(shippedRoot, f));
  report.whenNeeded[f] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, importedBy: importers.dynamic.get(f) ?? [] };
}
report.lexicon = {};
for (const f of shipped.filter((f) => f.startsWith("lexicon/") && !f.endsWith(".txt"))) {
  const bytes = readFileSync(join(shippedRoot, f));
  report.lexicon[f] = { raw: bytes.length, gzip: f.endsWith(".gz") ? bytes.length : gzipSync(bytes, { level: 9 }).length };
}
report.widget = { raw: 0, gzip: 0 };
report.widgetSource = { gzip: 0 }; // for information: the commented source, were it shipped as is
for (const f of widget) {
  report.widgetSource.gzip += gzipSync(readFileSync(join(root, "www", f)), { level: 9 }).length;
  const bytes = readFileSync(join(shippedRoot, f));
  report.widget.raw += bytes.length;
  report.widget.gzip += gzipSync(bytes, { level: 9 }).length;
}
writeFileSync(join(root, "www", "pkg", "size.json"), JSON.stringify(report, null, 2) + "\n");
for (const [f, s] of Object.entries(report.files)) console.log(`size: ${f} ${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli`);
console.log(`size: total ${report.total.raw} B raw, ${report.total.gzip} B gzip (budget ${BUDGET_GZIP_BYTES} B gzip)`);
console.log(
  `size: the widget's modules ${report.widget.raw} B raw, ${report.widget.gzip} B gzip (minified, each file gzipped on its own; budget ${WIDGET_BUDGET_GZIP_BYTES} B gzip; the source: ${report.widgetSource.gzip} B gzip)`,
);
console.log(
  `size: quote check build, loaded instead of the core only in quote mode (www/quotes/pkg wasm + js): ${report.quotes.raw} B raw, ${report.quotes.gzip} B gzip (in no budget)`,
);
console.log(
  `size: loaded only when needed (vendored, imported with import() only; in no budget): ${Object.entries(report.whenNeeded)
    .map(([f, s]) => `${f} ${s.gzip} B gzip (by ${s.importedBy.join(", ") || "no module"})`)
    .join(", ")}`,
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
for (const f of eager) {
  console.error(
    `size: ${f} is imported with import() by ${importers.dynamic.get(f).join(", ")} but statically by ${importers.static.get(f).join(", ")}: it loads with the widget (counted in its budget)`,
  );
}
if (process.argv.includes("--check") && eager.length) process.exit(1);
if (process.argv.includes("--check") && report.widget.gzip > WIDGET_BUDGET_GZIP_BYTES) {
  console.error(`size: the widget's modules are over their budget by ${report.widget.gzip - WIDGET_BUDGET_GZIP_BYTES} B gzip`);
  process.exit(1);
}
