// Warming up (issue #13): a reader usually compares once per visit, and a first comparison on a
// fresh page ran 3–5× slower than the next, the engine running the core's code in its baseline
// tier and the view's code cold. So once per page, in idle time before any texts come, the
// element runs the whole path on a made-up pair: compare() (the wasm core and its JS glue), the
// layout and the rows built into a detached fragment, never shown. A comparison asked for
// meanwhile waits for at most one round (a compare or a build of its rows, each under 50 ms: the first, which compile the code, smallest).
import { rowLayout, groupRows, measureItems, describe } from "./layout.js";
import { itemElement } from "./render.js";
import { compareHere, warmWorker } from "./compare-client.js";
import { EN } from "./i18n.js";

const WORDS =
  "the ministry said on Monday that agreement will protect drinking water for million people and more under new rules " +
  "министерство заявило в понедельник что соглашение защитит питьевую воду для миллиона человек по новым правилам";

/**
 * A statement-like pair of about `n` words: both alphabets, figures, quotes, dashes, paragraphs,
 * with words replaced, added and cut, a paragraph moved and some rewritten. Deterministic.
 */
export function warmUpPair(n = 1500) {
  const words = WORDS.split(" ");
  const paras = [[], []];
  let para = [];
  for (let i = 0; i < n; i++) {
    const w = words[(i * 7 + (i >> 5)) % words.length];
    para.push(i % 23 === 0 ? `«${w}»` : i % 19 === 0 ? `${(i * 37) % 1000},${i % 10} %` : i % 29 === 0 ? `${w} —` : w);
    if (i % 60 === 59) (paras[0].push(para.join(" ") + "."), (para = []));
  }
  const edited = paras[0].map((p, k) =>
    p
      .split(" ")
      .map((w, i) => ((i + k) % 17 === 0 ? w.toUpperCase() : (i + k) % 31 === 0 ? `${w} new` : (i + k) % 41 === 0 ? "" : w))
      .filter(Boolean)
      .join(" "),
  );
  if (edited.length > 3) edited.push(...edited.splice(1, 1)); // a moved paragraph
  for (let k = 2; k < edited.length; k += 5) edited[k] = edited[k].split(" ").reverse().join(" "); // rewritten ones
  return [paras[0].join("\n\n"), edited.join("\n\n")];
}

let started = false;

/** Words of each round's pair: growing, so that the first rounds, which compile the code, stay short tasks. */
const ROUNDS = [100, 300, 600, 1000, 1000];
/** The same in the spare worker (a large comparison's), where a long task blocks nothing. */
const WORKER_ROUNDS = [300, 1000, 3000, 6000];

/**
 * Once per page, in tasks of their own once the page is idle: compares a warm-up pair of each
 * ROUNDS size, and in the next task lays out and builds its rows (detached) in `doc`; then starts
 * the spare worker warmed up on WORKER_ROUNDS. Stops as soon as `busy()` (a real comparison started).
 */
export function warmUp(doc, busy) {
  if (started) return;
  started = true;
  const later = (f) => (globalThis.requestIdleCallback ? requestIdleCallback(f, { timeout: 1000 }) : setTimeout(f, 50));
  const round = (k) => {
    if (busy()) return;
    if (k === ROUNDS.length) return warmWorker(WORKER_ROUNDS.map((n) => warmUpPair(n)));
    let result;
    try {
      result = compareHere(...warmUpPair(ROUNDS[k]), { cleanup: true });
    } catch {
      return; // nothing to warm: a real comparison reports what is wrong (compareHere() notes a crash)
    }
    later(() => {
      if (busy()) return;
      const items = groupRows(rowLayout(result)(0, result.rows.length), { context: 2 });
      measureItems(items, result.changes);
      const d = describe(result);
      const paint = { hideMinor: false, findings: { old: result.old.findings, new: result.new.findings } };
      const into = doc.createDocumentFragment();
      for (const item of items) into.append(itemElement(doc, item, result.changes, { inline: k % 2 === 1, paint, d }));
      later(() => round(k + 1));
    });
  };
  // The page's first Intl object loads the locale data (25–60 ms): a task of its own, first.
  later(() => (EN.percent(0.5, false), later(() => round(0))));
}
