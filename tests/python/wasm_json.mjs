// For tests/python: runs jobs through the wasm builds as a page would (www/pkg/ for compare,
// www/quotes/pkg/ for checkQuotes) and prints JSON.stringify of each result, as a JSON array.
// stdin: [[fn, a, b, options], ...] with fn "compare" or "checkQuotes".
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "www");
const load = async (dir) => {
  const m = await import(join(WWW, dir, "statement_diff.js"));
  m.initSync({ module: readFileSync(join(WWW, dir, "statement_diff_bg.wasm")) });
  return m;
};
const [core, quotes] = [await load("pkg"), await load(join("quotes", "pkg"))];
const jobs = JSON.parse(readFileSync(0, "utf8"));
const out = jobs.map(([fn, a, b, options]) => JSON.stringify(fn === "compare" ? core.compare(a, b, options) : quotes.checkQuotes(a, b, options)));
process.stdout.write(JSON.stringify(out));
