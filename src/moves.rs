//! Stage 4: moved paragraphs, lines and sentences — text that the word alignment deleted in one
//! place and inserted in another, word for word or edited — and the texts aligned again with
//! them set aside.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use similar::Instant;

use crate::patience;
use crate::runs::{to_runs, Run};
use crate::sort::sort_u64;
use crate::tokenize::TokenKind;
use crate::tokens::Tokens;

/// Shortest line that counts as moved, in words and figures: shorter lines ("## Scope",
/// "and") repeat too often to say they moved.
pub(crate) const MIN_MOVED_WORDS: usize = 6;

/// A moved line: tokens `old` of the old text stand, written the same or edited, as tokens `new`
/// of the new text, somewhere else in the reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Move {
    pub(crate) old: Range<usize>,
    pub(crate) new: Range<usize>,
}

/// Share of a line's words that the alignment left unmatched for it to be a move candidate.
const MIN_UNMATCHED: f64 = 0.5;
/// Dice similarity of two lines' distinct words (markers aside) for them to be the same line.
const MIN_SIMILARITY: f64 = 0.6;
/// Share of the larger paragraph's distinct words that an edited paragraph move must share.
const MIN_PARAGRAPH_COVER: f64 = 0.8;
/// Candidate lines per side above which only verbatim moves are looked for (fuzzy matching
/// compares lines sharing rare words, but unrelated megabytes are not worth it).
const MAX_FUZZY_LINES: usize = 4000;

/// Finds paragraphs, then lines, that the word alignment (`runs`) left mostly unmatched in one
/// text and whose words stand, verbatim or edited, in a mostly unmatched paragraph or line
/// elsewhere in the other text. Paragraphs come first so that a paragraph hard-wrapped in one
/// text and written on one line in the other (or wrapped differently) still moves as a whole;
/// lines then catch moved list items and single lines. A unit and its counterpart that fall in
/// the same place of the alignment were rewritten in place, not moved. Returns moves in the old
/// text's order.
pub(crate) fn find_moves(a: &Tokens, b: &Tokens, runs: &[Run]) -> Vec<Move> {
    let seen = Seen::of(a, b, runs);
    let mut moves = Vec::new();
    for unit in [Unit::Paragraph, Unit::Line, Unit::Sentence] {
        let more = moves_among(a, b, &seen, &Units::of(a, b, unit), &moves);
        moves.extend(more);
    }
    // In the old text's order.
    let mut order: Vec<u64> = moves
        .iter()
        .enumerate()
        .map(|(k, m)| (m.old.start as u64) << 32 | k as u64)
        .collect();
    sort_u64(&mut order);
    order
        .into_iter()
        .map(|p| moves[(p & 0xffff_ffff) as usize].clone())
        .collect()
}

/// A capital letter: one that lower-casing changes (the lower-case tables are in the wasm
/// anyway; `char::is_uppercase` would add its own).
fn capital(c: char) -> bool {
    c.to_lowercase().next() != Some(c)
}

/// A word before a full stop that makes it an abbreviation, not a sentence end: a single letter
/// ("J.", "т.") or dotted letters ("U.S", "e.g", which UAX #29 keeps as one word).
fn is_abbreviation(word: &str) -> bool {
    word.chars().nth(1).is_none() || word.bytes().any(|b| b == b'.')
}

/// What moves are looked for in, in this order: paragraphs (whatever their wrapping), lines (list
/// items), then sentences (a sentence that moved inside or between paragraphs).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Paragraph,
    Line,
    Sentence,
}

/// What the word alignment says of each token, computed once for every kind of unit.
struct Seen {
    /// Where each old token lands in the new text: (lowest, highest) new token index.
    land: Vec<(usize, usize)>,
    /// Which tokens of each side lie in unchanged runs.
    matched_a: Vec<bool>,
    matched_b: Vec<bool>,
}

