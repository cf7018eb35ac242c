// One result, three ways in (issue #15): the command line's JSON (target/debug/statement-diff,
// built by `cargo test --features cli`) is byte for byte what JSON.stringify makes of the wasm
// build's compare() (www/pkg/) for the same texts and options, on every corpus pair.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "target", "debug", "statement-diff");
const PKG = join(ROOT, "www", "pkg", "statement_diff.js");
const missing = [BIN, PKG].filter((f) => !existsSync(f));

test("the command line and the wasm build give byte-identical JSON", { skip: missing.length ? `not built: ${missing.join(", ")}` : false }, async () => {
  const { initSync, compare } = await import(PKG);
  initSync({ module: readFileSync(join(ROOT, "www", "pkg", "statement_diff_bg.wasm")) });
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
