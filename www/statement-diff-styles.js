// The widget's shadow-DOM styles. Theme with the --sd-* custom properties on the element, or
// style the parts (::part(toolbar), ::part(ins), …) from the page.
// Exported apart (not `export const`): the minifier would otherwise copy the string into styleSheet().
const css = `
:host {
  --sd-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --sd-text-font: var(--sd-font);
  --sd-fg: #1b1f24;
  --sd-bg: #ffffff;
  --sd-muted: #57606a;
  --sd-border: #d0d7de;
  --sd-row-changed-bg: #f6f8fa;
  --sd-ins-bg: #dbeafe;
  --sd-ins-fg: #0b3d91;
  --sd-del-bg: #fde2c8;
  --sd-del-fg: #7a2e00;
  --sd-current: #8250df;
  --sd-finding: #9a6700;
  --sd-moved-bg: #ede4fb;
  --sd-moved-fg: #4b2a85;
  --sd-mark-ins: #2f6fdb;
  --sd-mark-del: #d9731a;
  --sd-max-height: 70vh;
  display: block;
  color: var(--sd-fg);
  background: var(--sd-bg);
  font-family: var(--sd-font);
  line-height: 1.5;
  border: 1px solid var(--sd-border);
  border-radius: 6px;
  contain: content;
}
@media (prefers-color-scheme: dark) {
  :host {
    --sd-fg: #e6edf3;
    --sd-bg: #0d1117;
    --sd-muted: #9198a1;
    --sd-border: #3d444d;
    --sd-row-changed-bg: #151b23;
    --sd-ins-bg: #173a6b;
    --sd-ins-fg: #d6e6ff;
    --sd-del-bg: #5c2a0a;
    --sd-del-fg: #ffe0c7;
    --sd-current: #b392f0;
    --sd-finding: #d29922;
    --sd-moved-bg: #3b2a5c;
    --sd-moved-fg: #e8dcff;
    --sd-mark-ins: #6ea8fe;
    --sd-mark-del: #f0a35e;
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
button {
  font: inherit; font-size: .875rem; color: inherit; background: transparent;
  border: 1px solid var(--sd-border); border-radius: 4px; padding: .2rem .6rem; cursor: pointer;
}
button:hover { background: var(--sd-row-changed-bg); }
button:disabled { opacity: .5; cursor: default; }
:focus-visible { outline: 2px solid var(--sd-current); outline-offset: 1px; }
.toolbar {
  display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .6rem;
  padding: .5rem .75rem; border-bottom: 1px solid var(--sd-border);
}
/* The headline takes the toolbar's first line (it counts everything that differs), the kind
   buttons the next, navigation and actions after them. */
.summary { flex: 1 1 100%; font-size: .875rem; }
.summary .added { color: var(--sd-ins-fg); background: var(--sd-ins-bg); padding: 0 .25rem; border-radius: 3px; }
.summary .removed { color: var(--sd-del-fg); background: var(--sd-del-bg); padding: 0 .25rem; border-radius: 3px; }
.summary .minor-count, .summary .around { color: var(--sd-muted); }
.summary .kinds { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem; margin-top: .3rem; }
.summary .kinds .lead { color: var(--sd-muted); font-size: .8125rem; margin-right: .15rem; }
.summary .kinds button { font-size: .8125rem; padding: 0 .45rem; border-radius: 999px; }
.summary .kinds button[aria-pressed="true"] { background: var(--sd-current); border-color: var(--sd-current); color: var(--sd-bg); font-weight: 600; }
.nav, .actions { display: flex; align-items: center; gap: .3rem; }
.counter { font-size: .875rem; min-width: 5.5em; text-align: center; font-variant-numeric: tabular-nums; }
.status { flex-basis: 100%; font-size: .8125rem; color: var(--sd-muted); min-height: 0; }
.status:empty { display: none; }
.progress { display: flex; align-items: center; gap: .6rem; padding: .4rem .75rem; border-bottom: 1px solid var(--sd-border); font-size: .875rem; }
.spinner { width: .9em; height: .9em; border: 2px solid var(--sd-border); border-top-color: var(--sd-current); border-radius: 50%; animation: sd-spin .8s linear infinite; }
@keyframes sd-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.error { margin: .5rem .75rem; padding: .5rem .75rem; border: 1px solid #cf222e; border-radius: 4px; color: #cf222e; }
.inputs { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; padding: .75rem; border-bottom: 1px solid var(--sd-border); }
.inputs label { display: flex; flex-direction: column; gap: .25rem; font-size: .875rem; font-weight: 600; }
.inputs textarea {
  font: .875rem/1.4 var(--sd-text-font); color: inherit; background: var(--sd-bg);
  border: 1px solid var(--sd-border); border-radius: 4px; padding: .4rem; min-height: 7rem; resize: vertical; width: 100%;
}
.body { position: relative; display: flex; }
.view {
  flex: 1; min-width: 0; max-height: var(--sd-max-height); overflow: auto;
  font-family: var(--sd-text-font); font-size: .9375rem;
}
.view[aria-busy="true"] { opacity: .45; }
.labels, .row { display: grid; grid-template-columns: 1fr 1fr; }
/* Rows off screen are not laid out or painted until scrolled to: huge comparisons stay fast. */
.chunk { content-visibility: auto; }
:host([data-view=inline]) .labels, :host([data-view=inline]) .row { grid-template-columns: 1fr; }
.labels { position: sticky; top: 0; z-index: 1; background: var(--sd-bg); border-bottom: 1px solid var(--sd-border); font-family: var(--sd-font); }
.label { padding: .3rem .75rem; font-size: .8125rem; font-weight: 600; color: var(--sd-muted); }
.cell { padding: .15rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.cell.old { border-right: 1px solid var(--sd-border); }
.row.changed { background: var(--sd-row-changed-bg); }
.cell.empty { background: repeating-linear-gradient(135deg, transparent 0 6px, var(--sd-border) 6px 7px); opacity: .5; }
ins, del { border-radius: 2px; }
ins { background: var(--sd-ins-bg); color: var(--sd-ins-fg); text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
del { background: var(--sd-del-bg); color: var(--sd-del-fg); text-decoration: line-through; text-decoration-thickness: 2px; }
.minor { text-decoration: underline dotted var(--sd-muted); text-decoration-thickness: 1px; text-underline-offset: 3px; }
.minor.space { background: repeating-linear-gradient(90deg, var(--sd-muted) 0 1px, transparent 1px 4px) bottom / 100% 1px no-repeat; }
mark.finding { background: transparent; color: inherit; outline: 2px dashed var(--sd-finding); outline-offset: 1px; border-radius: 2px; cursor: help; }
mark.finding::after { content: "⚠"; font-size: .7em; vertical-align: super; color: var(--sd-finding); }
.summary .findings { color: var(--sd-finding); }
ins.moved, del.moved { background: var(--sd-moved-bg); color: var(--sd-moved-fg); text-decoration: none; cursor: pointer; box-shadow: inset 3px 0 0 var(--sd-moved-fg); }
ins.moved::before, del.moved::before { content: " [moved text start] "; }
ins.moved::after, del.moved::after { content: " [moved text end] "; }
ins.moved.cont, del.moved.cont { box-shadow: none; }
.minimap .mark.moved { background: var(--sd-moved-fg); }
.minimap .mark.surrounding { background: var(--sd-muted); }
.collapsed.current { outline: 2px solid var(--sd-current); outline-offset: -2px; }
ins.current, del.current, .minor.current { outline: 2px solid var(--sd-current); outline-offset: 1px; }
/* Screen readers announce where insertions and deletions start and end (colour is never the only signal). */
ins::before, ins::after, del::before, del::after {
  clip-path: inset(100%); clip: rect(1px, 1px, 1px, 1px); height: 1px; width: 1px;
  overflow: hidden; position: absolute; white-space: nowrap;
}
ins::before { content: " [insertion start] "; }
ins::after { content: " [insertion end] "; }
del::before { content: " [deletion start] "; }
del::after { content: " [deletion end] "; }
.collapsed { display: flex; align-items: center; gap: .75rem; padding: .25rem .75rem; border-block: 1px dashed var(--sd-border); font-family: var(--sd-font); }
.collapsed .preview { color: var(--sd-muted); font-size: .8125rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; flex: 1; }
.minimap { position: relative; flex: 0 0 12px; border-left: 1px solid var(--sd-border); cursor: pointer; }
.minimap .mark { position: absolute; left: 2px; right: 2px; height: 3px; min-height: 3px; border-radius: 1px; background: var(--sd-mark-ins); }
.minimap .mark.del { background: var(--sd-mark-del); }
.minimap .mark.current { background: var(--sd-current); left: 0; right: 0; height: 5px; }
.empty-state { padding: 1rem .75rem; color: var(--sd-muted); }
@media (max-width: 640px) { .inputs { grid-template-columns: 1fr; } }
.quotes { display: grid; gap: .75rem; padding: .75rem; }
.quote { border: 1px solid var(--sd-border); border-radius: 6px; padding: .5rem .75rem; }
.quote.current { outline: 2px solid var(--sd-current); }
.qhead { margin: 0; display: flex; gap: .6rem; font-size: .875rem; color: var(--sd-muted); }
.badge { font-weight: 700; padding: 0 .5rem; border-radius: 9px; border: 1px solid var(--sd-border); color: var(--sd-fg); }
.exact .badge { background: var(--sd-ins-bg); color: var(--sd-ins-fg); }
.altered .badge, .cut.alters { background: var(--sd-del-bg); color: var(--sd-del-fg); border: 2px solid var(--sd-mark-del); }
blockquote, details p { margin: .4rem 0; font-family: var(--sd-text-font); white-space: pre-wrap; color: var(--sd-fg); }
blockquote { padding-left: .75rem; border-left: 3px solid var(--sd-border); }
.cut { font-size: .8125rem; padding: 0 .3rem; border-style: dashed; }
.cut-text { font-style: italic; border: 1px dashed var(--sd-border); }
.note { margin: .2rem 0; font-weight: 600; }
details { font-size: .875rem; color: var(--sd-muted); }
mark { background: var(--sd-ins-bg); color: var(--sd-ins-fg); }
`;
export { css };

let sheet;
/** The styles as one constructed sheet, shared by every instance's shadow root. */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