impl Seen {
    fn of(a: &Tokens, b: &Tokens, runs: &[Run]) -> Self {
        let mut land: Vec<(usize, usize)> = vec![(0, 0); a.toks.len()];
        let mut matched_a = vec![false; a.toks.len()];
        let mut matched_b = vec![false; b.toks.len()];
        for run in runs {
            match run {
                Run::Equal { old, new } => {
                    for k in 0..old.len() {
                        land[old.start + k] = (new.start + k, new.start + k + 1);
                    }
                    matched_a[old.clone()].fill(true);
                    matched_b[new.clone()].fill(true);
                }
                Run::Change { old, new } => {
                    for i in old.clone() {
                        land[i] = (new.start, new.end);
                    }
                }
            }
        }
        Self {
            land,
            matched_a,
            matched_b,
        }
    }

    /// Whether old tokens `o` landed where new tokens `n` are (an in-place rewrite, not a move).
    fn in_place(&self, o: &Range<usize>, n: &Range<usize>) -> bool {
        let lo = self.land[o.start].0;
        let hi = self.land[o.end - 1].1;
        n.start < hi.max(lo + 1) && lo < n.end
    }
}

/// The units of one kind of both sides.
struct Units {
    a: Vec<Line>,
    b: Vec<Line>,
    /// Paragraphs and sentences must match as a whole (see `MIN_PARAGRAPH_COVER`).
    whole: bool,
}

impl Units {
    fn of(a: &Tokens, b: &Tokens, unit: Unit) -> Self {
        Self {
            a: units(a, unit),
            b: units(b, unit),
            whole: unit != Unit::Line,
        }
    }
}

/// Moves among one kind of unit, leaving out units that overlap a move already found (`found`).
// Called once per kind of unit: inlined, the unrolled loop would hold three copies (≈ 10 KB wasm).
#[inline(never)]
fn moves_among(a: &Tokens, b: &Tokens, seen: &Seen, units: &Units, found: &[Move]) -> Vec<Move> {
    let (all_a, all_b) = (&units.a, &units.b);
    let free = |side_len: usize, pick: fn(&Move) -> &Range<usize>| {
        let mut free = vec![true; side_len];
        for m in found {
            free[pick(m).clone()].fill(false);
        }
        free
    };
    let (free_a, free_b) = (
        free(a.toks.len(), |m| &m.old),
        free(b.toks.len(), |m| &m.new),
    );
    let lines_a: Vec<Line> = candidate_lines(a, all_a, &seen.matched_a)
        .into_iter()
        .filter(|l| l.line.clone().all(|t| free_a[t]))
        .collect();
    let lines_b: Vec<Line> = candidate_lines(b, all_b, &seen.matched_b)
        .into_iter()
        .filter(|l| l.line.clone().all(|t| free_b[t]))
        .collect();
    if lines_a.is_empty() || lines_b.is_empty() {
        return Vec::new();
    }
    let in_place = |o: &Range<usize>, n: &Range<usize>| seen.in_place(o, n);
    let mut taken_b = vec![false; lines_b.len()];
    let (mut pairs, left_a) =
        verbatim_pairs(a, b, units, &lines_a, &lines_b, &mut taken_b, &in_place);
    // Then edited lines: the most similar pairs first, each line in one pair at most.
    if left_a.len() <= MAX_FUZZY_LINES && lines_b.len() <= MAX_FUZZY_LINES {
        let lines = (lines_a.as_slice(), lines_b.as_slice());
        pairs.extend(edited_pairs(
            a,
            b,
            units.whole,
            lines,
            &left_a,
            &mut taken_b,
            &in_place,
        ));
    }
    pairs
        .into_iter()
        .map(|(i, j)| Move {
            old: lines_a[i].line.clone(),
            new: lines_b[j].line.clone(),
        })
        .collect()
}

