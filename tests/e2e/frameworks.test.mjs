// The npm package where pages live (issue #14): a React 19 page and a Vue 3 page, built with Vite from
// the package as a user installs it (target/npm/ packed by `npm pack`, unpacked as the app's
// node_modules/statement-diff), set the texts through properties, listen to statement-diff-rendered,
// switch lang and show the comparison in Chromium. The apps live in target/react-app and target/vue-app,
// inside the repository: react, react-dom and vue resolve from its node_modules (Node's lookup walks up
// from target/…-app/), statement-diff from the app's own node_modules only (the repository is not it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import vue from "@vitejs/plugin-vue";
import { serve } from "../../scripts/serve.mjs";
import { stagePackage } from "../../scripts/package.mjs";
import { ROOT, start, newPage, shot } from "./helpers.mjs";

const OLD = "The fund received $35,000,000 in 2023.";
const NEW = "The fund received $55,000,000 in 2024.";
const APPS = {
  react: join(ROOT, "target", "react-app"),
  vue: join(ROOT, "target", "vue-app"),
};
const servers = {};
let env;

const html = (title, entry) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body><div id="app"></div><script type="module" src="./${entry}"></script></body></html>`;

// Each app records every statement-diff-rendered it hears in window.renders ({ via, lang, changes }).
const REACT_MAIN = `import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import "statement-diff";

window.renders = [];
const OLD = ${JSON.stringify(OLD)};
const NEW = ${JSON.stringify(NEW)};

function App() {
  const ref = useRef(null);
  const [lang, setLang] = useState("en");
  const [changes, setChanges] = useState("");
  const [propChanges, setPropChanges] = useState("");
  useEffect(() => {
    const el = ref.current;
    const onRendered = (e) => {
      window.renders.push({ via: "addEventListener", lang: el.lang, changes: e.stats.changes });
      setChanges(String(e.stats.changes));
    };
    el.addEventListener("statement-diff-rendered", onRendered);
    el.oldText = OLD;
    el.newText = NEW;
    return () => el.removeEventListener("statement-diff-rendered", onRendered);
  }, []);
  return (
    <main>
      <button id="lang" type="button" onClick={() => setLang((l) => (l === "en" ? "ru" : "en"))}>
        {lang === "en" ? "Русский" : "English"}
      </button>
      <p>Changes: <output id="changes">{changes}</output> (event prop: <output id="changes-prop">{propChanges}</output>)</p>
      <statement-diff
        ref={ref}
        old-label="v1"
        new-label="v2"
        lang={lang}
        onstatement-diff-rendered={(e) => {
          window.renders.push({ via: "prop", lang: e.currentTarget.lang, changes: e.stats.changes });
          setPropChanges(String(e.stats.changes));
        }}
      />
    </main>
  );
}

createRoot(document.getElementById("app")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

const VUE_MAIN = `import { createApp } from "vue";
import "statement-diff";
import App from "./App.vue";

window.renders = [];
createApp(App).mount("#app");
`;

const VUE_APP = `<script setup>
import { ref } from "vue";

const a = ref(${JSON.stringify(OLD)});
const b = ref(${JSON.stringify(NEW)});
const lang = ref("en");
const changes = ref("");
function onRendered(e) {
  window.renders.push({ via: "v-on", lang: e.currentTarget.lang, changes: e.stats.changes });
  changes.value = String(e.stats.changes);
}
</script>

<template>
  <main>
    <button id="lang" type="button" @click="lang = lang === 'en' ? 'ru' : 'en'">{{ lang === "en" ? "Русский" : "English" }}</button>
    <p>Changes: <output id="changes">{{ changes }}</output></p>
    <statement-diff :oldText.prop="a" :newText.prop="b" :lang="lang" old-label="v1" new-label="v2" @statement-diff-rendered="onRendered" />
  </main>
</template>
`;

before(async () => {
  stagePackage(); // target/npm/ from the current www/
  for (const dir of Object.values(APPS)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "node_modules", "statement-diff"), { recursive: true });
  }
  // Pack exactly what would be published, once, and unpack it as each app's installed dependency.
  const tarball = execFileSync("npm", ["pack", join(ROOT, "target", "npm"), "--pack-destination", APPS.react, "--silent"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .pop();
  for (const dir of Object.values(APPS)) {
    execFileSync("tar", ["-xzf", join(APPS.react, tarball), "-C", join(dir, "node_modules", "statement-diff"), "--strip-components=1"]);
  }

  writeFileSync(join(APPS.react, "index.html"), html("react", "main.jsx"));
  writeFileSync(join(APPS.react, "main.jsx"), REACT_MAIN);
  writeFileSync(join(APPS.vue, "index.html"), html("vue", "main.js"));
  writeFileSync(join(APPS.vue, "main.js"), VUE_MAIN);
  writeFileSync(join(APPS.vue, "App.vue"), VUE_APP);

  const options = (root, plugins) => ({ root, configFile: false, logLevel: "silent", plugins, build: { outDir: "dist", emptyOutDir: true } });
  await build(options(APPS.react, [react()]));
  await build(options(APPS.vue, [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "statement-diff" } } })]));
  for (const [name, dir] of Object.entries(APPS)) servers[name] = await serve({ port: 0, root: join(dir, "dist") });
  env = await start();
});
after(async () => {
  await env?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** A page of app `name` with its first comparison shown. */
async function open(name) {
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 500 } });
  await page.goto(servers[name].url);
  await page.waitForFunction(() => document.querySelector("statement-diff")?.result && window.renders.length > 0);
  return page;
}

