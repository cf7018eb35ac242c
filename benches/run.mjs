// Benchmark harness: statement-diff's full compare() side by side with jsdiff, diff-match-patch and
// fast-myers-diff, on real long statement pairs and generated ones, in Node and in headless
// Chromium, in the same run. See benches/README.md.
//
//   npm run bench                  # Node, then Chromium; writes BENCHMARKS.md and target/bench/*.json
//   npm run bench -- --quick       # no 1M-word inputs, fewer runs, 10 s budget (~3–4 min)
//   node benches/run.mjs --node    # one environment only (also --chromium)
//   node benches/run.mjs --widget-only   # re-measure the widget, merged into the last full run
//   node benches/run.mjs --first-only    # re-measure the first comparison (benches/first.mjs), merged likewise
//   options: --only=sd,jsdiff (libraries; "widget" for the widget's paste-to-painted times, "first" for the first comparison)
//            --inputs=modelspec,10k (substrings of input ids)
//            --no-write (don't touch BENCHMARKS.md)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import os from "node:os";
import { generatePair, countWords, GENERATOR_VERSION, EDIT_RATES } from "./generate.mjs";
import { LIBS } from "./core.mjs";
import { firstComparison } from "./first.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "target", "bench");
const INPUTS = join(OUT, "inputs");
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

const QUICK = flag("quick");
let ENVS = ["node", "chromium"].filter((e) => flag(e));
if (ENVS.length === 0) ENVS = ["node", "chromium"];
const ONLY = opt("only")?.split(",");
const ONLY_INPUTS = opt("inputs")?.split(",");
const WRITE = !flag("no-write") && !ONLY && !ONLY_INPUTS;

// ---- settings -------------------------------------------------------------------------------
const BUDGET_MS = QUICK ? 5_000 : 10_000; // one call longer than this: "timeout", killed
const GRACE_MS = 2_000; // slack before the kill, over the budget (jsdiff gives up by itself at the budget)
const LOAD_MS = 60_000; // reading inputs and loading a library in a fresh process/worker
const CORPUS = ["modelspec-2025-10-vs-12-long", "modelspec-2025-04-vs-09-long", "gh-privacy-2022-12", "moz-ru-firefox-privacy-2025"];
const SIZES = QUICK ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
const KINDS = ["light", "heavy", "unrelated"];
const UNBOUNDED = new Set(["jsdiff", "jsdiff-seg", "fmd"]);

/** Adaptive run counts (see runCell in core.mjs), by nominal size. */
function cellConfig(words) {
  const base = { budgetMs: BUDGET_MS, warmKeepMs: 1000 };
  if (QUICK) {
    if (words <= 50_000) return { ...base, minRuns: 3, maxRuns: 10, minTimeMs: 250, cellCapMs: 4_000 };
    return { ...base, minRuns: 2, maxRuns: 3, minTimeMs: 0, cellCapMs: 4_000 };
  }
  if (words <= 50_000) return { ...base, minRuns: 5, maxRuns: 20, minTimeMs: 500, cellCapMs: 8_000 };
  if (words <= 100_000) return { ...base, minRuns: 3, maxRuns: 10, minTimeMs: 500, cellCapMs: 8_000 };
  return { ...base, minRuns: 2, maxRuns: 2, minTimeMs: 0, cellCapMs: 10_000 };
}

// ---- inputs ---------------------------------------------------------------------------------
const fmtWords = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

function inputs() {
  mkdirSync(INPUTS, { recursive: true });
  const list = [];
  for (const name of CORPUS) {
    const dir = join("tests", "corpus", name);
    const a = readFileSync(join(ROOT, dir, "a.txt"), "utf8");
    const b = readFileSync(join(ROOT, dir, "b.txt"), "utf8");
    list.push({
      id: name,
      group: "corpus",
      a: `${dir}/a.txt`,
      b: `${dir}/b.txt`,
      wordsA: countWords(a),
      wordsB: countWords(b),
      size: Math.max(countWords(a), countWords(b)),
    });
  }
  for (const size of SIZES) {
    for (const kind of KINDS) {
      const stem = `gen${GENERATOR_VERSION}-${fmtWords(size)}-${kind}`;
      const pa = join(INPUTS, `${stem}.a.txt`);
      const pb = join(INPUTS, `${stem}.b.txt`);
      if (!existsSync(pa) || !existsSync(pb)) {
        const { a, b } = generatePair({ words: size, edit: kind });
        writeFileSync(pa, a);
        writeFileSync(pb, b);
      }
      const a = readFileSync(pa, "utf8");
      const b = readFileSync(pb, "utf8");
      list.push({
        id: `${fmtWords(size)} ${kind}`,
        group: "generated",
        size,
        kind,
        a: `target/bench/inputs/${stem}.a.txt`,
        b: `target/bench/inputs/${stem}.b.txt`,
        wordsA: countWords(a),
        wordsB: countWords(b),
      });
    }
  }
  return list.filter((i) => !ONLY_INPUTS || ONLY_INPUTS.some((s) => i.id.includes(s)));
}

