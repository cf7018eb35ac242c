//! Stage 5: readability passes over the runs — pure insertions and deletions slid to line
//! breaks, short unchanged islands folded into the changes around them, and page furniture
//! around the shared statement set apart (on evidence: see [`crate::furniture`]).

use std::ops::Range;

use crate::classify::plain_kind;
use crate::furniture;
use crate::model::ChangeKind;
use crate::moves::{holds_move, Move, MIN_MOVED_WORDS};
use crate::runs::{eq_len, Run};
use crate::tokenize::TokenKind;
use crate::tokens::{count_words, Tokens};

/// A pure insertion or deletion can often slide: inserting "longer . Middle" after "here ." is
/// the same edit as inserting ". Middle … longer" after "here". Slides each one to where it
/// starts and ends at line breaks if it can (whole lines inserted read as whole lines, and can be
/// recognised as moved), else leaves it where the alignment put it.
pub(crate) fn slide_to_line_breaks(runs: &mut [Run], a: &Tokens, b: &Tokens, moves: &[Move]) {
    for k in 0..runs.len() {
        let Run::Change { old, new } = &runs[k] else {
            continue;
        };
        if holds_move(moves, old, new) {
            continue;
        }
        let (side, r) = match (old.is_empty(), new.is_empty()) {
            (true, false) => (b, new.clone()),
            (false, true) => (a, old.clone()),
            _ => continue,
        };
        // How far it can move up (into the equal run before) and down (into the one after),
        // keeping both equal runs non-empty.
        let before = k.checked_sub(1).map_or(0, |p| eq_len(&runs[p]));
        let after = runs.get(k + 1).map_or(0, eq_len);
        let keys = &side.keys;
        let mut up = 0;
        while up + 1 < before && keys[r.start - 1 - up] == keys[r.end - 1 - up] {
            up += 1;
        }
        let mut down = 0;
        while down + 1 < after && keys[r.start + down] == keys[r.end + down] {
            down += 1;
        }
        if up == 0 && down == 0 {
            continue;
        }
        let score = |start: usize, end: usize| {
            usize::from(side.line_break_before(start)) + usize::from(side.line_break_before(end))
        };
        let best = (-(up as isize)..=down as isize)
            .max_by_key(|&s| {
                let start = (r.start as isize + s) as usize;
                (
                    score(start, start + r.len()),
                    std::cmp::Reverse(s.unsigned_abs()),
                )
            })
            .unwrap_or(0);
        if best == 0 {
            continue;
        }
        let move_by = |x: &mut usize| *x = (*x as isize + best) as usize;
        if k > 0 {
            let (Run::Equal { old, new } | Run::Change { old, new }) = &mut runs[k - 1];
            move_by(&mut old.end);
            move_by(&mut new.end);
        }
        let (Run::Equal { old, new } | Run::Change { old, new }) = &mut runs[k];
        for x in [&mut old.start, &mut old.end, &mut new.start, &mut new.end] {
            move_by(x);
        }
        if let Some(Run::Equal { old, new } | Run::Change { old, new }) = runs.get_mut(k + 1) {
            move_by(&mut old.start);
            move_by(&mut new.start);
        }
    }
}

/// An unchanged run this long (in words) is the shared statement, not a chance match.
const STATEMENT_RUN_WORDS: usize = 8;
/// Matched words allowed in surrounding material, per word of its larger side.
const SURROUNDING_MATCHED_SHARE: usize = 5;

/// The shared statement must hold at least this many times the words of a block of surrounding
/// material (on its larger side).
const BULK_FACTOR: usize = 1;
/// Surrounding material may share at most this share of its content words with the statement…
const FURNITURE_SHARED_WORDS: f64 = 0.3;
/// …and more than half of its lines must look like page material (short lines, dated headlines,
/// links, figures; see [`furniture::look`])…
const FURNITURE_LINES: f64 = 0.5;
/// …or, counting list items and `key: value` lines too, when it shares hardly any content words.
const FURNITURE_FOREIGN_WORDS: f64 = 0.15;

/// A content word: a word of four letters or more.
fn is_content(s: &Tokens, i: usize) -> bool {
    s.toks[i].kind == TokenKind::Word && s.toks[i].text(s.text).chars().nth(3).is_some()
}

