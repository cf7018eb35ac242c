// www/lexicon.js against a loopback HTTP server serving www/lexicon/ (run
// `node scripts/gen-lexicon.mjs` first): the bytes the core gets are the .lex file, one fetch per
// language, gzip inflated whether or not the server already did, errors not cached.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { loadLexiconBytes, gunzipIfNeeded } from "../../www/lexicon.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "www", "lexicon");
const requests = [];
let server;
let base;
let failNext = false;

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url);
    const [, mode, name] = req.url.match(/^\/(\w+)\/([a-z]+\.lex\.gz)$/) ?? [];
    if (!name || failNext) {
      failNext = false;
      res.writeHead(404).end();
      return;
    }
    const gz = readFileSync(join(dir, name));
    // "encoded": the server declares the gzip, so fetch inflates it before the loader sees it.
    res.writeHead(200, mode === "encoded" ? { "content-encoding": "gzip" } : { "content-type": "application/octet-stream" });
    res.end(gz);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const raw = (lang) => new Uint8Array(readFileSync(join(dir, `${lang}.lex`)));

test("the loaded bytes are the .lex file, fetched once per language", async () => {
  const url = new URL("/plain/", base);
  const [en, en2, ru] = await Promise.all([loadLexiconBytes("en", url), loadLexiconBytes("en", url), loadLexiconBytes("ru", url)]);
  assert.deepEqual(en, raw("en"));
  assert.deepEqual(ru, raw("ru"));
  assert.equal(en2, en);
  assert.deepEqual(await loadLexiconBytes("en", url), raw("en"));
  assert.equal(requests.filter((r) => r.startsWith("/plain/")).length, 2);
});

test("a server that sends Content-Encoding: gzip", async () => {
  assert.deepEqual(await loadLexiconBytes("en", new URL("/encoded/", base)), raw("en"));
});

test("an HTTP error rejects and is not cached", async () => {
  const url = new URL("/retry/", base);
  failNext = true;
  await assert.rejects(loadLexiconBytes("en", url), /HTTP 404/);
  assert.deepEqual(await loadLexiconBytes("en", url), raw("en"));
  await assert.rejects(loadLexiconBytes("EN", url), TypeError);
  await assert.rejects(loadLexiconBytes("../x", url), TypeError);
});

test("gunzipIfNeeded", async () => {
  const gz = new Uint8Array(readFileSync(join(dir, "en.lex.gz")));
  assert.deepEqual(await gunzipIfNeeded(gz), new Uint8Array(gunzipSync(gz)));
  const plain = new TextEncoder().encode("statement-diff lexicon 1\n");
  assert.equal(await gunzipIfNeeded(plain), plain);
  assert.equal((await gunzipIfNeeded(new Uint8Array(0))).length, 0);
  await assert.rejects(gunzipIfNeeded(new Uint8Array([0x1f, 0x8b, 1, 2, 3])));
});
