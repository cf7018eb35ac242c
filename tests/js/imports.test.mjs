// The widget's modules import in one direction (README "How it is built"): define → element →
// actions → compare client · chunked view · minimap · controls · navigator · events (· export ·
// share) → render (DOM) → layout, attributes (pure data).
// Read from the import and export-from lines of www/*.js (and import() calls): no cycle, each
// import goes down the layers, the pure modules never reach the element, and every module the
// widget loads ships in the npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "www");

/** The relative modules a source file imports: static imports, export-from, import(). */
export function importsOf(source) {
  const out = new Set();
  const patterns = [/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm, /^\s*import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1].startsWith(".")) out.add(m[1]);
  return [...out];
}

/** graph: module → modules it imports. Returns a cycle as a list of modules (first = last), or null. */
export function findCycle(graph) {
  const state = new Map(); // 1: on the current path, 2: done
  const path = [];
  const visit = (node) => {
    if (state.get(node) === 2) return null;
    if (state.get(node) === 1) return [...path.slice(path.indexOf(node)), node];
    state.set(node, 1);
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 2);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** The modules of www/ (paths relative to it) and what each imports. */
function wwwGraph() {
  const graph = new Map();
  const pending = readdirSync(WWW).filter((f) => f.endsWith(".js"));
  while (pending.length) {
    const file = pending.pop();
    if (graph.has(file)) continue;
    const path = join(WWW, file);
    // Build output (pkg/, vendor/, lexicon/pkg/) may be missing before a build: a leaf then.
    const deps = existsSync(path) ? importsOf(readFileSync(path, "utf8")).map((s) => normalize(join(dirname(file), s))) : [];
    graph.set(file, deps);
    pending.push(...deps.filter((d) => !graph.has(d)));
  }
  return graph;
}

const reach = (graph, from) => {
  const seen = new Set();
  const walk = (n) => {
    for (const d of graph.get(n) ?? []) if (!seen.has(d)) seen.add(d) && walk(d);
  };
  walk(from);
  return seen;
};

test("the import reader and the cycle finder (on made-up modules)", () => {
  const src = `import init, { compare } from "./pkg/statement_diff.js";
import {
  a,
  b,
} from "./layout.js";
export { x } from './render.js';
export * from "./layout.js";
import "./side-effect.js";
import { test } from "node:test";
const m = await import("./lexicon/pkg/lexicon.js");
// import { no } from "./not-a-line-start.js" is a comment here, ignored as it does not start a line
`;
  assert.deepEqual(importsOf(src).sort(), ["./layout.js", "./lexicon/pkg/lexicon.js", "./pkg/statement_diff.js", "./render.js", "./side-effect.js"]);
  const acyclic = new Map([
    ["a", ["b", "c"]],
    ["b", ["c"]],
    ["c", []],
  ]);
  assert.equal(findCycle(acyclic), null);
  const cyclic = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
  ]);
  assert.deepEqual(findCycle(cyclic), ["a", "b", "c", "a"]);
  assert.deepEqual(findCycle(new Map([["self", ["self"]]])), ["self", "self"]);
});

test("www/ has no import cycle", () => {
  const graph = wwwGraph();
  assert.ok(graph.get("statement-diff-element.js").includes("compare-client.js"), "the graph was read");
  assert.equal(findCycle(graph), null, `cycle: ${findCycle(graph)?.join(" → ")}`);
});

test("every import goes down the layers: define → element → actions → compare client, chunked view, minimap, controls, navigator, events, export, share → render → layout", () => {
  const layer = {
    "statement-diff-define.js": 6,
    "statement-diff-element.js": 5,
    "actions.js": 4,
    "warm-up.js": 4,
    "compare-client.js": 3,
    "controls.js": 3,
    "navigator.js": 3,
    "events.js": 3,
    "chunked-view.js": 3,
    "minimap.js": 3,
    "export.js": 3,
    "share.js": 3,
    "render.js": 2,
    "layout.js": 1,
    "attributes.js": 1,
    "i18n.js": 0.5,
    "messages.js": 0.25,
  };
  const graph = wwwGraph();
  for (const [from, deps] of graph) {
    for (const to of deps) {
      if (layer[from] !== undefined && layer[to] !== undefined) assert.ok(layer[from] > layer[to], `${from} imports ${to}, a module of its own layer or above`);
    }
  }
  assert.deepEqual(graph.get("layout.js"), ["i18n.js"], "layout.js is pure data: it imports only the translator");
  assert.deepEqual(graph.get("i18n.js"), ["messages.js"], "i18n.js is pure: it imports only the message table");
  assert.deepEqual(graph.get("messages.js"), [], "messages.js is pure data: it imports nothing");
  assert.deepEqual(graph.get("attributes.js"), [], "attributes.js is pure data: it imports nothing");
  const belowTheElement = Object.keys(layer).filter((f) => layer[f] < layer["statement-diff-element.js"]);
  for (const pure of [...belowTheElement, "statement-diff-transfer.js"]) {
    const reached = reach(graph, pure);
    assert.ok(!reached.has("statement-diff-element.js") && !reached.has("statement-diff-define.js"), `${pure} reaches the element: ${[...reached]}`);
  }
  assert.ok(!reach(graph, "export.js").has("render.js"), "export.js uses layout.js, not the DOM");
});

test("every module the widget loads ships in the npm package (www/package.json files)", () => {
  const pkg = JSON.parse(readFileSync(join(WWW, "package.json"), "utf8"));
  const graph = wwwGraph();
  const loaded = new Set([
    "statement-diff-define.js",
    "statement-diff-worker.js",
    ...reach(graph, "statement-diff-define.js"),
    ...reach(graph, "statement-diff-worker.js"),
  ]);
  for (const f of loaded) assert.ok(pkg.files.includes(f), `${f} is loaded by the widget but not in www/package.json "files"`);
  for (const [name, target] of Object.entries(pkg.exports)) {
    const file = typeof target === "string" ? target : target.default;
    if (!file.startsWith("./pkg/")) assert.ok(pkg.files.includes(file.slice(2)), `export ${name}: ${file} not shipped`);
  }
});