/// The statement's vocabulary, for a block of candidate furniture (`block`: its old tokens): which
/// keys (dense ids, so a bitmap: no hash set, smaller wasm) the content words of the unchanged
/// runs have, leaving out the block's own chance matches. One for both sides of the block.
fn statement_vocabulary(runs: &[Run], a: &Tokens, b: &Tokens, block: &Range<usize>) -> Vec<bool> {
    let top = a
        .keys
        .iter()
        .chain(&b.keys)
        .max()
        .map_or(0, |&k| k as usize + 1);
    let mut vocab = vec![false; top];
    for r in runs {
        if let Run::Equal { old, .. } = r {
            // An unchanged run inside the block lies inside it on both sides.
            if old.start >= block.start && old.end <= block.end {
                continue;
            }
            for i in old.clone().filter(|&i| is_content(a, i)) {
                vocab[a.keys[i] as usize] = true;
            }
        }
    }
    vocab
}

/// Positive evidence that `range` of `side` is page furniture, not part of the statement: its
/// content words (four letters or more) are mostly not the statement's, and more than half of
/// its lines look like page material — or, with list items and `key: value` lines counted, when
/// it shares hardly any content words with the statement (`vocab`: [`statement_vocabulary`]). A rewritten paragraph is prose about
/// the statement's subject, a rewritten list of its points shares its words: they stay ordinary
/// changes.
fn looks_like_furniture(side: &Tokens, range: Range<usize>, vocab: &[bool]) -> bool {
    let (mut shared, mut total) = (0usize, 0usize);
    let (mut lines, mut page_lines, mut maybe_lines) = (0usize, 0usize, 0usize);
    let mut line_start = range.start;
    for i in range.start..=range.end {
        if i == range.end || (i > line_start && side.line_break_before(i)) {
            if i > line_start {
                let text = &side.text[side.toks[line_start].start..side.toks[i - 1].end];
                let words = count_words(side, line_start..i) as usize;
                lines += 1;
                match furniture::look(text, words) {
                    furniture::Look::Page => page_lines += 1,
                    furniture::Look::Maybe => maybe_lines += 1,
                    furniture::Look::Prose => {}
                }
            }
            line_start = i;
        }
        if i < range.end && is_content(side, i) {
            total += 1;
            shared += usize::from(vocab[side.keys[i] as usize]);
        }
    }
    let share = |n: usize| n as f64 > FURNITURE_LINES * lines as f64;
    let foreign = |limit: f64| shared as f64 <= limit * total as f64;
    lines > 0
        && foreign(FURNITURE_SHARED_WORDS)
        && (share(page_lines)
            || share(page_lines + maybe_lines) && foreign(FURNITURE_FOREIGN_WORDS))
}

