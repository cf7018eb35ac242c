// statement-diff-transfer.js: a result packed in the worker (flat typed arrays, no segment texts)
// and unpacked on the page from the page's own texts is the result again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pack, unpack } from "../../www/statement-diff-transfer.js";
import { fakeRows } from "./fake.mjs";

const eq = (text) => [text, "equal"];

test("pack then unpack gives the result back: rows, segments, changes, stats, findings", () => {
  const result = fakeRows(
    [
      { old: [eq("Pay "), ["5", "delete", 0], eq(" now.\r\n")], new: [eq("Pay "), ["7", "insert", 0], eq(" now.\r\n")] },
      { old: [eq("Kazakhstаn 😀\n")], new: [eq("Kazakhstаn 😀\n")] },
      { old: [], new: [["Added line.\n", "insert", 1]] },
    ],
    ["number", "wording"],
    {
      findings: { old: [{ kind: "lookalike", span: { start: 12, end: 22 }, chars: [{ offset: 20, codePoint: 0x430, script: "Cyrillic" }] }], new: [] },
      approximate: true,
    },
  );
  result.wordListsNeeded = ["en"];
  const oldText = result.old.segments.map((s) => s.text).join("");
  const newText = result.new.segments.map((s) => s.text).join("");
  const { message, transfer } = pack(structuredClone(result));
  assert.ok(message.rows instanceof Uint32Array);
  assert.deepEqual([...message.rows], [0, 12, 0, 12, 12, 26, 12, 26, 26, 26, 26, 38]);
  assert.ok(!JSON.stringify(message, (k, v) => (ArrayBuffer.isView(v) ? [...v] : v)).includes("Pay"), "no segment text travels");
  assert.equal(transfer.length, 7, "rows and three arrays per side are moved, not copied");
  assert.ok(transfer.every((b) => b instanceof ArrayBuffer));
  // The message as postMessage delivers it (the buffers moved).
  const received = structuredClone(message, { transfer });
  assert.equal(transfer[0].byteLength, 0, "moved");
  assert.deepEqual(unpack(received, oldText, newText), result);
});

test("segment texts are cut from the page's texts: a lone surrogate stays as the page had it", () => {
  // The core reads a lone surrogate as U+FFFD (same length); the page's text keeps it.
  const core = fakeRows([{ old: [eq("a\uFFFD "), ["b", "delete", 0]], new: [eq("a\uFFFD "), ["c", "insert", 0]] }], ["wording"]);
  const { message, transfer } = pack(core);
  const back = unpack(structuredClone(message, { transfer }), "a\uD800 b", "a\uD800 c");
  assert.deepEqual(
    back.old.segments.map((s) => s.text),
    ["a\uD800 ", "b"],
  );
  assert.equal(back.new.segments.map((s) => s.text).join(""), "a\uD800 c");
  assert.deepEqual(back.new.segments[1], { text: "c", op: "insert", change: 0 });
  assert.equal("change" in back.old.segments[0], false, "an equal segment has no change id");
});
