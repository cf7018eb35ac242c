// Deterministic generator of statement-like text pairs for the benchmarks.
// No Math.random: everything comes from a seeded PRNG (sfc32), so the same (words, edit, seed)
// always gives byte-identical texts in Node and in the browser.
//
//   import { generatePair } from "./generate.mjs";
//   const { a, b } = generatePair({ words: 10_000, edit: "light" });   // "light" | "heavy" | "unrelated"
//
// Texts: English-like pseudo-words of varied length (a Zipf-ish vocabulary of ~6,000 words built from
// syllables), sentences of 6–32 words with commas, semicolons, parentheses, quotes, figures
// ("30 days", "$1,250", "12.5%", "2024") and full stops; paragraphs of 1–6 sentences separated by a
// blank line; a "## Heading" every ~12 paragraphs; now and then a "- " list.
//
// Edits, counted in words of `a`: "light" edits ~1 % of the words, "heavy" ~20 %, in runs of 1–6
// words (a run replaces, deletes or inserts words, or rewrites a figure) the way revisions cluster;
// "unrelated" generates `b` independently with another seed and the same vocabulary.

export const GENERATOR_VERSION = 1;

/** sfc32 seeded through splitmix32: returns () => float in [0, 1). */
export function rng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const ONSETS = [
  "",
  "b",
  "c",
  "d",
  "f",
  "g",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "w",
  "br",
  "ch",
  "cl",
  "cr",
  "dr",
  "fl",
  "fr",
  "gr",
  "pl",
  "pr",
  "sh",
  "sp",
  "st",
  "str",
  "th",
  "tr",
  "wh",
];
const VOWELS = ["a", "e", "i", "o", "u", "ea", "ee", "ai", "ou", "io", "y"];
const CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "rt", "ng", "ct", "ss", "ll"];
const SUFFIXES = ["", "", "", "", "s", "ed", "ing", "ion", "ment", "ity", "al", "ly", "er", "ive", "ance"];
// Real short words keep the texts reading like prose and make the frequent tokens short.
const FUNCTION_WORDS = [
  "the",
  "of",
  "and",
  "to",
  "a",
  "in",
  "or",
  "we",
  "you",
  "your",
  "is",
  "that",
  "for",
  "may",
  "with",
  "our",
  "by",
  "this",
  "as",
  "on",
  "be",
  "not",
  "any",
  "are",
  "if",
  "will",
  "such",
  "it",
  "from",
  "at",
  "use",
  "data",
  "information",
  "services",
  "personal",
  "shall",
  "which",
  "other",
  "these",
];

/** A vocabulary of `size` distinct pseudo-words (1–14 letters), rank 0 most frequent. */
function vocabulary(size, rand) {
  const seen = new Set(FUNCTION_WORDS);
  const words = [...FUNCTION_WORDS];
  while (words.length < size) {
    const syllables = 1 + Math.floor(rand() * rand() * 4.2);
    let w = "";
    for (let i = 0; i < syllables; i++) {
      w += ONSETS[Math.floor(rand() * ONSETS.length)] + VOWELS[Math.floor(rand() * VOWELS.length)];
      if (rand() < 0.5) w += CODAS[Math.floor(rand() * CODAS.length)];
    }
    if (rand() < 0.4) w += SUFFIXES[Math.floor(rand() * SUFFIXES.length)];
    if (w.length < 1 || w.length > 14 || seen.has(w)) continue;
    seen.add(w);
    words.push(w);
  }
  return words;
}

