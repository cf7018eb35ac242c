//! statement-diff's word lists for the browser: `new WordList(bytes)` parses a list written by
//! `scripts/gen-lexicon.mjs` (`www/lexicon/<lang>.lex.gz`, inflated), `list.contains(word)`
//! answers for the core's word lookup (`setWordLookup`, see `www/wordlists.js`). A separate
//! module so that pages pay for it only when a comparison holds a split or joined word.
#![cfg(target_arch = "wasm32")]

#[path = "../../src/lexicon.rs"]
#[allow(dead_code)]
mod lexicon;

use wasm_bindgen::prelude::*;

/// One language's word list.
#[wasm_bindgen]
pub struct WordList(lexicon::Lexicon);

#[wasm_bindgen]
impl WordList {
    /// Parses the bytes of `<lang>.lex`; throws an `Error` saying what is wrong and where.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8]) -> Result<WordList, JsError> {
        lexicon::Lexicon::from_bytes(bytes)
            .map(WordList)
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The language the list was written for ("en", "ru").
    #[wasm_bindgen(getter)]
    pub fn lang(&self) -> String {
        self.0.lang().to_string()
    }

    /// Whether `word` is a word form of the language (any case, ’ as ', ё as е).
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}
