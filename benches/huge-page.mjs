// Measures the widget with two ~10 MB texts (3.2M words, 0.2 % edits) in headless Chromium:
// time to the rendered event, the phases (performance marks of the element) and the longest gap
// between frames. `node benches/huge-page.mjs` (after `npm run build`).
import { start, newPage } from "../tests/e2e/helpers.mjs";
const env = await start();
const page = await newPage(env.browser, { viewport: { width: 1200, height: 800 } });
await page.goto(env.url);
await page.waitForSelector("html[data-ready=true]");
const r = await page.evaluate(async () => {
  let x = 7;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
  const words = [];
  let len = 0;
  while (len < 10_000_000) {
    let w = "";
    const n = 2 + (rnd() % 8);
    for (let k = 0; k < n; k++) w += String.fromCharCode(97 + (rnd() % 26));
    if (words.length % 17 === 16) w += ".";
    if (words.length % 120 === 119) w += "\n\n";
    words.push(w);
    len += w.length + 1;
  }
  const oldText = words.join(" ");
  for (let i = 0; i < words.length; i += 500) words[i] = "edited" + i; // 0.2 % edits
  const newText = words.join(" ");
  const el = document.querySelector("statement-diff");
  let maxGap = 0,
    last = performance.now(),
    on = true,
    gaps = [];
  const loop = (t) => {
    if (!on) return;
    const g = t - last;
    if (g > maxGap) maxGap = g;
    if (g > 100) gaps.push(Math.round(g));
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const t0 = performance.now();
  const done = new Promise((res) => el.addEventListener("statement-diff-rendered", res, { once: true }));
  el.oldText = oldText;
  el.newText = newText;
  await done;
  const t1 = performance.now();
  await new Promise((r) => setTimeout(r, 300));
  on = false;
  const marks = Object.fromEntries(
    performance
      .getEntriesByType("mark")
      .filter((m) => m.name.startsWith("statement-diff:"))
      .map((m) => [m.name.slice(15), Math.round(m.startTime - t0)]),
  );
  return {
    marks,
    chars: oldText.length + newText.length,
    words: words.length,
    ms: Math.round(t1 - t0),
    maxGap: Math.round(maxGap),
    longGaps: gaps,
    changes: el.result.stats.changes,
    approximate: el.result.approximate,
    dom: el.shadowRoot.querySelectorAll("*").length,
  };
});
console.log(JSON.stringify(r));
await env.close();
