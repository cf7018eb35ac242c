// The first comparison (issue #13): once per page, in idle time before any texts come, the element
// warms the core and the view up on a made-up pair (warm-up.js) and starts a spare worker warmed
// up likewise, which the first large comparison takes. None of it may block the page, show
// anything or change a result. (How fast the first comparison then is: benches/first.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, newPage, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start({ mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages") } })));
after(async () => env?.close());

/** A page that counts the workers it starts and records its long tasks. */
async function bare(browser) {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__workers = 0;
    const W = window.Worker;
    window.Worker = class extends W {
      constructor(...args) {
        super(...args);
        window.__workers++;
      }
    };
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, Math.round(e.duration)]))).observe({
      type: "longtask",
      buffered: true,
    });
  });
  await page.goto(new URL("/bare/bare.html", env.url).href);
  return page;
}

test("warming up in idle time blocks nothing, shows nothing, and the first large comparison takes the warmed worker", async () => {
  const page = await bare(env.browser);
  // The warm-up starts in idle time once the core is loaded: from then on (loading the page
  // has long tasks of its own, with or without a warm-up).
  const ready = await page.evaluate(async () => {
    await (await import("/statement-diff-define.js")).loadCore();
    return performance.now();
  });
  await page.waitForTimeout(2500);
  const idle = await page.evaluate(
    (ready) => ({
      workers: window.__workers,
      long: window.__long.filter(([at]) => at >= ready).map(([, ms]) => ms),
      view: document.querySelector("statement-diff").shadowRoot.textContent,
      result: document.querySelector("statement-diff").result,
    }),
    ready,
  );
  assert.equal(idle.workers, 1, "one spare worker started while idle");
  // A round is one comparison of ≤ 1,000 words or the build of its rows (≈ 10–40 ms here); a
  // single round of the whole path took 150 ms. 100 ms leaves room for a loaded machine.
  assert.ok(Math.max(0, ...idle.long) < 100, `no long task while warming up: ${idle.long}`);
  assert.equal(idle.result, null, "no result from the warm-up");
  assert.doesNotMatch(idle.view, /ministry|министерство/, "the warm-up pair is never shown");

  const got = await page.evaluate(async () => {
    const el = document.querySelector("statement-diff");
    const line = (i) => `Clause ${i}: the ministry will publish the report on water quality by ${1 + (i % 28)} March.`;
    const a = Array.from({ length: 1500 }, (_, i) => line(i)).join("\n");
    const b = a.replace("Clause 700: the ministry will", "Clause 700: the ministry may").replace("by 11 March.", "by 12 March.");
    const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    el.setTexts(a, b);
    await done;
    const core = await import("/pkg/statement_diff.js");
    return {
      chars: a.length + b.length,
      workers: window.__workers,
      changes: el.result.changes.length,
      same: JSON.stringify(el.result.changes) === JSON.stringify(core.compare(a, b, { cleanup: true, ignoreCase: false, timeoutMs: el.timeBudget }).changes),
    };
  });
  assert.ok(got.chars > 100_000, "large: compared in a worker");
  assert.equal(got.workers, 1, "the spare worker was taken, no second one started");
  assert.ok(got.changes >= 2, `the edits found: ${got.changes}`);
  assert.ok(got.same, "the worker's result is the page core's");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("texts set at once: compared at once and right, with no warm-up behind them", async () => {
  const page = await bare(env.browser);
  const changes = await page.evaluate(async () => {
    await customElements.whenDefined("statement-diff");
    const el = document.querySelector("statement-diff");
    const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    el.setTexts("The fund received $35,000,000 in 2023.", "The fund received $55,000,000 in 2024.");
    await done;
    return el.result.changes.map((c) => [c.kind, c.old.text ?? null, c.new.text ?? null]);
  });
  await page.waitForTimeout(2000);
  assert.equal(changes.length, 2, JSON.stringify(changes));
  assert.equal(await page.evaluate(() => window.__workers), 0, "no spare worker once a comparison came first");
  assert.deepEqual(page.errors, []);
  await page.close();
});
