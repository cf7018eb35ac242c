// The trust rules as a reader meets them, in English and in Russian: page furniture is collapsed
// only on evidence, so two pages that share a news list but carry different statements, or a
// statement whose last paragraphs were rewritten, are shown as changed (never "no changes" or
// "100%"), while a statement carried by two sites keeps its furniture collapsed; minor changes
// never hide a change of meaning (apart → a part, US → us).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, shot, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start({ mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages") } })));
after(async () => env?.close());

const fixture = (name) => readFileSync(join(ROOT, "tests", "fixtures", "furniture", name), "utf8");
const site = (name) => fixture(name).split("-----\n");

/** A bare page holding only the element, given two texts through its properties. */
async function compareOnPage(oldText, newText, name) {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(new URL("/bare/bare.html", env.url).href);
  await page.waitForFunction(() => customElements.get("statement-diff"));
  await page.evaluate(
    ([o, n]) => {
      const el = document.querySelector("statement-diff");
      // Rows past the first screen are built in background slices: read the view once all are in.
      window.built = 0;
      el.addEventListener("statement-diff-built", () => window.built++);
      el.oldText = o;
      el.newText = n;
    },
    [oldText, newText],
  );
  await page.waitForFunction(
    ([o, n]) => {
      const el = document.querySelector("statement-diff");
      return window.built > 0 && el.result && el.oldText === o && el.newText === n && el.shadowRoot.querySelector(".summary")?.textContent;
    },
    [oldText, newText],
  );
  const seen = await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    const root = el.shadowRoot;
    return {
      stats: el.result.stats,
      summary: root.querySelector(".summary").textContent,
      counter: root.querySelector(".counter").textContent,
      collapsed: root.querySelectorAll(".collapsed.surrounding").length,
      view: root.querySelector(".view").innerText,
    };
  });
  if (name) await shot(page, name);
  assert.deepEqual(page.errors, []);
  await page.close();
  return seen;
}

/** What a reader must never be told while the texts differ. */
function neverSilent(seen, what) {
  assert.ok(seen.stats.changes > 0, what);
  assert.doesNotMatch(seen.summary, /100(\.0)?\s?%/, `${what}: ${seen.summary}`);
  assert.doesNotMatch(seen.counter, /no changes/i, `${what}: ${seen.counter}`);
  const pct = Number(seen.summary.match(/(\d+(?:\.\d+)?)\s?% similar/)?.[1]);
  assert.ok(pct < 100, `${what}: ${seen.summary}`);
  return pct;
}

for (const lang of ["en", "ru"]) {
  const statement = fixture(`statement-${lang}.txt`);
  const other = fixture(`other-${lang}.txt`);
  const [headA, footA] = site(`site-a-${lang}.txt`);
  const [headB, footB] = site(`site-b-${lang}.txt`);

  test(`${lang}: two pages sharing a news list show their different statements as changed`, async () => {
    const seen = await compareOnPage(`${headA}\n${statement}`, `${headA}\n${other}`, `trust-news-list-${lang}`);
    const pct = neverSilent(seen, "different statements");
    assert.equal(seen.collapsed, 0, "nothing collapsed as furniture");
    assert.ok(pct < 60, seen.summary);
    // Both statements are on screen.
    assert.ok(seen.view.includes(statement.split("\n")[2].slice(0, 40)));
    assert.ok(seen.view.includes(other.split("\n")[2].slice(0, 40)));
  });

  test(`${lang}: rewritten last paragraphs are ordinary changes, on screen`, async () => {
    const paras = statement.trimEnd().split("\n\n");
    const rewritten = [...paras.slice(0, -2), other.trimEnd().split("\n\n")[2], other.trimEnd().split("\n\n")[3]].join("\n\n") + "\n";
    const seen = await compareOnPage(statement, rewritten, `trust-rewritten-end-${lang}`);
    neverSilent(seen, "rewritten paragraphs");
    assert.equal(seen.collapsed, 0);
    assert.equal(seen.stats.surrounding, 0);
    assert.ok(seen.stats.wordsInserted > 20 && seen.stats.wordsDeleted > 20, JSON.stringify(seen.stats));
    assert.ok(seen.view.includes(paras.at(-1).slice(0, 40)), "the old last paragraph is shown");
  });

  test(`${lang}: a statement on two sites keeps its furniture collapsed, the headline counts it`, async () => {
    const edited = statement.replace("14", "15");
    const seen = await compareOnPage(`${headA}\n${statement}\n${footA}`, `${headB}\n${edited}\n${footB}`, `trust-two-sites-${lang}`);
    neverSilent(seen, "furniture differs");
    assert.equal(seen.stats.surrounding, 2);
    assert.equal(seen.collapsed, 2, "header and footer collapsed");
    assert.equal(seen.stats.kinds.number, 1, "the edit inside the statement is its own change");
    // The headline names the furniture's words and the shared part's similarity.
    assert.match(seen.summary, new RegExp(`${seen.stats.surroundingWordsOld}\\D+${seen.stats.surroundingWordsNew}`));
  });
}

