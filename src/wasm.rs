//! The JavaScript boundary: the only module that names `wasm_bindgen` / `js_sys`.
//!
//! `compare(oldText, newText, options?)` validates its arguments (every bad one becomes a real
//! `Error` whose message names it), runs the pure core and returns plain objects
//! (`json_compatible`: no `Map`s, no `undefined`).

use js_sys::{Array, Object};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{CompareOptions, Error, Language, OptionValue, WordLookup};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of `compare`. Unknown keys and wrong types throw an `Error` naming the key. */
export interface CompareOptions {
  /** Match `Word` and `word` (the display keeps the originals). Default: false. */
  ignoreCase?: boolean;
  /** Fold short unchanged islands between two changes into one change. Default: true. */
  cleanup?: boolean;
  /** Time budget for aligning words, in ms; 0 = no limit. Default: 2000. */
  timeoutMs?: number;
}

/** What happened to a segment of one side. */
export type Op = "equal" | "delete" | "insert";

/**
 * What kind of edit a change is. "case", "typography", "whitespace" and "split" are minor (they
 * do not change what the text says; `minor: true`). More kinds may be added: treat an unknown
 * kind like "wording".
 */
export type ChangeKind =
  | "wording" | "number" | "negation" | "punctuation" | "lookalike" | "moved" | "surrounding"
  | "case" | "typography" | "whitespace" | "split";

/** A piece of one side's text. A side's segment texts join back to exactly its input. */
export interface Segment {
  text: string;
  op: Op;
  /** Id of the change this segment belongs to; absent on equal segments. */
  change?: number;
}

/** A range of UTF-16 code units (string indices) in one side's text. */
export interface Span {
  start: number;
  end: number;
}

/** One edit: the old span paired with the new span that replaced it. */
export interface Change {
  /** Index in `changes`, in reading order (edits inside a moved line, see `within`, aside). */
  id: number;
  kind: ChangeKind;
  /** True for the minor kinds: case, typography, whitespace, split. */
  minor: boolean;
  /** Position in the old text; empty (start == end) for a pure insertion. */
  old: Span;
  /** Position in the new text; empty (start == end) for a pure deletion. */
  new: Span;
  /**
   * For a move ("moved"): the id of the other half. A moved line is two changes: one where it
   * was (old span set, new span empty) and one where it is now (old span empty, new span set).
   */
  pair?: number;
  /**
   * For an edit inside a moved line (a line moved and edited on the way): the id of the move's
   * half where the line was. Its old span lies inside that half and its new span inside the
   * other one; the move's spans cover the whole line, edits included.
   */
  within?: number;
}

/** A row of the side-by-side view: the stretch of each side shown on one row. Rows cover both
 * texts in order; an unchanged line or paragraph sits on one row on both sides. */
export interface Row {
  old: Span;
  new: Span;
}

/** A character worth naming (look-alike or invisible). */
export interface CharInfo {
  /** UTF-16 offset in its side's text. */
  offset: number;
  codePoint: number;
  /** Unicode script, e.g. "Cyrillic", "Latin", "Common". */
  script: string;
}

/** A word mixing scripts with look-alike letters, or a token holding invisible/control characters. */
export interface Finding {
  kind: "lookalike" | "invisible";
  /** The whole word (UTF-16 span in its side's text). */
  span: Span;
  chars: CharInfo[];
}

/** One side of a comparison. */
export interface Side {
  segments: Segment[];
  /** Look-alike letters and invisible characters in this text, changed or not. */
  findings: Finding[];
}

/**
 * The numbers of a comparison, computed once in the core; the widget's summary, navigation
 * counter, report and plain-text export all show these.
 */
export interface Stats {
  /** Words and figures unchanged in both texts (minor changes count as unchanged). */
  wordsUnchanged: number;
  /** Words and figures only in the old text, outside surrounding material. */
  wordsDeleted: number;
  /** Words and figures only in the new text, outside surrounding material. */
  wordsInserted: number;
  /**
   * Changes that are not minor: the stops of the widget's navigation. Always
   * `replaced + added + removed + moved + surrounding`.
   */
  changes: number;
  /** Of `changes`: old text replaced by new text. */
  replaced: number;
  /** Of `changes`: text only the new version has. */
  added: number;
  /** Of `changes`: text only the old version has. */
  removed: number;
  /** Of `changes`: halves of moves (where a passage was, where it is: two per move). */
  moved: number;
  /**
   * Of `changes`: blocks of surrounding material (kind "surrounding": page furniture around the
   * shared statement, one change per block).
   */
  surrounding: number;
  minorChanges: number;
  /** Words in moved passages (not counted as deleted or inserted). */
  wordsMoved: number;
  /** Words of surrounding material only in the old text. */
  surroundingWordsOld: number;
  /** Words of surrounding material only in the new text. */
  surroundingWordsNew: number;
  /** Number of changes of each kind present, minor kinds included. */
  kinds: Partial<Record<ChangeKind, number>>;
  /**
   * 0..1: 2 × unchanged tokens / all tokens of both whole texts (surrounding material included);
   * below 1 whenever anything differs.
   */
  similarity: number;
  /** The same share for the shared part alone (surrounding material left out). */
  sharedSimilarity: number;
}

