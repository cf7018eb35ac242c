// Stages the npm package as it is published into target/npm/: every file www/package.json lists,
// its JavaScript modules minified one by one (oxc's minifier, through rolldown, already a dev
// dependency as vite's bundler), each with a source map holding the commented source (X.js.map),
// and the package.json listing the maps too. The modules keep their names and imports: no bundle,
// a page still loads only the modules it uses. The demo, the e2e tests and the size budget use
// this, what readers download; www/ keeps the source.
//
//   node scripts/package.mjs        (run by scripts/build.sh; the e2e tests' start() runs it too,
//                                    so they never serve modules older than www/)
import { minifySync } from "rolldown/utils";
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WWW = join(ROOT, "www");
export const PACKAGE_DIR = join(ROOT, "target", "npm");

/** `source` (the module at `file`) minified, with its source map; throws on a syntax error. */
export function minifyModule(file, source) {
  const out = minifySync(file, source, { module: true, compress: true, mangle: true, sourcemap: true, codegen: { removeWhitespace: true } });
  if (out.errors?.length) throw new Error(`${file}: ${out.errors.map((e) => e.message).join("; ")}`);
  const map = { ...out.map, file: basename(file), sources: [basename(file)] };
  return { code: `${out.code}\n//# sourceMappingURL=${basename(file)}.map\n`, map: JSON.stringify(map) };
}

/** Writes target/npm/ afresh from www/ (needs the wasm builds of scripts/build.sh); returns what it did. */
export function stagePackage() {
  const pkg = JSON.parse(readFileSync(join(WWW, "package.json"), "utf8"));
  rmSync(PACKAGE_DIR, { recursive: true, force: true });
  const maps = [];
  for (const f of pkg.files) {
    const to = join(PACKAGE_DIR, f);
    mkdirSync(dirname(to), { recursive: true });
    // Vendored modules come minified, with their license line (scripts/build.sh).
    if (!f.endsWith(".js") || f.startsWith("vendor/")) {
      copyFileSync(join(WWW, f), to);
      continue;
    }
    const { code, map } = minifyModule(f, readFileSync(join(WWW, f), "utf8"));
    writeFileSync(to, code);
    writeFileSync(`${to}.map`, map);
    maps.push(`${f}.map`);
  }
  writeFileSync(join(PACKAGE_DIR, "package.json"), JSON.stringify({ ...pkg, files: [...pkg.files, ...maps] }, null, 2) + "\n");
  copyFileSync(join(ROOT, "README.md"), join(PACKAGE_DIR, "README.md"));
  return `${pkg.files.length} files (${maps.length} modules minified, with source maps) in ${PACKAGE_DIR}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`package: ${stagePackage()}`);
