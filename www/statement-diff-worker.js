// Runs the core's compare() off the main thread, so a large comparison never freezes the page.
// Messages in: { id, oldText, newText, options }. Out: { id, result } or { id, error: { message } }.
import init, { compare } from "./pkg/statement_diff.js";

const ready = init();

self.onmessage = async (event) => {
  const { id, oldText, newText, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const result = compare(oldText, newText, options);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    // A wasm trap leaves this instance unusable: the page replaces the worker after an error.
    self.postMessage({ id, error: { message: String(e?.message ?? e) } });
  }
};
