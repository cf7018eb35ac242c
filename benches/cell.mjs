// One benchmark cell in Node, in a child process of its own (started by benches/run.mjs) so that
// the peak RSS it reports belongs to this cell alone and a call that never returns can be killed.
//   node --expose-gc benches/cell.mjs '{"lib":"sd","a":"path/a.txt","b":"path/b.txt","cfg":{...}}'
// Protocol on stdout, one line each: READY, SAMPLE <ms>, RESULT <json>.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { makeRunners, runCell } from "./core.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const spec = JSON.parse(process.argv[2]);
const a = readFileSync(spec.a, "utf8");
const b = readFileSync(spec.b, "utf8");

const deps = { budgetMs: spec.cfg.budgetMs };
let wasmMemory;
if (spec.lib === "sd" || spec.lib === "floor") {
  const mod = await import("../www/pkg/statement_diff.js");
  const exports = await mod.default({ module_or_path: readFileSync(join(ROOT, "www/pkg/statement_diff_bg.wasm")) });
  deps.compare = mod.compare;
  wasmMemory = exports.memory;
} else if (spec.lib === "tokenize") {
  const mod = await import("../target/pkg-bench/statement_diff.js");
  const exports = await mod.default({ module_or_path: readFileSync(join(ROOT, "target/pkg-bench/statement_diff_bg.wasm")) });
  deps.tokenize = mod.tokenizeForBench;
  wasmMemory = exports.memory;
} else if (spec.lib.startsWith("jsdiff")) deps.Diff = await import("diff");
else if (spec.lib.startsWith("dmp")) deps.DMP = (await import("diff-match-patch")).default;
else if (spec.lib === "fmd") deps.fmd = (await import("fast-myers-diff")).default;
const fn = makeRunners(deps)[spec.lib];

globalThis.gc?.();
const rss0 = process.resourceUsage().maxRSS * 1024;
const heap0 = process.memoryUsage().heapUsed;
const wasm0 = wasmMemory?.buffer.byteLength;
process.stdout.write("READY\n");
const r = runCell(fn, a, b, spec.cfg, (ms) => process.stdout.write(`SAMPLE ${ms}\n`));
const mem = {
  // Peak resident set of this process during the runs, above what it held before the first run.
  peakRssDelta: Math.max(0, process.resourceUsage().maxRSS * 1024 - rss0),
  // JS heap right after the last run (no GC forced), above the heap before the first run.
  heapDelta: process.memoryUsage().heapUsed - heap0,
  wasmBefore: wasm0,
  wasmAfter: wasmMemory?.buffer.byteLength,
};
process.stdout.write(`RESULT ${JSON.stringify({ ...r, mem })}\n`);