// ---- executors ------------------------------------------------------------------------------
/** Node: one child process per cell. Resolves to what cell.mjs reported, or a failure. */
function runNodeCell(input, lib, cfg) {
  return new Promise((resolve) => {
    const spec = { lib, a: join(ROOT, input.a), b: join(ROOT, input.b), cfg };
    const child = spawn(process.execPath, ["--expose-gc", join(ROOT, "benches", "cell.mjs"), JSON.stringify(spec)], { stdio: ["ignore", "pipe", "pipe"] });
    const samples = [];
    let result;
    let killed = false;
    let stderr = "";
    let timer;
    const arm = (ms) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killed = true;
        child.kill("SIGKILL");
      }, ms);
    };
    arm(LOAD_MS);
    let buf = "";
    child.stdout.on("data", (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line === "READY") arm(cfg.budgetMs + GRACE_MS);
        else if (line.startsWith("SAMPLE ")) {
          samples.push(Number(line.slice(7)));
          arm(cfg.budgetMs + GRACE_MS);
        } else if (line.startsWith("RESULT ")) result = JSON.parse(line.slice(7));
      }
    });
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-20_000)));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (result) return resolve(result);
      if (killed) return resolve({ samples, timedOut: true, killed: true });
      const oom = /heap out of memory|Allocation failed/.test(stderr);
      resolve({ samples, error: oom ? "out of memory" : `exit ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`, oom });
    });
  });
}

/** Chromium: one page, one dedicated Worker per cell (see page.html). */
async function chromiumExecutor() {
  const { start, newPage } = await import("../tests/e2e/helpers.mjs");
  // Cross-origin isolation: finer timers and performance.measureUserAgentSpecificMemory().
  const headers = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
  const session = await start({ root: ROOT, headers });
  let page;
  const open = async () => {
    page = await newPage(session.browser);
    await page.goto(new URL("benches/page.html", session.url).href);
    await page.waitForFunction(() => window.benchReady === true);
  };
  await open();
  const facts = await page.evaluate(() => ({
    userAgent: navigator.userAgent,
    crossOriginIsolated: self.crossOriginIsolated,
    hardwareConcurrency: navigator.hardwareConcurrency,
  }));
  facts.version = session.browser.version();
  return {
    facts,
    close: () => session.close(),
    run: async (input, lib, cfg) => {
      const spec = { lib, a: `/${input.a}`, b: `/${input.b}`, cfg, loadMs: LOAD_MS, graceMs: GRACE_MS };
      try {
        return await page.evaluate((s) => window.runCell(s), spec);
      } catch (e) {
        // A worker that runs out of memory takes the renderer down with it.
        const message = String(e.message ?? e).split("\n")[0];
        try {
          await page.close();
        } catch {
          /* already gone with the renderer */
        }
        await open();
        return { samples: [], error: /crash|closed/i.test(message) ? "renderer crashed (out of memory?)" : message, oom: /crash|closed/i.test(message) };
      }
    },
  };
}

/**
 * The tokenize floor needs the core's test-hooks build (`tokenizeForBench`), optimized like the
 * shipped one: built into target/pkg-bench/ when missing or older than the sources.
 */
