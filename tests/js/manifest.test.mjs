// The Custom Elements Manifest (www/custom-elements.json, written by scripts/manifest.mjs from the
// element's source and JSDoc) and the hand-written types (www/statement-diff-element.d.ts) say
// what the code does: the manifest is what a fresh run writes, its attributes are attributes.js's
// table, its events those the widget dispatches, its custom properties those the styles set; the
// types declare every property of the table, every member and event of the manifest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { ATTRIBUTES, TEXT, BOOLEAN } from "../../www/attributes.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WWW = join(ROOT, "www");
const read = (f) => readFileSync(join(WWW, f), "utf8");
const manifest = JSON.parse(read("custom-elements.json"));
const element = manifest.modules.find((m) => m.path === "statement-diff-element.js").declarations.find((d) => d.name === "StatementDiffElement");
const sources = readdirSync(WWW).filter((f) => f.endsWith(".js"));
const sorted = (xs) => [...xs].sort();
const matches = (text, re) => [...text.matchAll(re)];

test("www/custom-elements.json is what scripts/manifest.mjs writes now (run it after editing the element's JSDoc)", () => {
  const dir = mkdtempSync(join(tmpdir(), "statement-diff-manifest-"));
  try {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "manifest.mjs"), dir], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(join(dir, "custom-elements.json"), "utf8"), read("custom-elements.json"), "regenerate it: node scripts/manifest.mjs");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("www/package.json names the manifest and the types, and ships both", () => {
  const pkg = JSON.parse(read("package.json"));
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.equal(pkg.types, "./statement-diff-element.d.ts");
  for (const entry of [".", "./element"]) assert.equal(pkg.exports[entry].types, "./statement-diff-element.d.ts", `exports["${entry}"].types`);
  for (const f of ["custom-elements.json", "statement-diff-element.d.ts"]) assert.ok(pkg.files.includes(f), `${f} in "files"`);
});

test("the manifest registers <statement-diff> with the class of statement-diff-element.js", () => {
  assert.equal(element.tagName, "statement-diff");
  assert.equal(element.customElement, true);
  const define = manifest.modules.find((m) => m.path === "statement-diff-define.js");
  assert.deepEqual(
    define.exports.filter((e) => e.kind === "custom-element-definition"),
    [{ kind: "custom-element-definition", name: "statement-diff", declaration: { name: "StatementDiffElement", module: "statement-diff-element.js" } }],
  );
  const declared = new Map(manifest.modules.flatMap((m) => m.declarations.map((d) => [`${m.path}#${d.name}`, d])));
  for (const e of manifest.modules.flatMap((m) => m.exports).filter((e) => manifest.modules.some((m) => m.path === e.declaration.module))) {
    assert.ok(declared.has(`${e.declaration.module}#${e.declaration.name}`), `export ${e.name}: declared in ${e.declaration.module}`);
  }
});

test("the manifest's attributes are attributes.js's table, each with its property", () => {
  const pairs = (element.attributes ?? []).map((a) => [a.name, a.fieldName]);
  // lang: the global attribute (HTMLElement's own property), which the element observes too.
  assert.deepEqual(sorted(pairs.filter(([a]) => a !== "lang").map(String)), sorted(ATTRIBUTES.map(([a, p]) => String([a, p]))));
  assert.ok(element.attributes.find((a) => a.name === "lang")?.description, "lang is described");
  for (const [attr, prop, how] of ATTRIBUTES) {
    const field = element.members.find((m) => m.name === prop);
    assert.ok(field, `property ${prop}`);
    assert.equal(field.attribute, attr, `${prop} ↔ ${attr}`);
    const type = element.attributes.find((a) => a.name === attr).type?.text;
    if (how === BOOLEAN) assert.equal(type, "boolean", `${attr} is a boolean attribute`);
    if (how === TEXT) assert.equal(type, "string", `${attr} is a text`);
    assert.ok(element.attributes.find((a) => a.name === attr).description, `${attr} is described`);
  }
});

test("the manifest's events are those the widget dispatches, with their classes", () => {
  const code = sources.map(read).join("\n");
  const dispatched = new Map(matches(code, /new (Event|CustomEvent)\(\s*["'](statement-diff-[\w-]+)["']/g).map((m) => [m[2], m[1]]));
  // Event classes (events.js): `class X extends Event { … super("statement-diff-…"` and dispatched as `new X(`.
  for (const [, cls, name] of matches(code, /class (\w+) extends Event \{[^}]*?super\(\s*["'](statement-diff-[\w-]+)["']/g)) {
    if (code.includes(`dispatchEvent(new ${cls}(`)) dispatched.set(name, cls);
  }
  assert.ok(dispatched.size >= 4, `found the events: ${[...dispatched.keys()]}`);
  const listed = new Map((element.events ?? []).map((e) => [e.name, e.type?.text]));
  assert.deepEqual(Object.fromEntries([...listed].sort()), Object.fromEntries([...dispatched].sort()));
  for (const e of element.events) assert.ok(e.description, `${e.name} is described`);
});

test("the manifest's CSS custom properties are the --sd-* the styles set, its parts every part named in the code", () => {
  const styles = read("statement-diff-styles.js");
  const set = new Set(matches(styles, /(--sd-[\w-]+)\s*:/g).map((m) => m[1]));
  assert.deepEqual(sorted((element.cssProperties ?? []).map((p) => p.name)), sorted(set));
  const parts = new Set((element.cssParts ?? []).map((p) => p.name));
  const named = new Set(
    sources.flatMap((f) => matches(read(f), /part: "([^"]+)"|setAttribute\("part", `\$\{\w+\} ([\w-]+)`/g).flatMap((m) => (m[1] ?? m[2]).split(" "))),
  );
  assert.ok(named.size > 15, `found the parts: ${[...named]}`);
  for (const p of named) assert.ok(parts.has(p), `part "${p}" is in the manifest (@csspart)`);
});

test("the types declare every property of attributes.js's table, every member and event of the manifest", () => {
  const dts = read("statement-diff-element.d.ts");
  const body = (start) => {
    const from = dts.indexOf(start);
    assert.ok(from >= 0, start);
    return dts.slice(from, dts.indexOf("\n}\n", from));
  };
  const cls = body("export declare class StatementDiffElement extends HTMLElement {");
  const members = new Set(matches(cls, /^ {2}(?:static )?(?:readonly )?(?:get |set )?(\w+)\??(?:<[^>]*>)?\s*[:(]/gm).map((m) => m[1]));
  for (const [, prop] of ATTRIBUTES) assert.ok(members.has(prop), `StatementDiffElement declares ${prop}`);
  for (const m of element.members) assert.ok(members.has(m.name), `StatementDiffElement declares ${m.kind} ${m.name}`);
  const attrs = body("export interface StatementDiffAttributes {");
  for (const [attr] of ATTRIBUTES) assert.match(attrs, new RegExp(`^ {2}"?${attr}"?\\?:`, "m"), `StatementDiffAttributes (JSX) declares ${attr}`);
  const events = body("export interface StatementDiffEventMap {");
  const typed = matches(events, /^ {2}"(statement-diff-[\w-]+)":/gm).map((m) => m[1]);
  assert.deepEqual(sorted(typed), sorted(element.events.map((e) => e.name)));
});
