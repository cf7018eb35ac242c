// A subset of the end-to-end checks in headless Firefox (firefox-esr + geckodriver, spoken to
// over plain WebDriver: playwright's Firefox needs its own patched build, which cannot be
// installed here). The demo loads, compares, highlights, and the worker path works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let server;
let driver;
let base;
let session;

async function wd(method, path, body) {
  const res = await fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}
const run = (script, ...args) => wd("POST", `/session/${session}/execute/async`, { script, args });

before(async () => {
  server = await serve({ port: 0 });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  driver = spawn(process.env.GECKODRIVER ?? "geckodriver", ["--port", String(port), "--host", "127.0.0.1"], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const profile = mkdtempSync(join(tmpdir(), "sd-firefox-"));
  const caps = await wd("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless", "-profile", profile], prefs: { "network.proxy.type": 0 } },
      },
    },
  });
  session = caps.sessionId;
  await wd("POST", `/session/${session}/timeouts`, { script: 60000 });
});

after(async () => {
  if (session) await wd("DELETE", `/session/${session}`).catch(() => {});
  driver?.kill();
  await server?.close();
});

test("Firefox: the demo compares the example and highlights the changes", async () => {
  await wd("POST", `/session/${session}/url`, { url: server.url });
  const got = await run(`
    const done = arguments[arguments.length - 1];
    const wait = () => {
      if (document.documentElement.dataset.ready !== "true") return setTimeout(wait, 50);
      const root = document.querySelector("statement-diff").shadowRoot;
      done({
        ins: [...root.querySelectorAll(".cell.new ins")].map((e) => e.textContent),
        del: [...root.querySelectorAll(".cell.old del")].map((e) => e.textContent),
        summary: root.querySelector(".summary").textContent,
      });
    };
    wait();`);
  assert.ok(got.ins.includes("caste, color,"), JSON.stringify(got));
  assert.ok(got.del.includes("2.0"));
  assert.match(got.summary, /\+9 words added · −7 removed/);
});

test("Firefox: large texts go through the worker; bad input shows an error", async () => {
  const got = await run(`
    const done = arguments[arguments.length - 1];
    const el = document.querySelector("statement-diff");
    const base = "Заявление комитета было одобрено в понедельник. ".repeat(4000);
    el.addEventListener("statement-diff-rendered", () => {
      const root = el.shadowRoot;
      const ins = [...root.querySelectorAll(".cell.new ins")].map((e) => e.textContent);
      el.newText = 42;
      setTimeout(() => done({ ins, error: root.querySelector(".error").textContent }), 300);
    }, { once: true });
    el.oldText = base + "Конец.";
    el.newText = base + "Финал.";`);
  assert.deepEqual(got.ins, ["Финал"]);
  assert.equal(got.error, "Could not compare: newText must be a string, got number 42");
});

test("Firefox: the quote check (mode=quotes) shows verdicts and the summary", async () => {
  await wd("POST", `/session/${session}/url`, { url: server.url });
  const got = await run(`
    const done = arguments[arguments.length - 1];
    const el = document.querySelector("statement-diff");
    el.addEventListener("statement-diff-rendered", (e) => {
      if (!e.check) return;
      const root = el.shadowRoot;
      done({
        badges: [...root.querySelectorAll(".badge")].map((e) => e.textContent),
        summary: root.querySelector(".summary").textContent,
        del: [...root.querySelectorAll(".quote del")].map((e) => e.textContent),
      });
    });
    const go = () => {
      if (document.documentElement.dataset.ready !== "true") return setTimeout(go, 50);
      el.mode = "quotes";
      el.oldText = "The ministry will not raise prices this year. Funding of 120 million is agreed.";
    el.newText = "It said it “will raise prices this year” and that “funding of 120 million is agreed”.";
    };
    go();`);
  assert.deepEqual(got.badges, ["✗ Altered", "✓ Exact"], JSON.stringify(got));
  assert.equal(got.summary, "2 quotations: 1 exact, 1 altered");
  assert.deepEqual(got.del, ["not"]);
});

test('Firefox: lang="ru" shows a Russian widget with Russian plurals and numbers; lang="en" English again; <html lang="ru"> Russian', async () => {
  await wd("POST", `/session/${session}/url`, { url: server.url });
  const got = await run(`
    const done = arguments[arguments.length - 1];
    const el = document.querySelector("statement-diff");
    const read = () => ({
      next: el.shadowRoot.querySelector("button[data-action=next]").textContent,
      summary: el.shadowRoot.querySelector(".summary").textContent,
      counter: el.shadowRoot.querySelector(".counter").textContent,
    });
    const rendered = () => new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    (async () => {
      while (document.documentElement.dataset.ready !== "true") await new Promise((r) => setTimeout(r, 50));
      let wait = rendered();
      el.lang = "ru";
      el.setTexts("Срок продлён до 12 марта, сумма 2,4 млн рублей.", "Срок не продлён до 14 марта, сумма 3,1 млн рублей.");
      await wait;
      const ru = read();
      wait = rendered();
      el.lang = "en";
      await wait;
      const en = read();
      // No lang of its own: the page's <html lang="ru">.
      wait = rendered();
      el.removeAttribute("lang");
      document.documentElement.lang = "ru";
      await wait;
      done({ ru, en, page: read() });
    })();`);
  assert.equal(got.ru.next, "↓ Далее");
  assert.match(got.ru.counter, /^\d+ изменени[йея]$/);
  assert.match(got.ru.summary, /сходство \d+,\d\s%/);
  assert.doesNotMatch(got.ru.summary, /[A-Za-z]{3,}/, got.ru.summary);
  assert.equal(got.en.next, "↓ Next");
  assert.match(got.en.summary, /\d+ changes?: .* similar/);
  assert.equal(got.page.next, "↓ Далее");
  assert.doesNotMatch(got.page.summary + got.page.counter, /[A-Za-z]{3,}/, got.page.summary);
});
