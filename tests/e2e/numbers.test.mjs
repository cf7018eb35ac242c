// One set of numbers, stated with what each counts: the summary, the counter, the rendered
// event and the exports agree with the core's stats; the kind buttons step through one kind;
// navigation stops at page furniture; the exports say what was compared (lengths, SHA-256,
// options, version); labels that came with an example go with it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { start, newPage, shot, OUT } from "./helpers.mjs";

const VERSION = JSON.parse(readFileSync(new URL("../../www/package.json", import.meta.url), "utf8")).version;
const sha256 = (text) => createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");

let env;
before(async () => (env = await start()));
after(async () => env?.close());

async function openDemo(example) {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  if (example) {
    await page.locator("#example").selectOption(example);
    // The example's texts are set and compared: the result shown is theirs.
    const a = readFileSync(new URL(`../corpus/${example}/a.txt`, import.meta.url), "utf8");
    await page.waitForFunction((a) => {
      const el = document.querySelector("statement-diff");
      return el.oldText === a && el.result?.old.segments.map((s) => s.text).join("") === a && el.shadowRoot.querySelector(".summary .line");
    }, a);
  }
  return page;
}

const text = (page, selector) => page.locator(`statement-diff ${selector}`).first().textContent();

/** The widget's numbers as the page sees them, and the kinds of all stops walked with "next". */
const numbersOf = (page) =>
  page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    const s = el.result.stats;
    return { stats: s, stops: el.result.changes.filter((c) => !c.minor).length };
  });

async function walk(page) {
  return page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    const seen = [];
    el.goTo(0);
    for (;;) {
      seen.push(el.result.changes[el.currentChangeId].kind);
      const before = el.currentChange;
      el.next();
      if (el.currentChange === before) break;
    }
    return seen;
  });
}

