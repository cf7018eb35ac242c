// The <statement-diff> widget in the demo page, used as a person would: read the built-in
// example, paste texts, navigate with keys, expand, switch views, take the comparison away,
// open a share link; plus hostile input, an accessibility audit and a narrow screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { start, newPage, shot } from "./helpers.mjs";

const require = createRequire(import.meta.url);
let env;
before(async () => (env = await start()));
after(async () => env?.close());

async function openDemo(options = {}, hash = "") {
  const page = await newPage(env.browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(env.url + hash);
  await page.waitForSelector("html[data-ready=true]");
  return page;
}

const texts = (page, selector) => page.locator(`statement-diff ${selector}`).allTextContents();

async function paste(page, oldText, newText) {
  await page.locator("statement-diff #old-input").fill(oldText);
  await page.locator("statement-diff #new-input").fill(newText);
  await page.waitForFunction(
    ([o, n]) => {
      const el = document.querySelector("statement-diff");
      return el.result && el.oldText === o && el.newText === n;
    },
    [oldText, newText],
  );
}

test("the demo opens with the built-in example compared, rows aligned", async () => {
  const page = await openDemo();
  // Contributor Covenant 2.0 -> 2.1 adds "caste, color," to the pledge.
  assert.ok((await texts(page, ".cell.new ins")).includes("caste, color,"));
  assert.ok((await texts(page, ".cell.old del")).includes("2.0"));
  const summary = await page.locator("statement-diff .summary").textContent();
  // One set of numbers, each saying what it counts (describe() in render.js).
  assert.match(
    summary,
    /^8 changes: 7 replaced, 1 added · \+9 words added · −7 removed · 99\.1% similar · 18 minor \(whitespace 18\)Step through:All changeswording 3number 5$/,
  );
  // Unchanged heading sits on one row on both sides.
  const heading = page.locator("statement-diff .row", { hasText: "# Contributor Covenant Code of Conduct" }).first();
  assert.deepEqual(await heading.locator(".cell").allTextContents(), [
    "# Contributor Covenant Code of Conduct\n\n",
    "# Contributor Covenant Code of Conduct\n\n",
  ]);
  // Colour is not the only signal: underline and strike-through.
  const deco = await page
    .locator("statement-diff ins")
    .first()
    .evaluate((el) => getComputedStyle(el).textDecorationLine);
  assert.equal(deco, "underline");
  assert.equal(
    await page
      .locator("statement-diff del")
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
    "line-through",
  );
  await shot(page, "widget-example");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("pasted texts show the right <ins>/<del>; one render event per change of texts", async () => {
  const page = await openDemo();
  await paste(page, "Заявление МИД от 12 марта: выделено $35,000,000.", "Сообщение МИД от 12 марта: выделено $55,000,000.");
  assert.deepEqual(await texts(page, ".cell.old del"), ["Заявление", "$35,000,000"]);
  assert.deepEqual(await texts(page, ".cell.new ins"), ["Сообщение", "$55,000,000"]);
  const events = await page.evaluate(async () => {
    const el = document.querySelector("statement-diff");
    const seen = [];
    el.addEventListener("statement-diff-rendered", (e) => seen.push(e.stats.changes));
    el.oldText = "one two three";
    el.newText = "one 2 three";
    el.oldLabel = "Site A";
    el.newLabel = "Site B";
    await new Promise((r) => setTimeout(r, 200));
    return seen;
  });
  assert.deepEqual(events, [1], "four property changes in one task render once");
  assert.deepEqual(await texts(page, ".label"), ["Site A", "Site B"]);
  await shot(page, "widget-pasted");
  await page.close();
});

test("keys and buttons navigate the changes; the counter follows", async () => {
  const page = await openDemo();
  const counter = page.locator("statement-diff .counter");
  assert.equal(await counter.textContent(), "8 changes");
  await page.locator("statement-diff .view").focus();
  await page.keyboard.press("n");
  assert.equal(await counter.textContent(), "1 of 8 changes");
  await page.keyboard.press("n");
  await page.keyboard.press("j");
  assert.equal(await counter.textContent(), "3 of 8 changes");
  assert.deepEqual(await texts(page, "ins.current"), ["caste, color,"]);
  await page.keyboard.press("p");
  assert.equal(await counter.textContent(), "2 of 8 changes");
  await page.locator("statement-diff button[data-action=next]").click();
  await page.locator("statement-diff button[data-action=next]").click();
  await page.locator("statement-diff button[data-action=next]").click();
  await page.locator("statement-diff button[data-action=next]").click();
  await page.locator("statement-diff button[data-action=next]").click();
  assert.equal(await counter.textContent(), "7 of 8 changes");
  // The current change is scrolled into the visible part of the view.
  const visible = await page.locator("statement-diff .view").evaluate((view) => {
    const el = view.querySelector("ins.current, del.current");
    const v = view.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= v.top && r.bottom <= v.bottom;
  });
  assert.ok(visible, "current change visible");
  assert.equal(await page.locator("statement-diff .minimap .mark.current").count(), 1);
  await shot(page, "widget-navigated");
  await page.close();
});

test("a collapsed unchanged stretch expands on click", async () => {
  const page = await openDemo();
  const button = page.locator("statement-diff button[data-expand]").first();
  const label = await button.textContent();
  const n = Number(label.match(/Show (\d+) unchanged/)[1]);
  assert.ok(n > 10, label);
  const rowsBefore = await page.locator("statement-diff .row").count();
  await button.click();
  assert.equal(await page.locator("statement-diff .row").count(), rowsBefore + n);
  assert.ok((await page.locator("statement-diff .view").textContent()).includes("Examples of behavior that contributes"));
  await shot(page, "widget-expanded");
  await page.close();
});

test("the inline view shows deletions before what replaced them", async () => {
  const page = await openDemo();
  await paste(page, "The committee approved the budget.", "The council approved the budget and the plan.");
  await page.locator("statement-diff button[data-action=view]").click();
  assert.equal(await page.locator("statement-diff").getAttribute("data-view"), "inline");
  const cell = page.locator("statement-diff .row .cell").first();
  assert.equal(await cell.textContent(), "The committeecouncil approved the budget and the plan.");
  assert.deepEqual(await texts(page, ".cell del"), ["committee"]);
  assert.deepEqual(await texts(page, ".cell ins"), ["council", "and the plan"]);
  assert.equal(await page.locator("statement-diff button[data-action=view]").textContent(), "Side-by-side view");
  await shot(page, "widget-inline");
  await page.close();
});

test("copy, report download and plain text export", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url.replace(/\/$/, "") });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  await paste(page, "Pay 5 dollars <b>now</b>.", "Pay 7 dollars <b>now</b>!");
  await page.locator("statement-diff button[data-action=copy]").click();
  await page.waitForFunction(() => document.querySelector("statement-diff").shadowRoot.querySelector(".status").textContent.startsWith("Copied"));
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  // A header saying what was compared (tests/e2e/numbers.test.mjs checks its hashes), then the text.
  const [header, body] = clip.split("\n\n");
  assert.equal(body, "Pay [-5-]{+7+} dollars <b>now</b>[-.-]{+!+}");
  assert.match(
    header,
    /^statement-diff \S+ comparison, generated \S+\nOld: 25 characters \(UTF-16 code units\), 25 bytes UTF-8, SHA-256 [0-9a-f]{64}\nNew: 25 characters/,
  );
  assert.match(header, /\nResult: 2 changes: 2 replaced; 1 word added, 1 removed; /);
  // toPlainText() resolves to the same (up to the time it was generated).
  const plain = await page.evaluate(() => document.querySelector("statement-diff").toPlainText());
  const untimed = (t) => t.replace(/generated \S+/, "generated …");
  assert.equal(untimed(plain), untimed(clip));
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("statement-diff button[data-action=report]").click()]);
  assert.equal(download.suggestedFilename(), "statement-diff-report.html");
  const html = readFileSync(await download.path(), "utf8");
  assert.ok(html.includes("<del>5</del>") && html.includes("<ins>7</ins>"), "report highlights");
  assert.ok(html.includes("&lt;b&gt;now&lt;/b&gt;"), "report escapes user text");
  assert.ok(!/<script/i.test(html), "report has no script");
  await context.close();
});

