// The quote check's pure layout (www/quote-layout.js): pieces, cuts, context, summary, plain text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotePieces, quoteItems, cutLabel, contextOf, describeQuotes, quotesExport, stitchedNote } from "../../www/quote-layout.js";

const source = "Intro line. We do not expect prices to rise, except in 2030. The plan is good. Other text.";
const quoting = "She said “We expect prices to rise … The plan is great.” Then “words” and more.";
const at = (text, s, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const span = at(quoting, "We expect prices to rise … The plan is great.");
const notAt = at(source, "do not");
const doPos = at(quoting, "We ").end - 1; // just after "We"
const quote = {
  span,
  verdict: "altered",
  source: at(source, "We do not expect prices to rise"),
  changes: [
    { id: 0, kind: "negation", minor: false, old: { start: notAt.start, end: notAt.end }, new: { start: doPos, end: doPos } },
    { id: 1, kind: "wording", minor: false, old: at(source, "good"), new: at(quoting, "great") },
  ],
  omissions: [{ source: at(source, ", except in 2030."), cut: at(quoting, "…"), words: 3, flags: ["figure", "qualifier"], alters: true }],
  parts: [
    { span: at(quoting, "We expect prices to rise"), source: at(source, "We do not expect prices to rise"), cut: false },
    { span: at(quoting, "The plan is great."), source: at(source, "The plan is good."), cut: true },
  ],
  stitched: true,
};
const check = { quotes: [quote], stats: { quotes: 1, exact: 0, minor: 0, altered: 1, notFound: 0 }, approximate: false, wordListsNeeded: [] };

test("a quotation as pieces: a dropped word struck with a space, a cut in place, a changed word", () => {
  const pieces = quotePieces(quote, source, quoting);
  assert.deepEqual(
    pieces.map((p) => [p.op, p.text]),
    [
      ["equal", "We"],
      ["equal", " "],
      ["delete", "do not"],
      ["equal", " expect prices to rise "],
      ["cut", "…"],
      ["equal", " The plan is "],
      ["delete", "good"],
      ["insert", "great"],
      ["equal", "."],
    ],
  );
  const cut = pieces.find((p) => p.op === "cut");
  assert.equal(cut.label, "… [3 words cut — holds a figure and a qualifier] …");
  assert.equal(cut.cut, ", except in 2030.");
});

test("cut labels name the flags; one word; nothing", () => {
  assert.equal(cutLabel({ words: 23, flags: ["negation"] }), "… [23 words cut — holds a negation] …");
  assert.equal(cutLabel({ words: 1, flags: [] }), "… [1 word cut] …");
  assert.equal(cutLabel({ words: 0, flags: [] }), "… [nothing cut] …");
  assert.equal(cutLabel({ words: 5, flags: ["negation", "figure", "qualifier"] }), "… [5 words cut — holds a negation, a figure and a qualifier] …");
});

test("the source span in its sentence(s)", () => {
  const x = contextOf(source, at(source, "expect prices"));
  assert.deepEqual(x, { before: "We do not ", text: "expect prices", after: " to rise, except in 2030." });
  // A span that is a whole sentence gets the one before it too.
  const y = contextOf(source, at(source, "The plan is good."));
  assert.equal(y.before, "We do not expect prices to rise, except in 2030. ");
  assert.equal(contextOf("a".repeat(1000), { start: 500, end: 501 }, 10).before, "a".repeat(10));
});

test("cards, stitched note, summary and counter", () => {
  const [item] = quoteItems(check, source, quoting);
  assert.equal(item.badge, "✗ Altered");
  assert.equal(item.note, "Taken from 2 places in the source");
  assert.equal(item.contexts.length, 2);
  assert.equal(
    stitchedNote({ ...quote, parts: [quote.parts[0], { ...quote.parts[1], cut: false }] }),
    "Taken from 2 places in the source, joined without a cut mark",
  );
  const d = describeQuotes({ ...check, stats: { quotes: 5, exact: 3, minor: 0, altered: 1, notFound: 1 } });
  assert.equal(d.labels.line, "5 quotations: 3 exact, 1 altered, 1 not found");
  assert.equal(d.counter(-1), "5 quotations");
  assert.equal(d.counter(1), "2 of 5 quotations");
  const none = describeQuotes({ ...check, quotes: [], stats: { quotes: 0, exact: 0, minor: 0, altered: 0, notFound: 0 } }, 4);
  assert.match(none.labels.line, /^No quotations found: no passage of 4 words or more between quote marks/);
  assert.equal(none.counter(-1), "0 quotations");
  const nf = quoteItems(
    { ...check, quotes: [{ ...quote, verdict: "notFound", source: null, parts: [], changes: [], omissions: [], stitched: false }] },
    source,
    quoting,
  )[0];
  assert.equal(nf.badge, "? Not found");
  assert.deepEqual(nf.contexts, []);
});

test("plain text and report body: verdict, marks, cuts, source; HTML escaped", () => {
  const items = quoteItems(check, source, quoting);
  const text = quotesExport(items);
  assert.ok(text.includes("1. ✗ Altered (quoting text"));
  assert.ok(text.includes("“We [-do not-] expect prices to rise … [3 words cut — holds a figure and a qualifier] … The plan is [-good-]{+great+}.”"));
  assert.ok(text.includes("Cut: 3 words cut — holds a figure and a qualifier: “, except in 2030.”"));
  assert.ok(text.includes("In the source: Intro line. [[We do not expect prices to rise]], except in 2030."));
  const evil = "<img src=x onerror=alert(1)>";
  const html = quotesExport(
    quoteItems({ ...check, quotes: [{ ...quote, span: { start: 0, end: evil.length }, changes: [], omissions: [] }] }, source, evil),
    true,
  );
  assert.ok(!html.includes("<img"));
  assert.ok(html.includes("&lt;img"));
});
