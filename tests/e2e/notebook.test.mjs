// The notebook widget's front end (issue #15, "In notebooks"): python/statement_diff/static/widget.js,
// built afresh from www/ by scripts/notebook-widget.mjs, loaded in Chromium as anywidget loads a
// widget's `_esm` (its text, a blob: URL, import()), its render() called with a fake model that
// records every call (tests/e2e/pages/notebook.html). What a person sees: both texts side by side, the
// change highlighted, the summary; the model's traits re-render it; stats and error written back;
// several widgets on a page; a large comparison in the widget's own worker (on the page where a
// Content-Security-Policy forbids it); lang="ru"; nothing requested but the page and the module; no
// console error. The picture: test-output/notebook-widget.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, ROOT } from "./helpers.mjs";
import { serve } from "../../scripts/serve.mjs";
import { buildNotebookWidget, WIDGET_JS } from "../../scripts/notebook-widget.mjs";

const SHOT = join(ROOT, "test-output", "notebook-widget.png");
const OLD = [
  "The Ministry of Water Resources said on Monday that the agreement will protect drinking water for 2.4 million people in the region.",
  "The fund received $35,000,000 in 2023 for new treatment plants, and a further review is planned.",
  "The rules take effect in the summer.",
].join("\n\n");
const NEW = OLD.replace("$35,000,000", "$55,000,000");
const NEW2 = NEW.replace("in the summer", "in the autumn");
const TRAITS = { old: OLD, new: NEW, ignore_case: false, cleanup: true, lang: "", height: "28rem" };

const PAGES = join(ROOT, "tests", "e2e", "pages");
const STATIC = join(ROOT, "python", "statement_diff", "static");
// A host that forbids workers from blob: URLs (some webviews do): the module, inline script and wasm allowed.
const NO_WORKERS =
  "default-src 'self'; script-src 'self' 'unsafe-inline' blob: 'wasm-unsafe-eval'; worker-src 'none'; style-src 'unsafe-inline'; img-src data:";

let env;
let strict;
let built;
before(async () => {
  built = await buildNotebookWidget(); // the module as scripts/build.sh writes it, from the current www/
  env = await start({ mounts: { "/notebook/": PAGES, "/static/": STATIC } });
  strict = await serve({ port: 0, root: PAGES, mounts: { "/notebook/": PAGES, "/static/": STATIC }, headers: { "content-security-policy": NO_WORKERS } });
});
after(async () => {
  await strict?.close();
  await env?.close();
});

/** Two texts over the worker threshold (100,000 characters together), "700 thousand" → `figure` thousand. */
function large(figure) {
  const paras = Array.from(
    { length: 1500 },
    (_, k) => `Paragraph ${k}: the ministry said that the agreement will protect drinking water for ${k} thousand people.`,
  );
  const a = paras.join("\n\n");
  return [a, a.replace("for 700 thousand", `for ${figure} thousand`)];
}

/** The notebook page (from `server`), every request and worker recorded. */
async function notebook(viewport = { width: 1100, height: 760 }, server = env) {
  const page = await newPage(env.browser, { viewport });
  page.requests = [];
  page.workerUrls = [];
  page.on("request", (r) => page.requests.push(r.url()));
  page.on("worker", (w) => page.workerUrls.push(w.url()));
  await page.goto(new URL("/notebook/notebook.html", server.url).href);
  return page;
}

/** Mounts a widget with `traits` (default TRAITS) and waits for its first save_changes; returns its index. */
async function mount(page, traits = TRAITS) {
  const i = await page.evaluate((t) => window.mount(t), traits);
  await saved(page, i, 1);
  return i;
}

/** Waits until widget `i`'s model has had `n` save_changes calls. */
const saved = (page, i, n) => page.waitForFunction(([i, n]) => window.widgets[i].model.saves >= n, [i, n], { timeout: 15_000 });

/** What a reader sees in widget `i`, and what it wrote back. */
const seen = (page, i) =>
  page.evaluate((i) => {
    const { model, el } = window.widgets[i];
    const diff = el.querySelector("statement-diff");
    const root = diff.shadowRoot;
    const box = (n) => n && (({ x, y, width }) => ({ x, y, width }))(n.getBoundingClientRect());
    const texts = (sel) => [...root.querySelectorAll(sel)].map((n) => n.textContent);
    return {
      view: diff.dataset.view,
      labels: texts("[part~=label]"),
      oldCell: box(root.querySelector("[part~=old]")),
      newCell: box(root.querySelector("[part~=new]")),
      oldText: texts("[part~=old]").join(""),
      newText: texts("[part~=new]").join(""),
      del: texts("del"),
      ins: texts("ins"),
      summary: root.querySelector(".summary")?.textContent ?? "",
      next: root.querySelector("button[data-action=next]")?.textContent,
      error: root.querySelector("[part~=error]")?.hidden === false ? root.querySelector("[part~=error]").textContent : "",
      maxHeight: getComputedStyle(root.querySelector("[part~=view]")).maxHeight,
      stats: diff.result?.stats ?? null,
      calls: model.calls,
      state: { stats: model.state.stats, error: model.state.error },
    };
  }, i);

