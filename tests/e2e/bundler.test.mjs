// The npm package (target/npm/, staged by scripts/package.mjs, as `npm pack` ships it) works under a bundler: a tiny Vite app imports
// "statement-diff" and "statement-diff/core", is built, served and loaded in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { serve } from "../../scripts/serve.mjs";
import { ROOT, start, newPage, shot } from "./helpers.mjs";

const APP = join(ROOT, "target", "vite-app");
let env;
let server;

before(async () => {
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(join(APP, "node_modules", "statement-diff"), { recursive: true });
  // Pack exactly what would be published, and unpack it as an installed dependency.
  const tarball = execFileSync("npm", ["pack", join(ROOT, "target", "npm"), "--pack-destination", APP, "--silent"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .pop();
  execFileSync("tar", ["-xzf", join(APP, tarball), "-C", join(APP, "node_modules", "statement-diff"), "--strip-components=1"]);
  writeFileSync(
    join(APP, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundled</title></head>
<body><statement-diff id="d" old-label="v1" new-label="v2"></statement-diff><output id="core"></output>
<script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(
    join(APP, "main.js"),
    `import "statement-diff";
import init, { compare } from "statement-diff/core";
const d = document.getElementById("d");
d.oldText = "The fund received $35,000,000 in 2023.";
d.newText = "The fund received $55,000,000 in 2024.";
// Split words: the word list (a lazily loaded module and data file) must come with the bundle.
const s = document.createElement("statement-diff");
s.id = "split";
document.body.append(s);
s.oldText = "The shar e of th at fund lives apart.";
s.newText = "The share of that fund lives a part.";
await init();
document.getElementById("core").textContent = compare("a b", "a c").changes.length;
`,
  );
  await build({ root: APP, logLevel: "silent", build: { outDir: "dist", emptyOutDir: true } });
  server = await serve({ port: 0, root: join(APP, "dist") });
  env = await start();
});
after(async () => {
  await env?.close();
  await server?.close();
});

test("a Vite-built page renders the widget and can call the core", async () => {
  const assets = readdirSync(join(APP, "dist", "assets"));
  assert.ok(
    assets.some((f) => f.endsWith(".wasm")),
    `wasm emitted as an asset: ${assets}`,
  );
  const page = await newPage(env.browser, { viewport: { width: 1000, height: 500 } });
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector("statement-diff")?.result);
  assert.deepEqual(await page.locator("#d ins").allTextContents(), ["$55,000,000", "2024"]);
  assert.equal(await page.locator("#core").textContent(), "1");
  await page.waitForFunction(() => document.getElementById("split")?.result);
  const kinds = await page.evaluate(() => document.getElementById("split").result.changes.map((c) => [c.kind, c.minor]));
  assert.deepEqual(
    kinds,
    [
      ["split", true],
      ["split", true],
      ["wording", false],
    ],
    "the word list loaded in the bundled app",
  );
  await shot(page, "bundled-vite");
  assert.deepEqual(page.errors, []);
  await page.close();
});
