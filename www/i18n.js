// The reader's language (issue #14): every string the widget shows comes from a message table
// (messages.js: English and Russian built in), through a translator `t` made for one language.
// Plurals go through Intl.PluralRules (1 слово, 2 слова, 5 слов), numbers and percentages through
// Intl.NumberFormat (82,1 %). A page adds a language or overrides messages with the element's
// `messages` property: { [lang]: { key: message } }. Pure: no DOM (tests/js/i18n.test.mjs).
import { MESSAGES } from "./messages.js";

/** The languages built in. */
export const LANGUAGES = Object.keys(MESSAGES);

/** "ru-RU" → "ru"; lower case; "" for nothing usable. */
const base = (tag) =>
  String(tag ?? "")
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];

/**
 * The reader's language for `el`: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the browser's (`navigator.language`), else English. A language tag, as given.
 */
export function languageOf(el) {
  for (let n = el; n; n = n.parentElement ?? n.getRootNode?.().host) {
    const lang = n.getAttribute?.("lang");
    if (lang) return lang;
  }
  return globalThis.navigator?.language || "en";
}

/**
 * A message is a string with {name} placeholders, or for a count {n} the plural forms by
 * Intl.PluralRules category: { one, few, many, other } (English needs one and other).
 * Returns t(key, params) → string, with t.lang (the tag used), t.num(n, digits?), t.percent(share, exact),
 * t.kind(kind) (a change kind's name), t.list(items).
 *
 * Looked up in the page's `extra` messages for the tag, then for its base language, then the
 * built-in table of the base language, then English: a key nobody translated reads in English.
 */
export function translator(lang = "en", extra = null) {
  const tag = String(lang || "en");
  const b = base(tag);
  const tables = [extra?.[tag], extra?.[b], MESSAGES[b], MESSAGES.en].filter((x) => x && typeof x === "object");
  // Intl needs a valid tag: an unknown or malformed one formats as English.
  const locale = (() => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? "en";
    } catch {
      return "en";
    }
  })();
  // Made on first use: the page's first Intl object loads the browser's locale data (25–60 ms
  // here), which must not land in a module's evaluation (warm-up.js pays it in a task of its own).
  const once = (make) => {
    let v;
    return () => (v ??= make());
  };
  const number = once(() => new Intl.NumberFormat(locale));
  const plural = once(() => new Intl.PluralRules(locale));
  const pct = (digits) => once(() => new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const [pct1, pct0] = [pct(1), pct(0)];
  const raw = (key) => {
    for (const table of tables) if (table[key] !== undefined) return table[key];
    return key; // a key in no table (a bug): shown as it is, not as "undefined"
  };
  const t = (key, params = {}) => {
    let m = raw(key);
    if (m && typeof m === "object") m = m[plural().select(params.n ?? 0)] ?? m.other ?? "";
    return String(m).replace(/\{(\w+)\}/g, (all, name) => {
      const v = params[name];
      if (v === undefined) return all;
      return typeof v === "number" ? number().format(v) : String(v);
    });
  };
  t.lang = tag;
  /** `n` as the language writes numbers ("1,234.5" / "1 234,5"); with `digits`, that many after the point. */
  t.num = (n, digits) =>
    digits === undefined ? number().format(n) : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  /** A share as "97.3%" / "97,3 %"; 100 % only when 1 and `exact` (nothing differs), else at most 99.9 %. */
  t.percent = (share, exact) => {
    let v = Math.round(share * 1000) / 10;
    if (v >= 100 && !(share >= 1 && exact)) v = 99.9;
    return v >= 100 ? pct0().format(1) : pct1().format(v / 100);
  };
  t.kind = (kind) => {
    const m = raw(`kind.${kind}`);
    return m === `kind.${kind}` ? kind : String(m);
  };
  t.list = (items) => items.join(t("list.separator"));
  return t;
}

/** English, for the pure modules' defaults (their tests, and pages that pass no translator). */
export const EN = translator("en");
