// The core's compare() off the main thread. In: { id, oldText, newText, options, wordLists? }
// (lists to load first). Out: { id, result } or { id, error: { message, trap } } (`trap`: the core
// crashed, a bug; this worker must not be used again). Or { warmUp: [[old, new], …] }: pairs to
// compare, one per task and unanswered, until the first real comparison comes (warm-up.js).
import init, { compare, setWordLookup } from "./pkg/statement_diff.js";
import { pack } from "./statement-diff-transfer.js";
import { ensureWordLists, lookup } from "./wordlists.js";

const ready = init().then(() => setWordLookup(lookup));

let warming = [];

function warmUp() {
  const pair = warming.shift();
  if (!pair) return;
  try {
    pack(compare(pair[0], pair[1], { cleanup: true }));
  } catch {
    warming = []; // a real comparison will report it
  }
  setTimeout(warmUp, 0);
}

self.onmessage = async (event) => {
  if (event.data.warmUp) {
    warming = event.data.warmUp;
    return ready.then(warmUp);
  }
  warming = [];
  const { id, oldText, newText, options, wordLists = [] } = event.data;
  try {
    await ready;
    await ensureWordLists(wordLists);
    const t0 = performance.now();
    const result = compare(oldText, newText, options);
    const { message, transfer } = pack(result);
    self.postMessage({ id, result: message, ms: performance.now() - t0 }, transfer);
  } catch (e) {
    self.postMessage({ id, error: { message: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError } });
  }
};