function buildBenchPkg() {
  const out = join(ROOT, "target", "pkg-bench", "statement_diff_bg.wasm");
  const newest = ["src", "Cargo.toml", "Cargo.lock"]
    .map((p) => join(ROOT, p))
    .flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).map((f) => join(p, f)) : [p]));
  if (existsSync(out) && newest.every((f) => statSync(f).mtimeMs < statSync(out).mtimeMs)) return;
  console.log("building the test-hooks core for the tokenize floor (target/pkg-bench/)…");
  const r = spawnSync(
    "bash",
    [
      "-c",
      "source scripts/env.sh && wasm-pack --quiet build --target web --release --out-dir target/pkg-bench --out-name statement_diff -- --no-default-features --features test-hooks",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error("building target/pkg-bench failed");
}

/**
 * The widget in Chromium: time from setting both texts on <statement-diff> (the demo page) to the
 * frame after its rendered event (highlights painted), and the longest main-thread task (Long
 * Tasks API) from setting the texts until every row is built. Real pairs and light edits.
 */
async function widgetPaint(list) {
  const { start, newPage } = await import("../tests/e2e/helpers.mjs");
  const session = await start({ root: ROOT });
  const out = [];
  try {
    const page = await newPage(session.browser, { viewport: { width: 1200, height: 900 } });
    await page.goto(new URL("www/index.html", session.url).href);
    await page.waitForSelector("html[data-ready=true]");
    for (const input of list.filter((i) => i.group === "corpus" || i.kind === "light")) {
      const runs = input.size >= 1e6 ? 2 : input.size >= 1e5 ? 3 : 7;
      const r = await page.evaluate(
        async ({ a, b, runs }) => {
          const [ta, tb] = await Promise.all([fetch(a).then((x) => x.text()), fetch(b).then((x) => x.text())]);
          const el = document.querySelector("statement-diff");
          const once = (type) => new Promise((res) => el.addEventListener(type, res, { once: true }));
          const frame = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
          const samples = [];
          let longest = 0;
          const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
          for (let i = 0; i < runs; i++) {
            let built = once("statement-diff-built");
            el.oldText = `reset ${i}`;
            el.newText = "reset";
            await built;
            await frame();
            observer.observe({ type: "longtask" });
            const rendered = once("statement-diff-rendered");
            built = once("statement-diff-built");
            const t0 = performance.now();
            el.oldText = ta;
            el.newText = tb;
            await rendered;
            await frame();
            samples.push(performance.now() - t0);
            await built;
            await new Promise((res) => setTimeout(res, 50));
            observer.disconnect();
          }
          return { samples, longest, changes: el.result.stats.changes };
        },
        { a: `/${input.a}`, b: `/${input.b}`, runs },
      );
      const cell = { input: input.id, ...r, median: median(r.samples), min: Math.min(...r.samples), max: Math.max(...r.samples) };
      out.push(cell);
      console.log(
        `[widget] ${input.id.padEnd(30)} painted median ${fmt(cell.median)} ms (min ${fmt(cell.min)}, max ${fmt(cell.max)}, ${r.samples.length} runs), longest task ${Math.round(r.longest)} ms`,
      );
    }
  } finally {
    await session.close();
  }
  return out;
}

// ---- the run --------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function runEnv(env, list) {
  const exec = env === "node" ? { run: runNodeCell, close: async () => {}, facts: {} } : await chromiumExecutor();
  const libs = LIBS.filter((l) => !ONLY || ONLY.includes(l.id));
  const cells = [];
  const failedAt = {}; // lib -> [{size, k}]
  const t0 = Date.now();
  for (const input of list) {
    for (const { id: lib } of libs) {
      const k = KINDS.indexOf(input.kind);
      const cell = { input: input.id, lib };
      // Skip rules (generated inputs only): a failure at (size, kind) skips the same or larger size
      // with the same or a heavier kind; and a measured median at the previous size that, scaled
      // linearly (a lower bound for these algorithms), would already pass the budget.
      if (input.group === "generated") {
        const f = (failedAt[lib] ?? []).find((x) => x.size <= input.size && x.k <= k);
        if (f) {
          cells.push({ ...cell, status: "skipped", note: `${f.status} at ${fmtWords(f.size)} ${KINDS[f.k]}` });
          continue;
        }
        const prevSize = SIZES[SIZES.indexOf(input.size) - 1];
        const prev = cells.find((c) => c.lib === lib && c.input === `${fmtWords(prevSize)} ${input.kind}` && c.status === "ok");
        // Only for libraries with no time limit of their own: statement-diff (2 s alignment budget)
        // and diff-match-patch (1 s Diff_Timeout) stay bounded and are always measured.
        if (UNBOUNDED.has(lib) && prev && prev.median * (input.size / prevSize) > BUDGET_MS) {
          const est = prev.median * (input.size / prevSize);
          cells.push({
            ...cell,
            status: "skipped",
            estimateMs: est,
            note: `est. ≥ ${(est / 1000).toFixed(0)} s (${fmtWords(prevSize)}: ${fmt(prev.median)} ms × ${input.size / prevSize})`,
          });
          (failedAt[lib] ??= []).push({ size: input.size, k, status: "skipped (estimate)" });
          continue;
        }
      }
      const cfg = cellConfig(input.size);
      const t = Date.now();
      const r = await exec.run(input, lib, cfg);
      const samples = r.samples ?? [];
      const status = r.error ? (r.oom ? "oom" : "error") : r.timedOut ? "timeout" : "ok";
      Object.assign(cell, {
        status,
        samples,
        runs: samples.length,
        median: samples.length ? median(samples) : undefined,
        min: samples.length ? Math.min(...samples) : undefined,
        max: samples.length ? Math.max(...samples) : undefined,
        n: r.summary?.n,
        gaveUp: r.summary?.gaveUp,
        approximate: r.summary?.approximate,
        mem: r.mem,
        note: r.error,
        wallMs: Date.now() - t,
      });
      if (r.env) exec.facts.worker = r.env;
      cells.push(cell);
      if (status !== "ok" && input.group === "generated") (failedAt[lib] ??= []).push({ size: input.size, k, status });
      const shown =
        status === "ok"
          ? `median ${fmt(cell.median)} ms (min ${fmt(cell.min)}, max ${fmt(cell.max)}, ${cell.runs} runs)${cell.gaveUp ? " gave up" : ""}${cell.approximate ? " approximate" : ""}`
          : `${status}${r.error ? ": " + r.error : ""}`;
      console.log(`[${env} ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${input.id.padEnd(30)} ${lib.padEnd(10)} ${shown}`);
    }
  }
  await exec.close();
  return { facts: exec.facts, cells, seconds: (Date.now() - t0) / 1000 };
}

