//! The comparison's pipeline: one line per stage, each a file of its own (see the crate docs).

use std::time::Duration;

use similar::Instant;

use crate::classify::Judge;
use crate::model::Comparison;
use crate::options::CompareOptions;
use crate::tokens::Interner;
use crate::wordlists::{NoWordLists, WordLookup};
use crate::{assemble, cleanup, moves, patience, runs};

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
#[inline(never)]
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