/** The result of `compare`. */
export interface Comparison {
  old: Side;
  new: Side;
  changes: Change[];
  /** Aligned rows for a side-by-side view. */
  rows: Row[];
  stats: Stats;
  /** True when the time budget ran out and the result may be coarser; still lossless. */
  approximate: boolean;
  /**
   * Word lists ("en", "ru") not loaded that would have decided whether a split or joined word
   * ("th at" / "that") is minor; such splits are shown as wording changes until a lookup
   * answering for that list is registered (`setWordLookup`) and the texts compared again.
   * Empty when nothing is missing.
   */
  wordListsNeeded: string[];
}

"#;

/// Compares two versions of a text word by word.
///
/// Throws an `Error` when a text is not a string or an option is unknown or of the wrong type.
/// Lone UTF-16 surrogates (invalid in any text) are read as U+FFFD, which has the same length,
/// so offsets still match the caller's strings.
#[wasm_bindgen(js_name = compare, unchecked_return_type = "Comparison")]
pub fn compare_js(
    #[wasm_bindgen(js_name = oldText, unchecked_param_type = "string")] old_text: JsValue,
    #[wasm_bindgen(js_name = newText, unchecked_param_type = "string")] new_text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CompareOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let old = text_arg(&old_text, "oldText")?;
    let new = text_arg(&new_text, "newText")?;
    let opts = options_arg(&options)?;
    #[cfg(feature = "test-hooks")]
    if old.starts_with(TEST_PANIC) {
        panic!("deliberate panic for the tests (test-hooks build)");
    }
    let result =
        LOOKUP.with_borrow(|f| crate::compare_with(&old, &new, &opts, &JsLookup(f.as_ref())));
    Ok(result.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

#[cfg(feature = "quotes")]
#[wasm_bindgen(typescript_custom_section)]
const QUOTE_TS_TYPES: &'static str = r#"
/** Options of `checkQuotes`. Unknown keys and wrong types throw an `Error` naming the key. */
export interface QuoteOptions {
  /** Quotations of fewer words are left out (scare quotes, names). Default: 4. */
  minWords?: number;
  /** As in `compare`: how a quotation's words are compared with the source. */
  ignoreCase?: boolean;
  cleanup?: boolean;
  timeoutMs?: number;
}

/**
 * "exact": word for word (typography, the first letter's case and punctuation at the edges are
 * no differences); "minor": only minor changes; "altered": a change of substance, an invented
 * part, a cut that changes the sense, or parts joined from places apart without a cut mark;
 * "notFound": no span of the source shares enough of it.
 */
export type Verdict = "exact" | "minor" | "altered" | "notFound";

/** Source text a quotation leaves out at a cut mark ("…", "[…]", "(…)"). */
export interface Omission {
  /** The text cut, in the source. */
  source: Span;
  /** The cut mark, in the quoting text. */
  cut: Span;
  /** Words and figures cut. */
  words: number;
  /** What the cut text holds that may change the sense. */
  flags: ("negation" | "figure" | "qualifier")[];
  /** A negation or qualifier cut from a sentence the quotation keeps part of: the quotation is "altered". */
  alters: boolean;
}

/** A stretch of a quotation found in one place of the source. */
export interface QuotePart {
  /** In the quoting text. */
  span: Span;
  /** In the source. */
  source: Span;
  /** A cut mark stands between this part and the one before. */
  cut: boolean;
}

/** One quotation and how true it is to the source. */
export interface Quote {
  /** The quotation's words inside its marks, in the quoting text. */
  span: Span;
  verdict: Verdict;
  /** Where it stands in the source (its first part, when stitched); null when not found. */
  source: Span | null;
  /** Differences in compare()'s shape: `old` spans in the source, `new` spans in the quoting text. */
  changes: Change[];
  omissions: Omission[];
  /** Where each part was found; empty when not found. */
  parts: QuotePart[];
  /** Parts from places far apart in the source, or out of order. */
  stitched: boolean;
}

/** The result of `checkQuotes`. */
export interface QuoteCheck {
  /** The quotations checked, in reading order. */
  quotes: Quote[];
  stats: { quotes: number; exact: number; minor: number; altered: number; notFound: number };
  /** True when the time budget ran out for some comparison. */
  approximate: boolean;
  /** As in `compare`: word lists that would have decided a split word. */
  wordListsNeeded: string[];
}
"#;

/// Checks each quotation of `quotingText` (between paired quote marks; the whole text when it has
/// none) against `sourceText`: where it stands there, how it differs, what its cuts leave out.
///
/// Throws an `Error` naming the argument when a text is not a string or an option is unknown or
/// of the wrong type.
#[cfg(feature = "quotes")]
#[wasm_bindgen(js_name = checkQuotes, unchecked_return_type = "QuoteCheck")]
pub fn check_quotes_js(
    #[wasm_bindgen(js_name = sourceText, unchecked_param_type = "string")] source_text: JsValue,
    #[wasm_bindgen(js_name = quotingText, unchecked_param_type = "string")] quoting_text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "QuoteOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let source = text_arg(&source_text, "sourceText")?;
    let quoting = text_arg(&quoting_text, "quotingText")?;
    let mut opts = crate::QuoteOptions::new();
    for_each_option(&options, |key, value| opts.set(key, value))?;
    let result = LOOKUP
        .with_borrow(|f| crate::check_quotes_with(&source, &quoting, &opts, &JsLookup(f.as_ref())));
    Ok(result.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

#[wasm_bindgen]
extern "C" {
    /// The page's word lookup: `(lang, word) => boolean | undefined`.
    #[wasm_bindgen(typescript_type = "(lang: string, word: string) => boolean | undefined")]
    pub type WordLookupFn;
    #[wasm_bindgen(method, js_name = call)]
    fn call(this: &WordLookupFn, context: &JsValue, lang: &str, word: &str) -> Option<bool>;
}

thread_local! {
    /// The page's word lookup ([`set_word_lookup`]), if any.
    static LOOKUP: std::cell::RefCell<Option<WordLookupFn>> = const { std::cell::RefCell::new(None) };
}

/// The page's lookup as the core sees it: `lookup(lang, word)` returns true or false, or
/// undefined when that language's list is not loaded.
struct JsLookup<'f>(Option<&'f WordLookupFn>);

impl WordLookup for JsLookup<'_> {
    fn is_word(&self, lang: Language, word: &str) -> Option<bool> {
        self.0?.call(&JsValue::NULL, lang.code(), word)
    }
}

/// Registers the page's word lookup, `(lang, word) => boolean | undefined`, or removes it
/// (`null`). With it, `compare` reads split and joined words ("th at" / "that") with the word
/// lists of English (`"en"`) and Russian (`"ru"`): minor only when one reading is not a word.
/// The widget registers one backed by `www/wordlists.js` and loads a list only when a result
/// names it in `wordListsNeeded`.
#[wasm_bindgen(js_name = setWordLookup)]
pub fn set_word_lookup(
    #[wasm_bindgen(
        unchecked_param_type = "((lang: string, word: string) => boolean | undefined) | null"
    )]
    lookup: JsValue,
) -> Result<(), JsError> {
    let f = if lookup.is_null() || lookup.is_undefined() {
        None
    } else {
        if !lookup.is_function() {
            return Err(JsError::new(
                "setWordLookup: the lookup must be a function (lang, word) => boolean, or null",
            ));
        }
        Some(lookup.unchecked_into::<WordLookupFn>())
    };
    LOOKUP.with_borrow_mut(|l| *l = f);
    Ok(())
}

