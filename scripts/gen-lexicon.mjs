#!/usr/bin/env node
// Generates the word lists the core uses to tell a word of the language from a non-word
// (src/lexicon.rs reads them): www/lexicon/{en,ru}.lex and their gzip -9 copies *.lex.gz, which
// the page fetches (www/lexicon.js), with the dictionaries' licenses ({en,ru}.LICENSE.txt).
// Source: the hunspell dictionaries of the npm packages dictionary-en (en_US, "(MIT AND BSD)")
// and dictionary-ru (ru_RU, BSD-3-Clause), devDependencies.
//
//   node scripts/gen-lexicon.mjs [--lang L]      both languages (or L) into www/lexicon/
//   node scripts/gen-lexicon.mjs --sample N      no files: prints, for every Nth .dic entry of each
//                                                language, "+\tlang\tform" for each of its forms
//                                                (expanded here, forwards, the way hunspell does)
//                                                and "-\tlang\tstring" for near misses that are no
//                                                form of any entry (tests/lexicon.rs checks both;
//                                                what src/lexicon.rs decides by rule is left out)
//   node scripts/gen-lexicon.mjs --aff A --dic D --lang L --out F    one file from any .aff/.dic
//
// The output stays hunspell-shaped (stems + affix rules), not the expanded form list (ru expands
// to ~1.4 M forms); it is deterministic (same input, byte-identical output). Format (v1):
//   text lines: "statement-diff lexicon 1", "lang L", "source S", "flags F" (flag chars; bit i of
//   a flag set is the i-th), "sfx N" + N rules, "pfx N" + N rules (a rule: "flag Y|N strip add
//   cond", "0" for an empty strip or add; by add with ё as е, then strip, in UTF-8 byte order),
//   "sets N" + N flag sets ("0" = none; a leading "=": spelt with a capital; by frequency),
//   "words N"; then binary: N stems, each one byte (bytes shared with the previous stem) + the
//   rest of its UTF-8 + "\n", sorted by folded form (ё as е) in UTF-8 byte order; then N flag-set
//   indices as LEB128 varints; then "end\n".
// Stems are lower-cased and have ’ as ' (the aff's ICONV); ё is kept in stems and rules so that
// conditions such as [^ё] stay exact: the lookup compares with ё folded to е.
//
// Hunspell features: SET UTF-8, default single-character FLAGs, PFX/SFX with strip, add and
// condition ([...], [^...], ., literal), cross product, ICONV (only ’ → '), ONLYINCOMPOUND (its
// stems are dropped: no compounding), NOSUGGEST (dropped: the word is still a word). Ignored, as
// they only serve suggestions or compounds: TRY, KEY, REP, MAP, PHONE, WORDCHARS, COMPOUNDMIN,
// COMPOUNDRULE (en: ordinal numbers such as 21st), and morphological fields. Anything else
// (NEEDAFFIX, FORBIDDENWORD, CIRCUMFIX, FLAG long/num/UTF-8, AF/AM aliases, affix continuation
// flags...) stops the generator with an error, so that a dictionary update cannot silently
// change the meaning.
//
// An entry spelt with a capital ("Th", "Paris") gets the "=" mark: a word in lower case does not
// match it (hunspell's rule). Entries whose lower-cased spelling changes hunspell's forms (a
// condition that sees a capital: "Z/S" gives "Zs", "z/S" would give "zes") or that have a
// cross-product prefix are expanded twice, the hunspell way and the way src/lexicon.rs looks
// words up (lower-cased stem; a cross-product prefix's condition checked on the stem); one whose
// two expansions differ is written as its forms.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants as zlib } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const LANGS = ["en", "ru"];
const MAGIC = "statement-diff lexicon 1";

/** The stored spelling: lower case, ’ as ' (ё kept). */
function foldStem(s) {
  const l = s.toLowerCase();
  return l.includes("\u2019") ? l.replaceAll("\u2019", "'") : l;
}
/** The compared spelling: foldStem and ё as е (what src/lexicon.rs compares). */
function foldFull(s) {
  const l = foldStem(s);
  return l.includes("ё") ? l.replaceAll("ё", "е") : l;
}