for (const example of ["cc-en-2.0-vs-2.1", "gplcc-github-vs-capitalone-embedded"]) {
  test(`${example}: summary, counter, navigation and the rendered event agree with stats.changes`, async () => {
    const page = await openDemo(example);
    const { stats, stops } = await numbersOf(page);
    const n = stats.changes;
    assert.equal(stops, n, "stats.changes counts every change that is not minor");
    assert.equal(n, stats.replaced + stats.added + stats.removed + stats.moved + stats.surrounding, "the partition adds up");
    const summary = await text(page, ".summary .line");
    assert.ok(summary.startsWith(`${n} changes: `), summary);
    for (const [k, label] of [
      ["replaced", "replaced"],
      ["added", "added"],
      ["removed", "removed"],
      ["surrounding", "around the shared text"],
    ]) {
      if (stats[k]) assert.ok(summary.includes(`${stats[k]} ${label}`), `${k}: ${summary}`);
    }
    assert.equal(await text(page, ".counter"), `${n} changes`);
    const walked = await walk(page);
    assert.equal(walked.length, n, "next() visits every stop");
    assert.equal(await text(page, ".counter"), `${n} of ${n} changes`);
    // The kind buttons' counts are the stops of each kind.
    const buttons = await page.locator("statement-diff .summary button[data-kind]").evaluateAll((els) => els.map((b) => b.textContent));
    const perKind = {};
    for (const k of walked) perKind[k] = (perKind[k] ?? 0) + 1;
    assert.deepEqual(
      buttons.sort(),
      Object.entries(perKind)
        .map(([k, c]) => `${k} ${c}`)
        .sort(),
    );
    // The event carries the same numbers.
    const detail = await page.evaluate(async () => {
      const el = document.querySelector("statement-diff");
      const got = new Promise((r) =>
        el.addEventListener("statement-diff-rendered", (e) => r({ changes: e.changes, detail: e.detail.changes, line: e.detail.labels.changes }), {
          once: true,
        }),
      );
      el.context = el.context + 1; // re-render the same result
      return got;
    });
    assert.deepEqual(detail, { changes: n, detail: n, line: summary.split(" · ")[0] });
    assert.doesNotMatch(summary, /no changes|No differences|100%/);
    if (stats.surrounding) {
      assert.ok(walked.includes("surrounding"), "navigation stops at the furniture");
      assert.match(summary, /\d+ words only in the old text, \d+ only in the new, around the shared text/);
      assert.match(summary, /\d+\.\d% similar; \d+\.\d% in the shared text/);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test("a kind button steps through that kind only; All changes (or Escape) returns", async () => {
  const page = await openDemo();
  await page
    .locator("statement-diff #old-input")
    .fill("The fund got $35,000,000 in 2023.\n\nThe committee approved the plan.\n\nWe will act now.\n\nIt costs 15% more, said the chair.");
  await page
    .locator("statement-diff #new-input")
    .fill("The fund got $55,000,000 in 2024.\n\nThe council approved the plan.\n\nWe will not act now.\n\nIt costs 20% more, said the chair.");
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.stats.kinds.negation === 1);
  const kinds = await page.evaluate(() => document.querySelector("statement-diff").result.stats.kinds);
  const numbers = kinds.number;
  assert.ok(numbers >= 2, JSON.stringify(kinds));
  const all = await page.evaluate(() => document.querySelector("statement-diff").result.stats.changes);
  const number = page.locator('statement-diff .summary button[data-kind="number"]');
  assert.equal(await number.textContent(), `number ${numbers}`);
  assert.equal(await number.getAttribute("aria-pressed"), "false");
  assert.equal(await page.locator("statement-diff .summary button[data-action=all-kinds]").getAttribute("aria-pressed"), "true");
  assert.match(await number.getAttribute("aria-label"), new RegExp(`^number: ${numbers} changes; step through these only$`));
  await number.click();
  assert.equal(await number.getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("statement-diff .summary button[data-action=all-kinds]").getAttribute("aria-pressed"), "false");
  const counter = page.locator("statement-diff .counter");
  assert.equal(await counter.textContent(), `1 of ${numbers} number changes`);
  const current = () =>
    page.evaluate(() => {
      const el = document.querySelector("statement-diff");
      return el.result.changes[el.currentChangeId].kind;
    });
  assert.equal(await current(), "number");
  await shot(page, "numbers-kind-selected");
  await page.locator("statement-diff .toolbar").screenshot({ path: join(OUT, "numbers-kind-selected-toolbar.png") });
  for (let i = 2; i <= numbers; i++) {
    await page.locator("statement-diff button[data-action=next]").click();
    assert.equal(await counter.textContent(), `${i} of ${numbers} number changes`);
    assert.equal(await current(), "number");
  }
  assert.ok(await page.locator("statement-diff button[data-action=next]").isDisabled(), "the last number change is the end");
  // Back to all changes: the current change stays, the counter counts all of them.
  const id = await page.evaluate(() => document.querySelector("statement-diff").currentChangeId);
  await page.locator("statement-diff .summary button[data-action=all-kinds]").click();
  const pos = await page.evaluate(() => document.querySelector("statement-diff").currentChange);
  assert.equal(await page.evaluate(() => document.querySelector("statement-diff").currentChangeId), id);
  assert.equal(await counter.textContent(), `${pos + 1} of ${all} changes`);
  assert.equal(await number.getAttribute("aria-pressed"), "false");
  // By keyboard: the button keeps focus; Escape lets go of the kind.
  const negation = page.locator('statement-diff .summary button[data-kind="negation"]');
  await negation.focus();
  await page.keyboard.press("Enter");
  assert.equal(await counter.textContent(), "1 of 1 negation change");
  assert.equal(await page.evaluate(() => document.querySelector("statement-diff").shadowRoot.activeElement?.dataset.kind), "negation");
  assert.equal(await current(), "negation");
  await page.keyboard.press("Escape");
  assert.equal(await negation.getAttribute("aria-pressed"), "false");
  assert.match(await counter.textContent(), new RegExp(`^\\d+ of ${all} changes$`));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("navigation reaches collapsed page furniture: marked and scrolled to, still collapsed", async () => {
  const page = await openDemo("gplcc-github-vs-capitalone-embedded");
  const block = page.locator("statement-diff .collapsed.surrounding");
  assert.equal(await block.count(), 1);
  await page.locator("statement-diff .view").focus();
  const kinds = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("n");
    const k = await page.evaluate(() => {
      const el = document.querySelector("statement-diff");
      return el.result.changes[el.currentChangeId].kind;
    });
    kinds.push(k);
    if (k === "surrounding") break;
  }
  assert.equal(kinds.at(-1), "surrounding", kinds.join());
  assert.equal(await block.evaluate((el) => el.classList.contains("current")), true, "the collapsed block is marked current");
  assert.equal(await page.locator("statement-diff .collapsed.surrounding").count(), 1, "still collapsed");
  assert.ok(!(await page.locator("statement-diff .view").innerText()).includes("John Mark Walker"));
  assert.match(await text(page, ".status"), /Show surrounding text/);
  const visible = await page.locator("statement-diff .view").evaluate((view) => {
    const el = view.querySelector(".collapsed.current");
    const v = view.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= v.top && r.bottom <= v.bottom;
  });
  assert.ok(visible, "the block is scrolled into view");
  assert.ok((await page.locator("statement-diff .minimap .mark.current").count()) === 1);
  await shot(page, "numbers-surrounding-current");
  // The kind button for the furniture goes there too.
  await page.locator('statement-diff .summary button[data-kind="surrounding"]').click();
  assert.match(await text(page, ".counter"), /^1 of \d+ surrounding changes?$/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

async function exportsOf(page) {
  const el = "document.querySelector('statement-diff')";
  await page.locator("statement-diff button[data-action=copy]").click();
  await page.waitForFunction(() => document.querySelector("statement-diff").shadowRoot.querySelector(".status").textContent.startsWith("Copied"));
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("statement-diff button[data-action=report]").click()]);
  const report = readFileSync(await download.path(), "utf8");
  const texts = await page.evaluate(`({ oldText: ${el}.oldText, newText: ${el}.newText })`);
  return { clip, report, ...texts };
}

for (const subtle of [true, false]) {
  test(`the report and the copied plain text say what was compared (${subtle ? "crypto.subtle" : "no crypto.subtle: the vendored SHA-256"})`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url.replace(/\/$/, "") });
    // A page on plain http (not a secure context) has no crypto.subtle.
    if (!subtle) await context.addInitScript(() => Object.defineProperty(Crypto.prototype, "subtle", { get: () => undefined }));
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(env.url);
    await page.waitForSelector("html[data-ready=true]");
    const { clip, report, oldText, newText } = await exportsOf(page);
    const [a, b] = [sha256(oldText), sha256(newText)];
    assert.notEqual(a, b);
    const lines = clip.split("\n");
    assert.match(
      lines[0],
      new RegExp(`^statement-diff ${VERSION.replace(/\./g, "\\.")} comparison, generated \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$`),
    );
    assert.equal(
      lines[1],
      `Old (2/0/code_of_conduct.md): ${oldText.length} characters (UTF-16 code units), ${Buffer.byteLength(oldText)} bytes UTF-8, SHA-256 ${a}`,
    );
    assert.equal(
      lines[2],
      `New (2/1/code_of_conduct.md): ${newText.length} characters (UTF-16 code units), ${Buffer.byteLength(newText)} bytes UTF-8, SHA-256 ${b}`,
    );
    // The widget's default budget: 2 s and 1 ms per 10,000 UTF-16 units of both texts.
    assert.equal(lines[3], `Options: ignoreCase false, cleanup true, timeoutMs ${2000 + Math.floor((oldText.length + newText.length) / 10_000)}`);
    const n = await page.evaluate(() => document.querySelector("statement-diff").result.stats.changes);
    assert.ok(lines[4].startsWith(`Result: ${n} changes: `), lines[4]);
    assert.ok(clip.includes("{+caste, color,+}"));
    for (const hash of [a, b]) assert.ok(report.includes(`<code>${hash}</code>`), "report names both SHA-256");
    assert.ok(report.includes(`<dd>version ${VERSION}</dd>`));
    assert.ok(report.includes(`<td>${oldText.length}</td><td>${Buffer.byteLength(oldText)}</td>`));
    assert.ok(report.includes(`<li>${n} changes: `));
    assert.equal(requests.includes("/vendor/sha256.js"), !subtle, "the fallback is loaded only without crypto.subtle");
    if (subtle) {
      const file = join(OUT, "numbers-report.html");
      writeFileSync(file, report);
      const view = await context.newPage();
      await view.goto(pathToFileURL(file).href);
      await view.setViewportSize({ width: 1100, height: 900 });
      await shot(view, "numbers-report");
      await view.close();
    }
    await context.close();
  });
}

test("labels that came with an example go when other texts are set; labels set with them stay", async () => {
  const page = await openDemo();
  const labels = () => page.locator("statement-diff .label").allTextContents();
  assert.deepEqual(await labels(), ["2/0/code_of_conduct.md", "2/1/code_of_conduct.md"]);
  // Other texts by property: the example's labels go.
  await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    el.oldText = "The committee met on Monday.";
    el.newText = "The council met on Monday.";
  });
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.stats.changes === 1);
  assert.deepEqual(await labels(), ["Old", "New"]);
  assert.deepEqual(await page.evaluate(() => [document.querySelector("statement-diff").oldLabel, document.querySelector("statement-diff").newLabel]), ["", ""]);
  // Texts and labels set together by the page: its labels stay, and stay when the texts change later.
  await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    el.oldText = "Alpha beta gamma.";
    el.oldLabel = "Site A";
    el.newLabel = "Site B";
    el.newText = "Alpha beta delta.";
  });
  await page.waitForFunction(() => document.querySelector("statement-diff").newText === "Alpha beta delta.");
  await page.waitForTimeout(100);
  assert.deepEqual(await labels(), ["Site A", "Site B"]);
  await page.evaluate(() => (document.querySelector("statement-diff").newText = "Alpha beta epsilon."));
  await page.waitForTimeout(100);
  assert.deepEqual(await labels(), ["Site A", "Site B"]);
  // An example again, then another new text only: only that side's label goes.
  await page.locator("#example").selectOption("cc-en-1.4-vs-2.0");
  await page.waitForFunction(() => document.querySelector("statement-diff").shadowRoot.querySelector(".label")?.textContent === "1/4/code-of-conduct.md");
  const [oldLabel] = await labels();
  assert.equal(oldLabel, "1/4/code-of-conduct.md");
  await page.evaluate(() => (document.querySelector("statement-diff").newText = "Entirely new text."));
  await page.waitForFunction(
    () =>
      document
        .querySelector("statement-diff")
        .result?.new.segments.map((s) => s.text)
        .join("") === "Entirely new text.",
  );
  assert.deepEqual(await labels(), [oldLabel, "New"], "the old text is still the example's: its label stays");
  // The reader types into the old pane: that label goes too.
  await page.locator("statement-diff #old-input").fill("Typed by the reader.");
  await page.waitForFunction(() => document.querySelector("statement-diff").oldText === "Typed by the reader.");
  await page.waitForTimeout(100);
  assert.equal((await labels())[0], "Old");
  await page.close();
});
