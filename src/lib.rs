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
pub mod model;
pub mod normalize;
pub mod options;
pub mod tokenize;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use findings::{CharInfo, Finding, FindingKind};
pub use model::{Change, ChangeKind, Comparison, Op, Row, Segment, Side, Span, Stats};
pub use options::{CompareOptions, OptionValue};
pub use tokenize::{tokenize, Token, TokenKind};

/// Compares two versions of a text word by word.
///
/// Never panics and never loses text: each side's segments join back to exactly its input.
/// Slow inputs are bounded by [`CompareOptions::timeout_ms`].
pub fn compare<'a>(old: &'a str, new: &'a str, options: &CompareOptions) -> Comparison<'a> {
    diff::compare(old, new, options)
}