const IGNORED = new Set([
  "TRY",
  "KEY",
  "REP",
  "MAP",
  "PHONE",
  "WORDCHARS",
  "COMPOUNDMIN",
  "COMPOUNDRULE",
  "NOSUGGEST",
  "MAXNGRAMSUGS",
  "NOSPLITSUGS",
  "ONLYMAXDIFF",
  "SUGSWITHDOTS",
  "NAME",
  "VERSION",
  "HOME",
  "LANG",
]);

function fail(msg) {
  throw new Error(`gen-lexicon: ${msg}`);
}

/** A hunspell condition → [{neg, chars: Set|null (any)}], one element per character. */
function parseCond(cond, where) {
  const out = [];
  const cs = Array.from(cond);
  for (let i = 0; i < cs.length; i++) {
    if (cs[i] === ".") out.push({ neg: false, chars: null });
    else if (cs[i] === "[") {
      const end = cs.indexOf("]", i + 1);
      if (end < 0) fail(`${where}: unclosed [ in condition ${cond}`);
      let body = cs.slice(i + 1, end);
      const neg = body[0] === "^";
      if (neg) body = body.slice(1);
      if (body.length === 0) fail(`${where}: empty class in condition ${cond}`);
      out.push({ neg, chars: new Set(body) });
      i = end;
    } else if (cs[i] === "]" || cs[i] === "^") fail(`${where}: stray ${cs[i]} in condition ${cond}`);
    else out.push({ neg: false, chars: new Set([cs[i]]) });
  }
  return out;
}

const elemOk = (e, c) => e.chars === null || e.chars.has(c) !== e.neg;
function condEnd(cond, chars) {
  const off = chars.length - cond.length;
  if (off < 0) return false;
  for (let k = 0; k < cond.length; k++) if (!elemOk(cond[k], chars[off + k])) return false;
  return true;
}
function condStart(cond, chars) {
  if (chars.length < cond.length) return false;
  for (let k = 0; k < cond.length; k++) if (!elemOk(cond[k], chars[k])) return false;
  return true;
}

function parseAff(text, name) {
  const aff = { sfx: new Map(), pfx: new Map(), rules: [], onlyInCompound: null, noSuggest: null, compoundFlags: new Set() };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    const f = line.split(/\s+/);
    const where = `${name}:${i + 1}`;
    switch (f[0]) {
      case "SET":
        if (f[1] !== "UTF-8") fail(`${where}: SET ${f[1]} (only UTF-8)`);
        break;
      case "FLAG":
        fail(`${where}: FLAG ${f[1]} not supported (only single-character flags)`);
        break;
      case "ICONV": {
        const n = Number(f[1]);
        for (let k = 0; k < n; k++) {
          const g = lines[++i].trim().split(/\s+/);
          if (g[0] !== "ICONV" || foldFull(g[1]) !== foldFull(g[2])) fail(`${name}:${i + 1}: ICONV ${g[1]} → ${g[2]} is not in the lookup's folding`);
        }
        break;
      }
      case "ONLYINCOMPOUND":
        aff.onlyInCompound = f[1];
        break;
      case "NOSUGGEST":
        aff.noSuggest = f[1];
        break;
      case "COMPOUNDRULE":
        if (!/^\d+$/.test(f[1])) for (const c of f[1]) if (!"*?()".includes(c)) aff.compoundFlags.add(c);
        break;
      case "PFX":
      case "SFX": {
        const [kind, flag, cross, count] = f;
        if (Array.from(flag).length !== 1 || flag === "=" || flag === "0") fail(`${where}: flag ${flag} is not one character other than = and 0`);
        if (cross !== "Y" && cross !== "N") fail(`${where}: cross product ${cross}`);
        const map = kind === "SFX" ? aff.sfx : aff.pfx;
        if (aff.sfx.has(flag) || aff.pfx.has(flag)) fail(`${where}: flag ${flag} defined twice`);
        const list = [];
        map.set(flag, list);
        for (let k = 0; k < Number(count); k++) {
          i++;
          const g = (lines[i] ?? "").trim().split(/\s+/);
          const w = `${name}:${i + 1}`;
          if (g[0] !== kind || g[1] !== flag || g.length < 4) fail(`${w}: expected a ${kind} ${flag} rule`);
          const [addRaw, cont] = g[3].split("/");
          if (cont !== undefined) fail(`${w}: affix continuation flags are not supported`);
          const strip = g[2] === "0" ? "" : g[2];
          const add = addRaw === "0" ? "" : addRaw;
          const condText = g[4] ?? ".";
          for (const s of [strip, add, condText]) if (s !== s.toLowerCase() || s.includes("\u2019")) fail(`${w}: capital or ’ in a rule`);
          const rule = { kind, flag, cross: cross === "Y", strip, add, condText, cond: parseCond(condText, w), stripLen: Array.from(strip).length };
          list.push(rule);
          aff.rules.push(rule);
        }
        break;
      }
      default:
        if (!IGNORED.has(f[0])) fail(`${where}: ${f[0]} is not supported (extend scripts/gen-lexicon.mjs and src/lexicon.rs)`);
    }
  }
  aff.yoFlags = new Set(aff.rules.filter((r) => r.add.includes("ё")).map((r) => r.flag));
  // Suffix rules by flag and by the character their condition wants last (the rest apart), so
  // that expanding an entry does not test every rule of a 400-rule flag.
  aff.sfxIndex = new Map();
  for (const [flag, rules] of aff.sfx) {
    const index = { byLast: new Map(), other: [] };
    for (const r of rules) {
      const e = r.cond[r.cond.length - 1];
      if (!e || e.chars === null || e.neg) index.other.push(r);
      else for (const c of e.chars) index.byLast.set(c, [...(index.byLast.get(c) ?? []), r]);
    }
    aff.sfxIndex.set(flag, index);
  }
  return aff;
}

