// Batch throughput (issue #15) in Node, on one thread: jsdiff's diffWords and, for reference,
// statement-diff's wasm build, over a file of pairs (one {"id", "old", "new"} per line, made by
// `benches/throughput.py pairs`). Run by benches/throughput.sh (pinned to one CPU); see benches/README.md.
//
//   node benches/throughput.mjs SET.jsonl OUT.json [--methods wasm,jsdiff] [--reps 5] [--cap-s 120] [--slow-s 120]
//
// Each method: one untimed warm-up pass, then --reps timed passes; a pass's time is the sum of its
// calls' times (performance.now() around each call, from the two strings to the full result).
// No time budget: statement-diff gets { timeoutMs: 0 }. jsdiff has no budget by default; it is
// given --cap-s as its `timeout` only to stop a hopeless call (it then returns undefined, no
// result): such a pair is reported as not finished and left out of the timed passes. When the
// warm-up pass alone took over --slow-s, it is the one measured pass ("1 run").
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { diffWords } from "diff";
import { initSync, compare } from "../www/pkg/statement_diff.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const [setPath, outPath, ...rest] = process.argv.slice(2);
if (!setPath || !outPath) {
  console.error("usage: node benches/throughput.mjs SET.jsonl OUT.json [--methods wasm,jsdiff] [--reps 5] [--cap-s 120] [--slow-s 120]");
  process.exit(2);
}
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : dflt;
};
const METHODS = opt("methods", "wasm,jsdiff").split(",");
const REPS = Number(opt("reps", "5"));
const CAP_MS = Number(opt("cap-s", "120")) * 1000;
const SLOW_MS = Number(opt("slow-s", "120")) * 1000;

const pairs = readFileSync(setPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

initSync({ module: readFileSync(join(ROOT, "www/pkg/statement_diff_bg.wasm")) });

/** name → { label, run(old, new) → kept summary, or null when the call was stopped } */
const RUNNERS = {
  wasm: {
    label: "wasm build in Node, `compare(a, b, {timeoutMs: 0})`",
    run: (a, b) => {
      const r = compare(a, b, { timeoutMs: 0 });
      return { changes: r.stats.changes, similarity: r.stats.similarity };
    },
  },
  jsdiff: {
    label: "jsdiff 9 `diffWords(a, b)` in Node",
    capped: true,
    run: (a, b) => {
      const r = diffWords(a, b, { timeout: CAP_MS });
      return r === undefined ? null : { parts: r.filter((p) => p.added || p.removed).length };
    },
  },
};

/** One pass over `list`: each call's ms (null: stopped at the cap) and what was kept. */
function pass(run, list) {
  const times = [];
  const kept = [];
  for (const p of list) {
    const t = performance.now();
    const r = run(p.old, p.new);
    const ms = performance.now() - t;
    times.push(r === null ? null : ms);
    kept.push(r);
  }
  return { times, kept };
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const records = [];
for (const method of METHODS) {
  const { label, run, capped } = RUNNERS[method];
  const t0 = performance.now();
  const warm = pass(run, pairs);
  const warmMs = performance.now() - t0;
  const dnf = warm.times.flatMap((ms, i) => (ms === null ? [i] : []));
  const keep = pairs.filter((_, i) => !dnf.includes(i));
  let perPair;
  let runs = REPS;
  let warmIsRun = false;
  if (warmMs > SLOW_MS) {
    perPair = warm.times.filter((ms) => ms !== null).map((ms) => [ms]);
    runs = 1;
    warmIsRun = true;
  } else {
    const timed = Array.from({ length: REPS }, () => pass(run, keep).times);
    perPair = keep.map((_, i) => timed.map((t) => t[i]));
  }
  const passMs = perPair.length ? perPair[0].map((_, r) => perPair.reduce((s, p) => s + p[r], 0)) : [];
  let k = 0;
  const rec = {
    method,
    label,
    threads: 1,
    n: pairs.length,
    runs,
    pass_ms: passMs,
    pair_ms: pairs.map((_, i) => (dnf.includes(i) ? null : perPair[k++])),
    dnf,
    results: warm.kept,
    ids: pairs.map((p) => p.id),
    set: basename(setPath, ".jsonl"),
    ...(capped ? { cap_s: CAP_MS / 1000 } : {}),
    ...(warmIsRun ? { warm_is_run: true } : {}),
  };
  records.push(rec);
  console.error(`  ${rec.set}: ${method}: median pass ${median(passMs).toFixed(1)} ms, ${runs} runs, ${dnf.length} not finished`);
}
writeFileSync(outPath, JSON.stringify(records, null, 1));
