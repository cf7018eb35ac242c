// The reader's language (issue #14): under lang="ru" (on the element, or only on <html>) every
// word the widget shows — buttons, summary, counter, labels, tooltips, aria-labels — is Russian,
// with Russian plurals and numbers; English stays as it was; switching re-renders; a page adds a
// language or overrides words with the `messages` property.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, newPage, shot, ROOT } from "./helpers.mjs";

let env;
before(async () => (env = await start({ mounts: { "/bare/": join(ROOT, "tests", "e2e", "pages") } })));
after(async () => env?.close());

const OLD = "Министерство сообщило, что 12 марта подписало соглашение о защите питьевой воды для 2,4 миллиона жителей.\n\nДокумент вступит в силу летом.";
const NEW = "Министерство сообщило, что 14 марта не подписало соглашение о защите питьевой воды для 3,1 миллиона жителей.\n\nДокумент вступит в силу осенью.";

/** Runs `setup` (statements, `el` the element), compares OLD and NEW on `page` and returns what a reader sees and what assistive technology reads. */
async function seen(page, setup = "") {
  return page.evaluate(
    async ({ a, b, setup }) => {
      await customElements.whenDefined("statement-diff");
      const el = document.querySelector("statement-diff");
      new Function("el", setup)(el);
      const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
      el.setTexts(a, b);
      await done;
      const root = el.shadowRoot;
      const attrs = [...root.querySelectorAll("[title], [aria-label], [placeholder]")].flatMap((n) =>
        ["title", "aria-label", "placeholder"].map((k) => n.getAttribute(k)).filter(Boolean),
      );
      return {
        text: [...root.querySelectorAll(".toolbar, .view, .labels, .summary")].map((n) => n.innerText).join("\n"),
        attrs,
        next: root.querySelector("button[data-action=next]").textContent,
        summary: root.querySelector(".summary").textContent,
        counter: root.querySelector(".counter").textContent,
      };
    },
    { a: OLD, b: NEW, setup },
  );
}

/** Words of three Latin letters or more: an English word left in a Russian widget. */
const english = (s) => s.match(/[A-Za-z]{3,}/g) ?? [];