/// Benchmark-only (feature `test-hooks`): tokenizes both texts and returns how many tokens they
/// hold, the floor `compare` is measured against (`npm run bench`).
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = tokenizeForBench)]
pub fn tokenize_for_bench(old_text: &str, new_text: &str) -> u32 {
    (crate::tokenize(old_text).len() + crate::tokenize(new_text).len()) as u32
}

/// Test-only trigger (feature `test-hooks`): an old text starting with this panics.
#[cfg(feature = "test-hooks")]
const TEST_PANIC: &str = "\u{1}statement-diff:test-panic";

/// A panic is a bug: its message goes to the console, then the wasm traps and the caller gets a
/// `WebAssembly.RuntimeError`. The instance must not be used again after a trap (its stack and
/// heap may be mid-update): the widget moves to a fresh worker.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(
                &format!("statement-diff: internal error (please report it): {info}").into(),
            );
        }));
    });
}

fn text_arg(value: &JsValue, which: &'static str) -> Result<String, Error> {
    value.as_string().ok_or_else(|| Error::InvalidText {
        which,
        got: describe(value).describe(),
    })
}

fn options_arg(value: &JsValue) -> Result<CompareOptions, Error> {
    let mut opts = CompareOptions::new();
    for_each_option(value, |key, v| opts.set(key, v))?;
    Ok(opts)
}

/// Reads an options object (undefined and null: no options) key by key.
fn for_each_option(
    value: &JsValue,
    mut set: impl FnMut(&str, OptionValue) -> Result<(), Error>,
) -> Result<(), Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(());
    }
    if !value.is_object() || Array::is_array(value) || value.is_function() {
        return Err(Error::InvalidOptions {
            got: describe(value).describe(),
        });
    }
    for entry in Object::entries(value.unchecked_ref()).iter() {
        let pair: Array = entry.unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        set(&key, describe(&pair.get(1)))?;
    }
    Ok(())
}

fn describe(value: &JsValue) -> OptionValue {
    if value.is_undefined() {
        OptionValue::Undefined
    } else if value.is_null() {
        OptionValue::Null
    } else if let Some(b) = value.as_bool() {
        OptionValue::Bool(b)
    } else if let Some(n) = value.as_f64() {
        OptionValue::Number(n)
    } else if let Some(s) = value.as_string() {
        OptionValue::String(s)
    } else if Array::is_array(value) {
        OptionValue::Other("array".into())
    } else {
        OptionValue::Other(value.js_typeof().as_string().unwrap_or_default())
    }
}
