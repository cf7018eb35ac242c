// Word lists for split and joined words ("th at" / "that" is an artefact, "a part" / "apart" a
// change), loaded only when a result asks (`wordListsNeeded`): the module (lexicon/pkg/) and a
// list per language, once per page or worker. The core reads them through `lookup` (setWordLookup()).
import { loadLexiconBytes } from "./lexicon.js";

const lists = new Map(); // lang -> WordList
const loading = new Map(); // lang -> Promise<boolean>
let wasm = null;

/** The core's word lookup: true or false when the list of `lang` is loaded, else undefined. */
export function lookup(lang, word) {
  const list = lists.get(lang);
  return list ? list.contains(word) : undefined;
}

/**
 * Loads the lists of `langs` not loaded yet; true when one was (compare again). A list that fails
 * is reported on the console and left out (its splits stay changes); a later call tries again.
 */
export async function ensureWordLists(langs) {
  const results = await Promise.all(langs.filter((lang) => !lists.has(lang)).map(load));
  return results.some(Boolean);
}

function load(lang) {
  let pending = loading.get(lang);
  if (!pending) {
    pending = (async () => {
      try {
        wasm ??= import("./lexicon/pkg/lexicon.js").then(async (m) => (await m.default(), m));
        const [{ WordList }, bytes] = await Promise.all([wasm, loadLexiconBytes(lang)]);
        lists.set(lang, new WordList(bytes));
        return true;
      } catch (e) {
        wasm = null;
        console.warn(`statement-diff: the ${lang} word list could not be loaded (split words stay shown as changes): ${e?.message ?? e}`);
        return false;
      } finally {
        loading.delete(lang);
      }
    })();
    loading.set(lang, pending);
  }
  return pending;
}
