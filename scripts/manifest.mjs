// Writes www/custom-elements.json, the Custom Elements Manifest of <statement-diff> (what editors,
// linters, Storybook and documentation tools read: its attributes, properties, methods, events,
// CSS parts and custom properties), from the element's source and its JSDoc, with
// @custom-elements-manifest/analyzer. The attributes' accessors come from attributes.js's table,
// which the analyzer cannot follow: the class's JSDoc names them (@attr, @prop), and
// tests/js/manifest.test.mjs checks them against the table, and this file against a fresh run.
//
//   node scripts/manifest.mjs          (after editing the element's JSDoc; commit the result)
//   node scripts/manifest.mjs DIR      (writes DIR/custom-elements.json instead)
import { create, ts } from "@custom-elements-manifest/analyzer";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = join(dirname(fileURLToPath(import.meta.url)), "..", "www");

/** The modules described, by their path in the package (www/): the entry, the class, its events. */
export const MODULES = ["statement-diff-define.js", "statement-diff-element.js", "events.js"];

const camel = (attr) => attr.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** Relative specifier `spec` of module `from` as a path in the package ("./x.js" → "x.js"). */
const inPackage = (spec, from) => new URL(spec, `file:///${from}`).pathname.slice(1);

/** What the analyzer does not see in this code, or says wrongly of it, set right. */
function statementDiffPlugin() {
  const imported = new Map(); // module → local name → the { name, module } it was imported as
  let current;
  return {
    name: "statement-diff",
    collectPhase({ node }) {
      if (ts.isSourceFile(node)) imported.set((current = node.fileName), new Map());
      const bindings = ts.isImportDeclaration(node) && node.moduleSpecifier.text.startsWith(".") && node.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) return;
      for (const el of bindings.elements) {
        imported.get(current).set(el.name.text, { name: (el.propertyName ?? el.name).text, module: inPackage(node.moduleSpecifier.text, current) });
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      // `export { X }` of an imported X is said to be declared here, `export { X } from "./x.js"`
      // in "./x.js": the module declaring it, by its path in the package, as everywhere else.
      for (const { declaration: d } of moduleDoc.exports ?? []) {
        const here = moduleDoc.declarations.some((x) => x.name === d.name);
        if (d.module === moduleDoc.path && !here) Object.assign(d, imported.get(moduleDoc.path).get(d.name));
        else if (d.module?.startsWith(".")) d.module = inPackage(d.module, moduleDoc.path);
      }
      for (const c of moduleDoc.declarations.filter((x) => x.kind === "class")) {
        // #private members cannot be reached from outside the class: no API.
        c.members = (c.members ?? []).filter((m) => !m.name.startsWith("#"));
        // An event class's fields hold its constructor's arguments: no defaults.
        if (c.superclass?.name === "Event") for (const m of c.members) delete m.default;
        // `dispatchEvent(new SomeEvent(x))` reads as an event named x: dropped where @fires
        // documents that class's event under its name.
        const documented = (c.events ?? []).filter((e) => e.description && e.type?.text !== "Event");
        c.events = (c.events ?? []).filter((e) => e.description || !documented.some((d) => d.type.text === e.type?.text));
        // Each attribute with its property, the same name in camelCase (the table's convention).
        for (const a of c.attributes ?? []) {
          const field = c.members.find((m) => m.kind === "field" && m.name === camel(a.name));
          if (field) [a.fieldName, field.attribute] = [field.name, a.name];
        }
        for (const k of ["members", "events"]) if (!c[k].length) delete c[k];
      }
    },
    packageLinkPhase({ customElementsManifest: { modules } }) {
      // A name exported again (define.js ← element.js ← events.js): the module declaring it.
      const byPath = new Map(modules.map((m) => [m.path, m]));
      for (const { declaration: d } of modules.flatMap((m) => m.exports ?? [])) {
        for (let m = byPath.get(d.module); m && !m.declarations.some((x) => x.name === d.name); m = byPath.get(d.module)) {
          const next = m.exports?.find((e) => e.name === d.name)?.declaration;
          if (!next) break;
          Object.assign(d, next);
        }
      }
      // statement-diff-define.js registers the class under define()'s default name, which the
      // analyzer does not follow: the definition, from the class's @tag.
      const define = modules.find((m) => m.path === "statement-diff-define.js");
      for (const m of modules)
        for (const c of m.declarations.filter((x) => x.customElement && x.tagName))
          define.exports.push({ kind: "custom-element-definition", name: c.tagName, declaration: { name: c.name, module: m.path } });
    },
  };
}

/** The manifest of www/'s MODULES, as the text written (two-space JSON, a final newline). */
export function manifestText() {
  const modules = MODULES.map((f) => ts.createSourceFile(f, readFileSync(join(WWW, f), "utf8"), ts.ScriptTarget.ES2022, true));
  return `${JSON.stringify(create({ modules, plugins: [statementDiffPlugin()] }), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? WWW;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "custom-elements.json"), manifestText());
  console.log(`manifest: ${join(dir, "custom-elements.json")}`);
}
