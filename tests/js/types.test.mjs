// The package's hand-written types (www/statement-diff-element.d.ts) as TypeScript users meet them:
// tests/types/ (a page's TypeScript, React 19 JSX) type-checks with tsc, also as an installed
// package's user (resolved through www/package.json's "exports", bundler and Node resolution),
// and tests/types/wrong.ts.txt, copied to a .ts, fails with exactly the errors it marks. The
// types import the core's (www/pkg/, www/quotes/pkg/), which the build writes: skipped without it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, mkdirSync, rmSync, copyFileSync, readFileSync, writeFileSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TYPES = join(ROOT, "tests", "types");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const built = ["www/pkg/statement_diff.d.ts", "www/quotes/pkg/statement_diff.d.ts"].every((f) => existsSync(join(ROOT, f)));
const skip = built ? false : "the core's types are not built (npm run build writes www/pkg/ and www/quotes/pkg/)";

/** tsc on `project`: its exit code and the errors it reports, `file(line): TSxxxx`. */
function tsc(project) {
  const run = spawnSync(process.execPath, [TSC, "-p", project, "--pretty", "false"], { encoding: "utf8" });
  const out = `${run.stdout}${run.stderr}`;
  const errors = [...out.matchAll(/([\w.-]+)\((\d+),\d+\): error (TS\d+)/g)].map(([, f, line, code]) => `${f}(${line}): ${code}`);
  return { status: run.status, out, errors };
}

/** Runs `fn(dir)` in a fresh temporary directory, removed afterwards. */
function inTemp(fn) {
  const dir = mkdtempSync(join(tmpdir(), "statement-diff-types-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("tests/types type-checks: npx tsc -p tests/types", { skip }, () => {
  const { status, out } = tsc(TYPES);
  assert.equal(status, 0, out);
});

for (const resolution of ["bundler", "nodenext"]) {
  test(`tests/types type-checks as an installed package's user ("exports", moduleResolution ${resolution})`, { skip }, () =>
    inTemp((dir) => {
      mkdirSync(join(dir, "node_modules", "@types"), { recursive: true });
      symlinkSync(join(ROOT, "www"), join(dir, "node_modules", "statement-diff"), "dir");
      symlinkSync(join(ROOT, "node_modules", "@types", "react"), join(dir, "node_modules", "@types", "react"), "dir");
      for (const f of ["usage.ts", "usage.tsx"]) copyFileSync(join(TYPES, f), join(dir, f));
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
      const { compilerOptions } = JSON.parse(readFileSync(join(TYPES, "tsconfig.json"), "utf8").replace(/^\s*\/\/.*$/gm, ""));
      delete compilerOptions.paths;
      const module = resolution === "bundler" ? "esnext" : "nodenext";
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { ...compilerOptions, module, moduleResolution: resolution }, include: ["*.ts", "*.tsx"] }),
      );
      const { status, out } = tsc(dir);
      assert.equal(status, 0, out);
    }),
  );
}

test("tests/types/wrong.ts.txt, as a .ts, fails tsc with exactly the errors it marks", { skip }, () =>
  inTemp((dir) => {
    const source = readFileSync(join(TYPES, "wrong.ts.txt"), "utf8");
    const expected = source
      .split("\n")
      .map((line, i) => [i + 1, /\/\/ error (TS\d+)/.exec(line)?.[1]])
      .filter(([, code]) => code)
      .map(([n, code]) => `wrong.ts(${n}): ${code}`);
    assert.ok(expected.length >= 5, `the file marks its errors: ${expected}`);
    writeFileSync(join(dir, "wrong.ts"), source);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: join(TYPES, "tsconfig.json"), include: ["wrong.ts"] }));
    const { status, out, errors } = tsc(dir);
    assert.notEqual(status, 0, `tsc accepted the wrong usage:\n${out}`);
    assert.deepEqual(errors, expected, out);
  }),
);