function parseDic(text, name, aff) {
  const lines = text.split(/\r?\n/);
  if (!/^\d+$/.test(lines[0].trim())) fail(`${name}: first line is not a count`);
  const entries = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const field = line.split(/[\t ]/)[0]; // morphological fields after white space are ignored
    if (field.includes("\\")) fail(`${name}:${i + 1}: escapes are not supported`);
    const slash = field.indexOf("/");
    const word = slash < 0 ? field : field.slice(0, slash);
    const flags = slash < 0 ? [] : Array.from(field.slice(slash + 1));
    if (!word) fail(`${name}:${i + 1}: empty word`);
    if (flags.includes(aff.onlyInCompound)) continue;
    const affixFlags = [];
    for (const fl of flags) {
      if (aff.sfx.has(fl) || aff.pfx.has(fl)) affixFlags.push(fl);
      else if (fl !== aff.noSuggest && !aff.compoundFlags.has(fl)) fail(`${name}:${i + 1}: unknown flag ${fl}`);
    }
    const sorted = [...new Set(affixFlags)].sort();
    // plain: the stored spelling already (no capital, no ’); yo: an ё in the word or a rule's add.
    const plain = word === foldStem(word);
    const yo = word.includes("ё") || sorted.some((f) => aff.yoFlags.has(f));
    entries.push({ word, flags: sorted, plain, cased: word !== word.toLowerCase(), yo });
  }
  return entries;
}

/**
 * The forms of one entry (not folded). `model` = the way src/lexicon.rs finds them: the
 * condition of a cross-product prefix is checked on the stem (hunspell checks it on the suffixed
 * form) and its strip must match the stem's start.
 */
function expand(word, flags, aff, model) {
  const out = [word];
  const wc = Array.from(word);
  const sforms = [];
  const last = wc[wc.length - 1];
  for (const fl of flags) {
    const index = aff.sfxIndex.get(fl);
    if (!index) continue;
    for (const r of [...(index.byLast.get(last) ?? []), ...index.other]) {
      if (wc.length <= r.stripLen || !word.endsWith(r.strip) || !condEnd(r.cond, wc)) continue;
      const form = word.slice(0, word.length - r.strip.length) + r.add;
      out.push(form);
      if (r.cross) sforms.push(form);
    }
  }
  for (const fl of flags) {
    for (const p of aff.pfx.get(fl) ?? []) {
      if (wc.length > p.stripLen && word.startsWith(p.strip) && condStart(p.cond, wc)) out.push(p.add + word.slice(p.strip.length));
      if (!p.cross) continue;
      for (const sf of sforms) {
        const sc = Array.from(sf);
        if (sc.length <= p.stripLen) continue;
        const ok = model
          ? foldFull(sf).startsWith(foldFull(p.strip)) && word.startsWith(p.strip) && condStart(p.cond, wc)
          : sf.startsWith(p.strip) && condStart(p.cond, sc);
        if (ok) out.push(p.add + sf.slice(p.strip.length));
      }
    }
  }
  return out;
}

