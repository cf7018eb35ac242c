// Word lists for split and joined words ("th at" / "that" is a PDF artefact, "a part" / "apart"
// a change of meaning), loaded only when a comparison asks for them (`result.wordListsNeeded`):
// the word-list module (lexicon/pkg/, ≈ 33 KB gzip) and one list per language (lexicon/<lang>.lex.gz:
// en ≈ 135 KB, ru ≈ 410 KB), once per page or worker. The core reads them through `lookup`,
// which the widget registers with the core's setWordLookup().
import { loadLexiconBytes } from "./lexicon.js";

const lists = new Map(); // lang -> WordList
const loading = new Map(); // lang -> Promise<boolean>
let wasm = null;

/** The core's word lookup: true or false when the list of `lang` is loaded, else undefined. */
export function lookup(lang, word) {
  const list = lists.get(lang);
  return list ? list.contains(word) : undefined;
}

/** The languages whose lists are loaded. */
export function loadedWordLists() {
  return [...lists.keys()];
}

/**
 * Loads the lists of `langs` that are not loaded yet. Resolves to true when at least one new list
 * was loaded (compare again to read the splits with it); a list that fails to load is reported on
 * the console and left out, so its splits stay shown as changes, and a later call tries again.
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
