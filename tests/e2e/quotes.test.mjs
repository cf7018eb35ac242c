// The quote check (mode="quotes") on the real demo page, English and Russian: badges and summary
// as a person sees them, a cut opened, keyboard navigation, the export, and no request for the
// quote check's build (www/quotes/pkg/) in compare mode.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, newPage, shot, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start({ mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages") } })));
after(async () => env?.close());

async function openQuotes(example, options = {}) {
  const page = await newPage(env.browser, { viewport: { width: 1200, height: 900 }, ...options });
  page.requests = [];
  page.on("request", (r) => page.requests.push(r.url()));
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  assert.ok(!page.requests.some((u) => u.includes("/quotes/")), "compare mode does not load the quote check's build");
  await page.selectOption("#example", example);
  await page.waitForFunction(
    () => document.querySelector("statement-diff").result?.quotes && document.querySelector("statement-diff").shadowRoot.querySelector(".quote"),
  );
  return page;
}
const texts = (page, sel) => page.locator(`statement-diff ${sel}`).allInnerTexts();

test("English: verdicts, summary, a cut opened, keyboard navigation, export", async () => {
  const page = await openQuotes("quotes-en");
  assert.ok(page.requests.some((u) => u.endsWith("/quotes/pkg/statement_diff_bg.wasm")));
  assert.equal(await page.locator("statement-diff .summary").innerText(), "12 quotations: 4 exact, 7 altered, 1 not found");
  const badges = await texts(page, ".badge");
  assert.equal(badges.length, 12);
  assert.deepEqual([...new Set(badges)].sort(), ["? Not found", "✓ Exact", "✗ Altered"]);
  assert.equal(await page.locator("statement-diff .label").innerText(), "Ministry statement → News article");
  // The changed figure, the dropped "not".
  assert.ok((await texts(page, ".quote del")).includes("35"));
  assert.ok((await texts(page, ".quote ins")).includes("45"));
  assert.ok((await page.locator("statement-diff .quote").nth(2).innerText()).includes("will not approve"));
  // A cut, in place, opened.
  const cut = page.locator("statement-diff button.cut").first();
  assert.equal(await cut.innerText(), "… [1 word cut — holds a qualifier] …");
  await page.locator("statement-diff .view").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("n");
  assert.equal(await page.locator("statement-diff .counter").innerText(), "3 of 12 quotations");
  assert.equal(await page.evaluate(() => document.querySelector("statement-diff").currentChange), 2);
  await cut.click();
  assert.equal(await cut.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator("statement-diff .cut-text").first().innerText(), ", except");
  await page.locator("statement-diff .quote.current details summary").click();
  await shot(page, "quotes-en");
  await page.keyboard.press("p");
  assert.equal(await page.locator("statement-diff .counter").innerText(), "2 of 12 quotations");
  await page.evaluate(() => document.querySelector("statement-diff").goTo(6));
  assert.match(await page.locator("statement-diff .quote.current").innerText(), /\? Not found[\s\S]*Not found in the source/);
  const text = await page.evaluate(() => document.querySelector("statement-diff").toPlainText());
  assert.match(text, /^statement-diff \S+ quote check, generated /);
  assert.match(text, /\nSource \(Ministry statement\): 1113 characters .* SHA-256 [0-9a-f]{64}\n/);
  assert.ok(text.includes("Result: 12 quotations: 4 exact, 7 altered, 1 not found"));
  assert.ok(text.includes("“will be reduced by [-35-]{+45+} per cent by 2030”"));
  assert.ok(text.includes("Cut: 1 word cut — holds a qualifier: “, except”"));
  const report = await page.evaluate(() => document.querySelector("statement-diff").toReportHTML());
  assert.ok(report.includes("<del>35</del><ins>45</ins>") && !report.includes("<script"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Russian: verdicts and summary as seen; events", async () => {
  const page = await openQuotes("quotes-ru", { colorScheme: "dark" });
  const summary = await page.locator("statement-diff .summary").innerText();
  assert.match(summary, /^\d+ quotations: .*exact.*altered/);
  const n = await page.locator("statement-diff .quote").count();
  assert.equal(summary.split(":")[0], `${n} quotations`);
  assert.ok((await texts(page, ".badge")).includes("? Not found"));
  const got = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.querySelector("statement-diff");
        el.addEventListener("statement-diff-rendered", (e) => resolve({ quotes: e.check.quotes.length, stats: e.stats, line: e.detail.labels.line }), {
          once: true,
        });
        el.newText = "Журналист: «слова» и только.";
      }),
  );
  assert.equal(got.quotes, 0);
  assert.match(await page.locator("statement-diff .summary").innerText(), /^No quotations found: no passage of 4 words or more/);
  await page.locator("statement-diff").evaluate((el) => (el.newText = el.newText + " «Мы удовлетворены итогами переговоров с регионами»"));
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.quotes.length === 1);
  await page.selectOption("#example", "quotes-ru");
  await page.waitForFunction(() => document.querySelector("statement-diff").shadowRoot.querySelector(".quote:nth-child(3)"));
  await page.locator("statement-diff .view").focus();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  assert.match(await page.locator("statement-diff .counter").innerText(), /^2 of \d+ quotations$/);
  await shot(page, "quotes-ru-dark");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("quote mode: pasted markup stays text", async () => {
  const page = await openQuotes("quotes-en");
  await page.evaluate(() => {
    window.__pwned = 0;
    const el = document.querySelector("statement-diff");
    el.oldText = 'The <img src=x onerror="window.__pwned=1"> statement says we do not agree with <script>window.__pwned=2</script> it.';
    el.newText = 'She said “The <img src=x onerror="window.__pwned=3"> statement says we agree with <script>window.__pwned=2</script> it.”';
    el.oldLabel = '<svg onload="window.__pwned=4">';
  });
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.quotes.length === 1);
  await page.locator("statement-diff details summary").first().click();
  const found = await page.evaluate(() => document.querySelector("statement-diff").shadowRoot.querySelectorAll("img, script, svg, iframe").length);
  assert.equal(found, 0);
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.ok((await page.locator("statement-diff .quote").innerText()).includes("<img src=x"));
  const report = await page.evaluate(() => document.querySelector("statement-diff").toReportHTML());
  assert.ok(!report.includes("<img") && !report.includes("<svg") && report.includes("&lt;img"));
  await shot(page, "quotes-xss");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("switched to quote mode while the core still loads: the first rendered event is the quote check's", async () => {
  const page = await newPage(env.browser);
  // The core arrives late, so the element's first render (compare mode, at upgrade) is still
  // waiting for it when the page switches the mode and sets the texts.
  await page.route("**/pkg/statement_diff_bg.wasm", async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto(new URL("/bare/bare.html", env.url).href);
  const first = await page.evaluate(async () => {
    await customElements.whenDefined("statement-diff");
    const el = document.querySelector("statement-diff");
    const events = [];
    el.addEventListener("statement-diff-rendered", (e) => events.push(e.check ? `quotes ${e.check.stats.quotes}` : `compare ${e.stats.changes}`));
    el.mode = "quotes";
    el.setTexts("The ministry will not raise taxes this year, it said.", 'The minister said "the ministry will raise taxes this year".');
    await new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    await new Promise((r) => setTimeout(r, 300));
    return { events, badges: [...el.shadowRoot.querySelectorAll(".badge")].map((b) => b.textContent) };
  });
  assert.deepEqual(first, { events: ["quotes 1"], badges: ["✗ Altered"] });
  assert.deepEqual(page.errors, []);
  await page.close();
});