const foldYo = (s) => (s.includes("ё") ? s.replaceAll("ё", "е") : s);
/** Hunspell's forms of a .dic entry, folded (a stored-spelling stem and rules only need ё → е). */
function refList(e, aff) {
  const forms = expand(e.word, e.flags, aff, false);
  return e.plain && !e.yo ? forms : forms.map(e.plain ? foldYo : foldFull);
}
const refForms = (e, aff) => new Set(refList(e, aff));
const modelForms = (stem, flags, aff) => new Set(expand(stem, flags, aff, true).map(foldYo));
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const utf8 = (s) => Buffer.from(s, "utf8");

function readLang(lang, affPath, dicPath) {
  const aff = parseAff(readFileSync(affPath, "utf8"), affPath);
  const entries = parseDic(readFileSync(dicPath, "utf8"), dicPath, aff);
  return { aff, entries };
}

function sourcePaths(lang) {
  const dir = join(ROOT, "node_modules", `dictionary-${lang}`);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return {
    aff: join(dir, "index.aff"),
    dic: join(dir, "index.dic"),
    license: join(dir, "license"),
    source: `${pkg.name}@${pkg.version}, license ${pkg.license}`,
  };
}

/** Builds the .lex bytes; returns {bytes, stats}. */
function build(lang, source, { aff, entries }) {
  // Entries as (stored stem, flags) in two groups: "cased" (the .dic spelling has a capital: a
  // name, an abbreviation such as "Th"), which a word in lower case does not match, hunspell's
  // way, and the others. An entry whose lookup would differ from hunspell's forms becomes its
  // forms, bare.
  const groups = [new Map(), new Map()];
  let expanded = 0;
  const put = (cased, stem, flags) => {
    const g = groups[cased ? 1 : 0];
    let list = g.get(stem);
    if (!list) g.set(stem, (list = []));
    list.push(flags);
  };
  for (const e of entries) {
    const stem = foldStem(e.word);
    const cased = e.cased;
    if (!e.flags.length) {
      put(cased, stem, []);
      continue;
    }
    // The two expansions can only differ when the stem changes case (or ’) or for a cross-product
    // prefix: expand twice only then.
    const twice = e.word !== stem || e.flags.some((f) => aff.pfx.get(f)?.some((p) => p.cross));
    if (!twice || sameSet(refForms(e, aff), modelForms(stem, e.flags, aff))) put(cased, stem, e.flags);
    else {
      expanded++;
      if (process.env.LEXICON_DEBUG) console.error(`${lang}: written as forms: ${e.word}/${e.flags.join("")}`);
      for (const f of refForms(e, aff)) put(cased, f, []);
    }
  }
  // Per stem: drop duplicate and empty flag sets (the bare stem is a form of any entry), and
  // merge flag sets when their union generates no form that neither did (a cross product could).
  const mergeSets = (stem, sets) => {
    const uniq = [...new Map(sets.map((s) => [s.join(""), s])).values()].filter((s) => s.length);
    const merged = [];
    for (const s of uniq) {
      let done = false;
      for (let k = 0; k < merged.length && !done; k++) {
        const union = [...new Set([...merged[k], ...s])].sort();
        const want = new Set([...modelForms(stem, merged[k], aff), ...modelForms(stem, s, aff)]);
        if (sameSet(modelForms(stem, union, aff), want)) {
          merged[k] = union;
          done = true;
        }
      }
      if (!done) merged.push(s);
    }
    if (!merged.length) merged.push([]);
    return merged.map((s) => s.join(""));
  };
  const items = [];
  const item = (stem, flags) => ({ stem, key: utf8(stem.replaceAll("ё", "е")), bytes: utf8(stem), flags });
  const plain = new Map();
  for (const [stem, sets] of groups[0]) {
    plain.set(stem, mergeSets(stem, sets));
    for (const s of plain.get(stem)) items.push(item(stem, s));
  }
  for (const [stem, sets] of groups[1]) {
    // What an entry in lower case already gives is no cased entry.
    const also = plain.get(stem);
    for (const s of mergeSets(stem, sets)) if (!also || (s && !also.includes(s))) items.push(item(stem, "=" + s));
  }
  items.sort((a, b) => Buffer.compare(a.key, b.key) || Buffer.compare(a.bytes, b.bytes) || (a.flags < b.flags ? -1 : a.flags > b.flags ? 1 : 0));

  const flagChars = [...new Set(aff.rules.map((r) => r.flag))].sort();
  if (flagChars.length > 63) fail(`${lang}: more than 63 affix flags`);
  const setCount = new Map();
  for (const it of items) setCount.set(it.flags, (setCount.get(it.flags) ?? 0) + 1);
  const sets = [...setCount.keys()].sort((a, b) => setCount.get(b) - setCount.get(a) || (a < b ? -1 : a > b ? 1 : 0));
  const setIndex = new Map(sets.map((s, i) => [s, i]));

  const ruleLine = (r) => `${r.flag} ${r.cross ? "Y" : "N"} ${r.strip || "0"} ${r.add || "0"} ${r.condText}`;
  // Rules by add (ё as е), then strip, in UTF-8 byte order: the lookup finds them by add.
  const byAdd = (a, b) => Buffer.compare(utf8(foldYo(a.add)), utf8(foldYo(b.add))) || Buffer.compare(utf8(a.strip), utf8(b.strip));
  const sfx = aff.rules.filter((r) => r.kind === "SFX").sort(byAdd);
  const pfx = aff.rules.filter((r) => r.kind === "PFX").sort(byAdd);
  const head = [
    MAGIC,
    `lang ${lang}`,
    `source ${source}`,
    `flags ${flagChars.join("")}`,
    `sfx ${sfx.length}`,
    ...sfx.map(ruleLine),
    `pfx ${pfx.length}`,
    ...pfx.map(ruleLine),
    `sets ${sets.length}`,
    ...sets.map((s) => s || "0"),
    `words ${items.length}`,
    "",
  ].join("\n");

  const parts = [utf8(head)];
  let prev = Buffer.alloc(0);
  for (const it of items) {
    const b = it.bytes;
    if (b.includes(10) || b.includes(13) || b.includes(32) || b.includes(9)) fail(`${lang}: white space in ${it.stem}`);
    let p = 0;
    const max = Math.min(prev.length, b.length, 255);
    while (p < max && prev[p] === b[p]) p++;
    while (p > 0 && (b[p] & 0xc0) === 0x80) p--; // back to a character boundary
    parts.push(Buffer.from([p]), b.subarray(p), Buffer.from([10]));
    prev = b;
  }
  const idx = [];
  for (const it of items) {
    let v = setIndex.get(it.flags);
    while (v >= 0x80) {
      idx.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    idx.push(v);
  }
  parts.push(Buffer.from(idx), utf8("end\n"));
  const bytes = Buffer.concat(parts);
  return { bytes, stats: { entries: entries.length, stems: items.length, expanded, sets: sets.length, rules: aff.rules.length } };
}

/** What src/lexicon.rs decides by rule, not by the data: see its module documentation. */
function byRule(lang, word) {
  const vowels = { en: /[aeiouy0-9]/, ru: /[аеёиоуыэюя0-9]/ }[lang];
  return Array.from(word).length < 2 || (vowels && !vowels.test(foldFull(word)));
}

function sample(lang, n, data) {
  const { aff, entries } = data;
  const forms = new Set();
  const misses = new Set();
  for (let i = 0; i < entries.length; i += n) {
    const e = entries[i];
    const cased = e.cased;
    for (const form of expand(e.word, e.flags, aff, false)) {
      forms.add(form);
      const f = foldFull(form);
      // In lower case, the form of a cased entry ("Th") is no word unless another entry has it.
      if (cased) misses.add(f);
      else forms.add(f);
      const c = Array.from(f);
      misses.add(c.slice(0, -1).join("")).add(c.slice(1).join("")).add(c.slice(0, -2).join(""));
      misses.add(f + (lang === "ru" ? "щ" : "q"));
    }
  }
  // A near miss that an entry in lower case generates is no miss. The entries that might are
  // found backwards (stem = miss less an add plus a strip), then expanded forwards to be sure.
  const byFolded = new Map();
  for (const e of entries) {
    if (e.cased) continue;
    const k = foldFull(e.word);
    const list = byFolded.get(k);
    if (list) list.push(e);
    else byFolded.set(k, [e]);
  }
  const folded = (kind) => aff.rules.filter((r) => r.kind === kind).map((r) => [foldFull(r.add), foldFull(r.strip), r.cross]);
  const [sfx, pfx] = [folded("SFX"), folded("PFX")];
  const viaSuffix = (m, out) => {
    for (const [add, strip] of sfx) {
      if (m.length <= add.length || !m.endsWith(add)) continue;
      for (const e of byFolded.get(m.slice(0, m.length - add.length) + strip) ?? []) out.add(e);
    }
  };
  const cands = (m) => {
    const out = new Set(byFolded.get(m) ?? []);
    viaSuffix(m, out);
    for (const [add, strip, cross] of pfx) {
      if (m.length <= add.length || !m.startsWith(add)) continue;
      const stem = strip + m.slice(add.length);
      for (const e of byFolded.get(stem) ?? []) out.add(e);
      if (cross) viaSuffix(stem, out);
    }
    return out;
  };
  for (const m of misses) if ([...cands(m)].some((e) => refList(e, aff).includes(m))) misses.delete(m);
  const keep = (s) => !byRule(lang, s);
  return [...[...forms].filter(keep).map((f) => `+\t${lang}\t${f}`), ...[...misses].filter(keep).map((m) => `-\t${lang}\t${m}`)];
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  if (arg("--aff")) {
    const lang = arg("--lang") ?? fail("--lang is required with --aff");
    const out = arg("--out") ?? fail("--out is required with --aff");
    if (!arg("--dic")) fail("--dic is required with --aff");
    const { bytes } = build(lang, arg("--source") ?? "test fixture", readLang(lang, arg("--aff"), arg("--dic")));
    writeFileSync(out, bytes);
    return;
  }
  const langs = arg("--lang") ? [arg("--lang")] : LANGS;
  if (arg("--sample")) {
    const n = Number(arg("--sample"));
    if (!(n >= 1)) fail("--sample needs a positive step");
    const lines = [];
    for (const lang of langs) {
      const p = sourcePaths(lang);
      lines.push(...sample(lang, n, readLang(lang, p.aff, p.dic)));
    }
    process.stdout.write(lines.join("\n") + "\n");
    return;
  }
  const outDir = join(ROOT, "www", "lexicon");
  mkdirSync(outDir, { recursive: true });
  for (const lang of langs) {
    const t0 = performance.now();
    const p = sourcePaths(lang);
    const { bytes, stats } = build(lang, p.source, readLang(lang, p.aff, p.dic));
    const gz = gzipSync(bytes, { level: zlib.Z_BEST_COMPRESSION });
    writeFileSync(join(outDir, `${lang}.lex`), bytes);
    writeFileSync(join(outDir, `${lang}.lex.gz`), gz);
    writeFileSync(join(outDir, `${lang}.LICENSE.txt`), readFileSync(p.license));
    const kb = (x) => `${(x / 1024).toFixed(0)} KB`;
    console.log(
      `lexicon ${lang}: ${stats.entries} .dic entries → ${stats.stems} stems (${stats.expanded} written as forms), ` +
        `${stats.rules} rules, ${stats.sets} flag sets; ${kb(bytes.length)} raw, ${kb(gz.length)} gzip; ` +
        `www/lexicon/${lang}.lex(.gz) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
