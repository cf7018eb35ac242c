// Large texts: compared in a Web Worker with a progress line and a Cancel button, while the page
// keeps painting frames.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, shot } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.close());

/** Deterministic statement-like text of `n` words; `edit` changes every k-th word. */
const GENERATE = `(n, seed, everyK) => {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
  const words = [];
  for (let i = 0; i < n; i++) {
    let w = "";
    const len = 2 + (rnd() % 8);
    for (let k = 0; k < len; k++) w += String.fromCharCode(97 + (rnd() % 26));
    if (everyK && i % everyK === 0) w = "edited" + i;
    words.push(w + (i % 17 === 16 ? "." : "") + (i % 120 === 119 ? "\\n\\n" : ""));
  }
  return words.join(" ");
}`;

test("a large pair is compared off the main thread: progress shows, frames keep coming", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1200, height: 800 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  const stats = await page.evaluate(async (gen) => {
    const generate = eval(gen);
    const oldText = generate(300000, 7, 0);
    const newText = oldText.replace(/ (\w+) (\w+) (\w+)\./g, (m, a, b, c, off) => (off % 97 === 0 ? ` ${a} changed ${c}.` : m));
    const el = document.querySelector("statement-diff");
    const root = el.shadowRoot;
    let maxGap = 0;
    let frames = 0;
    let last = performance.now();
    let sawProgress = false;
    let measuring = true;
    const loop = (t) => {
      if (!measuring) return;
      if (!root.querySelector(".progress").hidden) {
        sawProgress = true;
        maxGap = Math.max(maxGap, t - last);
        frames++;
      }
      last = t;
      requestAnimationFrame(loop);
    };
    const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    const t0 = performance.now();
    el.oldText = oldText;
    el.newText = newText;
    requestAnimationFrame(loop);
    await done;
    measuring = false;
    return { sawProgress, maxGap, frames, ms: performance.now() - t0, changes: el.result.stats.changes, chars: oldText.length + newText.length };
  }, GENERATE);
  console.log("large pair:", JSON.stringify(stats));
  assert.ok(stats.sawProgress, "the progress line was shown");
  assert.ok(stats.changes > 100, `changes: ${stats.changes}`);
  assert.ok(stats.maxGap < 100, `the main thread kept painting while comparing (longest frame gap ${stats.maxGap.toFixed(0)} ms)`);
  await shot(page, "large-rendered");
  await page.close();
});

test("a long comparison can be cancelled, and the next one works", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1200, height: 800 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate((gen) => {
    const generate = eval(gen);
    const el = document.querySelector("statement-diff");
    el.oldText = generate(400000, 1, 0);
    el.newText = generate(400000, 2, 0); // unrelated: slow
  }, GENERATE);
  const progress = page.locator("statement-diff .progress");
  await progress.waitFor({ state: "visible" });
  assert.match(await progress.textContent(), /Comparing \d+\.\d M characters… \d+\.\d s/);
  await shot(page, "large-progress");
  await page.locator("statement-diff button[data-action=cancel]").click();
  const error = page.locator("statement-diff .error");
  await error.waitFor({ state: "visible" });
  assert.match(await error.textContent(), /cancelled/);
  assert.ok(await progress.isHidden());
  await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    el.oldText = "small again";
    el.newText = "small text again";
  });
  await error.waitFor({ state: "hidden" });
  assert.deepEqual(await page.locator("statement-diff ins").allTextContents(), ["text"]);
  await page.close();
});
