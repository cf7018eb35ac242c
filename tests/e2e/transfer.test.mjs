// The worker → page transfer (www/statement-diff-transfer.js) gives back exactly the core's
// result: packed as flat arrays without texts, unpacked against the two texts. Runs in Node on
// every corpus pair and on awkward texts (CRLF, emoji, lone surrogates, empty sides).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";
import { initSync, compare } from "../../www/pkg/statement_diff.js";
import { pack, unpack } from "../../www/statement-diff-transfer.js";

initSync({ module: readFileSync(join(ROOT, "www", "pkg", "statement_diff_bg.wasm")) });

const pairs = () => {
  const dir = join(ROOT, "tests", "corpus");
  const out = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [d.name, readFileSync(join(dir, d.name, "a.txt"), "utf8"), readFileSync(join(dir, d.name, "b.txt"), "utf8")]);
  out.push(["awkward", "a\r\nb 😀👍🏽 \ud800 x\u0000y", "a\nb 😀 \udc00 x y"], ["empty old", "", "new text"], ["empty both", "", ""]);
  return out;
};

test("unpack(pack(result)) is the core's result, for every corpus pair and awkward texts", () => {
  for (const [name, a, b] of pairs()) {
    const result = compare(a, b);
    const { message, transfer } = pack(structuredClone(result));
    assert.ok(
      transfer.every((t) => t instanceof ArrayBuffer),
      name,
    );
    // What postMessage would do: a structured clone (the texts are not in it).
    const received = structuredClone(message, { transfer });
    assert.ok(!JSON.stringify(received.old).includes(a.slice(0, 40)) || a.length < 40, `${name}: no texts travel`);
    const back = unpack(received, a, b);
    // Cut from the page's own texts, segments keep a lone surrogate as it was (the core reads it
    // as U+FFFD, same length): equal once both are made well-formed, and lossless as they are.
    for (const side of [back.old, back.new]) for (const seg of side.segments) seg.text = seg.text.toWellFormed();
    assert.deepEqual(back, result, name);
    const joined = (side) =>
      unpack(structuredClone(pack(result).message), a, b)
        [side].segments.map((s) => s.text)
        .join("");
    assert.equal(joined("old"), a, name);
    assert.equal(joined("new"), b, name);
  }
});