test('lang="ru" on the element: a wholly Russian widget, Russian numbers', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1100, height: 600 } });
  await page.goto(new URL("/bare/bare.html", env.url).href);
  const r = await seen(page, 'el.setAttribute("lang", "ru")');
  assert.equal(r.next, "↓ Далее");
  assert.match(r.summary, /изменени/);
  assert.match(r.summary, /сходство \d+,\d\s%/, `a Russian percentage (82,1 %): ${r.summary}`);
  assert.deepEqual(english(r.text), [], `English words shown: ${r.text}`);
  assert.deepEqual(english(r.attrs.join(" ")), [], `English words in tooltips and labels: ${r.attrs.join(" | ")}`);
  await shot(page, "i18n-ru-element");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("<html lang=ru> and no attribute: Russian too; switching the element's lang re-renders, English as before", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1100, height: 600 } });
  await page.goto(new URL("/bare/bare-ru.html", env.url).href);
  const r = await seen(page);
  assert.equal(r.next, "↓ Далее");
  assert.deepEqual(english(r.text), [], `English words shown: ${r.text}`);
  await shot(page, "i18n-ru-page");
  const switched = await page.evaluate(async () => {
    const el = document.querySelector("statement-diff");
    const rendered = () => new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    const read = () => ({
      next: el.shadowRoot.querySelector("button[data-action=next]").textContent,
      summary: el.shadowRoot.querySelector(".summary").textContent,
    });
    let done = rendered();
    el.lang = "en";
    await done;
    const en = read();
    done = rendered();
    el.removeAttribute("lang"); // back to the page's Russian
    await done;
    const ru = read();
    done = rendered();
    document.documentElement.lang = "en"; // the page switches
    await done;
    return { en, ru, page: read() };
  });
  assert.equal(switched.en.next, "↓ Next");
  assert.match(switched.en.summary, /^\d+ changes: .* similar/);
  assert.equal(switched.ru.next, "↓ Далее");
  assert.equal(switched.page.next, "↓ Next");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("Russian plurals: 1 изменение, 2 изменения, 5 изменений", async () => {
  const page = await newPage(env.browser);
  await page.goto(new URL("/bare/bare-ru.html", env.url).href);
  const counters = await page.evaluate(async () => {
    await customElements.whenDefined("statement-diff");
    const el = document.querySelector("statement-diff");
    const out = [];
    for (const n of [1, 2, 5, 21]) {
      const words = Array.from({ length: 40 }, (_, i) => `слово${i}`);
      const edited = words.map((w, i) => (i % 8 === 0 && i / 8 < n ? `правка${i}` : w));
      const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
      el.setTexts(
        words.join(" ") + (n > 5 ? " " + Array.from({ length: 200 }, (_, i) => `ещё${i}`).join(" ") : ""),
        edited.join(" ") + (n > 5 ? " " + Array.from({ length: 200 }, (_, i) => (i % 12 === 0 ? `иное${i}` : `ещё${i}`)).join(" ") : ""),
      );
      await done;
      out.push([el.result.stats.changes, el.shadowRoot.querySelector(".counter").textContent]);
    }
    return out;
  });
  const form = { 1: "изменение", 2: "изменения", 5: "изменений" };
  for (const [n, text] of counters) {
    const want = n % 10 === 1 && n % 100 !== 11 ? form[1] : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? form[2] : form[5];
    assert.equal(text, `${n} ${want}`, `counter for ${n}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a page overrides words and adds a language with the messages property", async () => {
  const page = await newPage(env.browser);
  await page.goto(new URL("/bare/bare.html", env.url).href);
  const r = await page.evaluate(async () => {
    await customElements.whenDefined("statement-diff");
    const el = document.querySelector("statement-diff");
    const rendered = () => new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    let done = rendered();
    el.setTexts("Der Vertrag gilt ab 2024.", "Der Vertrag gilt ab 2025.");
    await done;
    done = rendered();
    el.messages = { de: { "toolbar.next": "↓ Weiter", "counter.changes": { one: "{n} Änderung", other: "{n} Änderungen" } }, ru: { "toolbar.next": "Вперёд" } };
    el.lang = "de-AT";
    await done;
    const de = {
      next: el.shadowRoot.querySelector("button[data-action=next]").textContent,
      counter: el.shadowRoot.querySelector(".counter").textContent,
      previous: el.shadowRoot.querySelector("button[data-action=previous]").textContent,
    };
    done = rendered();
    el.lang = "ru";
    await done;
    return {
      de,
      ru: el.shadowRoot.querySelector("button[data-action=next]").textContent,
      ruPrevious: el.shadowRoot.querySelector("button[data-action=previous]").textContent,
    };
  });
  assert.deepEqual(r.de, { next: "↓ Weiter", counter: "1 Änderung", previous: "↑ Previous" }, "de-AT uses de; a key it lacks reads in English");
  assert.equal(r.ru, "Вперёд", "an override of a built-in language");
  assert.equal(r.ruPrevious, "↑ Назад", "the rest of the built-in language stays");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('quote mode under lang="ru": verdicts, cuts, summary and counter in Russian', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1100, height: 700 } });
  await page.goto(new URL("/bare/bare-ru.html", env.url).href);
  const r = await page.evaluate(async () => {
    await customElements.whenDefined("statement-diff");
    const el = document.querySelector("statement-diff");
    el.mode = "quotes";
    const done = new Promise((r) => el.addEventListener("statement-diff-rendered", r, { once: true }));
    el.setTexts(
      "Министерство заявило, что соглашение вступит в силу 1 июля, но только если его одобрит парламент. Решение будет опубликовано на сайте министерства.",
      "Министр сказал, что «соглашение вступит в силу 1 июля… если его одобрит парламент». Он добавил: «Решение будет опубликовано на сайте министерства».",
    );
    await done;
    const root = el.shadowRoot;
    return {
      text: [...root.querySelectorAll(".toolbar, .view")].map((n) => n.innerText).join("\n"),
      badges: [...root.querySelectorAll(".badge")].map((b) => b.textContent),
      cut: root.querySelector("button.cut")?.textContent,
      summary: root.querySelector(".summary").textContent,
      counter: root.querySelector(".counter").textContent,
    };
  });
  assert.deepEqual(r.badges, ["✗ Искажена", "✓ Точно"], JSON.stringify(r));
  assert.match(r.cut, /^… \[вырезано: 2 слова — в том числе оговорка\] …$/);
  assert.equal(r.summary, "2 цитаты: точных: 1, искажённых: 1");
  assert.equal(r.counter, "2 цитаты");
  assert.deepEqual(english(r.text), [], `English words shown: ${r.text}`);
  await shot(page, "i18n-ru-quotes");
  assert.deepEqual(page.errors, []);
  await page.close();
});
