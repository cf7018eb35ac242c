// The README's usage snippets, run as they are written (issue #14): each ```html block as a page
// (its script path pointed at the served package), each ```js block of the core as a module on a
// page (its "./" imports pointed at the server's root, with the texts it names defined), in
// Chromium. A snippet that throws, logs an error or does not do what its comments say fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, ROOT } from "./helpers.mjs";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = (lang) => [...README.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```", "gm"))].map((m) => m[1]);
const PAGES = join(ROOT, "target", "readme-pages");
let env;
before(async () => {
  mkdirSync(PAGES, { recursive: true });
  // Each snippet as a page; the icon link only spares the server a request for /favicon.ico.
  const page = (html) => '<!doctype html><link rel="icon" href="data:,">\n' + html.replaceAll('src="statement-diff/', 'src="/');
  blocks("html").forEach((html, i) => writeFileSync(join(PAGES, `${i}.html`), page(html)));
  writeFileSync(
    join(PAGES, "blank.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body></body></html>',
  );
  env = await start({ mounts: { "/readme/": PAGES } });
});
after(async () => env?.close());

test("the README's page snippets: the drop-in widget and the languages", async () => {
  const html = blocks("html");
  assert.equal(html.length, 2, "two page snippets");
  const page = await newPage(env.browser);
  await page.goto(new URL("/readme/0.html", env.url).href);
  await page.waitForFunction(() => document.querySelector("statement-diff")?.result);
  const dropIn = await page.evaluate(() => [...document.querySelector("statement-diff").shadowRoot.querySelectorAll("ins")].map((e) => e.textContent));
  // "35 000 000" grouped with plain spaces is three tokens: the edit is its first group.
  assert.deepEqual(dropIn, ["15", "55"], "the snippet's two edits are shown");
  await page.goto(new URL("/readme/1.html", env.url).href);
  const langs = await page.evaluate(async () => {
    await customElements.whenDefined("statement-diff");
    const out = {};
    for (const id of ["page", "own"]) {
      const el = document.getElementById(id);
      const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
      el.setTexts("Срок до 12 марта.", "Срок до 14 марта.");
      await done;
      out[id] = [el.shadowRoot.querySelector("button[data-action=next]").textContent, el.shadowRoot.querySelector(".counter").textContent];
    }
    return out;
  });
  assert.deepEqual(langs, { page: ["↓ Далее", "1 изменение"], own: ["↓ Weiter", "1 Änderung"] });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the README's core snippets: compare(), the word lists, checkQuotes()", async () => {
  const js = blocks("js");
  assert.equal(js.length, 3, "three core snippets");
  const page = await newPage(env.browser);
  await page.goto(new URL("/readme/blank.html", env.url).href);
  for (const [i, code] of js.entries()) {
    const source = [
      // What the snippets take as given: the texts.
      'const oldText = "The shar e of th at fund rose to 12 %.", newText = "The share of that fund rose to 14 %.";',
      'const statement = "The ministry will publish the full report on water quality by 15 March, it said.";',
      'const article = "The ministry said it «will publish the full report on water quality by 15 April».";',
      code.replaceAll('from "./', 'from "/'),
      `window.__snippet${i} = { result: typeof result === "undefined" ? null : result, check: typeof check === "undefined" ? null : check };`,
    ].join("\n");
    await page.addScriptTag({ type: "module", content: source });
    await page.waitForFunction((i) => window[`__snippet${i}`], i, { timeout: 20_000 });
  }
  const got = await page.evaluate(() => ({
    compare: window.__snippet0.result.changes.map((c) => c.kind),
    split: window.__snippet1.result.changes.map((c) => [c.kind, c.minor]),
    verdicts: window.__snippet2.check.quotes.map((q) => q.verdict),
  }));
  assert.deepEqual(got.compare, ["wording", "number"], "«Заявление» → «Сообщение», 12 → 15 марта");
  assert.ok(
    got.split.filter(([k, minor]) => k === "split" && minor).length === 2,
    `the word lists make "shar e" and "th at" minor splits: ${JSON.stringify(got.split)}`,
  );
  assert.deepEqual(got.verdicts, ["altered"], "15 March → 15 April");
  assert.deepEqual(page.errors, []);
  await page.close();
});