/// Page furniture: before the first and after the last long unchanged run (the shared statement),
/// material that the two texts do not share — several lines of it on at least one side, with at
/// most a few chance matches, ending (or starting) at a line break on both sides — is merged into
/// one run per end and reported as surrounding material, not as edits of the statement, when
/// there is positive evidence that it is furniture: both sides have some, the shared statement
/// is the bulk of the texts ([`BULK_FACTOR`]), and each side looks like page material
/// ([`looks_like_furniture`]). When the evidence is weak it stays an ordinary change. Returns the
/// indices of those runs (at most two).
pub(crate) fn find_surroundings(
    runs: &mut Vec<Run>,
    a: &Tokens,
    b: &Tokens,
    moves: &[Move],
) -> Vec<usize> {
    let long = |r: &Run| matches!(r, Run::Equal { old, .. } if count_words(a, old.clone()) as usize >= STATEMENT_RUN_WORDS);
    let (Some(first), Some(last)) = (runs.iter().position(long), runs.iter().rposition(long))
    else {
        return Vec::new();
    };
    // Words of the shared statement (matched, outside any candidate block) and their keys.
    let shared_words: usize = runs
        .iter()
        .map(|r| match r {
            Run::Equal { old, .. } => count_words(a, old.clone()) as usize,
            Run::Change { .. } => 0,
        })
        .sum();
    let all_runs = runs.clone();
    let is_surrounding = |part: &[Run], old: Range<usize>, new: Range<usize>| {
        let lines = |side: &Tokens, r: &Range<usize>| {
            r.clone()
                .filter(|&i| i > r.start && side.line_break_before(i))
                .count()
                + 1
        };
        let matched: usize = part
            .iter()
            .map(|r| match r {
                Run::Equal { old, .. } => count_words(a, old.clone()) as usize,
                Run::Change { .. } => 0,
            })
            .sum();
        let (wo, wn) = (
            count_words(a, old.clone()) as usize,
            count_words(b, new.clone()) as usize,
        );
        let words = wo.max(wn);
        if words == 0 {
            return false;
        }
        // Different furniture on each side: both have some (an appended section is an edit).
        let both = wo.min(wn) >= MIN_MOVED_WORDS;
        // The shared statement is the bulk of both texts: two pages that share a news list and
        // carry different statements share only furniture.
        let bulk = shared_words.saturating_sub(matched) >= BULK_FACTOR * words;
        if holds_move(moves, &old, &new)
            || !both
            || !bulk
            || lines(a, &old) < 2 && lines(b, &new) < 2
            || matched * SURROUNDING_MATCHED_SHARE > words
        {
            return false;
        }
        let vocab = statement_vocabulary(&all_runs, a, b, &old);
        looks_like_furniture(a, old, &vocab) && looks_like_furniture(b, new, &vocab)
    };
    // Where a line starts on both sides inside an unchanged run (token offsets into it).
    let line_starts = |o: &Range<usize>, n: &Range<usize>| -> Vec<usize> {
        (0..=o.len())
            .filter(|&k| {
                let at = |side: &Tokens, i: usize| {
                    i == 0 || i == side.toks.len() || side.line_break_before(i)
                };
                at(a, o.start + k) && at(b, n.start + k)
            })
            .collect()
    };
    let mut out = Vec::new();
    // The tail first, so that merging the head does not shift its index. The cut goes at the
    // last line start of the statement's last long run ("…end of statement.\n" | furniture).
    if let Some(Run::Equal { old: o, new: n }) = runs.get(last).cloned() {
        let cut = line_starts(&o, &n).last().copied().filter(|&k| k > 0);
        if let Some(k) = cut {
            let (old, new) = (o.start + k..a.toks.len(), n.start + k..b.toks.len());
            let mut part: Vec<Run> = runs[last + 1..].to_vec();
            part.push(Run::Equal {
                old: o.start + k..o.end,
                new: n.start + k..n.end,
            });
            if !(old.is_empty() && new.is_empty())
                && is_surrounding(&part, old.clone(), new.clone())
            {
                runs.truncate(last + 1);
                runs[last] = Run::Equal {
                    old: o.start..o.start + k,
                    new: n.start..n.start + k,
                };
                runs.push(Run::Change { old, new });
                out.push(last + 1);
            }
        }
    }
    // The head: up to the first line start of the statement's first long run.
    if let Some(Run::Equal { old: o, new: n }) = runs.get(first).cloned() {
        let cut = line_starts(&o, &n)
            .first()
            .copied()
            .filter(|&k| k < o.len());
        if let Some(k) = cut {
            let (old, new) = (0..o.start + k, 0..n.start + k);
            let mut part: Vec<Run> = runs[..first].to_vec();
            part.push(Run::Equal {
                old: o.start..o.start + k,
                new: n.start..n.start + k,
            });
            if !(old.is_empty() && new.is_empty())
                && is_surrounding(&part, old.clone(), new.clone())
            {
                runs[first] = Run::Equal {
                    old: o.start + k..o.end,
                    new: n.start + k..n.end,
                };
                runs.splice(..first, [Run::Change { old, new }]);
                for x in &mut out {
                    *x = *x + 1 - first;
                }
                out.insert(0, 0);
            }
        }
    }
    out
}

