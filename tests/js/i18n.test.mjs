// i18n.js and messages.js: every language has every key, with the same placeholders and the
// plural forms its language needs; the translator's plurals, numbers, percentages, fallbacks;
// docs/messages.md is up to date; no module of the widget shows English words of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { MESSAGES } from "../../www/messages.js";
import { translator, languageOf, EN } from "../../www/i18n.js";
import { messagesDoc } from "../../scripts/messages-doc.mjs";
import { describe, counterText } from "../../www/layout.js";
import { describeQuotes, cutLabel } from "../../www/quote-layout.js";
import { fakeResult, ch } from "./fake.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const placeholders = (m) =>
  [...new Set((typeof m === "string" ? [m] : Object.values(m)).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

test("every language has every key, the same placeholders, and the plural forms it needs", () => {
  const keys = Object.keys(MESSAGES.en);
  for (const [lang, table] of Object.entries(MESSAGES)) {
    assert.deepEqual(Object.keys(table).sort(), [...keys].sort(), `${lang}: the same keys as English`);
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const key of keys) {
      const [m, e] = [table[key], MESSAGES.en[key]];
      // A plural where English has one; a language may need one where English does not, for a count {n}.
      if (typeof e === "object") assert.equal(typeof m, "object", `${lang} ${key}: plural forms, as in English`);
      else if (typeof m === "object") assert.match(e, /\{n\}/, `${lang} ${key}: plural forms need a count {n}`);
      assert.deepEqual(placeholders(m), placeholders(e), `${lang} ${key}: placeholders`);
      if (typeof m === "object") for (const form of needed) assert.ok(typeof m[form] === "string", `${lang} ${key}: the "${form}" form`);
    }
  }
});

test("plurals, numbers and percentages in the reader's language", () => {
  const ru = translator("ru");
  assert.deepEqual(
    [1, 2, 5, 11, 21, 22, 1234].map((n) => ru("labels.changes", { n })),
    ["1 изменение", "2 изменения", "5 изменений", "11 изменений", "21 изменение", "22 изменения", "1\u00a0234 изменения"],
  );
  assert.deepEqual(
    [1, 2, 1234].map((n) => EN("labels.changes", { n })),
    ["1 change", "2 changes", "1,234 changes"],
  );
  assert.equal(ru.percent(0.821, false), "82,1\u00a0%");
  assert.equal(EN.percent(0.821, false), "82.1%");
  assert.deepEqual([EN.percent(1, true), EN.percent(0.99996, false), EN.percent(1, false)], ["100%", "99.9%", "99.9%"], "100 % only when nothing differs");
  assert.equal(ru.num(2.4, 1), "2,4");
  assert.equal(ru.kind("number"), "число");
  assert.equal(ru.kind("somethingNew"), "somethingNew", "an unknown kind is named as the core names it");
});

test("fallbacks: a region falls to its language, an unknown language and a missing key to English; a page's own messages win", () => {
  assert.equal(translator("ru-RU")("toolbar.next"), "↓ Далее");
  assert.equal(translator("xx-unknown")("toolbar.next"), "↓ Next");
  assert.equal(translator("not a tag!")("labels.changes", { n: 3 }), "3 changes", "a malformed tag formats as English");
  const extra = { de: { "toolbar.next": "↓ Weiter" }, "de-CH": { "toolbar.copy": "Kopieren" }, ru: { "toolbar.next": "Вперёд" } };
  const ch = translator("de-CH", extra);
  assert.deepEqual([ch("toolbar.next"), ch("toolbar.copy"), ch("toolbar.report")], ["↓ Weiter", "Kopieren", "Download report"]);
  assert.deepEqual([translator("ru", extra)("toolbar.next"), translator("ru", extra)("toolbar.copy")], ["Вперёд", "Копировать"]);
  assert.equal(EN("no.such.key"), "no.such.key", "a missing key shows itself, never undefined");
  assert.equal(EN("labels.changesWithParts", { changes: "x" }), "x: {parts}", "a missing parameter stays visible");
});

test("the language: the element's lang, else an ancestor's (across a shadow root), else the browser's", () => {
  const node = (lang, parent = null) => ({ getAttribute: (k) => (k === "lang" ? lang : null), parentElement: parent });
  const html = node("ru");
  assert.equal(languageOf(node(null, node(null, html))), "ru");
  assert.equal(languageOf(node("en", html)), "en");
  const host = node("de");
  const inShadow = { getAttribute: () => null, parentElement: null, getRootNode: () => ({ host }) };
  assert.equal(languageOf(inShadow), "de");
  assert.equal(languageOf(node(null)), globalThis.navigator?.language || "en");
});

test("the summary and the counter in Russian, English unchanged", () => {
  const changes = [
    ch("wording", [0, 1], [0, 1]),
    ch("number", [2, 3], [2, 3]),
    ch("wording", [4, 5], [4, 5]),
    ch("wording", [6, 6], [6, 7]),
    ch("wording", [8, 9], [9, 9]),
  ];
  const result = fakeResult(changes, { stats: { wordsInserted: 2, wordsDeleted: 1, similarity: 0.821 } });
  const [en, ru] = [describe(result), describe(result, translator("ru"))];
  assert.match(en.labels.line, /^5 changes: 3 replaced, 1 added, 1 removed; 2 words added, 1 removed; 82\.1% similar/);
  assert.match(ru.labels.line, /^5 изменений: 3 замены, 1 вставка, 1 удаление; добавлено 2 слова, удалено 1; сходство 82,1\u00a0%/);
  assert.equal(counterText(ru, 2), "3 из 5 изменений");
  assert.equal(counterText(en, 2), "3 of 5 changes");
  const check = { stats: { quotes: 3, exact: 2, altered: 1 }, approximate: false };
  assert.equal(describeQuotes(check, 4, translator("ru")).labels.line, "3 цитаты: точных: 2, искажённых: 1");
  assert.equal(describeQuotes(check).labels.line, "3 quotations: 2 exact, 1 altered");
  const cut = { words: 5, flags: ["negation", "figure"] };
  assert.equal(cutLabel(cut), "… [5 words cut — holds a negation and a figure] …");
  assert.equal(cutLabel(cut, translator("ru")), "… [вырезано: 5 слов — в том числе отрицание и число] …");
});

test("docs/messages.md lists every key (node scripts/messages-doc.mjs)", () => {
  assert.equal(readFileSync(join(ROOT, "docs", "messages.md"), "utf8"), messagesDoc());
});

test("the widget's modules leave no reader-facing English of their own outside messages.js", () => {
  // Text set on the DOM from a literal (text:, textContent, title, aria-label, placeholder) must be a message.
  const literal = /(?:\btext:|textContent\s*=|\.title\s*=|"aria-label":|placeholder\s*=)\s*["'`][^"'`]*[A-Za-z]{3,}/g;
  const found = [];
  for (const f of readdirSync(join(ROOT, "www")).filter((f) => f.endsWith(".js") && !["messages.js", "demo.js"].includes(f))) {
    for (const m of readFileSync(join(ROOT, "www", f), "utf8").matchAll(literal)) found.push(`${f}: ${m[0]}`);
  }
  assert.deepEqual(found, []);
});
