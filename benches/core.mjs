// What one benchmark cell runs, shared by Node (benches/cell.mjs, one child process per cell) and
// Chromium (benches/worker.js, one dedicated Worker per cell). Plain ES module, no Node or DOM APIs.
//
// Every library is timed from the two raw strings to its result, tokenizing included, because
// statement-diff's compare() includes its own tokenizing (and the wasm boundary both ways).

/** The libraries, in table order. `label` is what the tables show. */
export const LIBS = [
  { id: "sd", label: "statement-diff compare()" },
  { id: "jsdiff", label: "jsdiff diffWords" },
  { id: "jsdiff-seg", label: "jsdiff diffWords + Intl.Segmenter" },
  { id: "dmp-word", label: "diff-match-patch word mode" },
  { id: "dmp-char", label: "diff-match-patch char mode" },
  { id: "fmd", label: "fast-myers-diff (word arrays)" },
  { id: "floor", label: "floor: compare(b, b)" },
  { id: "tokenize", label: "floor: tokenize a and b" },
];

// One token per word, number, white-space run or other character: the split jsdiff's diffWords and
// statement-diff make too, used for the diff-match-patch word recipe and for fast-myers-diff.
const TOKEN = /[\p{L}\p{M}\p{N}_'’]+|\s+|[^\s\p{L}\p{M}\p{N}_'’]/gu;
export const tokens = (s) => s.match(TOKEN) ?? [];

/**
 * Returns { id: (a, b) => summary } for the libraries given. `budgetMs` is passed to jsdiff as its
 * own `timeout` so a hopeless call gives up by itself (it returns undefined); the caller also kills
 * the worker/process if any call runs past the budget.
 *
 * summary: { n } (size of the result) plus { gaveUp: true } when the library hit its own time
 * limit, { approximate: true } when statement-diff's did.
 */
export function makeRunners({ compare, tokenize, Diff, DMP, fmd, budgetMs }) {
  const runners = {};
  // The tokenize floor: both texts across the boundary and through the core's tokenizer, nothing
  // else (a benchmark-only export of the test-hooks build, target/pkg-bench/).
  if (tokenize) runners.tokenize = (a, b) => ({ n: tokenize(a, b) });
  if (compare) {
    runners.sd = (a, b) => {
      const r = compare(a, b);
      return { n: r.changes.length, approximate: r.approximate || undefined };
    };
    runners.floor = (a, b) => {
      const r = compare(b, b);
      return { n: r.old.segments.length };
    };
  }
  if (Diff) {
    runners.jsdiff = (a, b) => {
      const r = Diff.diffWords(a, b, { timeout: budgetMs });
      return r === undefined ? { n: 0, gaveUp: true } : { n: r.length };
    };
    // The README: "intlSegmenter: an Intl.Segmenter (which must have a granularity of 'word')".
    const seg = new Intl.Segmenter(undefined, { granularity: "word" });
    runners["jsdiff-seg"] = (a, b) => {
      const r = Diff.diffWords(a, b, { timeout: budgetMs, intlSegmenter: seg });
      return r === undefined ? { n: 0, gaveUp: true } : { n: r.length };
    };
  }
  if (DMP) {
    // Diff_Timeout stays at its default, 1 s; when diff_main runs that long it has given up and
    // returned a coarse diff (the rest as one delete + one insert).
    const dmp = new DMP();
    const limitMs = dmp.Diff_Timeout * 1000;
    runners["dmp-char"] = (a, b) => {
      const t = performance.now();
      const d = dmp.diff_main(a, b);
      const gaveUp = performance.now() - t >= limitMs;
      dmp.diff_cleanupSemantic(d);
      return { n: d.length, gaveUp: gaveUp || undefined };
    };
    // The documented linesToChars recipe, with words instead of lines: every distinct token gets one
    // UTF-16 unit, diff_main runs on the encoded strings, charsToLines_ turns the result back into
    // text, then diff_cleanupSemantic. Past 65,535 distinct tokens the code units would run into
    // surrogates, so such inputs are refused rather than diffed wrongly.
    runners["dmp-word"] = (a, b) => {
      const list = [""];
      const index = new Map();
      const encode = (s) => {
        const ts = tokens(s);
        let out = "";
        let chunk = [];
        for (const tok of ts) {
          let c = index.get(tok);
          if (c === undefined) {
            c = list.length;
            if (c > 0xffff) throw new Error("more than 65535 distinct tokens");
            index.set(tok, c);
            list.push(tok);
          }
          chunk.push(c);
          if (chunk.length === 8192) {
            out += String.fromCharCode.apply(null, chunk);
            chunk = [];
          }
        }
        return out + String.fromCharCode.apply(null, chunk);
      };
      const ca = encode(a);
      const cb = encode(b);
      const t = performance.now();
      const d = dmp.diff_main(ca, cb, false);
      const gaveUp = performance.now() - t >= limitMs;
      dmp.diff_charsToLines_(d, list);
      dmp.diff_cleanupSemantic(d);
      return { n: d.length, gaveUp: gaveUp || undefined };
    };
  }
  if (fmd) {
    runners.fmd = (a, b) => {
      const xs = tokens(a);
      const ys = tokens(b);
      let n = 0;
      for (const [sx, ex, sy, ey] of fmd.diff(xs, ys)) n += ex - sx + ey - sy > 0 ? 1 : 0;
      return { n };
    };
  }
  return runners;
}

/**
 * Runs `fn(a, b)` adaptively and reports each timed run through `onSample(ms, summary)`.
 * A warm-up run comes first; it is kept as a sample when it takes longer than `warmKeepMs` (then
 * JIT warm-up is noise next to the run). Stops when: `maxRuns` samples; or at least `minRuns`
 * samples and `minTimeMs` of samples; or when one more run (as long as the slowest so far) would
 * push the cell past `cellCapMs`; or a run took longer than `budgetMs` (the caller kills calls that
 * never return). Returns { samples, summary, timedOut }.
 */
export function runCell(fn, a, b, cfg, onSample = () => {}) {
  const { minRuns = 3, maxRuns = 15, minTimeMs = 1000, cellCapMs = 30000, budgetMs = 20000, warmKeepMs = 1000 } = cfg;
  const samples = [];
  let summary;
  let total = 0;
  let t = performance.now();
  summary = fn(a, b);
  let ms = performance.now() - t;
  if (summary?.gaveUp && ms >= budgetMs * 0.9) return { samples: [ms], summary, timedOut: true };
  if (ms > budgetMs) return { samples: [ms], summary, timedOut: true };
  if (ms > warmKeepMs) {
    samples.push(ms);
    total += ms;
    onSample(ms, summary);
  }
  while (samples.length < maxRuns) {
    if (samples.length >= minRuns && total >= minTimeMs) break;
    const slowest = samples.length ? Math.max(...samples) : ms;
    if (samples.length >= 1 && total + slowest > cellCapMs) break;
    t = performance.now();
    summary = fn(a, b);
    ms = performance.now() - t;
    samples.push(ms);
    total += ms;
    onSample(ms, summary);
    if (ms > budgetMs) return { samples, summary, timedOut: true };
  }
  return { samples, summary, timedOut: false };
}
