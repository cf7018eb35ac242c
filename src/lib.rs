//! # statement-diff
//!
//! Word-level comparison of two versions of a statement, made for reading what changed.
//!
//! The core is plain Rust, compiled to WebAssembly for the `<statement-diff>` widget; `wasm`
//! (wasm32 only) is the one module that talks to JavaScript. Its files are the pipeline's
//! stages, leaves first; each imports only files above it in this list:
//!
//! ```text
//!  text ─┐                                    helpers: text (UTF-16 offsets, line breaks),
//!  sort ─┤                                    sort, model (every result type), options + error,
//! model ─┤   old, new                         tokenize, normalize (match keys), furniture (is
//!  ...   │     │                              a line page material?), wordlists + lexicon
//!        │  tokens ─▶ patience ─▶ runs ─▶ moves ─▶ cleanup ─▶ assemble ─▶ Comparison
//!        │                                    │        (classify, findings, rows)
//!        └────────────────────────────────────┘
//! ```
//!
//! - `tokens`: both texts read into visible tokens with interned, normalized match keys and the
//!   line breaks before each token;
//! - `patience`: the word alignment (recursive Patience on unique words, similar's Myers in the
//!   gaps, unrelated gaps replaced whole), within the time budget;
//! - `runs`: that alignment as alternating equal / change runs of token indices;
//! - `moves`: moved paragraphs, lines and sentences, verbatim or edited; the rest aligned again;
//! - `cleanup`: pure insertions slid to line breaks, short islands folded, page furniture set
//!   apart on evidence (`furniture`);
//! - `classify`: the kind of each change (wording, number, negation…, the minor kinds; split
//!   words read with the word lists);
//! - `assemble`: lossless segments with UTF-16 spans, the changes, then the stats; with
//!   `findings` (look-alike and invisible characters) and `rows` (the side-by-side rows).
//!
//! `compare` runs these stages, one line each ([`compare_with`]). After them, for readers outside
//! the browser: `plain_text` (the inline reading with `[-deleted-]{+inserted+}` markers, the
//! summary line) and `json` (cargo feature `json`: the result as the bytes JavaScript's
//! `JSON.stringify` makes of it). The quote check (cargo feature
//! `quotes`, on by default; the core's wasm build leaves it out) is built on top of it:
//!
//! ```text
//! quoting text ─▶ quote_marks ─▶ pieces (cut at "…") ─┐
//! source ─▶ tokens + where each word stands ──────────┴▶ locate (rare words, then patience)
//!        ─▶ joins (omissions, parts) ─▶ compare each piece with its span ─▶ verdicts
//! ```
//!
//! ```
//! use statement_diff::{compare, CompareOptions, Op};
//! let c = compare("Заявление МИД", "Сообщение МИД", &CompareOptions::new());
//! assert_eq!(c.changes.len(), 1);
//! assert_eq!(c.old.segments[0].text, "Заявление");
//! assert_eq!(c.old.segments[0].op, Op::Delete);
//! assert_eq!(c.old.text(), "Заявление МИД"); // lossless
//! ```

// The pipeline's stages, leaves first; each file imports only files above it.
mod charsets;
pub mod error;
mod furniture;
mod lexicon;
mod model;
mod normalize;
mod options;
mod sort;
mod text;
mod tokenize;
mod wordlists;

mod assemble;
mod classify;
mod cleanup;
mod findings;
mod moves;
mod patience;
mod rows;
mod runs;
mod tokens;

mod compare;
#[cfg(feature = "json")]
mod json;
#[cfg(feature = "quotes")]
mod locate;
#[cfg(not(target_arch = "wasm32"))]
mod plain_text;
#[cfg(feature = "quotes")]
mod quote_marks;
#[cfg(feature = "quotes")]
mod quotes;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use compare::{compare, compare_with};
pub use error::Error;
#[cfg(feature = "json")]
pub use json::{js_number, to_json};
pub use lexicon::LexiconError;
pub use model::{
    Change, ChangeKind, CharInfo, Comparison, Finding, FindingKind, Omission, OmissionFlag, Op,
    Quote, QuoteCheck, QuotePart, QuoteStats, Row, Segment, Side, Span, Stats, Verdict,
};
pub use normalize::fold_typography;
pub use options::{
    CompareOptions, OptionValue, QuoteOptions, DEFAULT_MIN_WORDS, DEFAULT_TIMEOUT_MS, OPTION_NAMES,
    QUOTE_OPTION_NAMES,
};
#[cfg(not(target_arch = "wasm32"))]
pub use plain_text::{marked_text, summary_line};
#[cfg(feature = "quotes")]
pub use quotes::{check_quotes, check_quotes_with};
pub use tokenize::{tokenize, Token, TokenKind};
pub use wordlists::{Language, NoWordLists, WordLists, WordLookup};