test("a share link restores the comparison; too long and damaged links say so", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url.replace(/\/$/, "") });
  const page = await context.newPage();
  const fflate = [];
  page.on("request", (r) => r.url().endsWith("/vendor/fflate.js") && fflate.push(r.url()));
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  await paste(page, "Статья 5: срок 10 дней.", "Статья 5: срок 15 дней.");
  assert.deepEqual(fflate, [], "fflate is loaded only when a link is made or read");
  await page.locator("statement-diff button[data-action=share]").click();
  await page.waitForFunction(() => document.querySelector("statement-diff").shadowRoot.querySelector(".status").textContent.startsWith("Share link copied"));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#sd=[A-Za-z0-9_-]+$/);
  assert.equal(fflate.length, 1);
  // The methods resolve to the same link, and read it back.
  const api = await page.evaluate(async () => {
    const el = document.querySelector("statement-diff");
    const url = el.shareUrl();
    return { promise: url instanceof Promise, url: await url, read: await el.constructor.readShareLink(new URL(await url).hash) };
  });
  assert.deepEqual(api, {
    promise: true,
    url: link,
    read: { oldText: "Статья 5: срок 10 дней.", newText: "Статья 5: срок 15 дней.", oldLabel: "", newLabel: "" },
  });
  const opened = await context.newPage();
  await opened.goto(link);
  await opened.waitForSelector("html[data-ready=true]");
  assert.deepEqual(await texts(opened, ".cell.old del"), ["10"]);
  assert.deepEqual(await texts(opened, ".cell.new ins"), ["15"]);
  assert.equal(await opened.locator("statement-diff #new-input").inputValue(), "Статья 5: срок 15 дней.");
  await shot(opened, "widget-share-opened");
  // Too long: incompressible text beyond the link budget.
  const long = await page.evaluate(() => {
    let s = "";
    let x = 7;
    for (let i = 0; i < 120000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(97 + (x % 26)) + (i % 7 === 0 ? " " : "");
    }
    return s;
  });
  await page.evaluate((t) => (document.querySelector("statement-diff").newText = t), long);
  await page.waitForTimeout(300);
  await page.locator("statement-diff button[data-action=share]").click();
  const status = page.locator("statement-diff .status");
  await page.waitForFunction(() => /too long/.test(document.querySelector("statement-diff").shadowRoot.querySelector(".status").textContent));
  assert.match(await status.textContent(), /too long to share as a link/);
  // A damaged link: a clear message on the page, and the demo still works.
  const damaged = await context.newPage();
  await damaged.goto(env.url + "#sd=AAAA%3Cscript%3E");
  await damaged.waitForSelector("html[data-ready=true]");
  assert.match(await damaged.locator("#page-error").textContent(), /damaged/);
  assert.ok((await texts(damaged, ".cell.new ins")).includes("caste, color,"));
  await context.close();
});

