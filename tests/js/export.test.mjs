// The exports' header: what was compared (lengths, SHA-256 of the UTF-8 bytes, options, version,
// time) and describe()'s numbers, in the plain text and in the report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sha256Hex, evidence, headerLines, plainTextExport, reportHtml, inlineHtml, plainTextWithMarkers, escapeHtml } from "../../www/export.js";
import { layoutRows } from "../../www/layout.js";
import { VERSION } from "../../www/version.js";
import { ch, fakeResult, fakeRows } from "./fake.mjs";

const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const bytes = (s) => new TextEncoder().encode(s);

test("SHA-256 with crypto.subtle, and with the @noble/hashes fallback where it is missing", async () => {
  assert.equal(await sha256Hex(bytes("abc")), ABC);
  assert.equal(await sha256Hex(bytes("")), EMPTY);
  let loaded = 0;
  const load = async () => {
    loaded++;
    return import("@noble/hashes/sha2.js"); // what scripts/sha256-entry.mjs vendors
  };
  assert.equal(await sha256Hex(bytes("abc"), { subtle: null, load }), ABC);
  assert.equal(await sha256Hex(bytes(""), { subtle: null, load }), EMPTY);
  assert.equal(loaded, 2, "the fallback is loaded only without crypto.subtle");
  await sha256Hex(bytes("abc"), { load });
  assert.equal(loaded, 2);
});

test("evidence: JS length and UTF-8 bytes differ for non-ASCII text; options and version as used", async () => {
  const generated = new Date("2025-03-12T10:20:30.000Z");
  const ev = await evidence({
    oldText: "abc",
    newText: "Заявление — 12 марта 😀",
    oldLabel: "Site A",
    options: { ignoreCase: false, cleanup: true, timeoutMs: 2000 },
    generated,
  });
  assert.deepEqual(ev.old, { label: "Site A", characters: 3, bytes: 3, sha256: ABC });
  assert.equal(ev.new.label, "New");
  assert.equal(ev.new.characters, 23); // 😀 is two UTF-16 code units
  assert.equal(ev.new.bytes, 41); // Cyrillic letters 2 bytes each, the dash 3, the emoji 4
  assert.equal(ev.new.sha256, await sha256Hex(bytes("Заявление — 12 марта 😀")));
  assert.notEqual(ev.new.sha256, ABC);
  assert.deepEqual(ev.options, { ignoreCase: false, cleanup: true, timeoutMs: 2000 });
  assert.equal(ev.version, VERSION);
  assert.equal(ev.generated, "2025-03-12T10:20:30.000Z");
});

const result = fakeResult([ch("number", [4, 5], [4, 5])], { stats: { wordsInserted: 1, wordsDeleted: 1, similarity: 0.75, sharedSimilarity: 0.75 } });
const rows = [
  {
    index: 0,
    changed: true,
    old: [
      { text: "Pay ", op: "equal", start: 0, end: 4, side: "old" },
      { text: "5", op: "delete", change: 0, start: 4, end: 5, side: "old" },
    ],
    new: [
      { text: "Pay ", op: "equal", start: 0, end: 4, side: "new" },
      { text: "7", op: "insert", change: 0, start: 4, end: 5, side: "new" },
    ],
  },
];

test("the plain-text export opens with the header, then a blank line and the marked text", async () => {
  const ev = await evidence({
    oldText: "abc",
    newText: "",
    oldLabel: "",
    newLabel: "<Site B>",
    options: { ignoreCase: true, cleanup: true, timeoutMs: 0 },
    generated: new Date("2025-01-02T03:04:05.000Z"),
  });
  const text = plainTextExport({ rows, result, evidence: ev });
  const lines = text.split("\n");
  assert.deepEqual(lines.slice(0, 5), [
    `statement-diff ${VERSION} comparison, generated 2025-01-02T03:04:05.000Z`,
    `Old: 3 characters (UTF-16 code units), 3 bytes UTF-8, SHA-256 ${ABC}`,
    `New (<Site B>): 0 characters (UTF-16 code units), 0 bytes UTF-8, SHA-256 ${EMPTY}`,
    "Options: ignoreCase true, cleanup true, timeoutMs 0",
    "Result: 1 change: 1 replaced; 1 word added, 1 removed; 75.0% similar; by kind: number 1.",
  ]);
  assert.equal(lines[6], "");
  assert.equal(lines.slice(7).join("\n"), "Pay [-5-]{+7+}");
  assert.deepEqual(headerLines(ev, { labels: { line: "x." } }).at(-1), "Result: x.");
  // The rich copy carries the same header, escaped.
  const html = inlineHtml(rows, result.changes, headerLines(ev, { labels: { line: "x." } }));
  assert.ok(html.includes(`New (&lt;Site B&gt;): 0 characters`), html);
  assert.ok(html.includes(ABC));
});