function fmt(ms) {
  if (ms === undefined) return "—";
  if (ms >= 100) return Math.round(ms).toLocaleString("en-US");
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

const pkgVersion = (name) => JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")).version;

function machineFacts() {
  const wasmPath = join(ROOT, "www", "pkg", "statement_diff_bg.wasm");
  const wasm = readFileSync(wasmPath);
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    loadBefore: os.loadavg()[0],
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    libraries: {
      "statement-diff (www/pkg)": JSON.parse(readFileSync(join(ROOT, "www", "pkg", "package.json"), "utf8")).version,
      diff: pkgVersion("diff"),
      "diff-match-patch": pkgVersion("diff-match-patch"),
      "fast-myers-diff": pkgVersion("fast-myers-diff"),
      "playwright-core": pkgVersion("playwright-core"),
    },
    wasmBytes: wasm.length,
    wasmGzipBytes: gzipSync(wasm, { level: 9 }).length,
    wasmMtime: statSync(wasmPath).mtime.toISOString(),
  };
}

// ---- main -----------------------------------------------------------------------------------
const list = inputs();
// `--widget-only`: re-measure the widget and merge it into the last full run's results.
if (flag("widget-only")) {
  const latest = join(OUT, "latest.json");
  const results = JSON.parse(readFileSync(latest, "utf8"));
  results.widget = await widgetPaint(results.inputs);
  results.widgetDate = new Date().toISOString();
  writeFileSync(latest, JSON.stringify(results, null, 1));
  const { writeMarkdown } = await import("./report.mjs");
  writeMarkdown(join(ROOT, "BENCHMARKS.md"), results);
  console.log("merged the widget's times into target/bench/latest.json and BENCHMARKS.md");
  process.exit(0);
}
// `--first-only`: re-measure the first comparison and merge it likewise.
if (flag("first-only")) {
  const latest = join(OUT, "latest.json");
  const results = JSON.parse(readFileSync(latest, "utf8"));
  results.first = await firstComparison({ runs: QUICK ? 3 : 7 });
  results.firstDate = new Date().toISOString();
  writeFileSync(latest, JSON.stringify(results, null, 1));
  const { writeMarkdown } = await import("./report.mjs");
  writeMarkdown(join(ROOT, "BENCHMARKS.md"), results);
  console.log("merged the first-comparison times into target/bench/latest.json and BENCHMARKS.md");
  process.exit(0);
}
const command = (
  (process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}${args.length ? " -- " : ""}` : "node benches/run.mjs ") + args.join(" ")
).trim();
const results = {
  command,
  quick: QUICK,
  budgetMs: BUDGET_MS,
  generatorVersion: GENERATOR_VERSION,
  editRates: EDIT_RATES,
  machine: machineFacts(),
  inputs: list,
  envs: {},
};
console.log(`inputs: ${list.map((i) => i.id).join(", ")}`);
if (!ONLY || ONLY.includes("tokenize")) buildBenchPkg();
for (const env of ENVS) results.envs[env] = await runEnv(env, list);
if (ENVS.includes("chromium") && (!ONLY || ONLY.includes("widget"))) results.widget = await widgetPaint(list);
if (ENVS.includes("chromium") && (!ONLY || ONLY.includes("first"))) results.first = await firstComparison({ runs: QUICK ? 3 : 7 });
results.machine.loadAfter = os.loadavg()[0];

mkdirSync(OUT, { recursive: true });
const stamp = results.machine.date.replace(/[:.]/g, "-");
writeFileSync(join(OUT, `results-${stamp}.json`), JSON.stringify(results, null, 1));
writeFileSync(join(OUT, "latest.json"), JSON.stringify(results, null, 1));
console.log(`wrote target/bench/results-${stamp}.json and target/bench/latest.json`);
if (WRITE) {
  const { writeMarkdown } = await import("./report.mjs");
  writeMarkdown(join(ROOT, "BENCHMARKS.md"), results);
  console.log("updated BENCHMARKS.md");
}
