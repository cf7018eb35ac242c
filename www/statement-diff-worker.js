// Runs the core's compare() off the main thread, so a large comparison never freezes the page.
// Messages in: { id, oldText, newText, options }. Out: { id, result } or { id, error: { message, trap } }
// (`trap`: the core crashed, a bug; this worker must not be used again).
import init, { compare } from "./pkg/statement_diff.js";

const ready = init();

self.onmessage = async (event) => {
  const { id, oldText, newText, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const result = compare(oldText, newText, options);
    // Rows are many small objects: sent as one flat array (moved, not copied), which the page
    // receives in a fraction of the time; statement-diff-element.js turns them back into objects.
    const { rows, ...rest } = result;
    const flat = new Uint32Array(rows.length * 4);
    rows.forEach((r, i) => flat.set([r.old.start, r.old.end, r.new.start, r.new.end], i * 4));
    self.postMessage({ id, result: rest, rows: flat, ms: performance.now() - t0 }, [flat.buffer]);
  } catch (e) {
    // A wasm trap leaves this instance unusable: the page replaces the worker after an error.
    self.postMessage({ id, error: { message: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError } });
  }
};
