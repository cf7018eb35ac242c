// The demo page: the widget, opened with a built-in example pair, a picker of the corpus
// examples, and the widget's own paste areas. A share link (#sd=…) opens its texts instead.
import { StatementDiffElement } from "./statement-diff-define.js";

const DEFAULT_EXAMPLE = "cc-en-2.0-vs-2.1";
const $ = (id) => document.getElementById(id);
const diff = $("diff");
const picker = $("example");

async function fetchOk(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}

function showPageError(message) {
  $("page-error").textContent = message;
  $("page-error").hidden = !message;
}

async function loadExample(name) {
  const base = `examples/${encodeURIComponent(name)}/`;
  const [a, b, meta] = await Promise.all([
    fetchOk(base + "a.txt").then((r) => r.text()),
    fetchOk(base + "b.txt").then((r) => r.text()),
    fetchOk(base + "meta.json").then((r) => r.json()),
  ]);
  const label = (side) => {
    if (meta.labels) return meta.labels[side];
    const { path, commit_date } = meta.source[side];
    const other = meta.source[side === "a" ? "b" : "a"];
    // Same file at two dates: name the date; two files: name the file.
    return path === other.path ? `${path.split("/").pop()}, ${commit_date}` : path.split("/").slice(-3).join("/");
  };
  setMode(meta.mode ?? "compare"); // a quote check's example switches the widget to mode="quotes"
  // The labels belong to these texts: the widget drops each once its text is replaced or edited.
  diff.setTexts(a, b, { oldLabel: label("a"), newLabel: label("b") });
  $("attribution").textContent = `Example: ${meta.kind}. Source: ${meta.source.repo}. License: ${meta.license}.`;
  $("example-note").textContent = meta.language === "ru" ? "(Russian)" : "";
}

async function loadIndex() {
  const index = await fetchOk("examples/index.json").then((r) => r.json());
  const own = document.createElement("option");
  own.value = "";
  own.textContent = "Your own texts (paste into the panes)";
  picker.replaceChildren(
    own,
    ...index.map((e) => {
      const o = document.createElement("option");
      o.value = e.name;
      o.textContent = `${e.language === "ru" ? "[ru] " : "[en] "}${e.kind}`;
      return o;
    }),
  );
}

function setMode(mode) {
  diff.mode = mode;
  $("quote-mode").checked = mode === "quotes";
}
$("quote-mode").addEventListener("change", (e) => (diff.mode = e.target.checked ? "quotes" : "compare"));

picker.addEventListener("change", () => {
  showPageError("");
  if (!picker.value) return;
  history.replaceState(null, "", location.pathname + location.search);
  loadExample(picker.value).catch((e) => showPageError(`Could not load the example: ${e.message}`));
});

async function start() {
  let shared = null;
  try {
    shared = await StatementDiffElement.readShareLink(location.hash);
  } catch (e) {
    showPageError(e.message);
  }
  await loadIndex().catch((e) => showPageError(`Could not load the examples: ${e.message}`));
  if (shared) {
    picker.value = "";
    diff.setTexts(shared.oldText, shared.newText, { oldLabel: shared.oldLabel, newLabel: shared.newLabel });
    $("attribution").textContent = "Opened from a share link.";
  } else {
    picker.value = DEFAULT_EXAMPLE;
    await loadExample(DEFAULT_EXAMPLE).catch((e) => showPageError(`Could not load the example: ${e.message}`));
  }
}

// Once the reader edits a text, the example's attribution no longer describes it (the widget
// itself drops the label of the text edited, see setTexts()).
diff.addEventListener("statement-diff-input", () => {
  picker.value = "";
  $("attribution").textContent = "";
});
diff.addEventListener("statement-diff-rendered", () => (document.documentElement.dataset.ready = "true"), { once: true });
start();