/** Compares on a bare page and returns the changes as [kind, minor, old text, new text], and the word lists fetched. */
async function changesOf(oldText, newText, name) {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 700 } });
  const fetched = [];
  page.on("request", (r) => /lexicon\//.test(r.url()) && fetched.push(r.url().replace(/.*lexicon\//, "")));
  await page.goto(new URL("/bare/bare.html", env.url).href);
  await page.waitForFunction(() => customElements.get("statement-diff"));
  const changes = await page.evaluate(
    async ([o, n]) => {
      const el = document.querySelector("statement-diff");
      const rendered = new Promise((resolve) => el.addEventListener("statement-diff-rendered", resolve, { once: true }));
      el.oldText = o;
      el.newText = n;
      await rendered;
      const r = el.result;
      return { needed: r.wordListsNeeded, list: r.changes.map((c) => [c.kind, c.minor, o.slice(c.old.start, c.old.end), n.slice(c.new.start, c.new.end)]) };
    },
    [oldText, newText],
  );
  if (name) await shot(page, name);
  assert.deepEqual(page.errors, []);
  await page.close();
  return { ...changes, fetched };
}

test("en: split words are minor only when one reading is not a word (the word list loads when needed)", async () => {
  const none = await changesOf("The fund grew.", "The fund grew fast.");
  assert.deepEqual(none.fetched, [], "no split: no word list fetched");
  const got = await changesOf("The shar e of th at fund lives apart.", "The share of that fund lives a part.", "trust-split-en");
  assert.deepEqual(got.list, [
    ["split", true, "shar e", "share"],
    ["split", true, "th at", "that"],
    ["wording", false, "apart", "a part"],
  ]);
  assert.deepEqual(got.needed, []);
  assert.ok(got.fetched.includes("en.lex.gz") && got.fetched.some((f) => f.endsWith("lexicon_bg.wasm")), got.fetched.join());
  assert.ok(!got.fetched.includes("ru.lex.gz"));
});

test("ru: «На стройки» is two words, «Сог ласно» is not", async () => {
  const got = await changesOf("Откройте настройки. Сог ласно закону.", "Откройте на стройки. Согласно закону.", "trust-split-ru");
  assert.deepEqual(got.list, [
    ["wording", false, "настройки", "на стройки"],
    ["split", true, "Сог ласно", "Согласно"],
  ]);
  assert.ok(got.fetched.includes("ru.lex.gz") && !got.fetched.includes("en.lex.gz"), got.fetched.join());
});

test("a large comparison in the worker reads split words with the word list too", async () => {
  const filler = "The commission publishes its measurements every month. ".repeat(2200); // > 100,000 characters
  const got = await changesOf(`${filler}The th at rule.`, `${filler}The that rule.`);
  assert.deepEqual(got.list, [["split", true, "th at", "that"]]);
});

test("an abbreviation is not a case change: US → us is shown", async () => {
  const got = await changesOf("Sanctions imposed by the US remain.", "Sanctions imposed by the us remain.");
  assert.deepEqual(got.list, [["wording", false, "US", "us"]]);
  const heading = await changesOf("The Ministry said.", "the Ministry said.");
  assert.deepEqual(heading.list, [["case", true, "The", "the"]]);
});

test("when a word list cannot be loaded, split words stay changes and the summary says why", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 700 } });
  await page.route(/lexicon\/en\.lex\.gz$/, (route) => route.fulfill({ status: 404, body: "" }));
  page.on("console", () => {}); // the 404 and the warning are expected here
  await page.goto(new URL("/bare/bare.html", env.url).href);
  await page.waitForFunction(() => customElements.get("statement-diff"));
  const seen = await page.evaluate(async () => {
    const el = document.querySelector("statement-diff");
    const rendered = new Promise((resolve) => el.addEventListener("statement-diff-rendered", resolve, { once: true }));
    el.oldText = "The th at rule.";
    el.newText = "The that rule.";
    await rendered;
    return {
      kinds: el.result.changes.map((c) => [c.kind, c.minor]),
      needed: el.result.wordListsNeeded,
      summary: el.shadowRoot.querySelector(".summary").textContent,
    };
  });
  assert.deepEqual(seen.kinds, [["wording", false]]);
  assert.deepEqual(seen.needed, ["en"]);
  assert.match(seen.summary, /Split or joined words are shown as changes: the English word list could not be loaded/);
  await page.close();
});
