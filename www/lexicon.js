// Loads a language's word list for the core (Rust `Lexicon::from_bytes`): the file
// `lexicon/<lang>.lex.gz` that scripts/gen-lexicon.mjs writes next to this module (en ≈ 135 KB,
// ru ≈ 410 KB), fetched only when a comparison needs it, once per language and page.
//
// The files are stored gzip-compressed because static servers rarely compress an unknown
// extension; DecompressionStream("gzip") (Chromium, Firefox, Safari 16.4+) inflates them. A server
// that sends them with Content-Encoding: gzip has fetch inflate them already: bytes that do not
// start with the gzip magic number are taken as they are.

const cache = new Map();

/**
 * The bytes of `lexicon/<lang>.lex` (decompressed), for `Lexicon::from_bytes`.
 * @param {string} lang "en" or "ru" (any lower-case language code the generator wrote)
 * @param {URL | string} [baseUrl] the folder holding the files
 * @returns {Promise<Uint8Array>} rejects on a network error or an HTTP error status; a later call
 *   tries again
 */
export async function loadLexiconBytes(lang, baseUrl) {
  if (typeof lang !== "string" || !/^[a-z]{2,3}$/.test(lang)) {
    throw new TypeError(`loadLexiconBytes: not a language code: ${JSON.stringify(lang)}`);
  }
  // Written out as `new URL(\`./lexicon/${lang}.lex.gz\`, import.meta.url)` so that bundlers (Vite)
  // see the files and emit them as assets.
  const url = (baseUrl ? new URL(`${lang}.lex.gz`, baseUrl) : new URL(`./lexicon/${lang}.lex.gz`, import.meta.url)).href;
  let bytes = cache.get(url);
  if (!bytes) {
    bytes = fetchLexicon(url);
    cache.set(url, bytes);
    // A failed load is not cached: the next comparison that needs the language tries again.
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

/**
 * `bytes` inflated if they are gzip data (magic number 1f 8b), else `bytes` themselves.
 * @param {Uint8Array} bytes
 * @returns {Promise<Uint8Array>}
 */
export async function gunzipIfNeeded(bytes) {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
