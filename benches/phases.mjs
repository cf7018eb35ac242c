// Where the time of a 10 MB comparison goes in the browser (issue #13): the pair of the e2e test
// (3.25 M words a side, 0.2 % of them edited; target/bench/10mb.{a,b}.txt, generated here) in
// headless Chromium, the shipped package. In the worker: compare() (the core, its result built as
// JS objects by the glue) and pack() (to flat typed arrays); then postMessage to the page, unpack(),
// the row layout (layout.js rowLayout); and the element's own marks for the whole path
// (compare-start → compare-end → layout-end → render-end). The core's own stages are profiled
// natively (callgrind; BENCHMARKS.md).
//
//   node benches/phases.mjs [--runs N] [--budget ms]
import { writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { start, ROOT } from "../tests/e2e/helpers.mjs";

const arg = (name, d) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const RUNS = arg("--runs", 3);
const BUDGET = arg("--budget", null);
const DIR = join(ROOT, "target", "bench");

/** The e2e test's generator (tests/e2e/large.test.mjs). */
function generate(n, seed) {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
  const words = [];
  for (let i = 0; i < n; i++) {
    let w = "";
    const len = 2 + (rnd() % 8);
    for (let k = 0; k < len; k++) w += String.fromCharCode(97 + (rnd() % 26));
    words.push(w + (i % 17 === 16 ? "." : "") + (i % 120 === 119 ? "\n\n" : ""));
  }
  return words.join(" ");
}
mkdirSync(DIR, { recursive: true });
if (!existsSync(join(DIR, "10mb.b.txt"))) {
  const a = generate(3_250_000, 11);
  const words = a.split(" ");
  for (let i = 0; i < words.length; i += 500) words[i] = "edited" + i;
  writeFileSync(join(DIR, "10mb.a.txt"), a);
  writeFileSync(join(DIR, "10mb.b.txt"), words.join(" "));
}

const session = await start({ mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages"), "/bench-data/": DIR } });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL("/bare/bare.html", session.url).href);
    await page.waitForTimeout(1500);
    rows.push(
      await page.evaluate(async (budget) => {
        const [a, b] = await Promise.all(["a", "b"].map((s) => fetch(`/bench-data/10mb.${s}.txt`).then((r) => r.text())));
        const { unpack } = await import("/statement-diff-transfer.js");
        const { rowLayout } = await import("/layout.js");
        const { timeBudget } = await import("/attributes.js");
        const options = { cleanup: true, ignoreCase: false, timeoutMs: budget ?? timeBudget(null, a.length + b.length) };
        // The steps by hand, in a worker of the package's own.
        const worker = new Worker("/statement-diff-worker.js", { type: "module" });
        const t0 = performance.now();
        const data = await new Promise((resolve) => {
          worker.onmessage = (e) => resolve(e.data);
          worker.postMessage({ id: 1, oldText: a, newText: b, options });
        });
        const t1 = performance.now();
        const result = unpack(data.result, a, b);
        const t2 = performance.now();
        rowLayout(result)(0, result.rows.length);
        const t3 = performance.now();
        worker.terminate();
        // The element's whole path, with its marks.
        const el = document.querySelector("statement-diff");
        if (budget !== null) el.timeBudget = budget;
        const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
        const from = performance.now();
        el.setTexts(a, b);
        await done;
        const whole = performance.now() - from;
        const marks = performance.getEntriesByType("mark");
        const at = (name) => marks.find((m) => m.name === `statement-diff:${name}` && m.startTime >= from).startTime;
        return {
          workerCompareAndPack: data.ms,
          roundTrip: t1 - t0,
          unpack: t2 - t1,
          layout: t3 - t2,
          element: {
            compare: at("compare-end") - at("compare-start"),
            layout: at("layout-end") - at("compare-end"),
            draw: at("render-end") - at("layout-end"),
            whole,
          },
          changes: result.stats.changes,
          similarity: result.stats.similarity,
          approximate: result.approximate,
          budget: options.timeoutMs,
        };
      }, BUDGET),
    );
    await context.close();
  }
} finally {
  await session.close();
}
const m = (f) => median(rows.map(f)).toFixed(0);
console.log(
  `10 MB pair, Chromium ${session.browser.version()}, budget ${rows[0].budget} ms, median of ${RUNS}: ${rows[0].changes} changes, ${(rows[0].similarity * 100).toFixed(1)} % similar${rows[0].approximate ? ", approximate" : ""}`,
);
console.log(
  `  worker: compare() + pack ${m((r) => r.workerCompareAndPack)} ms; round trip (texts to the worker, result back) ${m((r) => r.roundTrip)} ms → transfer ≈ ${m((r) => r.roundTrip - r.workerCompareAndPack)} ms`,
);
console.log(`  page: unpack ${m((r) => r.unpack)} ms, row layout ${m((r) => r.layout)} ms`);
console.log(
  `  element: compare (worker and transfer) ${m((r) => r.element.compare)} ms, layout ${m((r) => r.element.layout)} ms, draw (first rows) ${m((r) => r.element.draw)} ms; setTexts → rendered ${m((r) => r.element.whole)} ms`,
);
console.log(JSON.stringify(rows));
