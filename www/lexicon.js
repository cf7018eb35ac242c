// A language's word list for the core (Rust `Lexicon::from_bytes`): `lexicon/<lang>.lex.gz`,
// written by scripts/gen-lexicon.mjs, fetched only when a comparison needs it, once per page.
// Stored gzipped (static servers rarely compress an unknown extension) and inflated with
// DecompressionStream; bytes a server already sent as Content-Encoding: gzip come inflated.

const cache = new Map();

/**
 * The bytes of `lexicon/<lang>.lex`, decompressed.
 * @param {string} lang "en", "ru" (a lower-case language code the generator wrote)
 * @param {URL | string} [baseUrl] the folder holding the files
 * @returns {Promise<Uint8Array>} rejects on a network or HTTP error (a later call tries again)
 */
export async function loadLexiconBytes(lang, baseUrl) {
  if (typeof lang !== "string" || !/^[a-z]{2,3}$/.test(lang)) {
    throw new TypeError(`loadLexiconBytes: not a language code: ${JSON.stringify(lang)}`);
  }
  // Spelled out so that bundlers (Vite) see the files and emit them.
  const url = (baseUrl ? new URL(`${lang}.lex.gz`, baseUrl) : new URL(`./lexicon/${lang}.lex.gz`, import.meta.url)).href;
  let bytes = cache.get(url);
  if (!bytes) {
    bytes = fetchLexicon(url);
    cache.set(url, bytes);
    // A failed load is not cached.
    const pending = bytes;
    pending.catch(() => cache.get(url) === pending && cache.delete(url));
  }
  return bytes;
}

async function fetchLexicon(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`loadLexiconBytes: ${url}: HTTP ${response.status}`);
  return gunzipIfNeeded(new Uint8Array(await response.arrayBuffer()));
}

/** `bytes` (a Uint8Array) inflated if gzip data (magic number 1f 8b), else as they are. */
export async function gunzipIfNeeded(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