/** The model's calls that write (set, save_changes): after each render [set stats, set error, save_changes]. */
const writes = (calls) => calls.filter((c) => c[0] !== "on" && c[0] !== "off");

/** Only the page and the module were fetched (blob: URLs are the module and the worker, made on the page). */
function assertNoOtherRequests(page, server = env) {
  const network = page.requests.filter((u) => !u.startsWith("blob:"));
  const expected = [new URL("/notebook/notebook.html", server.url).href, new URL("/static/widget.js", server.url).href];
  assert.deepEqual([...new Set(network)], expected, `requests: ${page.requests.join(", ")}`);
}

test("the widget's module is one file importing nothing: no import, no import(), no relative URL", () => {
  const code = readFileSync(WIDGET_JS, "utf8");
  assert.equal(Buffer.byteLength(code), built.raw);
  assert.doesNotMatch(code, /\bimport\s*\(/, "no dynamic import");
  assert.doesNotMatch(code, /(?:^|[;}\s])import\s*["'{*\w]/m, "no static import");
  assert.doesNotMatch(code, /lexicon\/|\.lex\.gz|statement-diff-worker\.js|quotes\/pkg/, "no path to a file left out or inlined");
  assert.match(code, /export\s*\{[^}]*\bas default\b/, "a default export");
  assert.ok(built.raw < 600_000, `widget.js ${built.raw} B raw, ${built.gzip} B gzip: no word list in it (they would add 0.78 MB)`);
});

test("a notebook cell: both texts side by side, the change highlighted, the summary; stats and error written back", async () => {
  const page = await notebook();
  const i = await mount(page);
  const s = await seen(page, i);
  assert.equal(s.view, "side-by-side");
  assert.deepEqual(s.labels, ["Old", "New"]);
  assert.ok(s.oldCell && s.newCell && s.newCell.x >= s.oldCell.x + s.oldCell.width - 1, `side by side: ${JSON.stringify([s.oldCell, s.newCell])}`);
  assert.match(s.oldText, /The fund received \$35,000,000 in 2023/);
  assert.match(s.newText, /The fund received \$55,000,000 in 2023/);
  assert.deepEqual(s.del, ["$35,000,000"]);
  assert.deepEqual(s.ins, ["$55,000,000"]);
  assert.match(s.summary, /^1 change\b/, s.summary);
  assert.match(s.summary, /number/, s.summary);
  assert.equal(s.error, "");
  assert.equal(s.maxHeight, "448px", "height: 28rem, the scrolling view's height at most");
  const suppressed = await page.evaluate((i) => window.widgets[i].el.querySelector("statement-diff").dataset.lmSuppressShortcuts, i);
  assert.equal(suppressed, "true", "JupyterLab leaves the keys to the widget");
  // The model: a listener per trait, then per render stats (plain JSON), error "", save_changes.
  assert.deepEqual(
    s.calls.filter((c) => c[0] === "on").map((c) => c[1]),
    ["change:old", "change:new", "change:ignore_case", "change:cleanup", "change:lang", "change:height"],
  );
  const w = writes(s.calls);
  assert.deepEqual(
    w.map((c) => c.slice(0, 2)),
    [["set", "stats"], ["set", "error"], ["save_changes"]],
  );
  assert.deepEqual(w[0][2], JSON.parse(JSON.stringify(s.stats)));
  assert.equal(w[0][2].changes, 1);
  assert.deepEqual(w[0][2].kinds, { number: 1 });
  assert.equal(w[1][2], "");
  await page.locator("body").screenshot({ path: SHOT }); // the notebook cell and its output

  // The Python side changes `new`: the widget compares again and writes again.
  await page.evaluate(([i, t]) => window.widgets[i].model.kernel("new", t), [i, NEW2]);
  await saved(page, i, 2);
  const s2 = await seen(page, i);
  assert.deepEqual(s2.ins, ["$55,000,000", "autumn"]);
  assert.deepEqual(s2.del, ["$35,000,000", "summer"]);
  assert.match(s2.summary, /^2 changes\b/, s2.summary);
  assert.equal(s2.state.stats.changes, 2);
  assert.deepEqual(
    writes(s2.calls)
      .slice(3)
      .map((c) => c.slice(0, 2)),
    [["set", "stats"], ["set", "error"], ["save_changes"]],
  );

  // `old` too, and `height` (no comparison: the view's height only).
  await page.evaluate(([i, t]) => window.widgets[i].model.kernel("old", t), [i, NEW]);
  await saved(page, i, 3);
  assert.deepEqual((await seen(page, i)).ins, ["autumn"]);
  await page.evaluate((i) => window.widgets[i].model.kernel("height", "12rem"), i);
  assert.equal((await seen(page, i)).maxHeight, "192px");

  // When the element reports an error (statement-diff-error: here dispatched, as the texts from a
  // model are always strings), the message goes to `error`, `stats` to {}; the next render clears it.
  const failed = await page.evaluate((i) => {
    const { model, el } = window.widgets[i];
    const n = model.calls.length;
    el.querySelector("statement-diff").dispatchEvent(Object.assign(new Event("statement-diff-error"), { error: new Error("the texts could not be compared") }));
    return model.calls.slice(n);
  }, i);
  assert.deepEqual(failed, [["set", "stats", {}], ["set", "error", "the texts could not be compared"], ["save_changes"]]);
  await page.evaluate(([i, t]) => window.widgets[i].model.kernel("new", t), [i, NEW]);
  await saved(page, i, 5);
  assert.deepEqual((await seen(page, i)).state, { stats: (await seen(page, i)).stats, error: "" });
  assertNoOtherRequests(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("ignore_case and cleanup reach the comparison (the options it was made with); each change compares again", async () => {
  const page = await notebook();
  const a = "The committee will meet on Monday to review the Budget.";
  const b = "The council will gather on Monday to review the budget.";
  const i = await mount(page, { ...TRAITS, old: a, new: b });
  // The plain-text export's header names the options the shown comparison was made with.
  const options = () => page.evaluate((i) => window.widgets[i].el.querySelector("statement-diff").toPlainText(), i);
  assert.match(await options(), /ignoreCase false, cleanup true/);

  await page.evaluate((i) => window.widgets[i].model.kernel("ignore_case", true), i);
  await saved(page, i, 2);
  const folded = await seen(page, i);
  assert.match(await options(), /ignoreCase true, cleanup true/);

  await page.evaluate((i) => window.widgets[i].model.kernel("cleanup", false), i);
  await saved(page, i, 3);
  const raw = await seen(page, i);
  assert.match(await options(), /ignoreCase true, cleanup false/);
  assert.equal(folded.stats.changes, 1, `cleanup: one replacement ${JSON.stringify(folded.stats)}`);
  assert.equal(raw.stats.changes, 2, `no cleanup: the two words apart ${JSON.stringify(raw.stats)}`);
  assert.deepEqual(raw.state.stats, JSON.parse(JSON.stringify(raw.stats)));
  assertNoOtherRequests(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('lang: "ru" gives the Russian widget; "" the page\'s language; switching re-renders', async () => {
  const page = await notebook();
  const ru = await mount(page, { ...TRAITS, lang: "ru" });
  const en = await mount(page, TRAITS);
  const r = await seen(page, ru);
  assert.equal(r.next, "↓ Далее");
  assert.deepEqual(r.labels, ["Было", "Стало"]);
  assert.match(r.summary, /^1 изменение/, r.summary);
  assert.doesNotMatch(r.summary, /change/);
  const e = await seen(page, en);
  assert.equal(e.next, "↓ Next", 'lang "": the page\'s <html lang=en>');
  await page.evaluate((i) => window.widgets[i].model.kernel("lang", ""), ru);
  await page.waitForFunction(
    (i) => window.widgets[i].el.querySelector("statement-diff").shadowRoot.querySelector("button[data-action=next]").textContent === "↓ Next",
    ru,
  );
  assertNoOtherRequests(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("several widgets on one page: from one module and from a copy each (as anywidget imports them), each its own", async () => {
  const page = await notebook();
  const one = await mount(page, TRAITS);
  await page.evaluate(async () => window.mount({ old: "Budget: 12 March.", new: "Budget: 15 March.", lang: "", height: "" }, window.widgets[0].widget));
  await saved(page, 1, 1);
  const three = await mount(page, { ...TRAITS, old: "The agreement will be signed.", new: "The agreement will not be signed." });
  const seenAll = await Promise.all([one, 1, three].map((i) => seen(page, i)));
  assert.deepEqual(
    seenAll.map((s) => [s.del, s.ins]),
    [
      [["$35,000,000"], ["$55,000,000"]],
      [["12"], ["15"]],
      [[], ["not"]],
    ],
  );
  assert.deepEqual(
    seenAll.map((s) => Object.keys(s.state.stats.kinds)),
    [["number"], ["number"], ["negation"]],
  );
  const defined = await page.evaluate(() => {
    const Element = customElements.get("statement-diff");
    return window.widgets.every(({ el }) => el.querySelector("statement-diff") instanceof Element);
  });
  assert.ok(defined, "every widget is the one element class defined on the page");
  // Changing one model re-renders its widget only.
  await page.evaluate(() => window.widgets[1].model.kernel("new", "Budget: 16 March."));
  await saved(page, 1, 2);
  assert.deepEqual((await seen(page, 1)).ins, ["16"]);
  assert.deepEqual((await seen(page, one)).ins, ["$55,000,000"]);
  assert.equal(await page.evaluate(() => window.widgets[0].model.saves), 1);
  assertNoOtherRequests(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a large comparison runs in the widget's own worker (a blob: URL, the wasm posted to it)", async () => {
  const page = await notebook();
  const [a, b] = large(770);
  assert.ok(a.length + b.length > 100_000, "over the worker threshold");
  const i = await mount(page, { ...TRAITS, old: a, new: b });
  const s = await seen(page, i);
  assert.ok(page.workerUrls.length >= 1 && page.workerUrls.every((u) => u.startsWith("blob:")), `workers: ${page.workerUrls}`);
  // It compared there: still running, the worker module's handler set (one that could not start is
  // terminated, and the page compares instead).
  const live = page.workers();
  assert.equal(live.length, 1, "one worker, still running");
  assert.equal(await live[0].evaluate(() => typeof self.onmessage), "function");
  assert.equal(s.state.stats.changes, 1);
  assert.deepEqual(s.state.stats.kinds, { number: 1 });
  assert.equal(s.error, "");
  await page.evaluate((i) => window.widgets[i].el.querySelector("statement-diff").goTo(0), i);
  await page.waitForFunction((i) => window.widgets[i].el.querySelector("statement-diff").shadowRoot.querySelectorAll("ins").length > 0, i);
  assert.deepEqual((await seen(page, i)).ins, ["770"]);
  assertNoOtherRequests(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("where the page forbids blob: workers, large comparisons run on the page instead, and still show", async () => {
  const page = await notebook(undefined, strict);
  const [a, b] = large(770);
  const i = await mount(page, { ...TRAITS, old: a, new: b });
  assert.deepEqual((await seen(page, i)).state.stats.kinds, { number: 1 });
  assert.equal((await seen(page, i)).state.error, "");
  await page.evaluate(([i, t]) => window.widgets[i].model.kernel("new", t), [i, large(780)[1]]);
  await saved(page, i, 2);
  assert.equal((await seen(page, i)).state.stats.changes, 1);
  assert.deepEqual(page.workerUrls, []);
  // The browser reports the one worker it refused; the widget then compares on the page without trying again.
  assert.equal(page.errors.length, 1, page.errors.join("\n"));
  assert.match(page.errors[0], /Creating a worker from 'blob:.*violates the following Content Security Policy directive: "worker-src 'none'"/);
  assertNoOtherRequests(page, strict);
  await page.close();
});

test("without the word lists: a split word is a change, nothing is fetched, nothing warned", async () => {
  const page = await notebook();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const i = await mount(page, { ...TRAITS, old: "We shar e the data with partners.", new: "We share the data with partners." });
  const s = await seen(page, i);
  assert.equal(s.state.stats.changes, 1, JSON.stringify(s.state.stats));
  assert.deepEqual(s.state.stats.kinds, { wording: 1 });
  assert.deepEqual(warnings, []);
  assertNoOtherRequests(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the cleanup render() returns removes its listeners and the element; the model's changes then do nothing", async () => {
  const page = await notebook();
  const i = await mount(page);
  const after = await page.evaluate(async (i) => {
    const w = window.widgets[i];
    await w.cleanup();
    w.model.kernel("new", "Something else entirely.");
    await new Promise((r) => setTimeout(r, 300));
    return {
      handlers: w.model.handlers.size,
      children: w.el.children.length,
      saves: w.model.saves,
      offs: w.model.calls.filter((c) => c[0] === "off").map((c) => c[1]),
    };
  }, i);
  assert.deepEqual(after, {
    handlers: 0,
    children: 0,
    saves: 1,
    offs: ["change:old", "change:new", "change:ignore_case", "change:cleanup", "change:lang", "change:height"],
  });
  assert.deepEqual(page.errors, []);
  await page.close();
});