test("the report says what was compared in a table and a definition list; user text escaped", async () => {
  const ev = await evidence({
    oldText: "abc",
    newText: "",
    oldLabel: '<img src=x onerror="alert(1)">',
    newLabel: "B",
    options: { ignoreCase: false, cleanup: true, timeoutMs: 2000 },
    generated: new Date("2025-01-02T03:04:05.000Z"),
  });
  const html = reportHtml({ rows, result, evidence: ev });
  assert.match(html, /<caption>What was compared<\/caption>/);
  assert.match(
    html,
    new RegExp(`<tr><th scope="row">Old</th><td>&lt;img src=x onerror=&quot;alert\\(1\\)&quot;&gt;</td><td>3</td><td>3</td><td><code>${ABC}</code></td></tr>`),
  );
  assert.match(html, new RegExp(`<tr><th scope="row">New</th><td>B</td><td>0</td><td>0</td><td><code>${EMPTY}</code></td></tr>`));
  assert.match(html, /<dt>Options<\/dt><dd>ignoreCase false, cleanup true, timeoutMs 2000<\/dd>/);
  assert.ok(html.includes(`<dt>statement-diff</dt><dd>version ${VERSION}</dd>`));
  assert.ok(html.includes("<dt>Generated</dt><dd>2025-01-02T03:04:05.000Z</dd>"));
  assert.ok(html.includes("<li>1 change: 1 replaced</li>"));
  assert.ok(html.includes("<li>75.0% similar</li>"));
  assert.ok(!html.includes("<img"), "labels are escaped");
  assert.ok(!/<script/i.test(html));
});

test("the exports on laid-out rows: minor changes read as the new text, deletions before insertions, all text escaped", async () => {
  const r = fakeRows(
    [
      {
        old: [
          ["<b>", "equal"],
          ["5", "delete", 0],
          [" & «x»\n", "equal"],
        ],
        new: [
          ["<b>", "equal"],
          ["7", "insert", 0],
          [" & «x»\n", "equal"],
        ],
      },
      {
        old: [
          ["Say ", "equal"],
          ["«hi»", "delete", 1],
          ["\n", "equal"],
        ],
        new: [
          ["Say ", "equal"],
          ["“hi”", "insert", 1],
          ["\n", "equal"],
        ],
      },
      { old: [['"Gone" it\'s.\n', "delete", 2]], new: [] },
    ],
    ["number", "typography", "wording"],
  );
  const laid = layoutRows(r);
  assert.equal(plainTextWithMarkers(laid, r.changes), '<b>[-5-]{+7+} & «x»\nSay “hi”\n[-"Gone" it\'s.\n-]');
  const html = inlineHtml(laid, r.changes);
  assert.equal(
    html,
    '<div style="white-space:pre-wrap">&lt;b&gt;<del style="background:#fde2c8;color:#7a2e00;text-decoration:line-through">5</del><ins style="background:#dbeafe;color:#0b3d91;text-decoration:underline">7</ins> &amp; «x»\nSay “hi”\n<del style="background:#fde2c8;color:#7a2e00;text-decoration:line-through">&quot;Gone&quot; it&#39;s.\n</del></div>',
  );
  const ev = await evidence({ oldText: "a", newText: "b", generated: new Date(0) });
  const report = reportHtml({ rows: laid, result: r, evidence: ev, title: "<T>" });
  assert.ok(report.includes("<title>&lt;T&gt;</title>"));
  assert.ok(report.includes('<tr class="changed"><td>&lt;b&gt;<del>5</del> &amp; «x»\n</td><td>&lt;b&gt;<ins>7</ins> &amp; «x»\n</td></tr>'));
  assert.ok(report.includes("<tr><td>Say «hi»\n</td><td>Say “hi”\n</td></tr>"), "a row with a minor change only is not marked changed, nor its change");
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
});
