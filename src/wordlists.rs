//! The word lists a comparison may consult: is this a word of its language? Only split and
//! joined words need it ("th at" / "that" is a PDF artefact, "a part" / "apart" a change of
//! meaning), so the lists are not part of the core: natively they are [`WordLists`] loaded from
//! `www/lexicon/*.lex`; in the browser the page loads the word-list module and a list only when
//! a comparison asks for it (`Comparison::word_lists_needed`) and registers a lookup. Without a
//! list a split is shown as a change: when unsure, show it.

use crate::lexicon::{Lexicon, LexiconError};

/// A language with a word list: words are looked up in the list of their script's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Language {
    /// Latin letters.
    English,
    /// Cyrillic letters.
    Russian,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Russian];

    /// The code a page uses for the list's file (`en`, `ru`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Russian => "ru",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language whose list decides `word`: all its letters Latin, or all Cyrillic.
    fn of(word: &str) -> Option<Language> {
        let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek()?;
        let mut latin = true;
        let mut cyrillic = true;
        for c in letters {
            latin &= c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c);
            cyrillic &= ('\u{0400}'..='\u{04FF}').contains(&c);
        }
        match (latin, cyrillic) {
            (true, _) => Some(Language::English),
            (_, true) => Some(Language::Russian),
            _ => None,
        }
    }
}

/// Answers "is this a word of its language?" for split and joined words. The core never loads a
/// list itself: natively [`WordLists`] answers from the lists it was given; in the browser the
/// page registers a lookup (`setWordLookup`), backed by the word-list module it loads only when
/// a comparison asks for a list.
pub trait WordLookup {
    /// `Some(true)` / `Some(false)` when the list of `lang` is loaded, `None` when it is not.
    fn is_word(&self, lang: Language, word: &str) -> Option<bool>;
}

/// No word lists at all: every split is shown as a change.
pub struct NoWordLists;

impl WordLookup for NoWordLists {
    fn is_word(&self, _: Language, _: &str) -> Option<bool> {
        None
    }
}

/// The word lists loaded so far (none by default).
#[derive(Default)]
pub struct WordLists {
    lists: [Option<Lexicon>; 2],
}

impl WordLists {
    /// Loads (or replaces) the list of `lang` from a file written by `scripts/gen-lexicon.mjs`.
    pub fn load(&mut self, lang: Language, bytes: &[u8]) -> Result<(), LexiconError> {
        self.lists[lang as usize] = Some(Lexicon::from_bytes(bytes)?);
        Ok(())
    }

    pub fn is_loaded(&self, lang: Language) -> bool {
        self.lists[lang as usize].is_some()
    }
}

impl WordLookup for WordLists {
    fn is_word(&self, lang: Language, word: &str) -> Option<bool> {
        self.lists[lang as usize]
            .as_ref()
            .map(|list| list.contains(word))
    }
}

/// What the word lists say of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    Word,
    NotAWord,
    /// No list for this word: its language's list is not loaded (`Some`), or there is none for
    /// its script (`None`).
    Unknown(Option<Language>),
}

pub(crate) fn verdict(words: &dyn WordLookup, word: &str) -> Verdict {
    match Language::of(word) {
        None => Verdict::Unknown(None),
        Some(lang) => match words.is_word(lang, word) {
            None => Verdict::Unknown(Some(lang)),
            Some(true) => Verdict::Word,
            Some(false) => Verdict::NotAWord,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_pick_the_list() {
        assert_eq!(Language::of("apart"), Some(Language::English));
        assert_eq!(Language::of("café"), Some(Language::English));
        assert_eq!(Language::of("стройки"), Some(Language::Russian));
        assert_eq!(Language::of("Kazakhstаn"), None, "mixed scripts: no list");
        assert_eq!(Language::of("中文"), None);
        assert_eq!(Language::of("2024"), None);
        let none = WordLists::default();
        assert_eq!(
            verdict(&none, "apart"),
            Verdict::Unknown(Some(Language::English))
        );
        assert_eq!(
            verdict(&NoWordLists, "стройки"),
            Verdict::Unknown(Some(Language::Russian))
        );
        assert_eq!(verdict(&none, "中文"), Verdict::Unknown(None));
        assert_eq!(Language::from_code("ru"), Some(Language::Russian));
        assert_eq!(Language::from_code("de"), None);
    }
}