/// Readability cleanup: an unchanged island between two changes is folded into them when it is
/// no longer (in characters) than the larger side of the change before it and of the change
/// after it — diff-match-patch's semantic rule, applied to whole tokens, so boundaries are
/// Unicode word boundaries in any script. Islands that cross a paragraph break stay, and so do
/// islands next to a change of figures or a minor change (see [`keeps_its_identity`]).
pub(crate) fn fold_islands(runs: Vec<Run>, a: &Tokens, b: &Tokens) -> Vec<Run> {
    // Linear time: character counts come from prefix sums, and each change's kind is decided
    // once (a change made by folding holds the island's words: it keeps no identity of its own).
    let (ca, cb) = (char_prefix(a), char_prefix(b));
    let chars = |prefix: &[usize], r: &Range<usize>| prefix[r.end] - prefix[r.start];
    let mut out: Vec<(Run, bool)> = Vec::with_capacity(runs.len());
    for run in runs {
        let keeps = match &run {
            Run::Change { old, new } => {
                keeps_its_identity(plain_kind(a, old.clone(), b, new.clone()))
            }
            Run::Equal { .. } => false,
        };
        out.push((run, keeps));
        // A fold makes the change before bigger, which can make the island before it foldable.
        while let [.., (Run::Change { old: o1, new: n1 }, keeps1), (Run::Equal { old: oe, new: ne }, _), (Run::Change { old: o2, new: n2 }, keeps2)] =
            out.as_slice()
        {
            let island = chars(&ca, oe);
            let before = chars(&ca, o1).max(chars(&cb, n1));
            let after = chars(&ca, o2).max(chars(&cb, n2));
            if island > before
                || island > after
                || *keeps1
                || *keeps2
                || crosses_paragraph(a, oe.start, oe.end)
                || crosses_paragraph(b, ne.start, ne.end)
            {
                break;
            }
            let merged = Run::Change {
                old: o1.start..o2.end,
                new: n1.start..n2.end,
            };
            out.truncate(out.len() - 3);
            out.push((merged, false));
        }
    }
    out.into_iter().map(|(run, _)| run).collect()
}

/// `prefix[i]` = characters in visible tokens `0..i` (white space not counted).
fn char_prefix(side: &Tokens) -> Vec<usize> {
    let mut prefix = Vec::with_capacity(side.toks.len() + 1);
    let mut sum = 0;
    prefix.push(0);
    for t in &side.toks {
        let text = t.text(side.text);
        sum += if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        prefix.push(sum);
    }
    prefix
}

/// Changes that are a fact of their own and are not merged with their neighbours: a changed
/// figure, and the minor kinds (a split word next to a rewrite must stay recognisable).
fn keeps_its_identity(kind: ChangeKind) -> bool {
    kind == ChangeKind::Number || kind.is_minor()
}

/// Whether the white space before token `from` … before token `to` (inclusive) holds a
/// paragraph break (a blank line or U+2029).
fn crosses_paragraph(side: &Tokens, from: usize, to: usize) -> bool {
    (from..=to).any(|i| side.paragraph_break_before(i))
}

#[cfg(test)]
mod tests {
    use crate::model::Side;
    use crate::CompareOptions;
    fn runs_of(old: &str, new: &str, cleanup: bool) -> Vec<(String, String)> {
        let mut opts = CompareOptions::new();
        opts.cleanup(cleanup);
        let c = crate::compare(old, new, &opts);
        c.changes
            .iter()
            .map(|ch| {
                let pick = |side: &Side, id| -> String {
                    side.segments
                        .iter()
                        .filter(|s| s.change == Some(id))
                        .map(|s| s.text)
                        .collect()
                };
                (pick(&c.old, ch.id), pick(&c.new, ch.id))
            })
            .collect()
    }

    #[test]
    fn short_islands_between_changes_fold() {
        // "the" between two replacements reads better as one replaced phrase.
        let got = runs_of("cats like the milk", "dogs hate the bones", true);
        assert_eq!(
            got,
            [("cats like the milk".into(), "dogs hate the bones".into())]
        );
        let raw = runs_of("cats like the milk", "dogs hate the bones", false);
        assert_eq!(raw.len(), 2);
    }

    #[test]
    fn long_islands_stay() {
        let got = runs_of(
            "The committee approved the annual budget on Monday",
            "The council approved the annual budget on Tuesday",
            true,
        );
        assert_eq!(
            got,
            [
                ("committee".into(), "council".into()),
                ("Monday".into(), "Tuesday".into())
            ]
        );
    }

    #[test]
    fn islands_across_paragraphs_stay() {
        let got = runs_of("alpha\n\nand\n\nbeta", "gamma\n\nand\n\ndelta", true);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn cyrillic_conjunction_folds() {
        let got = runs_of("Москва и Париж", "Берлин и Лондон", true);
        assert_eq!(got, [("Москва и Париж".into(), "Берлин и Лондон".into())]);
    }
}
