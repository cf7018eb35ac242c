// The demo under a strict Content-Security-Policy (no inline script, 'wasm-unsafe-eval' as the
// only relaxation), and the widget making no network requests beyond its own files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, shot } from "./helpers.mjs";

const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

let env;
before(async () => (env = await start({ headers: { "content-security-policy": CSP } })));
after(async () => env?.close());

test("works under a strict CSP, and requests nothing beyond its own origin", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1200, height: 800 } });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  assert.ok((await page.locator("statement-diff ins").allTextContents()).includes("caste, color,"));
  // The worker path too (large texts), under the same policy.
  await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    const base = "The committee approved the budget on Monday. ".repeat(3000);
    el.oldText = base + "Final words here.";
    el.newText = base + "Final changes here.";
  });
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.stats.wordsInserted === 1);
  // Share link and report still work (blob: download, no network).
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("statement-diff button[data-action=report]").click()]);
  assert.ok(download.suggestedFilename().endsWith(".html"));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const origin = env.url.replace(/\/$/, "");
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request leaves the page's origin");
  assert.ok(requests.some((u) => u.endsWith("statement_diff_bg.wasm")));
  assert.deepEqual(page.errors, []);
  await shot(page, "csp");
  await page.close();
});