/** Clicks the lang button; waits (a few seconds at most) for a statement-diff-rendered in `lang`. */
async function switchLang(page, lang) {
  const before = await page.evaluate(() => window.renders.length);
  await page.click("#lang");
  await page.waitForFunction((l) => document.querySelector("statement-diff").getAttribute("lang") === l, lang, { timeout: 5000 });
  return page
    .waitForFunction(([n, l]) => window.renders.slice(n).some((r) => r.lang === l), [before, lang], { timeout: 5000 })
    .then(
      () => null,
      () => new Error(`no statement-diff-rendered after lang="${lang}"`),
    );
}

const nextButton = (page) => page.locator("statement-diff button[data-action=next]").textContent();
const summary = (page) => page.locator("statement-diff .summary").first().textContent();

for (const [name, title] of [
  ["react", "React 19"],
  ["vue", "Vue 3"],
]) {
  test(`a ${title} page built by Vite from the packed package shows the comparison`, async () => {
    const assets = readdirSync(join(APPS[name], "dist", "assets"));
    assert.ok(
      assets.some((f) => f.endsWith(".wasm")),
      `wasm emitted as an asset: ${assets}`,
    );
    const page = await open(name);
    const el = page.locator("statement-diff");
    assert.deepEqual(await el.locator("del").allTextContents(), ["$35,000,000", "2023"]);
    assert.deepEqual(await el.locator("ins").allTextContents(), ["$55,000,000", "2024"]);
    const { changes, attrs, labels } = await page.evaluate(() => {
      const d = document.querySelector("statement-diff");
      return {
        changes: d.result.stats.changes,
        attrs: ["old-text", "new-text"].filter((a) => d.hasAttribute(a)),
        labels: [d.getAttribute("old-label"), d.getAttribute("new-label")],
      };
    });
    assert.equal(changes, 2);
    assert.deepEqual(attrs, [], "the texts were set as properties, not attributes");
    assert.deepEqual(labels, ["v1", "v2"]);
    assert.equal(await page.locator("#changes").textContent(), "2", "the <output> shows stats.changes from the event");
    if (name === "react") {
      // React 19 listens to a custom element's events given as on + the event's name.
      assert.equal(await page.locator("#changes-prop").textContent(), "2", "onstatement-diff-rendered heard the event");
      const via = await page.evaluate(() => [...new Set(window.renders.map((r) => r.via))].sort());
      assert.deepEqual(via, ["addEventListener", "prop"]);
    }
    assert.equal(await nextButton(page), "↓ Next");
    assert.match(await summary(page), /changes/);
    await shot(page, `${name}-en`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`a ${title} page switches the widget's lang to ru and back`, async () => {
    const page = await open(name);
    const ru = await switchLang(page, "ru");
    await shot(page, `${name}-ru`);
    assert.ifError(ru);
    assert.equal(await nextButton(page), "↓ Далее");
    const text = await summary(page);
    assert.match(text, /изменени/);
    assert.doesNotMatch(text, /changes/);
    assert.equal(await page.locator("#changes").textContent(), "2");
    assert.ifError(await switchLang(page, "en"));
    assert.equal(await nextButton(page), "↓ Next");
    assert.match(await summary(page), /changes/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
