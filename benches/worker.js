// One benchmark cell in Chromium, in a dedicated module Worker of its own (started by
// benches/page.html for each cell, terminated after it), so main-thread work doesn't matter and a
// call that never returns can be stopped. Messages out: {type:"ready"}, {type:"sample", ms},
// {type:"result", ...}, {type:"error", message}.
import { makeRunners, runCell } from "./core.mjs";

// diff-match-patch and fast-myers-diff ship CommonJS only: evaluate their file with a module object.
async function requireCjs(url) {
  const src = await (await fetch(url)).text();
  const module = { exports: {} };
  new Function("module", "exports", src)(module, module.exports);
  return module.exports;
}

const text = async (url) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.text();
};

async function measureMemory() {
  const out = {};
  if (performance.memory) out.usedJSHeapSize = performance.memory.usedJSHeapSize;
  if (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
    try {
      out.uaMemory = (await performance.measureUserAgentSpecificMemory()).bytes;
    } catch {
      // Not measurable in this browser or context: the sample has no uaMemory.
    }
  }
  return out;
}

self.onmessage = async ({ data: spec }) => {
  try {
    const [a, b] = await Promise.all([text(spec.a), text(spec.b)]);
    const deps = { budgetMs: spec.cfg.budgetMs };
    let wasmMemory;
    if (spec.lib === "sd" || spec.lib === "floor") {
      const mod = await import("/www/pkg/statement_diff.js");
      const exports = await mod.default({ module_or_path: new URL("/www/pkg/statement_diff_bg.wasm", location.href) });
      deps.compare = mod.compare;
      wasmMemory = exports.memory;
    } else if (spec.lib === "tokenize") {
      const mod = await import("/target/pkg-bench/statement_diff.js");
      const exports = await mod.default({ module_or_path: new URL("/target/pkg-bench/statement_diff_bg.wasm", location.href) });
      deps.tokenize = mod.tokenizeForBench;
      wasmMemory = exports.memory;
    } else if (spec.lib.startsWith("jsdiff")) deps.Diff = await import("/node_modules/diff/libesm/index.js");
    else if (spec.lib.startsWith("dmp")) deps.DMP = await requireCjs("/node_modules/diff-match-patch/index.js");
    else if (spec.lib === "fmd") deps.fmd = await requireCjs("/node_modules/fast-myers-diff/bin/index.js");
    const fn = makeRunners(deps)[spec.lib];
    const m0 = await measureMemory();
    const wasm0 = wasmMemory?.buffer.byteLength;
    self.postMessage({
      type: "ready",
      env: {
        crossOriginIsolated: self.crossOriginIsolated,
        performanceMemory: !!performance.memory,
        measureUserAgentSpecificMemory: !!performance.measureUserAgentSpecificMemory,
      },
    });
    const r = runCell(fn, a, b, spec.cfg, (ms) => self.postMessage({ type: "sample", ms }));
    const m1 = await measureMemory();
    const mem = { wasmBefore: wasm0, wasmAfter: wasmMemory?.buffer.byteLength };
    if (m0.usedJSHeapSize !== undefined) mem.heapDelta = m1.usedJSHeapSize - m0.usedJSHeapSize;
    if (m0.uaMemory !== undefined) mem.uaMemoryDelta = m1.uaMemory - m0.uaMemory;
    self.postMessage({ type: "result", ...r, mem });
  } catch (e) {
    self.postMessage({ type: "error", message: String(e?.stack ?? e) });
  }
};
