// The minimal demo: two textareas pre-filled with a real pair from the corpus, a Compare button
// and the highlighted result. (The full <statement-diff> widget is built on the same pieces.)
import init, { compare } from "./pkg/statement_diff.js";
import { renderSide, describeStats } from "./render.js";

const EXAMPLE = "cc-en-2.0-vs-2.1";
const $ = (id) => document.getElementById(id);

function run() {
  $("error").hidden = true;
  try {
    const t0 = performance.now();
    const result = compare($("old").value, $("new").value);
    renderSide($("old-out"), result.old, result.changes);
    renderSide($("new-out"), result.new, result.changes);
    $("stats").textContent = describeStats(result.stats, result.approximate);
    $("timing").textContent = `compared in ${(performance.now() - t0).toFixed(1)} ms`;
  } catch (e) {
    $("error").textContent = `Could not compare: ${e.message}`;
    $("error").hidden = false;
  }
}

async function loadExample(name) {
  const get = (f) => fetch(`examples/${name}/${f}`).then((r) => (r.ok ? r : Promise.reject(new Error(`${f}: ${r.status}`))));
  const [a, b, meta] = await Promise.all([get("a.txt").then((r) => r.text()), get("b.txt").then((r) => r.text()), get("meta.json").then((r) => r.json())]);
  $("old").value = a;
  $("new").value = b;
  $("old-source").textContent = `(${meta.source.a.path} @ ${meta.source.a.commit_date})`;
  $("new-source").textContent = `(${meta.source.b.path} @ ${meta.source.b.commit_date})`;
  $("attribution").textContent = `Example: ${meta.kind} — ${meta.source.repo}, ${meta.license}.`;
}

await init();
// Once the reader edits a text, the example's source label no longer describes it.
for (const side of ["old", "new"]) $(side).addEventListener("input", () => ($(`${side}-source`).textContent = ""));
$("form").addEventListener("submit", (e) => {
  e.preventDefault();
  run();
});
try {
  await loadExample(EXAMPLE);
} catch (e) {
  $("error").textContent = `Could not load the example: ${e.message}`;
  $("error").hidden = false;
}
run();
document.documentElement.dataset.ready = "true";