const VOCAB = vocabulary(6000, rng(0x5eed));
// Zipf-like: rank r drawn with probability ~ 1 / (r + 2).
const H = (() => {
  const c = new Float64Array(VOCAB.length);
  let s = 0;
  for (let r = 0; r < VOCAB.length; r++) c[r] = s += 1 / (r + 2);
  return c.map((x) => x / s);
})();
function pickWord(rand) {
  const u = rand();
  let lo = 0,
    hi = H.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (H[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo];
}

function figure(rand) {
  const k = rand();
  if (k < 0.25) return String(1 + Math.floor(rand() * 90));
  if (k < 0.45) return "$" + (1 + Math.floor(rand() * 99)) + "," + String(Math.floor(rand() * 1000)).padStart(3, "0");
  if (k < 0.65) return Math.floor(rand() * 100) + Math.floor(rand() * 10) / 10 + "%";
  if (k < 0.85) return String(1990 + Math.floor(rand() * 36));
  return `${1 + Math.floor(rand() * 28)}.${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}.${2000 + Math.floor(rand() * 26)}`;
}

const cap = (w) => w[0].toUpperCase() + w.slice(1);

/**
 * Generates a text of about `words` whitespace-separated words as an array of units: each unit is
 * one word with its punctuation and the white space after it, so `units.join("")` is the text and
 * edits can work on whole words.
 */
function generateUnits(words, rand) {
  const units = [];
  let paragraphs = 0;
  while (units.length < words) {
    if (paragraphs % 12 === 0) {
      const n = 1 + Math.floor(rand() * 4);
      units.push("## ");
      for (let i = 0; i < n; i++) units.push(cap(pickWord(rand)) + (i === n - 1 ? "\n\n" : " "));
    }
    paragraphs++;
    const list = rand() < 0.08;
    const sentences = 1 + Math.floor(rand() * 6);
    for (let s = 0; s < sentences && units.length < words; s++) {
      if (list) units.push("- ");
      const len = 6 + Math.floor(rand() * 27);
      let open = null;
      for (let i = 0; i < len; i++) {
        let w = rand() < 0.04 ? figure(rand) : pickWord(rand);
        if (i === 0) w = cap(w);
        else if (rand() < 0.03) w = cap(w);
        if (!open && i > 0 && i < len - 3 && rand() < 0.025) {
          open = rand() < 0.5 ? ")" : "”";
          w = (open === ")" ? "(" : "“") + w;
        } else if (open && rand() < 0.3) {
          w += open;
          open = null;
        }
        if (i === len - 1) {
          if (open) w += open;
          w += rand() < 0.9 ? "." : rand() < 0.5 ? ";" : ":";
        } else if (rand() < 0.07) w += rand() < 0.8 ? "," : ";";
        const last = i === len - 1;
        units.push(w + (last ? (list ? "\n" : s === sentences - 1 ? "" : " ") : " "));
      }
    }
    units.push(list ? "\n" : "\n\n");
  }
  // Drop the trailing paragraph break unit; the text ends in a newline.
  if (units[units.length - 1] === "\n\n") units[units.length - 1] = "\n";
  return units;
}

/** Rewrites a unit's word, keeping its punctuation and trailing white space. */
function replaceWord(unit, rand) {
  const m = /^([(“\-#]*\s?)([^\s.,;:)”]+)(.*)$/su.exec(unit);
  if (!m) return unit;
  const [, pre, word, post] = m;
  let w = /\d/.test(word) ? figure(rand) : pickWord(rand);
  if (word[0] !== word[0].toLowerCase()) w = cap(w);
  return pre + w + post;
}

/** Edits about `rate` of the words in runs of 1–6 words. */
function edit(units, rate, rand) {
  const out = [];
  const meanRun = 3.5;
  const pStart = rate / meanRun;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (rand() >= pStart || u === "\n" || u === "\n\n" || u === "## " || u === "- ") {
      out.push(u);
      continue;
    }
    const run = 1 + Math.floor(rand() * 6);
    const kind = rand();
    if (kind < 0.5) {
      // replace `run` words
      for (let k = 0; k < run && i + k < units.length; k++) out.push(replaceWord(units[i + k], rand));
      i += run - 1;
    } else if (kind < 0.72) {
      // delete `run` words (keep the last unit's ending if it closes a sentence or paragraph)
      const end = Math.min(units.length, i + run);
      const tail = units[end - 1];
      if (/[.;:]\s*$|\n/.test(tail)) out.push(tail);
      i = end - 1;
    } else {
      // insert `run` new words before this unit
      for (let k = 0; k < run; k++) out.push(pickWord(rand) + " ");
      out.push(u);
    }
  }
  return out;
}

export const EDIT_RATES = { light: 0.01, heavy: 0.2 };

/** { a, b } for `words` words with `edit` = "light" | "heavy" | "unrelated". */
export function generatePair({ words, edit: kind, seed = 20251122 }) {
  const unitsA = generateUnits(words, rng(seed ^ words));
  const a = unitsA.join("");
  let b;
  if (kind === "unrelated") b = generateUnits(words, rng((seed ^ words) + 0x9e37)).join("");
  else if (kind in EDIT_RATES) b = edit(unitsA, EDIT_RATES[kind], rng(seed ^ words ^ 0xed17)).join("");
  else throw new Error(`unknown edit kind ${kind}`);
  return { a, b };
}

export const countWords = (s) => (s.match(/\S+/g) ?? []).length;

if (typeof process !== "undefined" && process.argv?.[1]?.endsWith("generate.mjs")) {
  const words = Number(process.argv[2] ?? 200);
  const kind = process.argv[3] ?? "light";
  const { a, b } = generatePair({ words, edit: kind });
  console.log(a.slice(0, 1500));
  console.log("-----");
  console.log(b.slice(0, 1500));
  console.error(`words a=${countWords(a)} b=${countWords(b)} chars a=${a.length} b=${b.length}`);
}
