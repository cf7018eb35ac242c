// Copies the corpus pairs the demo offers into www/examples/ with an index.json
// (name, title, language, source and license from each meta.json).
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
writeFileSync(join(out, "index.json"), JSON.stringify(index, null, 2) + "\n");
