// The minimal demo page, as a person uses it: it opens with a real pair compared, shows the
// changed words highlighted, and compares what is pasted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, newPage, shot } from "./helpers.mjs";

let env;
before(async () => (env = await start()));
after(async () => env?.close());

test("the demo opens with the built-in example compared and highlighted", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  // Contributor Covenant 2.0 -> 2.1 adds "caste, color," to the pledge.
  const inserted = await page.locator("#new-out ins").allTextContents();
  assert.ok(inserted.includes("caste, color,"), `inserted: ${JSON.stringify(inserted)}`);
  const deleted = await page.locator("#old-out del").allTextContents();
  assert.ok(deleted.includes("2.0"), `deleted: ${JSON.stringify(deleted)}`);
  assert.equal(await page.locator("#old-out del").count(), 7);
  assert.match(await page.locator("#stats").textContent(), /9 words added, 7 removed, 8 changes, 99(\.\d)?% similar/);
  // The highlight is visible: the <ins> has a background colour and an underline.
  const style = await page.locator("#new-out ins").first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, deco: s.textDecorationLine };
  });
  assert.notEqual(style.bg, "rgba(0, 0, 0, 0)");
  assert.equal(style.deco, "underline");
  // The panes hold exactly the two texts (lossless rendering).
  const [oldText, newText] = await Promise.all(["#old", "#new"].map((s) => page.locator(s).inputValue()));
  assert.equal(await page.locator("#old-out").textContent(), oldText);
  assert.equal(await page.locator("#new-out").textContent(), newText);
  await page.locator("#new-out ins", { hasText: "caste, color," }).scrollIntoViewIfNeeded();
  await shot(page, "demo-example");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("pasted texts are compared on Compare, and markup stays text", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 700 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate(() => (window.__pwned = false));
  await page.fill("#old", "Заявление МИД от 12 марта: выделено $35,000,000.");
  await page.fill("#new", 'Сообщение МИД от 12 марта: выделено $55,000,000. <img src=x onerror="window.__pwned=true">');
  await page.click("#compare");
  await page.waitForFunction(() => document.querySelector("#new-out ins")?.textContent === "Сообщение");
  assert.deepEqual(await page.locator("#old-out del").allTextContents(), ["Заявление", "$35,000,000"]);
  assert.deepEqual(await page.locator("#new-out ins").allTextContents(), [
    "Сообщение",
    "$55,000,000",
    '<img src=x onerror="window.__pwned=true">',
  ]);
  assert.equal(await page.locator("#new-out img").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), false);
  await shot(page, "demo-pasted");
  assert.deepEqual(page.errors, []);
  await page.close();
});
