// statement_diff.Widget in a real Jupyter widget front end (issue #15, "In notebooks"): Voilà runs
// a notebook on an ipykernel from the wheel's virtual environment (target/py-venv, made by
// scripts/python.sh) and renders its outputs with JupyterLab's widget manager, which loads the
// widget's front end through anywidget, as JupyterLab, VS Code and marimo do. A person sees the
// comparison; the front end's stats reach the kernel; a change made in the kernel re-renders.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { start, newPage, shot, ROOT } from "./helpers.mjs";

const VENV_PY = join(ROOT, "target", "py-venv", "bin", "python");
const DIR = join(ROOT, "target", "jupyter-e2e");

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// One cell: the widget, and an observer that writes each stats the front end sends back to a file
// and, at the first, changes the new text from the kernel.
const CELL = `
import json, pathlib
import statement_diff

w = statement_diff.Widget("The fund received $35,000,000 in 2023.", "The fund received $55,000,000 in 2023.")
seen = []

def on_stats(change):
    seen.append(change["new"])
    pathlib.Path("stats.json").write_text(json.dumps(seen))
    if len(seen) == 1:
        w.new = "The fund received $75,000,000 in 2024."

w.observe(on_stats, names="stats")
w
`;
const NOTEBOOK = {
  cells: [{ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: CELL.trim().split(/(?<=\n)/) }],
  metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
  nbformat: 4,
  nbformat_minor: 5,
};

let env;
let voila;
let url;
let log = "";
before(async () => {
  assert.ok(existsSync(VENV_PY), `no ${VENV_PY}: run bash scripts/python.sh test (npm test does, before these tests)`);
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, "widget.ipynb"), JSON.stringify(NOTEBOOK));
  const port = await freePort();
  // Jupyter's own directories inside DIR: nothing read from, or left in, the user's home.
  const dirs = { JUPYTER_CONFIG_DIR: "config", JUPYTER_RUNTIME_DIR: "runtime", IPYTHONDIR: "ipython", JUPYTER_PLATFORM_DIRS: "1" };
  const jenv = { ...process.env, ...Object.fromEntries(Object.entries(dirs).map(([k, v]) => [k, v === "1" ? v : join(DIR, v)])) };
  voila = spawn(VENV_PY, ["-m", "voila", "widget.ipynb", `--port=${port}`, "--no-browser", "--Voila.ip=127.0.0.1"], { cwd: DIR, env: jenv });
  voila.stdout.on("data", (d) => (log += d));
  voila.stderr.on("data", (d) => (log += d));
  url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120 && !log.includes("Voilà is running at"); i++) await new Promise((r) => setTimeout(r, 250));
  assert.ok(log.includes("Voilà is running at"), `Voilà did not start:\n${log}`);
  env = await start();
});
after(async () => {
  voila?.kill();
  await env?.close();
});

test("in Voilà (JupyterLab's widget manager, anywidget): the comparison shows, stats reach the kernel, the kernel's change re-renders", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1100, height: 600 } });
  const ours = [];
  page.on("requestfailed", (r) => ours.push(`${r.url()} failed`));
  page.on("response", (r) => r.url().startsWith(url) && r.status() >= 400 && ours.push(`${r.url()} ${r.status()}`));
  await page.goto(url);
  const read = () =>
    page.evaluate(() => {
      const el = document.querySelector("statement-diff");
      const root = el?.shadowRoot;
      return (
        root && {
          del: [...root.querySelectorAll("del")].map((e) => e.textContent),
          ins: [...root.querySelectorAll("ins")].map((e) => e.textContent),
          summary: root.querySelector(".summary")?.textContent,
        }
      );
    });
  // The kernel's change (at the first stats) makes the front end compare again: $75,000,000 in 2024.
  await page.waitForFunction(
    () => [...(document.querySelector("statement-diff")?.shadowRoot?.querySelectorAll("ins") ?? [])].some((e) => e.textContent === "$75,000,000"),
    null,
    { timeout: 90_000 },
  );
  const seen = await read();
  assert.deepEqual(
    [seen.del, seen.ins],
    [
      ["$35,000,000", "2023"],
      ["$75,000,000", "2024"],
    ],
  );
  assert.match(seen.summary, /^2 changes: 2 replaced/);
  await shot(page, "jupyter-voila-widget");
  // Both renders' stats reached the kernel over the widget's comm.
  let stats = [];
  for (let i = 0; i < 40 && stats.length < 2; i++) {
    if (existsSync(join(DIR, "stats.json"))) stats = JSON.parse(readFileSync(join(DIR, "stats.json"), "utf8"));
    if (stats.length < 2) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(stats.length, 2, `stats written back: ${JSON.stringify(stats)}\n${log}`);
  assert.deepEqual(
    stats.map((s) => [s.changes, s.replaced, s.kinds]),
    [
      [1, 1, { number: 1 }],
      [2, 2, { number: 2 }],
    ],
  );
  // Nothing of ours failed to load; what the closed network refuses (Voilà's CDN links) is not ours.
  assert.deepEqual(
    ours.filter((u) => u.startsWith(url)),
    [],
  );
  const foreign = page.errors.filter((e) => !/ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e));
  assert.deepEqual(foreign, [], `console errors: ${page.errors.join("\n")}`);
  await page.close();
});
