// The shipped package (scripts/package.mjs): each module minified on its own keeps what other
// modules and pages rely on — the names it exports, the modules it imports (statically and with
// import()) — and maps back to its source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync } from "rolldown/utils";
import { minifyModule } from "../../scripts/package.mjs";

const WWW = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "www");
const shipped = JSON.parse(readFileSync(join(WWW, "package.json"), "utf8")).files.filter(
  (f) => f.endsWith(".js") && !f.startsWith("vendor/") && existsSync(join(WWW, f)),
);

/** What a module shows the others: its export names, import specifiers, import() specifiers. */
function surface(file, code) {
  const { module, errors, program } = parseSync(file, code);
  assert.deepEqual(errors, [], `${file} parses`);
  const names = module.staticExports.flatMap((e) => e.entries.map((x) => `${x.exportName.name ?? "*"} from ${x.moduleRequest?.value ?? "self"}`));
  const imports = module.staticImports.map((i) => i.moduleRequest.value);
  const dynamic = module.dynamicImports.map((d) => code.slice(d.moduleRequest.start, d.moduleRequest.end).replace(/^[`'"]|[`'"]$/g, ""));
  return { names: names.sort(), imports: imports.sort(), dynamic: dynamic.sort(), statements: program.body.length };
}

test("every shipped module, minified, exports and imports exactly what its source does", () => {
  assert.ok(shipped.length > 20, `the package's modules were found: ${shipped.length}`);
  for (const f of shipped) {
    const source = readFileSync(join(WWW, f), "utf8");
    const { code, map } = minifyModule(f, source);
    const [a, b] = [surface(f, source), surface(f, code)];
    assert.deepEqual(b.names, a.names, `${f}: exports`);
    assert.deepEqual(b.imports, a.imports, `${f}: static imports`);
    assert.deepEqual(b.dynamic, a.dynamic, `${f}: import() calls`);
    assert.ok(code.length < source.length || source.length < 200, `${f}: smaller (${code.length} vs ${source.length} B)`);
    const m = JSON.parse(map);
    assert.equal(m.sourcesContent[0], source, `${f}: the map holds the source`);
    assert.ok(code.endsWith(`//# sourceMappingURL=${f.split("/").pop()}.map\n`), `${f}: names its map`);
  }
});

test("a syntax error stops the packaging, naming the file", () => {
  assert.throws(() => minifyModule("broken.js", "export function ("), /broken\.js/);
});
