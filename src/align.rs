//! Alignment beyond words: moved lines and paragraphs, and the rows of the side-by-side view.
//!
//! Moves: a line (or paragraph) that the word diff deleted in one place and inserted in another,
//! word for word (by match keys), is a move, not a deletion plus an insertion.
//! Rows: where both texts break a line at the same point of the word alignment, a new row starts
//! on both sides.

use std::collections::HashMap;
use std::ops::Range;

use crate::diff::{Run, Tokens, Utf16At};
use crate::model::{Row, Span};
use crate::tokenize::TokenKind;

/// Shortest line that counts as moved, in words and figures: shorter lines ("## Scope",
/// "and") repeat too often to say they moved.
pub(crate) const MIN_MOVED_WORDS: usize = 6;

/// A moved block: tokens `range` of one side, inside change run `run`, matched by `pair`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MovedBlock {
    pub(crate) run: usize,
    pub(crate) range: Range<usize>,
    pub(crate) pair: usize,
}

/// Finds lines deleted in one change and inserted, with the same words, in another change.
/// Returns the moved blocks of the old and of the new side, each in reading order.
pub(crate) fn find_moves(
    a: &Tokens,
    b: &Tokens,
    runs: &[Run],
) -> (Vec<MovedBlock>, Vec<MovedBlock>) {
    let blocks =
        |side: &Tokens, pick: fn(&Run) -> Option<Range<usize>>| -> Vec<(usize, Range<usize>)> {
            let mut out = Vec::new();
            for (k, run) in runs.iter().enumerate() {
                let Some(r) = pick(run) else { continue };
                let mut start = r.start;
                for i in r.start..=r.end {
                    if i == r.end || (i > start && has_line_break(side.gap_before(i))) {
                        if side.toks[start..i]
                            .iter()
                            .filter(|t| t.is_wordlike())
                            .count()
                            >= MIN_MOVED_WORDS
                        {
                            out.push((k, start..i));
                        }
                        start = i;
                    }
                }
            }
            out
        };
    let changed_old = |r: &Run| match r {
        Run::Change { old, .. } if !old.is_empty() => Some(old.clone()),
        _ => None,
    };
    let changed_new = |r: &Run| match r {
        Run::Change { new, .. } if !new.is_empty() => Some(new.clone()),
        _ => None,
    };
    let old_blocks = blocks(a, changed_old);
    let new_blocks = blocks(b, changed_new);
    if old_blocks.is_empty() || new_blocks.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut by_keys: HashMap<&[u32], Vec<usize>> = HashMap::new();
    for (j, (_, r)) in new_blocks.iter().enumerate().rev() {
        by_keys
            .entry(b.keys_of(without_marker(b, r.clone())))
            .or_default()
            .push(j);
    }
    let mut moved_old = Vec::new();
    let mut pair_of_new: Vec<Option<usize>> = vec![None; new_blocks.len()];
    for (k, r) in &old_blocks {
        let Some(candidates) = by_keys.get_mut(a.keys_of(without_marker(a, r.clone()))) else {
            continue;
        };
        // A block deleted and inserted by the same change was rewritten in place, not moved.
        let Some(pos) = candidates.iter().rposition(|&j| new_blocks[j].0 != *k) else {
            continue;
        };
        let j = candidates.remove(pos);
        pair_of_new[j] = Some(moved_old.len());
        moved_old.push(MovedBlock {
            run: *k,
            range: r.clone(),
            pair: moved_old.len(),
        });
    }
    // New blocks are already in reading order: no sort needed.
    let moved_new = new_blocks
        .into_iter()
        .zip(pair_of_new)
        .filter_map(|((run, range), pair)| {
            Some(MovedBlock {
                run,
                range,
                pair: pair?,
            })
        })
        .collect();
    (moved_old, moved_new)
}

/// Cuts both texts into aligned rows. Candidate cuts are the boundaries between aligned tokens
/// (inside unchanged runs, and at the edges of changes); a cut is taken where the white space
/// before the token holds a line break on both sides.
pub(crate) fn rows(a: &Tokens, b: &Tokens, runs: &[Run]) -> Vec<Row> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut consider = |i: usize, j: usize| {
        if i > 0 && j > 0 && has_line_break(a.gap_before(i)) && has_line_break(b.gap_before(j)) {
            let cut = (a.start_of(i), b.start_of(j));
            if cuts.last() != Some(&cut) {
                cuts.push(cut);
            }
        }
    };
    for run in runs {
        match run {
            Run::Equal { old, new } => {
                for k in 0..old.len() {
                    consider(old.start + k, new.start + k);
                }
            }
            Run::Change { old, new } => consider(old.start, new.start),
        }
    }
    // The boundary after the last run (trailing white space) never starts a row.
    let (end_a, end_b) = (a.text.len(), b.text.len());
    cuts.retain(|&(i, j)| i < end_a || j < end_b);

    let mut rows = Vec::with_capacity(cuts.len() + 1);
    let (mut ua, mut ub) = (Utf16At::default(), Utf16At::default());
    let mut prev = (0u32, 0u32);
    for (i, j) in cuts.into_iter().chain([(end_a, end_b)]) {
        let next = (ua.at(a.text, i), ub.at(b.text, j));
        if next != prev || rows.is_empty() && (end_a > 0 || end_b > 0) {
            rows.push(Row {
                old: Span {
                    start: prev.0,
                    end: next.0,
                },
                new: Span {
                    start: prev.1,
                    end: next.1,
                },
            });
        }
        prev = next;
    }
    rows
}

