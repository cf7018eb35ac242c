// Copies the corpus pairs the demo offers into www/examples/ with an index.json
// (name, title, language, source and license from each meta.json), and the quote check's pairs.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = join(root, "tests", "corpus");
const out = join(root, "www", "examples");
mkdirSync(out, { recursive: true });

const index = [];
for (const name of readdirSync(corpus).sort()) {
  const dir = join(corpus, name);
  if (!existsSync(join(dir, "meta.json"))) continue;
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8"));
  mkdirSync(join(out, name), { recursive: true });
  for (const f of ["a.txt", "b.txt", "meta.json"]) copyFileSync(join(dir, f), join(out, name, f));
  index.push({
    name,
    kind: meta.kind,
    language: meta.language,
    license: meta.license,
    source: meta.source?.repo ?? null,
  });
}
// The quote check's pairs (mode="quotes"): a statement and a news article quoting it, written for
// the project (tests/fixtures/quotes/LICENSE.md).
const quotes = join(root, "tests", "fixtures", "quotes");
for (const [language, a, b, kind] of [
  ["en", "Ministry statement", "News article", "quote check: a ministry's statement and an article quoting it (English)"],
  ["ru", "Заявление министерства", "Статья", "quote check: a ministry's statement and an article quoting it (Russian)"],
]) {
  const name = `quotes-${language}`;
  mkdirSync(join(out, name), { recursive: true });
  copyFileSync(join(quotes, `${language}-statement.txt`), join(out, name, "a.txt"));
  copyFileSync(join(quotes, `${language}-article.txt`), join(out, name, "b.txt"));
  const meta = {
    kind,
    language,
    mode: "quotes",
    labels: { a, b },
    license: "MIT OR Apache-2.0 (tests/fixtures/quotes/LICENSE.md)",
    source: { repo: "statement-diff: fictional texts written for its tests and demo" },
  };
  writeFileSync(join(out, name, "meta.json"), JSON.stringify(meta, null, 2) + "\n");
  index.push({ name, kind, language, license: meta.license, source: meta.source.repo, mode: "quotes" });
}
writeFileSync(join(out, "index.json"), JSON.stringify(index, null, 2) + "\n");
