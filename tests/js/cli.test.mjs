// One result, three ways in (issue #15): the command line's JSON (target/debug/statement-diff,
// built by `cargo test --features cli`) is byte for byte what JSON.stringify makes of the wasm
// build's compare() (www/pkg/) for the same texts and options, on every corpus pair; its
// `--format text` is the widget's plain-text export (www/export.js) of the same comparison.
// (The Python package's JSON is checked against both in tests/python/test_schema.py.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { layoutRows } from "../../www/layout.js";
import { plainTextExport, evidence } from "../../www/export.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "target", "debug", "statement-diff");
const PKG = join(ROOT, "www", "pkg", "statement_diff.js");
const missing = [BIN, PKG].filter((f) => !existsSync(f));

/** The CLI's output and exit code (1 when the texts differ is not a failure). */
function run(args, env = {}) {
  try {
    return { out: execFileSync(BIN, args, { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...env } }), status: 0 };
  } catch (e) {
    if (e.status !== 1) throw new Error(`${args.join(" ")}: exit ${e.status}: ${e.stderr}`, { cause: e });
    return { out: e.stdout, status: 1 };
  }
}

async function loadCore() {
  const { initSync, compare } = await import(PKG);
  initSync({ module: readFileSync(join(ROOT, "www", "pkg", "statement_diff_bg.wasm")) });
  return compare;
}

const skip = { skip: missing.length ? `not built: ${missing.join(", ")}` : false };

test("numbers are written as JavaScript writes them (identical texts: similarity 1)", skip, async () => {
  const compare = await loadCore();
  const dir = mkdtempSync(join(tmpdir(), "sd-cli-"));
  for (const [a, b] of [
    ["Same.", "Same."],
    ["", ""],
    ["«Да» — сказал", '"Да" - сказал'],
    ["one two three", "one two four"],
  ]) {
    writeFileSync(join(dir, "a"), a);
    writeFileSync(join(dir, "b"), b);
    const { out } = run([join(dir, "a"), join(dir, "b"), "--timeout-ms", "0"]);
    assert.equal(out, `${JSON.stringify(compare(a, b, { timeoutMs: 0 }))}\n`);
  }
});

test("--format text is the widget's plain-text export, on every corpus pair", skip, async () => {
  const compare = await loadCore();
  const pairs = readdirSync(join(ROOT, "tests", "corpus")).filter((d) => existsSync(join(ROOT, "tests", "corpus", d, "a.txt")));
  const epoch = 1735787045; // 2025-01-02T03:04:05Z
  for (const pair of pairs) {
    const [a, b] = ["a", "b"].map((s) => join(ROOT, "tests", "corpus", pair, `${s}.txt`));
    for (const [flags, options] of [
      [[], { ignoreCase: false, cleanup: true, timeoutMs: 0 }],
      [["--ignore-case", "--no-cleanup"], { ignoreCase: true, cleanup: false, timeoutMs: 0 }],
    ]) {
      const { out } = run([a, b, "--format", "text", "--timeout-ms", "0", ...flags], { SOURCE_DATE_EPOCH: String(epoch) });
      const [oldText, newText] = [readFileSync(a, "utf8"), readFileSync(b, "utf8")];
      const result = compare(oldText, newText, options);
      const ev = await evidence({ oldText, newText, oldLabel: a, newLabel: b, options, generated: new Date(epoch * 1000) });
      const js = plainTextExport({ rows: layoutRows(result), result, evidence: ev });
      if (out !== `${js}\n`) {
        const [x, y] = [out.split("\n"), `${js}\n`.split("\n")];
        const at = x.findIndex((line, i) => line !== y[i]);
        assert.fail(`${pair} ${flags.join(" ")}: line ${at + 1} differs:\n  CLI: ${x[at]?.slice(0, 300)}\n  JS:  ${y[at]?.slice(0, 300)}`);
      }
    }
  }
});

test("the command line and the wasm build give byte-identical JSON", skip, async () => {
  const compare = await loadCore();
  const pairs = readdirSync(join(ROOT, "tests", "corpus")).filter((d) => existsSync(join(ROOT, "tests", "corpus", d, "a.txt")));
  assert.ok(pairs.length >= 10, `corpus pairs: ${pairs.length}`);
  for (const pair of pairs) {
    const [a, b] = ["a", "b"].map((s) => join(ROOT, "tests", "corpus", pair, `${s}.txt`));
    for (const [flags, options] of [
      [[], {}],
      [["--ignore-case", "--no-cleanup"], { ignoreCase: true, cleanup: false }],
    ]) {
      // No time budget on either side: the same work, however fast each runs.
      let cli;
      try {
        cli = execFileSync(BIN, [a, b, "--timeout-ms", "0", ...flags], { encoding: "utf8", maxBuffer: 1 << 28 });
      } catch (e) {
        assert.equal(e.status, 1, `${pair}: exit 1 when the texts differ (${e.stderr})`);
        cli = e.stdout;
      }
      const wasm = JSON.stringify(compare(readFileSync(a, "utf8"), readFileSync(b, "utf8"), { ...options, timeoutMs: 0 }));
      assert.ok(cli === `${wasm}\n`, `${pair} ${flags.join(" ")}: the CLI's JSON (${cli.length} B) is the wasm build's (${wasm.length + 1} B)`);
    }
  }
});
