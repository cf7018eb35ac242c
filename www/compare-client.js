// Comparing: on the page's WebAssembly core when small, in a worker (statement-diff-worker.js)
// when large or once the core crashed; with the word lists a result asks for (wordlists.js). The
// quote check (mode="quotes") loads its own build, www/quotes/pkg/, and only then.
import init, { compare, setWordLookup } from "./pkg/statement_diff.js";
import { unpack } from "./statement-diff-transfer.js";
import { ensureWordLists, lookup } from "./wordlists.js";

let coreReady;
/** Loads the WebAssembly core once per page; every element shares it. */
export function loadCore() {
  return (coreReady ??= init().then((core) => (setWordLookup(lookup), core)));
}

let quotesReady;
export function loadQuotes() {
  return (quotesReady ??= import("./quotes/pkg/statement_diff.js").then(async (m) => (await m.default(), m.setWordLookup(lookup), m)));
}

/** checkQuotes() on the page (fast: no worker), again once the word lists it asks for are loaded. */
export async function checkQuotes(source, quoting, options) {
  const m = await loadQuotes();
  const first = m.checkQuotes(source, quoting, options);
  return first.wordListsNeeded.length && (await ensureWordLists(first.wordListsNeeded)) ? m.checkQuotes(source, quoting, options) : first;
}

// Set when the page's core trapped (a panic: a bug). It may be left mid-update, so from then on
// every comparison on this page runs in a worker, replaced after each crash.
let coreTrapped = false;

/** compare() on the page's core (loaded: loadCore()); a trap (a bug) sends every later comparison to a worker. */
export function compareHere(oldText, newText, options) {
  try {
    return compare(oldText, newText, options);
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    coreTrapped = true;
    throw new EngineCrash(e.message);
  }
}

/** The core crashed (a bug), not the input's fault; the next comparison uses a fresh instance. */
class EngineCrash extends Error {
  name = "EngineCrash";
  constructor(message) {
    super(
      `The comparison engine crashed on these texts (internal error: ${message}; details on the browser console). This is a bug in statement-diff; please report it with the two texts. The next comparison starts a fresh engine.`,
    );
    this.internal = message; // the core's own words, for the widget's message in the reader's language
  }
}

/** Texts longer than this (UTF-16 units, both together) go to the worker; shorter ones take well under 50 ms. */
export const WORKER_THRESHOLD = 100_000;

const newWorker = () => new Worker(new URL("./statement-diff-worker.js", import.meta.url), { type: "module" });
let spare = null; // a worker started and warmed up before any large comparison (warmWorker())

/** Starts the page's spare worker (once) and has it compare `pairs` to warm up; the first large comparison takes it. */
export function warmWorker(pairs) {
  if (spare || typeof Worker === "undefined") return;
  spare = newWorker();
  spare.postMessage({ warmUp: pairs });
}

/** Compares in a module worker; one per element (the first takes the spare), replaced after a cancel or a crash. */
export class CompareWorker {
  #worker = null;
  #pending = null;
  #seq = 0;

  run(oldText, newText, options, wordLists = []) {
    this.cancel();
    if (!this.#worker) [this.#worker, spare] = [spare ?? newWorker(), null];
    const id = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending = { id, resolve, reject };
      this.#worker.onmessage = ({ data }) => {
        if (data.id !== this.#pending?.id) return;
        this.#pending = null;
        if (data.error) {
          this.#terminate();
          reject(data.error.trap ? new EngineCrash(data.error.message) : new Error(data.error.message));
        } else resolve(unpack(data.result, oldText, newText));
      };
      this.#worker.onerror = (e) => {
        e.preventDefault();
        const p = this.#pending;
        this.#pending = null;
        this.#terminate();
        p?.reject(new Error(e.message || "the comparison worker failed"));
      };
      this.#worker.postMessage({ id, oldText, newText, options, wordLists });
    });
  }

  /** Stops a running comparison (its promise rejects with an AbortError). */
  cancel() {
    if (!this.#pending) return false;
    const p = this.#pending;
    this.#pending = null;
    this.#terminate();
    p.reject(new DOMException("The comparison was cancelled.", "AbortError"));
    return true;
  }

  #terminate() {
    this.#worker?.terminate();
    this.#worker = null;
  }

  /**
   * Compares; when split words ("th at") need a word list not loaded yet, loads it and compares
   * again. For large texts calls `progress(chars)` (both texts' length), and what that returns once done.
   */
  async compare(oldText, newText, options, progress) {
    const big = typeof oldText === "string" && typeof newText === "string" && oldText.length + newText.length > WORKER_THRESHOLD;
    const inWorker = () => (big || coreTrapped) && typeof Worker !== "undefined";
    const once = async (wordLists) => {
      if (!inWorker()) {
        if (wordLists.length) await ensureWordLists(wordLists);
        return compareHere(oldText, newText, options);
      }
      if (!big) return this.run(oldText, newText, options, wordLists); // after a crash; quick, no progress line
      const done = progress(oldText.length + newText.length);
      try {
        return await this.run(oldText, newText, options, wordLists);
      } finally {
        done();
      }
    };
    const first = await once([]);
    const needed = first.wordListsNeeded ?? [];
    if (needed.length === 0) return first;
    // A worker loads the lists itself; here, if none loaded, the first result stands.
    if (!inWorker() && !(await ensureWordLists(needed))) return first;
    return once(needed);
  }
}
