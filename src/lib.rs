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

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use std::time::Duration;

use similar::Instant;

use classify::Judge;
use tokens::Interner;

pub use error::Error;
pub use lexicon::LexiconError;
pub use model::{
    Change, ChangeKind, CharInfo, Comparison, Finding, FindingKind, Op, Row, Segment, Side, Span,
    Stats,
};
pub use normalize::fold_typography;
pub use options::{CompareOptions, OptionValue, DEFAULT_TIMEOUT_MS, OPTION_NAMES};
pub use tokenize::{tokenize, Token, TokenKind};
pub use wordlists::{Language, NoWordLists, WordLists, WordLookup};

/// Compares two versions of a text word by word, with no word lists loaded: a split or joined
/// word ("th at" / "that") is then shown as a wording change, and
/// [`Comparison::word_lists_needed`] names the lists that would decide it (see [`compare_with`]).
///
/// Never panics and never loses text: each side's segments join back to exactly its input.
/// Slow inputs are bounded by [`CompareOptions::timeout_ms`].
pub fn compare<'a>(old: &'a str, new: &'a str, options: &CompareOptions) -> Comparison<'a> {
    compare_with(old, new, options, &NoWordLists)
}

/// [`compare`] with word lists: a split or joined word is minor only when one of its readings
/// is not a word of its language ("th at" / "that", "interna-⏎tional" / "international"); when
/// both are words ("a part" / "apart") it is a wording change.
///
/// The pipeline, one line per stage (each a file of its own):
pub fn compare_with<'a>(
    old: &'a str,
    new: &'a str,
    options: &CompareOptions,
    words: &dyn WordLookup,
) -> Comparison<'a> {
    // tokens: both texts read into visible tokens with interned, normalized match keys.
    let mut interner = Interner::default();
    let (a, b) = (interner.read(old, options), interner.read(new, options));
    let n_keys = interner.len();
    drop(interner);
    // patience → runs: the word alignment (within the time budget), as equal / change runs.
    let deadline = options
        .get_timeout_ms()
        .map(|ms| Instant::now() + Duration::from_millis(ms.into()));
    let ops = patience::align(&a.keys, &b.keys, n_keys, deadline);
    let approximate = deadline.is_some_and(|d| Instant::now() > d);
    let mut runs = runs::to_runs(&ops, |x| x, |y| y, (0, 0), (a.toks.len(), b.toks.len()));
    // moves: moved paragraphs, lines, sentences; the rest aligned again without them.
    let moves = if approximate {
        Vec::new()
    } else {
        moves::find_moves(&a, &b, &runs)
    };
    if !moves.is_empty() {
        runs = moves::realign_without(&a, &b, &moves, n_keys, deadline);
    }
    // cleanup: slide to line breaks, fold short islands, set page furniture apart.
    cleanup::slide_to_line_breaks(&mut runs, &a, &b, &moves);
    if options.is_cleanup() {
        runs = cleanup::fold_islands(runs, &a, &b);
    }
    let surrounding = cleanup::find_surroundings(&mut runs, &a, &b, &moves);
    // classify + assemble (+ findings, rows): segments, changes with their kinds, the stats.
    let judge = Judge::new(words);
    let parts = assemble::Parts {
        a: &a,
        b: &b,
        runs: &runs,
        moves: &moves,
        surrounding: &surrounding,
        n_keys,
    };
    assemble::assemble(&parts, &judge, approximate)
}