test("pasted markup and script payloads stay text and never run", async () => {
  const page = await openDemo();
  await page.evaluate(() => (window.__pwned = 0));
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '<a href="javascript:window.__pwned=3">click</a>',
    '<svg onload="window.__pwned=4"></svg>',
    '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
  ];
  await paste(page, `Old ${payloads.join(" ")} end`, `New ${payloads.reverse().join(" ")} end`);
  await page.evaluate(() => (document.querySelector("statement-diff").oldLabel = '<img src=x onerror="window.__pwned=6">'));
  await page.locator("statement-diff button[data-action=view]").click();
  await page.locator("statement-diff button[data-action=view]").click();
  await page.waitForTimeout(200);
  const found = await page.evaluate(() => {
    const root = document.querySelector("statement-diff").shadowRoot;
    return root.querySelectorAll("img, script, svg, iframe, a").length + document.querySelectorAll("img, iframe, svg").length;
  });
  assert.equal(found, 0, "no element was created from user text");
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.ok((await page.locator("statement-diff .view").textContent()).includes("<script>window.__pwned=2</script>"));
  assert.ok((await page.locator("statement-diff .report, statement-diff .label").first().textContent()).includes("<img"));
  await shot(page, "widget-xss");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("non-string texts show a visible error, and the widget recovers", async () => {
  const page = await openDemo();
  await page.evaluate(() => (document.querySelector("statement-diff").newText = null));
  const error = page.locator("statement-diff .error");
  await error.waitFor({ state: "visible" });
  assert.equal(await error.textContent(), "Could not compare: newText must be a string, got null");
  await page.evaluate(() => (document.querySelector("statement-diff").newText = "fine now"));
  await error.waitFor({ state: "hidden" });
  assert.ok((await texts(page, ".cell.new ins")).length > 0);
  await page.close();
});

test("axe-core finds no accessibility violations (light and dark)", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const page = await openDemo({ colorScheme });
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    await page.locator("statement-diff .view").focus();
    await page.keyboard.press("n");
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target}`),
    );
    assert.deepEqual(violations, [], `${colorScheme}: ${violations.join("\n")}`);
    await shot(page, `widget-${colorScheme}`);
    await page.close();
  }
});

test("a narrow screen gets the inline view", async () => {
  const page = await openDemo({ viewport: { width: 420, height: 800 } });
  assert.equal(await page.locator("statement-diff").getAttribute("data-view"), "inline");
  assert.equal(await page.locator("statement-diff .cell.old").count(), 0);
  assert.ok((await texts(page, "ins")).includes("caste, color,"));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await shot(page, "widget-narrow");
  await page.close();
});

test("attributes and properties set before the element is defined still work", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 600 } });
  const url = env.url + "pre-upgrade.html";
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>pre-upgrade</title>
<statement-diff id="d" old-text="a b c" new-text="a x c" old-label="Before"></statement-diff>
<script type="module">
  const d = document.getElementById("d");
  d.newText = "a y c";          // a property on the not-yet-upgraded element
  d.view = "inline";
  await new Promise((r) => setTimeout(r, 50));
  await import("./statement-diff-define.js");
</script>`,
    }),
  );
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector("statement-diff").result);
  assert.deepEqual(await texts(page, "ins"), ["y"]);
  assert.deepEqual(await texts(page, "del"), ["b"]);
  assert.equal(await page.locator("statement-diff").getAttribute("data-view"), "inline");
  assert.equal(await page.locator("statement-diff .label").textContent(), "Before → New");
  await page.close();
});

