// The first comparison (issue #13), the way a reader meets the widget: a fresh browser context
// per run, a bare page holding only <statement-diff> (tests/e2e/pages/bare.html, the shipped
// package), idle for 1.5 s after load, then two texts set; the time from setting them to
// statement-diff-rendered, with the element's own marks split into compare / layout / draw.
// Then a second comparison on the same page (warm). Beside it, jsdiff's diffWords and
// diff-match-patch (word mode, the recipe of benches/core.mjs) first call on the same pair, each
// in a fresh context, with no rendering. Run by `npm run bench` (the "first comparison" table),
// or alone:
//
//   node benches/first.mjs [--runs N]        (IDLE=ms changes the wait after load)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { start, ROOT } from "../tests/e2e/helpers.mjs";

/** The pairs: statements of 1,000–10,000 words, from the corpus. */
export const FIRST_PAIRS = [
  ["gh-aup-2022-02", "GitHub Acceptable Use Policies 2022-02"],
  ["gh-privacy-2024-rewrite", "GitHub Privacy Statement, 2024 rewrite"],
];
const IDLE_MS = Number(process.env.IDLE ?? 1500);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function elementRun(session, a, b) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("/bare/bare.html", session.url).href);
  await page.waitForFunction(() => customElements.get("statement-diff"));
  await page.waitForTimeout(IDLE_MS);
  const r = await page.evaluate(
    async ({ a, b }) => {
      const el = document.querySelector("statement-diff");
      const once = () => new Promise((resolve) => el.addEventListener("statement-diff-rendered", resolve, { once: true }));
      // The element's marks (compare-start, compare-end, layout-end, render-end) after `from`.
      const phases = (from) => {
        const marks = performance.getEntriesByType("mark");
        const at = (name) => marks.find((m) => m.name === `statement-diff:${name}` && m.startTime >= from)?.startTime;
        const [c0, c1, l, r] = ["compare-start", "compare-end", "layout-end", "render-end"].map(at);
        return { compare: c1 - c0, layout: l - c1, draw: r - l };
      };
      let done = once();
      const t1 = performance.now();
      el.setTexts(a, b);
      await done;
      const first = performance.now() - t1;
      await new Promise((r) => setTimeout(r, 300));
      done = once();
      const t2 = performance.now();
      el.setTexts(a + " ", b + " ");
      await done;
      return { first, second: performance.now() - t2, phases: [phases(t1), phases(t2)] };
    },
    { a, b },
  );
  await context.close();
  return r;
}

async function libRun(session, lib, a, b) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("/bare/bare.html", session.url).href);
  await page.waitForTimeout(IDLE_MS);
  const ms = await page.evaluate(
    async ({ lib, a, b }) => {
      const { makeRunners } = await import("/benches/core.mjs");
      const deps = { budgetMs: 60_000 };
      if (lib === "jsdiff") deps.Diff = await import("/node_modules/diff/libesm/index.js");
      else {
        const module = { exports: {} };
        new Function("module", "exports", await (await fetch("/node_modules/diff-match-patch/index.js")).text())(module, module.exports);
        deps.DMP = module.exports;
      }
      const run = makeRunners(deps)[lib];
      const t = performance.now();
      const r = run(a, b);
      return { ms: performance.now() - t, gaveUp: !!r.gaveUp };
    },
    { lib, a, b },
  );
  await context.close();
  return ms;
}

/** Measures every FIRST_PAIRS pair `runs` times; returns { chromium, runs, idleMs, pairs: [...] }. */
export async function firstComparison({ runs = 5, log = console.log } = {}) {
  const session = await start({
    mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages"), "/node_modules/": join(ROOT, "node_modules"), "/benches/": join(ROOT, "benches") },
  });
  const out = { chromium: session.browser.version(), runs, idleMs: IDLE_MS, pairs: [] };
  try {
    for (const [id, label] of FIRST_PAIRS) {
      const read = (f) => readFileSync(join(ROOT, "tests", "corpus", id, f), "utf8");
      const [a, b] = [read("a.txt"), read("b.txt")];
      const words = Math.max(...[a, b].map((t) => t.split(/\s+/).filter(Boolean).length));
      const el = [];
      const libs = { jsdiff: [], "dmp-word": [] };
      for (let i = 0; i < runs; i++) {
        el.push(await elementRun(session, a, b));
        for (const lib of Object.keys(libs)) libs[lib].push(await libRun(session, lib, a, b));
      }
      const phase = (i, k) => median(el.map((r) => r.phases[i][k]));
      const row = {
        id,
        label,
        words,
        first: median(el.map((r) => r.first)),
        second: median(el.map((r) => r.second)),
        phases: [0, 1].map((i) => ({ compare: phase(i, "compare"), layout: phase(i, "layout"), draw: phase(i, "draw") })),
        jsdiff: median(libs.jsdiff.map((r) => r.ms)),
        dmpWord: median(libs["dmp-word"].map((r) => r.ms)),
        dmpGaveUp: libs["dmp-word"].some((r) => r.gaveUp),
      };
      out.pairs.push(row);
      const f = (x) => x.toFixed(1);
      log(
        `[first] ${label} (${words} words): element first ${f(row.first)} ms (compare ${f(row.phases[0].compare)}, layout ${f(row.phases[0].layout)}, draw ${f(row.phases[0].draw)}), second ${f(row.second)} ms (${f(row.first / row.second)}×); first call: jsdiff ${f(row.jsdiff)} ms (${f(row.jsdiff / row.first)}×), diff-match-patch word ${f(row.dmpWord)} ms`,
      );
    }
  } finally {
    await session.close();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--runs");
  await firstComparison({ runs: i > 0 ? Number(process.argv[i + 1]) : 5 });
}
