// share.js: both texts and labels in a link's fragment and back, exactly (emoji, CRLF, every
// script, a lone surrogate); a damaged or hostile link is refused with a readable error; links stay under 64 KB;
// fflate is loaded only when a link is made or read.
// Uses the vendored fflate (www/vendor/, written by the build) or, before a build, the fflate
// package it is made from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { register } from "node:module";
import { deflateSync, strToU8 } from "fflate";

if (!existsSync(new URL("../../www/vendor/fflate.js", import.meta.url))) {
  const hook = `export async function resolve(specifier, context, next) {
    return next(specifier.endsWith("/vendor/fflate.js") ? "fflate" : specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
}
const { encodeShare, decodeShare, ShareLinkError, MAX_FRAGMENT_CHARS, FRAGMENT_KEY } = await import("../../www/share.js");

const roundTrip = async (state) => decodeShare(`#${await encodeShare(state)}`);

test("texts and labels come back exactly: emoji, CRLF, tabs, NUL, Cyrillic, CJK, right-to-left", async () => {
  const state = {
    oldText: "Line one\r\nLine two\twith a tab and NUL \u0000, 👩🏽‍💻 and 🇺🇦.\r\n",
    newText: "Заявление МИД от 12 марта — «мир»; 中文文本; שלום עולם; e\u0301\n",
    oldLabel: "Published 12 May",
    newLabel: "Сайт B 🙂",
  };
  const fragment = await encodeShare(state);
  assert.match(fragment, new RegExp(`^${FRAGMENT_KEY}=[A-Za-z0-9_-]+$`), "base64url, nothing to escape in a URL");
  assert.deepEqual(await decodeShare(`#${fragment}`), state);
  assert.deepEqual(await decodeShare(fragment), state, "with or without '#'");
  assert.deepEqual(await roundTrip({ oldText: "", newText: "" }), { oldText: "", newText: "", oldLabel: "", newLabel: "" });
});

test("a lone UTF-16 surrogate (not valid text) comes back as it was (JSON escapes it)", async () => {
  assert.deepEqual(await roundTrip({ oldText: "a\uD800b", newText: "\uDC00 \uD83D" }), {
    oldText: "a\uD800b",
    newText: "\uDC00 \uD83D",
    oldLabel: "",
    newLabel: "",
  });
});

test("a hash that is not a share link is null; a damaged or hostile one rejects with a readable ShareLinkError", async () => {
  assert.equal(await decodeShare(""), null);
  assert.equal(await decodeShare("#section-2"), null);
  assert.equal(await decodeShare(undefined), null);
  const good = await encodeShare({ oldText: "The fund received 5 units.", newText: "The fund received 7 units." });
  const damaged = [
    `${FRAGMENT_KEY}=`, // nothing
    `${FRAGMENT_KEY}=${good.slice(3, -5)}`, // cut
    `${good.slice(0, -8)}AAAAAAAA`, // altered
    `${FRAGMENT_KEY}=not*base64!`, // characters a link never holds
    `${FRAGMENT_KEY}=${Buffer.from(deflateSync(strToU8('{"v":2,"o":"a","n":"b"}'))).toString("base64url")}`, // another version
    `${FRAGMENT_KEY}=${Buffer.from(deflateSync(strToU8('{"v":1,"o":5,"n":"b"}'))).toString("base64url")}`, // not a text
    `${FRAGMENT_KEY}=${Buffer.from(deflateSync(strToU8("not json"))).toString("base64url")}`,
    `${FRAGMENT_KEY}=${"A".repeat(MAX_FRAGMENT_CHARS * 2 + 1)}`, // far too long to be one of ours
  ];
  for (const hash of damaged) {
    await assert.rejects(
      decodeShare(`#${hash}`),
      (e) => e instanceof ShareLinkError && e.name === "ShareLinkError" && /^This share link is (damaged|too long)/.test(e.message),
      hash.slice(0, 40),
    );
  }
  // A deflate bomb: 20 MB of zeros in a few KB.
  const bomb = Buffer.from(deflateSync(new Uint8Array(20 * 1024 * 1024), { level: 9 })).toString("base64url");
  assert.ok(bomb.length < MAX_FRAGMENT_CHARS);
  await assert.rejects(decodeShare(`#${FRAGMENT_KEY}=${bomb}`), ShareLinkError);
});

test("labels from a link are cut to 200 characters; a label that is not a string is dropped", async () => {
  const long = `${FRAGMENT_KEY}=${Buffer.from(deflateSync(strToU8(JSON.stringify({ v: 1, o: "a", n: "b", ol: "x".repeat(500), nl: 7 })))).toString("base64url")}`;
  const state = await decodeShare(long);
  assert.equal(state.oldLabel.length, 200);
  assert.equal(state.newLabel, "");
});

test("a link is at most 64 KB: longer texts are refused with a message, compressible ones fit", async () => {
  assert.equal(MAX_FRAGMENT_CHARS, 64_000);
  // 200,000 characters of one sentence compress far below the limit.
  const repetitive = "The ministry said on 12 March that 35 000 000 was allocated. ".repeat(3300);
  assert.ok((await encodeShare({ oldText: repetitive, newText: repetitive })).length < MAX_FRAGMENT_CHARS);
  // Text that does not compress: random letters (xorshift32).
  let seed = 7;
  const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), (seed >>>= 0));
  const random = (n) => Array.from({ length: n }, () => String.fromCharCode(97 + (next() % 26))).join("");
  const fits = random(20_000);
  assert.ok((await encodeShare({ oldText: fits, newText: "" })).length <= MAX_FRAGMENT_CHARS);
  await assert.rejects(
    encodeShare({ oldText: random(60_000), newText: random(60_000) }),
    (e) =>
      e instanceof ShareLinkError &&
      /^These texts are too long to share as a link \(\d+ KB compressed; links are limited to 64 KB\)\. Download the report instead\.$/.test(e.message),
  );
});