test("minor changes are marked apart and can be hidden; look-alike letters are flagged", async () => {
  const page = await openDemo();
  await paste(
    page,
    "«Мир» — это ещё не всё.\nThe Republic of Kazakhstan agreed.\nTotal: 35\u00a0000 roubles.",
    "“Мир” --- это еще всё.\nThe Republic of Kazakhst\u0430n agreed.\nTotal: 45\u00a0000 roubles.",
  );
  // Substantive: the dropped negation, the look-alike swap and the figure; typography is minor.
  const kinds = await page.locator("statement-diff ins, statement-diff del").evaluateAll((els) => els.map((e) => `${e.dataset.kind}:${e.textContent}`));
  assert.deepEqual(kinds, ["negation:не", "lookalike:Kazakhstan", "lookalike:Kazakhst\u0430n", "number:35\u00a0000", "number:45\u00a0000"]);
  const minor = await page.locator("statement-diff .minor").evaluateAll((els) => els.map((e) => `${e.dataset.kind}:${e.textContent}`));
  assert.deepEqual(minor, [
    "typography:«",
    "typography:»",
    "typography:—",
    "typography:ещё",
    "typography:“",
    "typography:”",
    "typography:---",
    "typography:еще",
  ]);
  assert.equal(await page.locator("statement-diff .counter").textContent(), "3 changes", "navigation skips minor changes");
  assert.match(await page.locator("statement-diff .summary").textContent(), /4 minor \(typography 4\)/);
  // The look-alike word is flagged with the code point, in the new text.
  const mark = page.locator("statement-diff .cell.new mark.finding");
  assert.equal(await mark.textContent(), "Kazakhstаn");
  assert.equal(await mark.getAttribute("title"), "Look-alike letters from another script: U+0430 (Cyrillic)");
  assert.match(await page.locator("statement-diff .summary").textContent(), /1 word hides look-alike or invisible characters/);
  await shot(page, "widget-kinds");
  await page.locator("statement-diff button[data-action=minor]").click();
  assert.equal(await page.locator("statement-diff .minor").count(), 0);
  assert.equal(await page.locator("statement-diff button[data-action=minor]").getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("statement-diff .cell.new").first().textContent(), "“Мир” --- это еще всё.\n");
  await page.close();
});

