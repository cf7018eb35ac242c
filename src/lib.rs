//! # statement-diff
//!
//! Word-level comparison of two versions of a statement, made for reading what changed.
//!
//! The core is plain Rust (tokenize → normalize → align → clean up → model) and is compiled to
//! WebAssembly for the `<statement-diff>` widget; [`wasm`] (wasm32 only) is the one module that
//! talks to JavaScript.
//!
//! ```
//! use statement_diff::{compare, CompareOptions, Op};
//! let c = compare("Заявление МИД", "Сообщение МИД", &CompareOptions::new());
//! assert_eq!(c.changes.len(), 1);
//! assert_eq!(c.old.segments[0].text, "Заявление");
//! assert_eq!(c.old.segments[0].op, Op::Delete);
//! assert_eq!(c.old.text(), "Заявление МИД"); // lossless
//! ```

pub mod align;
mod anchors;
mod charsets;
pub mod diff;
pub mod error;
pub mod findings;
mod furniture;
mod kinds;
mod lexicon;
pub mod model;
pub mod normalize;
pub mod options;
pub mod tokenize;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod wordlists;

pub use error::Error;
pub use findings::{CharInfo, Finding, FindingKind};
pub use lexicon::LexiconError;
pub use model::{Change, ChangeKind, Comparison, Op, Row, Segment, Side, Span, Stats};
pub use options::{CompareOptions, OptionValue};
pub use tokenize::{tokenize, Token, TokenKind};
pub use wordlists::{Language, NoWordLists, WordLists, WordLookup};

/// Compares two versions of a text word by word, with no word lists loaded: a split or joined
/// word ("th at" / "that") is then shown as a wording change, and
/// [`Comparison::word_lists_needed`] names the lists that would decide it (see [`compare_with`]).
///
/// Never panics and never loses text: each side's segments join back to exactly its input.
/// Slow inputs are bounded by [`CompareOptions::timeout_ms`].
pub fn compare<'a>(old: &'a str, new: &'a str, options: &CompareOptions) -> Comparison<'a> {
    diff::compare(old, new, options, &NoWordLists)
}

/// [`compare`] with word lists: a split or joined word is minor only when one of its readings
/// is not a word of its language ("th at" / "that", "interna-⏎tional" / "international"); when
/// both are words ("a part" / "apart") it is a wording change.
pub fn compare_with<'a>(
    old: &'a str,
    new: &'a str,
    options: &CompareOptions,
    words: &dyn WordLookup,
) -> Comparison<'a> {
    diff::compare(old, new, options, words)
}
