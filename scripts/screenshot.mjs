// Regenerates the README screenshots (docs/*.png) from the real demo: `npm run screenshot`
// (after `npm run build`).
import { join } from "node:path";
import { start, newPage, ROOT } from "../tests/e2e/helpers.mjs";

const env = await start();
try {
  for (const [name, colorScheme, example] of [
    ["widget", "light", ""],
    ["widget-ru-dark", "dark", "moz-ru-websites-privacy-2023"],
  ]) {
    const page = await newPage(env.browser, { viewport: { width: 1200, height: 760 }, colorScheme });
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready=true]");
    if (example) {
      await page.selectOption("#example", example);
      await page.waitForFunction(() => document.querySelector("statement-diff").newLabel.includes("websites"));
      await page.waitForTimeout(300);
    }
    await page.locator("statement-diff .view").focus();
    for (let i = 0; i < (example ? 4 : 3); i++) await page.keyboard.press("n");
    await page.locator("statement-diff").screenshot({ path: join(ROOT, "docs", `${name}.png`) });
    await page.close();
  }
  // The quote check on the English example, the third quotation current, its cut and source opened.
  {
    const page = await newPage(env.browser, { viewport: { width: 1100, height: 900 } });
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready=true]");
    await page.selectOption("#example", "quotes-en");
    await page.waitForFunction(() => document.querySelector("statement-diff").shadowRoot.querySelector(".quote"));
    await page.evaluate(() => (document.querySelector("statement-diff").editable = false));
    await page.locator("statement-diff .view").focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("n");
    await page.locator("statement-diff .quote.current button.cut").click();
    await page.locator("statement-diff .quote.current summary").click();
    await page.locator("statement-diff").screenshot({ path: join(ROOT, "docs", "quotes.png") });
    await page.close();
  }
  // The kinds: typography (minor), a dropped negation, a look-alike letter, a changed figure.
  const page = await newPage(env.browser, { viewport: { width: 1100, height: 600 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  await page.evaluate(() => {
    const d = document.querySelector("statement-diff");
    d.editable = false;
    d.oldLabel = "Published 12 May";
    d.newLabel = "Site B";
    d.oldText = "«Мир» — это ещё не всё.\nThe Republic of Kazakhstan agreed.\nTotal: 35\u00a0000 roubles.";
    d.newText = "“Мир” --- это еще всё.\nThe Republic of Kazakhst\u0430n agreed.\nTotal: 45\u00a0000 roubles.";
  });
  await page.waitForFunction(
    () => document.querySelector("statement-diff").newLabel === "Site B" && document.querySelector("statement-diff").result?.changes.length === 7,
  );
  await page.locator("statement-diff").screenshot({ path: join(ROOT, "docs", "kinds.png") });
  await page.close();
} finally {
  await env.close();
}
