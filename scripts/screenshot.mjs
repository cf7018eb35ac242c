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
} finally {
  await env.close();
}