test("the input panes show only when editable", async () => {
  const page = await openDemo();
  const inputs = page.locator("statement-diff .inputs");
  assert.ok(await inputs.isVisible());
  await page.evaluate(() => (document.querySelector("statement-diff").editable = false));
  await inputs.waitFor({ state: "hidden" });
  await page.close();
});

test("a moved paragraph is shown as moved on both sides and links to its other half", async () => {
  const page = await openDemo();
  const para = "The moved paragraph has quite a few words in it, enough to count.";
  await paste(
    page,
    `Intro stays.\n\n${para}\n\nMiddle text that stays put for a while longer.\n\nEnd.`,
    `Intro stays.\n\nMiddle text that stays put for a while longer.\n\n${para}\n\nEnd.`,
  );
  const moved = page.locator("statement-diff ins.moved, statement-diff del.moved");
  // Either paragraph may be the one that moved (the other then stays in place): one moved, twice shown.
  const texts2 = await moved.allTextContents();
  assert.equal(texts2.length, 2);
  assert.equal(texts2[0], texts2[1]);
  assert.ok([para, "Middle text that stays put for a while longer."].includes(texts2[0]), texts2[0]);
  // Both halves of the move are stops: two moved changes, one passage.
  assert.match(await page.locator("statement-diff .summary").textContent(), /2 moved \(1 passage, counted at its old and its new place\)/);
  assert.equal(await page.locator('statement-diff .summary button[data-kind="moved"]').textContent(), "moved 2");
  await moved.first().dispatchEvent("click");
  const current = await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    return {
      id: el.currentChangeId,
      kind: el.result.changes[el.currentChangeId].kind,
      side: el.result.changes[el.currentChangeId].old.start === el.result.changes[el.currentChangeId].old.end ? "new" : "old",
    };
  });
  assert.equal(current.kind, "moved");
  const first = await moved.first().evaluate((e) => (e.tagName === "DEL" ? "old" : "new"));
  assert.notEqual(current.side, first, "clicking one half goes to the other");
  await page.locator("statement-diff .view").focus();
  await page.keyboard.press("m");
  const back = await page.evaluate(() => document.querySelector("statement-diff").currentChangeId);
  assert.notEqual(back, current.id);
  await shot(page, "widget-moved");
  await page.close();
});

test("a paragraph moved and edited shows as one move with the edit inside, side by side and inline", async () => {
  const page = await openDemo();
  const moved = "The moved paragraph has quite a few words in it, enough to count.";
  const edited = "The moved paragraph has rather a few words in it, enough to count.";
  const middle = "Middle text that stays put for a while longer, also long enough.";
  await paste(page, `Intro stays.\n\n${moved}\n\n${middle}\n\nEnd.`, `Intro stays.\n\n${middle}\n\n${edited}\n\nEnd.`);
  const root = "statement-diff";
  // Where the paragraph was: the move, with the replaced word struck inside it.
  const del = await page.locator(`${root} .cell.old del`).evaluateAll((els) => els.map((e) => [e.className, e.textContent]));
  const ins = await page.locator(`${root} .cell.new ins`).evaluateAll((els) => els.map((e) => [e.className, e.textContent]));
  const text = (pieces) => pieces.map(([, t]) => t).join("");
  assert.equal(text(del), moved, JSON.stringify(del));
  assert.equal(text(ins), edited, JSON.stringify(ins));
  assert.deepEqual(
    del.filter(([c]) => c.includes("in-move")),
    [["in-move", "quite"]],
  );
  assert.deepEqual(
    ins.filter(([c]) => c.includes("in-move")),
    [["in-move", "rather"]],
  );
  assert.equal(await page.locator(`${root} .summary button[data-kind="moved"]`).textContent(), "moved 2");
  await shot(page, "widget-moved-edited");
  // Inline: the old place shows the whole old paragraph, in order; the new place the new one.
  await page.evaluate(() => document.querySelector("statement-diff").setAttribute("view", "inline"));
  await page.locator(`${root} .cell.old`).first().waitFor({ state: "detached" });
  const inline = await page.locator(`${root} del`).evaluateAll((els) => els.map((e) => e.textContent).join(""));
  assert.equal(inline, moved);
  await page.close();
});

