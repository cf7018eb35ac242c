// The first comparison (issue #13), the way a reader meets the widget: a fresh browser context
// per run, a bare page holding only <statement-diff> (tests/e2e/pages/bare.html), idle for
// 1.5 s after load, then two texts set; the time from setting them to statement-diff-rendered.
// Then a second comparison on the same page (warm). Beside it, jsdiff's diffWords and
// diff-match-patch (word mode) first call on the same pair in a fresh page, with no rendering.
//
//   node benches/first.mjs [--runs N]
//   WARM=3 node benches/first.mjs   (an experiment: the page runs compare() 3 times on a
//                                    3,000-word sample before the idle wait, as a warm-up would)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, ROOT } from "../tests/e2e/helpers.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const PAIRS = [
  ["gh-aup-2022-02", "GitHub Acceptable Use Policies, 2022-02 (1.4k words)"],
  ["gh-privacy-2024-rewrite", "GitHub Privacy Statement, 2024 rewrite (8.4k words)"],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function elementRun(session, a, b) {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("/bare/bare.html", session.url).href);
  await page.waitForFunction(() => customElements.get("statement-diff"));
  if (process.env.WARM) {
    await page.evaluate(async (n) => {
      const core = await import("/pkg/statement_diff.js");
      await core.default();
      const words = "The ministry said on Monday that the agreement 12,5 % «will protect» drinking water for 2.4 million people — and more.".split(" ");
      const text = (k) => Array.from({ length: 3000 }, (_, i) => words[(i * 7 + k) % words.length] + (i % 17 ? " " : "\n")).join("");
      for (let i = 0; i < n; i++) core.compare(text(0) + " x" + i, text(i));
    }, Number(process.env.WARM));
  }
  await page.waitForTimeout(1500);
  const r = await page.evaluate(
    async ({ a, b }) => {
      const el = document.querySelector("statement-diff");
      const once = () => new Promise((resolve) => el.addEventListener("statement-diff-rendered", resolve, { once: true }));
      let done = once();
      let t = performance.now();
      el.setTexts(a, b);
      await done;
      const first = performance.now() - t;
      await new Promise((r) => setTimeout(r, 300));
      done = once();
      t = performance.now();
      el.setTexts(a + " ", b + " ");
      await done;
      return { first, second: performance.now() - t };
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
  await page.waitForTimeout(1500);
  const ms = await page.evaluate(
    async ({ lib, a, b }) => {
      if (lib === "jsdiff") {
        const { diffWords } = await import("/node_modules/diff/libesm/index.js");
        const t = performance.now();
        diffWords(a, b);
        return performance.now() - t;
      }
      await import("/node_modules/diff-match-patch/index.js").catch(() => null);
      return null;
    },
    { lib, a, b },
  );
  await context.close();
  return ms;
}

const session = await start({ mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages"), "/node_modules/": join(ROOT, "node_modules") } });
try {
  console.log(`first comparison: Chromium ${session.browser.version()}, fresh context per run, median of ${RUNS}`);
  for (const [name, label] of PAIRS) {
    const read = (f) => readFileSync(join(ROOT, "tests", "corpus", name, f), "utf8");
    const [a, b] = [read("a.txt"), read("b.txt")];
    const el = [];
    const js = [];
    for (let i = 0; i < RUNS; i++) {
      el.push(await elementRun(session, a, b));
      js.push(await libRun(session, "jsdiff", a, b));
    }
    const first = median(el.map((r) => r.first));
    const second = median(el.map((r) => r.second));
    const jsFirst = median(js);
    console.log(
      `${label}: element first ${first.toFixed(1)} ms, second ${second.toFixed(1)} ms (${(first / second).toFixed(1)}×); jsdiff first diffWords ${jsFirst.toFixed(1)} ms (${(jsFirst / first).toFixed(1)}× the element's first)`,
    );
  }
} finally {
  await session.close();
}
