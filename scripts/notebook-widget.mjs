// The notebook widget's front end (issue #15, "In notebooks"): one self-contained ES module,
// python/statement_diff/static/widget.js, that the Python package hands to anywidget as `_esm`.
// anywidget loads it as text and imports it from a blob: URL (revoked at once), so the module can
// import nothing relative and fetch nothing: everything is in it.
//
//   - The <statement-diff> element and every module it loads statically, bundled by rolldown (as
//     scripts/build.sh bundles www/vendor/), with the two vendored modules it imports only when
//     needed (fflate for share links, the SHA-256 fallback) inlined: they are small.
//   - The core's wasm (www/pkg/statement_diff_bg.wasm), gzipped and base64-encoded, inflated with
//     DecompressionStream and compiled once per page copy of the module, handed to wasm-bindgen's
//     init: anywidget sends `_esm` with every widget's state, so the raw size is what counts.
//   - The compare worker (www/statement-diff-worker.js), bundled on its own into a string: a
//     module worker started from a blob: URL of it, which receives the compiled WebAssembly.Module
//     in a message (no second copy of the wasm in the file). Where the page forbids such a worker
//     (a Content-Security-Policy without blob: for workers), large comparisons run on the page.
//   - Left out: the word lists (www/lexicon/: their module and the English and Russian lists,
//     already compressed, would add 0.78 MB of base64 to the module's 0.28 MB; without them a split
//     word stays shown as a change, the core's "unsure"), and the quote check (its own build of the
//     core, and quote-view.js): the widget's model has no mode.
//   - www/ source patched in this bundle only (PATCHES; each fails the build once it no longer
//     applies): compare-client.js starts this bundle's workers, and, as no word list can load, does
//     not compare a large text a second time for them. The model's `cleanup` trait is the
//     element's `cleanup` property.
//
// The module's default export is anywidget's front-end API: `render({ model, el })` shows a
// <statement-diff> and returns its cleanup. The model's traits: old, new (str), ignore_case,
// cleanup (bool), lang (str, "" = the page's), height (str, CSS: the scrolling view's height at
// most); written back after each rendered comparison: stats (the core's, plain JSON), error ("" or
// the message; stats {} then), and save_changes().
//
//   node scripts/notebook-widget.mjs      (run by scripts/build.sh after package.mjs; the e2e test
//                                          tests/e2e/notebook.test.mjs runs it too)
import { build } from "rolldown";
import { readFileSync, writeFileSync, mkdirSync, renameSync, statSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WWW = join(ROOT, "www");
export const WIDGET_JS = join(ROOT, "python", "statement_diff", "static", "widget.js");
const CORE_JS = join(WWW, "pkg", "statement_diff.js");
const CORE_WASM = join(WWW, "pkg", "statement_diff_bg.wasm");
const TRANSFER_JS = join(WWW, "statement-diff-transfer.js");
const DEFINE_JS = join(WWW, "statement-diff-define.js");

// --- the modules this bundle adds or puts in place of www/'s (rolldown virtual modules) ---

/** The entry: anywidget's front-end module. */
const ENTRY = `
import ${JSON.stringify(DEFINE_JS)}; // defines <statement-diff>, unless the page has it already

const text = (v) => (typeof v === "string" ? v : v == null ? "" : String(v));

/** Each trait of the model, onto the element. */
const TRAITS = {
  old: (el, v) => (el.oldText = text(v)),
  new: (el, v) => (el.newText = text(v)),
  ignore_case: (el, v) => (el.ignoreCase = Boolean(v)),
  cleanup: (el, v) => (el.cleanup = v !== false),
  lang: (el, v) => (v ? el.setAttribute("lang", text(v)) : el.removeAttribute("lang")),
  height: (el, v) => (v ? el.style.setProperty("--sd-max-height", text(v)) : el.style.removeProperty("--sd-max-height")),
};

function render({ model, el }) {
  const diff = el.ownerDocument.createElement("statement-diff");
  // JupyterLab's command-mode keys (j, k, m…) are the widget's own while the focus is in it.
  diff.dataset.lmSuppressShortcuts = "true";
  const listeners = Object.keys(TRAITS).map((name) => {
    const apply = () => TRAITS[name](diff, model.get(name));
    apply();
    model.on("change:" + name, apply);
    return ["change:" + name, apply];
  });
  const rendered = (e) => {
    model.set("stats", JSON.parse(JSON.stringify(e.stats ?? {})));
    model.set("error", "");
    model.save_changes();
  };
  const failed = (e) => {
    model.set("stats", {});
    model.set("error", text(e.error?.message ?? e.error));
    model.save_changes();
  };
  diff.addEventListener("statement-diff-rendered", rendered);
  diff.addEventListener("statement-diff-error", failed);
  el.append(diff);
  return () => {
    for (const [event, apply] of listeners) model.off(event, apply);
    diff.removeEventListener("statement-diff-rendered", rendered);
    diff.removeEventListener("statement-diff-error", failed);
    diff.cancel();
    diff.remove();
  };
}

export default { render };
`;

/** The core's glue (www/pkg/statement_diff.js) with an init() that uses the inlined wasm. */
const CORE = `
import initCore from ${JSON.stringify(CORE_JS)};
import { wasmModule } from "sd:wasm";
export * from ${JSON.stringify(CORE_JS)};
export default function init() {
  return initCore({ module_or_path: wasmModule() });
}
`;

/** The page's wasm: the gzipped bytes, inflated and compiled once. */
const pageWasm = (gzipped) => `
const GZIP_BASE64 = ${JSON.stringify(gzipped.toString("base64"))};
let bytes = null;
let compiled = null;
export function wasmBytes() {
  return (bytes ??= (async () => {
    const binary = atob(GZIP_BASE64);
    const gz = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) gz[i] = binary.charCodeAt(i);
    const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  })());
}
export function wasmModule() {
  return (compiled ??= wasmBytes().then((b) => WebAssembly.compile(b)));
}
`;

/** The worker's wasm: the page posts it (a compiled WebAssembly.Module, or the bytes) in a message of its own; the worker says it started. */
const WORKER_WASM = `
self.postMessage({ sdStarted: true });
let received;
const wasm = new Promise((resolve) => (received = resolve));
// Registered before the worker's own onmessage, which never sees this message.
self.addEventListener("message", (e) => {
  if (e.data && e.data.sdWasm) {
    e.stopImmediatePropagation();
    received(e.data.sdWasm);
  }
});
export const wasmModule = () => wasm;
`;

/** The word lists, left out: no list is ever loaded, so split words stay changes. */
const NO_WORD_LISTS = `
export const lookup = () => undefined;
export const ensureWordLists = async () => false;
`;

/** The quote check, left out (an ES module, so that rolldown does not wrap it as CommonJS). */
const NO_QUOTES = `export {};
throw new Error("the quote check is not part of the notebook widget");`;

/**
 * compare-client.js's workers: a module worker from a blob: URL of the bundled worker; where it
 * cannot start (a page whose Content-Security-Policy forbids blob: workers: new Worker throws, or
 * the worker fails before it says it started), the same protocol on the page's core, then for
 * every later comparison on the page (large texts then block the page while compared).
 */
const pageWorker = (workerSource) => `
import { wasmBytes, wasmModule } from "sd:wasm";
import { compare } from ${JSON.stringify(CORE_JS)};
import { pack } from ${JSON.stringify(TRANSFER_JS)};

const SOURCE = ${JSON.stringify(workerSource)};
let url = null;
let blocked = false;

export const newWorker = () => (blocked ? new PageWorker() : new NotebookWorker());

class NotebookWorker {
  onmessage = null;
  onerror = null;
  #worker = null;
  #page = null;
  #sent = []; // until the worker says it started (then null)

  constructor() {
    try {
      url ??= URL.createObjectURL(new Blob([SOURCE], { type: "text/javascript" }));
      this.#worker = new Worker(url, { type: "module" });
    } catch {
      this.#toPage();
      return;
    }
    this.#worker.onmessage = (e) => {
      if (e.data?.sdStarted) this.#sent = null;
      else this.onmessage?.(e);
    };
    this.#worker.onerror = (e) => {
      if (this.#sent === null) return this.onerror?.(e);
      e.preventDefault();
      this.#toPage();
    };
    Promise.all([wasmModule(), wasmBytes()]).then(
      ([module, bytes]) => {
        try {
          this.#worker?.postMessage({ sdWasm: module });
        } catch {
          this.#worker?.postMessage({ sdWasm: bytes });
        }
      },
      () => {}, // the page's core failed to load: the widget says so
    );
  }

  postMessage(data) {
    if (this.#page) return this.#page.postMessage(data);
    this.#sent?.push(data);
    this.#worker.postMessage(data);
  }

  terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#page?.terminate();
  }

  #toPage() {
    blocked = true;
    this.#worker?.terminate();
    this.#worker = null;
    this.#page = new PageWorker();
    this.#page.onmessage = (e) => this.onmessage?.(e);
    for (const data of this.#sent ?? []) this.#page.postMessage(data);
    this.#sent = null;
  }
}

/** The worker's protocol on the page's core (loaded by then), a task per comparison. */
class PageWorker {
  onmessage = null;
  onerror = null;
  #stopped = false;
  postMessage(data) {
    if (data.warmUp) return;
    setTimeout(() => {
      if (this.#stopped) return;
      let reply;
      try {
        reply = { id: data.id, result: pack(compare(data.oldText, data.newText, data.options)).message };
      } catch (e) {
        reply = { id: data.id, error: { message: String(e?.message ?? e), trap: e instanceof WebAssembly.RuntimeError } };
      }
      this.onmessage?.({ data: reply });
    });
  }
  terminate() {
    this.#stopped = true;
  }
}
`;

// --- patches of www/ source, for this bundle only ---

/** `code` with `from` replaced by `to`, which must occur exactly once (else www/ changed: update the patch). */
function patch(code, id, from, to) {
  const parts = code.split(from);
  if (parts.length !== 2) throw new Error(`notebook-widget: ${relative(ROOT, id)} holds ${parts.length - 1} times (not once): ${from}`);
  return parts.join(to);
}

const PATCHES = {
  // The workers of this bundle; and no second comparison in a worker for lists that never load.
  [join(WWW, "compare-client.js")]: (code, id) =>
    `import { newWorker as notebookWorker } from "sd:worker";\n` +
    patch(
      patch(code, id, `new Worker(new URL("./statement-diff-worker.js", import.meta.url), { type: "module" })`, `notebookWorker()`),
      id,
      "if (!inWorker() && !(await ensureWordLists(needed))) return first;",
      "if (!(await ensureWordLists(needed))) return first;",
    ),
};

/** The rolldown plugin: www/'s imports of the core, the word lists and the quote check put in place, the patches applied. */
function notebookPlugin(virtual) {
  const modules = { "sd:core": CORE, "sd:wordlists": NO_WORD_LISTS, "sd:no-quotes": NO_QUOTES, ...virtual };
  const replaced = {
    "./pkg/statement_diff.js": "sd:core",
    "./wordlists.js": "sd:wordlists",
    "./quotes/pkg/statement_diff.js": "sd:no-quotes",
    "./quote-view.js": "sd:no-quotes",
  };
  return {
    name: "statement-diff-notebook",
    resolveId(source, importer) {
      if (source in modules) return `\0${source}`;
      if (importer?.startsWith(WWW) && source in replaced) return `\0${replaced[source]}`;
      return null;
    },
    load(id) {
      return id.startsWith("\0") && id.slice(1) in modules ? modules[id.slice(1)] : null;
    },
    transform(code, id) {
      return PATCHES[id] ? { code: PATCHES[id](code, id) } : null;
    },
  };
}

/** Bundles `input` with the plugin into one minified ES module; returns its code. */
async function bundle(input, virtual) {
  const warnings = [];
  const out = await build({
    input,
    plugins: [notebookPlugin(virtual)],
    write: false,
    onLog: (level, log) => level === "warn" && warnings.push(log.message),
    output: { format: "esm", minify: true, codeSplitting: false },
  });
  if (warnings.length) throw new Error(`notebook-widget: rolldown warned:\n${warnings.join("\n")}`);
  if (out.output.length !== 1) throw new Error(`notebook-widget: expected one file, got ${out.output.map((o) => o.fileName)}`);
  return out.output[0].code;
}

/** Writes python/statement_diff/static/widget.js afresh from www/ (needs scripts/build.sh's wasm build and www/vendor/). */
export async function buildNotebookWidget() {
  for (const f of [CORE_JS, CORE_WASM, join(WWW, "vendor", "fflate.js"), join(WWW, "vendor", "sha256.js")]) {
    if (!existsSync(f)) throw new Error(`notebook-widget: ${relative(ROOT, f)} is missing: run scripts/build.sh`);
  }
  const wasm = readFileSync(CORE_WASM);
  const gzipped = gzipSync(wasm, { level: 9 });
  const worker = await bundle(join(WWW, "statement-diff-worker.js"), { "sd:wasm": WORKER_WASM });
  const entry = await bundle("sd:widget", { "sd:widget": ENTRY, "sd:wasm": pageWasm(gzipped), "sd:worker": pageWorker(worker) });
  const { version } = JSON.parse(readFileSync(join(WWW, "package.json"), "utf8"));
  const banner =
    `/*! statement-diff ${version}, the notebook widget (anywidget): the <statement-diff> element, its WebAssembly core and its worker in one ` +
    `module. Generated by scripts/notebook-widget.mjs from www/: do not edit. MIT OR Apache-2.0. */\n/* eslint-disable */\n`;
  const code = banner + entry;
  mkdirSync(dirname(WIDGET_JS), { recursive: true });
  const tmp = `${WIDGET_JS}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, WIDGET_JS); // a reader never sees half a file
  return {
    raw: statSync(WIDGET_JS).size,
    gzip: gzipSync(code, { level: 9 }).length,
    wasm: { raw: wasm.length, gzip: gzipped.length, base64: Math.ceil(gzipped.length / 3) * 4 },
    worker: worker.length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await buildNotebookWidget();
  console.log(
    `notebook-widget: ${relative(ROOT, WIDGET_JS)} ${s.raw} B raw, ${s.gzip} B gzip (wasm ${s.wasm.raw} B, inlined gzipped as ${s.wasm.base64} B of base64; worker ${s.worker} B)`,
  );
}