/// Lines written the same way (list markers aside) in both texts, not where the alignment put
/// them: the pairs found, and the old lines left for the edited pass. Marks the new lines taken.
fn verbatim_pairs(
    a: &Tokens,
    b: &Tokens,
    units: &Units,
    lines_a: &[Line],
    lines_b: &[Line],
    taken_b: &mut [bool],
    in_place: &dyn Fn(&Range<usize>, &Range<usize>) -> bool,
) -> (Vec<(usize, usize)>, Vec<usize>) {
    let (all_a, all_b) = (&units.a, &units.b);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    // Verbatim (same keys once list markers are set aside) first.
    let mut by_keys: HashMap<&[u32], Vec<usize>> = HashMap::default();
    for (j, n) in lines_b.iter().enumerate().rev() {
        by_keys
            .entry(b.keys_of(n.body.clone()))
            .or_default()
            .push(j);
    }
    // A line written the same way more than once ("Sorry, I can't help with that.") in either
    // text cannot say where it moved: such lines are not moves, verbatim or edited.
    let (seen_a, seen_b) = (line_counts(a, all_a), line_counts(b, all_b));
    let repeated = |keys: &[u32]| {
        seen_a.get(keys).copied().unwrap_or(0) > 1 || seen_b.get(keys).copied().unwrap_or(0) > 1
    };
    for (j, n) in lines_b.iter().enumerate() {
        if repeated(b.keys_of(n.body.clone())) {
            taken_b[j] = true;
        }
    }
    let mut left_a = Vec::new();
    for (i, o) in lines_a.iter().enumerate() {
        if repeated(a.keys_of(o.body.clone())) {
            continue;
        }
        let found = by_keys.get_mut(a.keys_of(o.body.clone())).and_then(|js| {
            let pos = js
                .iter()
                .rposition(|&j| !in_place(&o.line, &lines_b[j].line))?;
            Some(js.remove(pos))
        });
        match found {
            Some(j) => {
                taken_b[j] = true;
                pairs.push((i, j));
            }
            None => left_a.push(i),
        }
    }
    (pairs, left_a)
}

/// Edited lines (Dice ≥ [`MIN_SIMILARITY`] on distinct words, found through the rarer shared
/// words), the most similar pairs first, each line in one pair at most.
fn edited_pairs(
    a: &Tokens,
    b: &Tokens,
    whole_units: bool,
    (lines_a, lines_b): (&[Line], &[Line]),
    left_a: &[usize],
    taken_b: &mut [bool],
    in_place: &dyn Fn(&Range<usize>, &Range<usize>) -> bool,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let words = |side: &Tokens, r: &Range<usize>| -> Vec<u64> {
        let mut k: Vec<u64> = r
            .clone()
            .filter(|&t| side.toks[t].is_wordlike())
            .map(|t| u64::from(side.keys[t]))
            .collect();
        sort_u64(&mut k);
        k.dedup();
        k
    };
    let sets_b: Vec<Vec<u64>> = lines_b.iter().map(|n| words(b, &n.body)).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::default();
    for (j, set) in sets_b.iter().enumerate() {
        if !taken_b[j] {
            for &k in set {
                index.entry(k).or_default().push(j);
            }
        }
    }
    // (1 − similarity, old line, new line) packed in a u64, so that sorting puts the most
    // similar pairs first (lines number at most MAX_FUZZY_LINES < 2^24).
    let mut scored: Vec<u64> = Vec::new();
    let mut shared: HashMap<usize, usize> = HashMap::default();
    for &i in left_a {
        let set = words(a, &lines_a[i].body);
        shared.clear();
        for k in &set {
            // A word in many candidate lines says little about which one this is.
            match index.get(k) {
                Some(js) if js.len() <= 16 => {
                    for &j in js {
                        *shared.entry(j).or_default() += 1;
                    }
                }
                _ => {}
            }
        }
        for (&j, &n) in &shared {
            let (la, lb) = (set.len(), sets_b[j].len());
            let dice = 2.0 * n as f64 / (la + lb) as f64;
            // A paragraph (or sentence) matches one as a whole: most of the words of each are
            // in the other, so a list item does not pair with a list that holds it and more.
            let whole = !whole_units || n as f64 >= MIN_PARAGRAPH_COVER * la.max(lb) as f64;
            if dice >= MIN_SIMILARITY && whole && !in_place(&lines_a[i].line, &lines_b[j].line) {
                let rank = ((1.0 - dice) * 65535.0) as u64;
                scored.push(rank << 48 | (i as u64) << 24 | j as u64);
            }
        }
    }
    sort_u64(&mut scored);
    let mut taken_a = vec![false; lines_a.len()];
    for packed in scored {
        let (i, j) = (
            (packed >> 24 & 0xff_ffff) as usize,
            (packed & 0xff_ffff) as usize,
        );
        if !taken_a[i] && !taken_b[j] {
            (taken_a[i], taken_b[j]) = (true, true);
            pairs.push((i, j));
        }
    }
    pairs
}

