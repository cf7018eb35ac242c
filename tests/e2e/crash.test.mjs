// A bug inside the core (a panic → a wasm trap) shows a clear error in the widget, and the next
// comparison works again. The panic is triggered through the `test-hooks` build of the core
// (scripts/test.sh builds it into target/pkg-test-hooks/), served here in place of www/pkg/;
// the shipped build has no such trigger.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, shot, ROOT } from "./helpers.mjs";

const PKG = join(ROOT, "target", "pkg-test-hooks");
const PANIC = "\u0001statement-diff:test-panic";

let env;
before(async () => {
  assert.ok(existsSync(join(PKG, "statement_diff_bg.wasm")), `missing ${PKG}: run scripts/test.sh (it builds the test-hooks core)`);
  env = await start({ mounts: { "/pkg/": PKG } });
});
after(async () => env?.close());

/** Sets both texts and waits for the render or the error that follows. */
const COMPARE = async ([oldText, newText]) => {
  const el = document.querySelector("statement-diff");
  const outcome = new Promise((resolve) => {
    const done = (e) => {
      el.removeEventListener("statement-diff-rendered", done);
      el.removeEventListener("statement-diff-error", done);
      resolve(e.type === "statement-diff-error" ? { error: e.error.message, name: e.error.name } : { changes: el.result.changes.map((c) => c.kind) });
    };
    el.addEventListener("statement-diff-rendered", done);
    el.addEventListener("statement-diff-error", done);
  });
  el.oldText = oldText;
  el.newText = newText;
  const r = await outcome;
  const error = el.shadowRoot.querySelector(".error");
  return { ...r, shown: error.hidden ? null : error.textContent, rows: el.shadowRoot.querySelectorAll(".row").length };
};

test("a panic in the core is shown, and the next comparisons work (main thread, then workers)", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 700 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");

  // 1. Small texts compare on the page's own instance: the trap is caught there.
  const crashed = await page.evaluate(COMPARE, [`${PANIC} The fund received 5 units.`, "The fund received 7 units."]);
  assert.equal(crashed.name, "EngineCrash");
  assert.match(crashed.shown, /comparison engine crashed.*internal error.*bug in statement-diff.*next comparison starts a fresh engine/s);
  assert.equal(crashed.rows, 0, "no stale result under the error");
  // The panic hook names the panic on the console (the only console error allowed here).
  assert.ok(
    page.errors.some((e) => e.includes("statement-diff: internal error") && e.includes("deliberate panic")),
    page.errors.join("\n"),
  );
  await shot(page, "crash-shown");
  page.errors.length = 0;

  // 2. The next comparison works: it runs in a fresh worker, not on the trapped instance.
  const workers = () => page.workers().length;
  const ok = await page.evaluate(COMPARE, ["The fund received 5 units.", "The fund received 7 units."]);
  assert.equal(ok.shown, null);
  assert.deepEqual(ok.changes, ["number"]);
  assert.ok(workers() >= 1, "compared in a worker after the crash");

  // 3. A crash inside that worker: shown the same way, the worker is replaced, then it works again.
  const again = await page.evaluate(COMPARE, [`${PANIC} second`, "second"]);
  assert.equal(again.name, "EngineCrash");
  assert.match(again.shown, /comparison engine crashed/);
  page.errors.length = 0;
  const ok2 = await page.evaluate(COMPARE, ["We will not publish it.", "We will publish it."]);
  assert.equal(ok2.shown, null);
  assert.deepEqual(ok2.changes, ["negation"]);
  await shot(page, "crash-recovered");
  assert.deepEqual(page.errors, []);
});

test("a panic while comparing large texts in the worker is shown, and the next large pair works", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 700 } });
  await page.goto(env.url);
  await page.waitForSelector("html[data-ready=true]");
  const body = "The commission met on 12 March and agreed the plan. ".repeat(3000); // 156 k characters
  const crashed = await page.evaluate(COMPARE, [PANIC + body, body]);
  assert.equal(crashed.name, "EngineCrash");
  assert.match(crashed.shown, /comparison engine crashed/);
  page.errors.length = 0;
  const ok = await page.evaluate(COMPARE, [body, body.replace("12 March", "15 March")]);
  assert.equal(ok.shown, null);
  assert.deepEqual(ok.changes, ["number"]);
  // The page's own instance never trapped: small texts still compare on the main thread.
  const small = await page.evaluate(COMPARE, ["one two three", "one two four"]);
  assert.deepEqual(small.changes, ["wording"]);
  assert.deepEqual(page.errors, []);
});
