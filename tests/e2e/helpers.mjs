// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, the demo
// served from www/ (the package's modules as they ship, target/npm/, over it) by scripts/serve.mjs on a free loopback port, screenshots in test-output/.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { stagePackage } from "../../scripts/package.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT = join(ROOT, "test-output", "e2e");
mkdirSync(OUT, { recursive: true });

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// As root, headless, on a closed network (see docs/TOOLCHAIN.md).
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Starts the server and a browser; returns { url, browser, close }. */
export async function start(serverOptions = {}) {
  stagePackage(); // what the server serves over www/: the package as it ships, from the current source
  const server = await serve({ port: 0, ...serverOptions });
  let browser;
  try {
    // playwright gives each launch a fresh, empty profile directory of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 60_000 });
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page that fails the test on any uncaught page error or console error. */
export async function newPage(browser, options = {}) {
  const page = await browser.newPage(options);
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && page.errors.push(m.text()));
  return page;
}

export const shot = (page, name) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