/// How many lines of a side have each sequence of keys (list markers aside).
fn line_counts<'t>(side: &'t Tokens, lines: &[Line]) -> HashMap<&'t [u32], usize> {
    let mut counts: HashMap<&[u32], usize> = HashMap::default();
    for l in lines {
        *counts.entry(side.keys_of(l.body.clone())).or_default() += 1;
    }
    counts
}

/// A line of one side (token range, line breaks excluded) and its body (list marker aside).
#[derive(Clone)]
struct Line {
    line: Range<usize>,
    body: Range<usize>,
}

/// Every unit of one kind of one side that holds a visible token: lines; paragraphs (lines up to
/// a blank line); sentences (inside a paragraph, ended by `.`, `!`, `?`, `…` and the closing
/// quotes or brackets after them, where the next word starts with a capital letter, a figure or
/// an opening quote: English and Russian alike; "e.g. the", "U.S. Congress" do not end one).
fn units(side: &Tokens, unit: Unit) -> Vec<Line> {
    let text = |i: usize| side.toks[i].text(side.text);
    let ends_sentence = |i: usize| {
        // Token i starts after a sentence end: skip closers back to the final mark.
        let mut k = i;
        while k > 0 && matches!(text(k - 1), "\"" | "”" | "»" | "’" | "'" | ")" | "]") {
            k -= 1;
        }
        k > 0
            && matches!(text(k - 1), "." | "!" | "?" | "…" | "?!" | "!?")
            && !(k > 1 && text(k - 1) == "." && is_abbreviation(text(k - 2)))
            && text(i).chars().next().is_some_and(|c| {
                capital(c)
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '«' | '„' | '\'' | '‘' | '(' | '[')
            })
    };
    let ends_unit = |i: usize| match unit {
        Unit::Paragraph => side.paragraph_break_before(i),
        Unit::Line => side.line_break_before(i),
        Unit::Sentence => side.paragraph_break_before(i) || ends_sentence(i),
    };
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=side.toks.len() {
        if i == side.toks.len() || ends_unit(i) {
            out.push(Line {
                line: start..i,
                body: without_marker(side, start..i),
            });
            start = i;
        }
    }
    out
}