test("page furniture around an embedded statement is collapsed, previewed, counted, navigated to and can be shown", async () => {
  const page = await openDemo();
  await page.locator("#example").selectOption("gplcc-github-vs-capitalone-embedded");
  // One change per block of furniture (its old and its new side).
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.stats.surrounding === 1);
  const block = page.locator("statement-diff .collapsed.surrounding");
  assert.equal(await block.count(), 1);
  const preview = await block.locator(".preview").textContent();
  assert.match(preview, /^Only in the .+: \d+ words \(“--- title: GitHub GPL Cooperation Commitment/);
  assert.match(preview, /only in the .+: \d+ words \(“# GPL-Cooperation-Commitment/);
  // The furniture's words are not on screen, the statement's edits are; the headline counts the
  // furniture (a change, and its words) and navigation stops at it (it comes first here).
  const visible = await page.locator("statement-diff .view").innerText();
  assert.ok(!visible.includes("John Mark Walker"));
  assert.ok(visible.includes("Capital One"));
  const summary = await page.locator("statement-diff .summary .line").textContent();
  assert.match(
    summary,
    /^\d+ changes: \d+ replaced, 1 around the shared text · .* · \d+ words only in the old text, \d+ only in the new, around the shared text · \d+\.\d% similar; \d+\.\d% in the shared text$/,
  );
  await page.locator("statement-diff .view").focus();
  await page.keyboard.press("n");
  const kind = await page.evaluate(() => {
    const el = document.querySelector("statement-diff");
    return el.result.changes[el.currentChangeId].kind;
  });
  assert.equal(kind, "surrounding");
  assert.ok(await block.evaluate((el) => el.classList.contains("current")), "the collapsed block is the current change, still collapsed");
  await shot(page, "widget-surrounding");
  await block.locator("button").click();
  await page.locator("statement-diff .collapsed.surrounding").waitFor({ state: "detached" });
  assert.ok((await page.locator("statement-diff .view").innerText()).includes("John Mark Walker"));
  await page.close();
});

test("pages theme the widget with --sd-* properties and ::part()", async () => {
  const page = await openDemo();
  await page.addStyleTag({ content: "statement-diff { --sd-ins-bg: rgb(1, 2, 3); } statement-diff::part(toolbar) { background: rgb(4, 5, 6); }" });
  const got = await page.evaluate(() => {
    const root = document.querySelector("statement-diff").shadowRoot;
    return {
      ins: getComputedStyle(root.querySelector("ins")).backgroundColor,
      toolbar: getComputedStyle(root.querySelector(".toolbar")).backgroundColor,
    };
  });
  assert.deepEqual(got, { ins: "rgb(1, 2, 3)", toolbar: "rgb(4, 5, 6)" });
  await page.close();
});

test("a long text set by the page fills its edit pane when the reader goes to edit it", async () => {
  const page = await openDemo();
  const text = "The board approved the annual statement of accounts. ".repeat(600); // 31,800 characters
  await page.evaluate((t) => {
    const el = document.querySelector("statement-diff");
    el.oldText = t;
    el.newText = t.replace("annual", "yearly");
  }, text);
  const pane = page.locator("statement-diff textarea").first();
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.stats.changes === 1);
  assert.equal(await pane.inputValue(), "", "not laid out before the reader asks for it");
  assert.match(await pane.getAttribute("placeholder"), /A text of 31,800 characters, set by the page: click here to edit it/);
  await pane.focus();
  assert.equal(await pane.inputValue(), text);
  // Editing it compares the edited text (the other pane keeps the page's text).
  await pane.press("End");
  await pane.type(" Signed.");
  await page.waitForFunction(() => document.querySelector("statement-diff").result?.stats.wordsDeleted === 2);
  assert.ok(await page.evaluate(() => document.querySelector("statement-diff").oldText.endsWith("Signed.")));
  await page.close();
});
