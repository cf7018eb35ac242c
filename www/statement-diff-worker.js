// Runs the core's compare() off the main thread, so a large comparison never freezes the page.
// Messages in: { id, oldText, newText, options, wordLists? } — `wordLists`: languages whose word
// lists to load first (see wordlists.js). Out: { id, result } or { id, error: { message, trap } }
// (`trap`: the core crashed, a bug; this worker must not be used again).
import init, { compare, setWordLookup } from "./pkg/statement_diff.js";
import { pack } from "./statement-diff-transfer.js";
import { ensureWordLists, lookup } from "./wordlists.js";

const ready = init().then(() => setWordLookup(lookup));

self.onmessage = async (event) => {
  const { id, oldText, newText, options, wordLists = [] } = event.data;
  try {
    await ready;
    await ensureWordLists(wordLists);
    const t0 = performance.now();
    const result = compare(oldText, newText, options);
    // Flat arrays, no texts (see statement-diff-transfer.js): the page receives it without a long task.
    const { message, transfer } = pack(result);
    self.postMessage({ id, result: message, ms: performance.now() - t0 }, transfer);
  } catch (e) {
    // A wasm trap leaves this instance unusable: the page replaces the worker after an error.
    self.postMessage({ id, error: { message: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError } });
  }
};