/// The lines with at least [`MIN_MOVED_WORDS`] words, at least [`MIN_UNMATCHED`] of them not
/// `matched` (in change runs).
fn candidate_lines(side: &Tokens, lines: &[Line], matched: &[bool]) -> Vec<Line> {
    lines
        .iter()
        .filter(|l| {
            let (words, unmatched) = l
                .line
                .clone()
                .filter(|&t| side.toks[t].is_wordlike())
                .fold((0, 0), |(w, u), t| (w + 1, u + usize::from(!matched[t])));
            words >= MIN_MOVED_WORDS && unmatched as f64 >= MIN_UNMATCHED * words as f64
        })
        .cloned()
        .collect()
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

/// Aligns the two texts again with the moved lines set aside, so that words of a moved line are
/// not matched by chance where it used to be or where it went.
pub(crate) fn realign_without(
    a: &Tokens,
    b: &Tokens,
    moves: &[Move],
    n_keys: usize,
    deadline: Option<Instant>,
) -> Vec<Run> {
    let kept = |side: &Tokens, pick: fn(&Move) -> &Range<usize>| -> Vec<usize> {
        let mut out_of: Vec<u64> = moves
            .iter()
            .map(|m| (pick(m).start as u64) << 32 | pick(m).end as u64)
            .collect();
        sort_u64(&mut out_of);
        let mut keep = Vec::with_capacity(side.toks.len());
        let mut at = 0;
        for r in out_of
            .into_iter()
            .map(|p| (p >> 32) as usize..(p & 0xffff_ffff) as usize)
        {
            keep.extend(at..r.start);
            at = r.end;
        }
        keep.extend(at..side.toks.len());
        keep
    };
    let (ka, kb) = (kept(a, |m| &m.old), kept(b, |m| &m.new));
    let keys =
        |side: &Tokens, k: &[usize]| -> Vec<u32> { k.iter().map(|&t| side.keys[t]).collect() };
    let ops = patience::align(&keys(a, &ka), &keys(b, &kb), n_keys, deadline);
    to_runs(
        &ops,
        |x| ka[x],
        |y| kb[y],
        (0, 0),
        (a.toks.len(), b.toks.len()),
    )
}

/// Whether the token ranges `old` / `new` hold a moved line (moved lines lie inside change runs).
pub(crate) fn holds_move(moves: &[Move], old: &Range<usize>, new: &Range<usize>) -> bool {
    moves.iter().any(|m| {
        old.start <= m.old.start && m.old.end <= old.end
            || new.start <= m.new.start && m.new.end <= new.end
    })
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

    #[test]
    fn a_moved_and_edited_paragraph_is_a_move_with_the_edit_inside() {
        let old = "Intro line stays here.\n\nThe moved paragraph has quite a few words in it.\n\nMiddle text that stays put for a while longer.\n\nEnd.";
        let new = "Intro line stays here.\n\nMiddle text that stays put for a while longer.\n\nThe moved paragraph has rather a few words in it.\n\nEnd.";
        let c = compare(old, new, &CompareOptions::new());
        let moved: Vec<_> = c
            .changes
            .iter()
            .filter(|ch| ch.kind == ChangeKind::Moved)
            .collect();
        assert_eq!(moved.len(), 2, "{:#?}", c.changes);
        let edits: Vec<_> = c.changes.iter().filter(|ch| ch.within.is_some()).collect();
        assert_eq!(edits.len(), 1, "{:#?}", c.changes);
        let e = edits[0];
        assert_eq!(e.kind, ChangeKind::Wording);
        assert_eq!(e.within, Some(moved[0].id));
        let cut = crate::text::cut;
        assert_eq!(
            (cut(old, e.old), cut(new, e.new)),
            ("quite".into(), "rather".into())
        );
        assert_eq!((c.stats.words_deleted, c.stats.words_inserted), (1, 1));
    }

    #[test]
    fn a_line_repeated_verbatim_is_not_a_move() {
        let line = "Sorry, I can't help with that at all.";
        let old = format!("{line}\nAlpha beta gamma delta.\n{line}\nOmega.");
        let new = format!("Alpha beta gamma delta.\n{line}\nOmega.\n{line}");
        let c = compare(&old, &new, &CompareOptions::new());
        assert!(
            c.changes.iter().all(|ch| ch.kind != ChangeKind::Moved),
            "{:#?}",
            c.changes
        );
    }

    #[test]
    fn list_items_that_joined_a_list_elsewhere_move_one_by_one() {
        // Old: each item its own paragraph; new: both items in one list, after other text. A
        // paragraph move would pair one item with the whole list; each item moves by itself.
        let first = "- directly supports unlawful active attack or malware campaigns that are \
                     causing technical harms, such as delivering malicious executables to people";
        let second = "- uses our servers to disrupt any network";
        let rules = "The rules below apply to every account on the site today.\n\n\
                     Each rule names the kind of content it covers and what we do about it.\n\n\
                     We may remove content or suspend accounts that break these rules.";
        let old = format!("{first}\n\n{second}\n\n{rules}\n\nEnd.");
        let new = format!("{rules}\n\n{first}\n{second}\n\nEnd.");
        let c = compare(&old, &new, &CompareOptions::new());
        let moved: Vec<_> = c
            .changes
            .iter()
            .filter(|ch| ch.kind == ChangeKind::Moved && !ch.old.is_empty())
            .map(|ch| {
                let into = &c.changes[ch.pair.unwrap() as usize];
                (
                    crate::text::cut(&old, ch.old),
                    crate::text::cut(&new, into.new),
                )
            })
            .collect();
        let want = [(first, first), (second, second)].map(|(o, n)| (o.into(), n.into()));
        assert_eq!(moved, want, "{:#?}", c.changes);
    }
}