/// A block without its list or heading marker (`7.`, `b)`, `*`, `##`), so that a renumbered item
/// that moved still matches.
fn without_marker(side: &Tokens, r: Range<usize>) -> Range<usize> {
    let t = &side.toks[r.clone()];
    let text = |i: usize| t[i].text(side.text);
    let mut skip = 0;
    while skip < t.len() && t[skip].kind == TokenKind::Punct {
        skip += 1;
    }
    let short_label = |i: usize| {
        t[i].kind == TokenKind::Number
            || (t[i].kind == TokenKind::Word && text(i).chars().count() == 1)
    };
    if skip + 1 < t.len() && short_label(skip) && matches!(text(skip + 1), "." | ")") {
        skip += 2;
    }
    r.start + skip..r.end
}

pub(crate) fn has_line_break(gap: &str) -> bool {
    gap.contains([
        '\n', '\r', '\u{2028}', '\u{2029}', '\u{000B}', '\u{000C}', '\u{0085}',
    ])
}

#[cfg(test)]
mod tests {
    use crate::{compare, CompareOptions, Comparison};

    fn rows_text(old: &str, new: &str) -> Vec<(String, String)> {
        let c: Comparison = compare(old, new, &CompareOptions::new());
        let cut = |s: &str, sp: crate::Span| -> String {
            let u: Vec<u16> = s.encode_utf16().collect();
            String::from_utf16(&u[sp.start as usize..sp.end as usize]).unwrap()
        };
        c.rows
            .iter()
            .map(|r| (cut(old, r.old), cut(new, r.new)))
            .collect()
    }

    #[test]
    fn unchanged_paragraphs_sit_on_their_own_rows() {
        let got = rows_text("One.\n\nTwo old.\n\nThree.", "One.\n\nTwo new.\n\nThree.");
        assert_eq!(
            got,
            [
                ("One.\n\n".into(), "One.\n\n".into()),
                ("Two old.\n\n".into(), "Two new.\n\n".into()),
                ("Three.".into(), "Three.".into())
            ]
        );
    }

    #[test]
    fn inserted_paragraph_gets_a_row_with_an_empty_old_side() {
        let got = rows_text("Первый.\n\nТретий.", "Первый.\n\nВторой абзац.\n\nТретий.");
        assert_eq!(
            got,
            [
                ("Первый.\n\n".into(), "Первый.\n\n".into()),
                ("".into(), "Второй абзац.\n\n".into()),
                ("Третий.".into(), "Третий.".into())
            ]
        );
    }

    #[test]
    fn rewrapped_lines_share_a_row_until_the_breaks_agree() {
        let got = rows_text("a b\nc d\ne f", "a b c\nd\ne f");
        assert_eq!(
            got,
            [
                ("a b\nc d\n".into(), "a b c\nd\n".into()),
                ("e f".into(), "e f".into())
            ]
        );
    }

    #[test]
    fn rows_cover_both_texts() {
        for (a, b) in [
            ("", ""),
            ("", "x"),
            ("x\n", ""),
            ("\n\na", "a\n\n"),
            ("😀\nб", "😀\nв"),
        ] {
            let c = compare(a, b, &CompareOptions::new());
            let (mut o, mut n) = (0, 0);
            for r in &c.rows {
                assert_eq!((r.old.start, r.new.start), (o, n), "{a:?} {b:?}");
                (o, n) = (r.old.end, r.new.end);
            }
            assert_eq!(
                (o as usize, n as usize),
                (a.encode_utf16().count(), b.encode_utf16().count())
            );
        }
    }
}

#[cfg(test)]
mod move_tests {
    use crate::{compare, ChangeKind, CompareOptions};

    #[test]
    fn a_moved_paragraph_is_one_move_linked_both_ways() {
        let old = "Intro line stays here.\n\nThe moved paragraph has quite a few words in it.\n\nMiddle text that stays put for a while longer.\n\nEnd.";
        let new = "Intro line stays here.\n\nMiddle text that stays put for a while longer.\n\nThe moved paragraph has quite a few words in it.\n\nEnd.";
        let c = compare(old, new, &CompareOptions::new());
        let moved: Vec<_> = c
            .changes
            .iter()
            .filter(|ch| ch.kind == ChangeKind::Moved)
            .collect();
        assert_eq!(moved.len(), 2, "{:#?}", c.changes);
        assert_eq!(moved[0].pair, Some(moved[1].id));
        assert_eq!(moved[1].pair, Some(moved[0].id));
        assert_eq!(c.stats.changes, 2);
        assert_eq!((c.stats.words_deleted, c.stats.words_inserted), (0, 0));
        assert!(c.stats.words_moved >= 6);
    }

    #[test]
    fn a_renumbered_moved_item_still_matches() {
        let old = "1. Account means your account with us and its settings.\n2. Service means the service we run for you.\n3. Short one.";
        let new = "1. Service means the service we run for you.\n2. Short one.\n3. Account means your account with us and its settings.";
        let c = compare(old, new, &CompareOptions::new());
        assert!(
            c.changes.iter().any(|ch| ch.kind == ChangeKind::Moved),
            "{:#?}",
            c.changes
        );
    }

    #[test]
    fn short_lines_are_not_moves() {
        let c = compare(
            "and\nthe rest is here now ok\n",
            "the rest is here now ok\nand\n",
            &CompareOptions::new(),
        );
        assert!(c.changes.iter().all(|ch| ch.kind != ChangeKind::Moved));
    }
}
