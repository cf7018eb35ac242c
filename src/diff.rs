//! The word-level comparison: align the visible tokens of both texts with `similar`, fold short
//! unchanged islands into the changes around them (readability cleanup), then cut each side into
//! lossless segments.
//!
//! White space is not matched: alignment looks only at words, figures and punctuation, so a
//! re-wrapped line or a doubled space never breaks a match, and the spaces around a change stay
//! outside it (jsdiff's issue #160 is what matching white space as tokens leads to).

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::time::Duration;

use similar::{DiffOp, Instant};

use crate::kinds::SplitReading;
use crate::model::{Change, ChangeKind, Comparison, Op, Segment, Side, Span, Stats};
use crate::normalize;
use crate::options::CompareOptions;
use crate::tokenize::{tokenize, Token, TokenKind};
use crate::wordlists::{Language, WordLookup};
use crate::{align, anchors, findings, furniture, kinds};
use std::cell::Cell;

/// One side's visible tokens (white space dropped) and their match keys.
pub(crate) struct Tokens<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Token>,
    pub(crate) keys: Vec<u32>,
    /// Line breaks in the white space before each visible token (and, last, after the last one):
    /// 0, 1, or 2 for a paragraph break (two or more, or U+2029).
    breaks: Vec<u8>,
}

impl Tokens<'_> {
    /// Whether the white space before visible token `i` breaks the line (`i == len`: the
    /// trailing white space).
    pub(crate) fn line_break_before(&self, i: usize) -> bool {
        self.breaks[i] > 0
    }

    /// Whether the white space before visible token `i` ends a paragraph (a blank line, U+2029).
    pub(crate) fn paragraph_break_before(&self, i: usize) -> bool {
        self.breaks[i] > 1
    }

    /// The white space before visible token `i` (`i == len` gives the trailing white space).
    pub(crate) fn gap_before(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.toks[i - 1].end };
        let end = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        &self.text[start..end]
    }

    /// The match keys of a range of visible tokens.
    pub(crate) fn keys_of(&self, range: Range<usize>) -> &[u32] {
        &self.keys[range]
    }

    /// Byte offset where visible token `i` starts (`i == len` gives the text length).
    pub(crate) fn start_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }
}

/// Assigns one small integer per distinct key, so the diff compares integers, not strings.
#[derive(Default)]
struct Interner<'a> {
    ids: FxHashMap<Cow<'a, str>, u32>,
}

impl<'a> Interner<'a> {
    fn read(&mut self, text: &'a str, opts: &CompareOptions) -> Tokens<'a> {
        let all = tokenize(text);
        let mut toks = Vec::with_capacity(all.len() / 2 + 1);
        let mut keys = Vec::with_capacity(all.len() / 2 + 1);
        let mut breaks = Vec::with_capacity(all.len() / 2 + 2);
        let mut pending = 0;
        for t in all {
            if t.kind == TokenKind::Space {
                pending = align::line_breaks(t.text(text)).min(2) as u8;
                continue;
            }
            let next = self.ids.len() as u32;
            keys.push(
                *self
                    .ids
                    .entry(normalize::key(t.text(text), opts))
                    .or_insert(next),
            );
            toks.push(t);
            breaks.push(pending);
            pending = 0;
        }
        breaks.push(pending);
        Tokens {
            text,
            toks,
            keys,
            breaks,
        }
    }
}

/// A stretch of the alignment, in token indices of each side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Run {
    Equal {
        old: Range<usize>,
        new: Range<usize>,
    },
    Change {
        old: Range<usize>,
        new: Range<usize>,
    },
}

/// Compares two texts. See [`crate::compare`] and [`crate::compare_with`].
pub fn compare<'a>(
    old: &'a str,
    new: &'a str,
    opts: &CompareOptions,
    words: &dyn WordLookup,
) -> Comparison<'a> {
    let mut interner = Interner::default();
    let a = interner.read(old, opts);
    let b = interner.read(new, opts);
    let n_keys = interner.ids.len();
    drop(interner);

    let deadline = opts
        .get_timeout_ms()
        .map(|ms| Instant::now() + Duration::from_millis(ms.into()));
    let ops = anchors::align(&a.keys, &b.keys, n_keys, deadline);
    let approximate = deadline.is_some_and(|d| Instant::now() > d);

    let lens = (a.toks.len(), b.toks.len());
    let mut runs = to_runs(&ops, |x| x, |y| y, (0, 0), lens);
    let moves = if approximate {
        Vec::new()
    } else {
        align::find_moves(&a, &b, &runs)
    };
    if !moves.is_empty() {
        runs = realign_without(&a, &b, &moves, n_keys, deadline);
    }
    slide_to_line_breaks(&mut runs, &a, &b, &moves);
    if opts.is_cleanup() {
        runs = fold_islands(runs, &a, &b);
    }
    let surrounding = find_surroundings(&mut runs, &a, &b, &moves);
    assemble(
        &a,
        &b,
        &runs,
        &moves,
        &surrounding,
        n_keys,
        approximate,
        words,
    )
}

/// Turns similar's ops over (possibly thinned) key sequences into alternating equal and change
/// runs over all tokens: `at_a` / `at_b` map an index of the sequence that was aligned to a token
/// index; tokens that were not aligned (moved lines) fall into the change runs around them.
fn to_runs(
    ops: &[DiffOp],
    at_a: impl Fn(usize) -> usize,
    at_b: impl Fn(usize) -> usize,
    (mut i, mut j): (usize, usize),
    (len_a, len_b): (usize, usize),
) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::with_capacity(ops.len());
    for op in ops {
        let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = *op
        else {
            continue;
        };
        for t in 0..len {
            let (x, y) = (at_a(old_index + t), at_b(new_index + t));
            if x > i || y > j {
                runs.push(Run::Change {
                    old: i..x,
                    new: j..y,
                });
            }
            match runs.last_mut() {
                Some(Run::Equal { old, new }) if old.end == x && new.end == y => {
                    old.end += 1;
                    new.end += 1;
                }
                _ => runs.push(Run::Equal {
                    old: x..x + 1,
                    new: y..y + 1,
                }),
            }
            (i, j) = (x + 1, y + 1);
        }
    }
    if i < len_a || j < len_b {
        runs.push(Run::Change {
            old: i..len_a,
            new: j..len_b,
        });
    }
    runs
}

/// Aligns the two texts again with the moved lines set aside, so that words of a moved line are
/// not matched by chance where it used to be or where it went.
fn realign_without(
    a: &Tokens,
    b: &Tokens,
    moves: &[align::Move],
    n_keys: usize,
    deadline: Option<Instant>,
) -> Vec<Run> {
    let kept = |side: &Tokens, pick: fn(&align::Move) -> &Range<usize>| -> Vec<usize> {
        let mut out_of: Vec<u64> = moves
            .iter()
            .map(|m| (pick(m).start as u64) << 32 | pick(m).end as u64)
            .collect();
        align::sort_u64(&mut out_of);
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
    let ops = anchors::align(&keys(a, &ka), &keys(b, &kb), n_keys, deadline);
    to_runs(
        &ops,
        |x| ka[x],
        |y| kb[y],
        (0, 0),
        (a.toks.len(), b.toks.len()),
    )
}

/// A pure insertion or deletion can often slide: inserting "longer . Middle" after "here ." is
/// the same edit as inserting ". Middle … longer" after "here". Slides each one to where it
/// starts and ends at line breaks if it can (whole lines inserted read as whole lines, and can be
/// recognised as moved), else leaves it where the alignment put it.
fn slide_to_line_breaks(runs: &mut [Run], a: &Tokens, b: &Tokens, moves: &[align::Move]) {
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

fn eq_len(run: &Run) -> usize {
    match run {
        Run::Equal { old, .. } => old.len(),
        Run::Change { .. } => 0,
    }
}

/// Whether the token ranges `old` / `new` hold a moved line (moved lines lie inside change runs).
fn holds_move(moves: &[align::Move], old: &Range<usize>, new: &Range<usize>) -> bool {
    moves.iter().any(|m| {
        old.start <= m.old.start && m.old.end <= old.end
            || new.start <= m.new.start && m.new.end <= new.end
    })
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

/// Positive evidence that `range` of `side` is page furniture, not part of the statement: its
/// content words (four letters or more) are mostly not the statement's, and more than half of
/// its lines look like page material — or, with list items and `key: value` lines counted, when
/// it shares hardly any content words with the statement. A rewritten paragraph is prose about
/// the statement's subject, a rewritten list of its points shares its words: they stay ordinary
/// changes.
fn looks_like_furniture(
    side: &Tokens,
    range: Range<usize>,
    runs: &[Run],
    a: &Tokens,
    old_side: bool,
) -> bool {
    // The statement's vocabulary: keys of the content words in the unchanged runs.
    let content = |s: &Tokens, i: usize| {
        s.toks[i].kind == TokenKind::Word && s.toks[i].text(s.text).chars().nth(3).is_some()
    };
    let mut vocab = rustc_hash::FxHashSet::default();
    for r in runs {
        if let Run::Equal { old, new } = r {
            let own = if old_side { old } else { new };
            if own.start >= range.start && own.end <= range.end {
                continue; // chance matches inside the block
            }
            vocab.extend(old.clone().filter(|&i| content(a, i)).map(|i| a.keys[i]));
        }
    }
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
        if i < range.end && content(side, i) {
            total += 1;
            shared += usize::from(vocab.contains(&side.keys[i]));
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
fn find_surroundings(
    runs: &mut Vec<Run>,
    a: &Tokens,
    b: &Tokens,
    moves: &[align::Move],
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
        let both = wo.min(wn) >= align::MIN_MOVED_WORDS;
        // The shared statement is the bulk of both texts: two pages that share a news list and
        // carry different statements share only furniture.
        let bulk = shared_words.saturating_sub(matched) >= BULK_FACTOR * words;
        !holds_move(moves, &old, &new)
            && both
            && bulk
            && (lines(a, &old) >= 2 || lines(b, &new) >= 2)
            && matched * SURROUNDING_MATCHED_SHARE <= words
            && looks_like_furniture(a, old.clone(), &all_runs, a, true)
            && looks_like_furniture(b, new.clone(), &all_runs, a, false)
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
                out.iter_mut().for_each(|x| *x = *x + 1 - first);
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
fn fold_islands(runs: Vec<Run>, a: &Tokens, b: &Tokens) -> Vec<Run> {
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

/// Cuts both sides into segments and builds changes and stats from the runs. Inside unchanged
/// runs, tokens that matched by key but differ in text (case, typography) and differing white
/// space between matched tokens become minor changes.
// One argument per product of the earlier stages; issue #11 splits this stage up.
#[allow(clippy::too_many_arguments)]
fn assemble<'a>(
    a: &Tokens<'a>,
    b: &Tokens<'a>,
    runs: &[Run],
    moves: &[align::Move],
    surrounding: &[usize],
    n_keys: usize,
    approximate: bool,
    words: &dyn WordLookup,
) -> Comparison<'a> {
    let judge = Judge {
        words,
        needed: Cell::new(0),
    };
    let mut old = SideBuilder::new(a);
    let mut new = SideBuilder::new(b);
    let mut changes: Vec<Change> = Vec::new();
    let mut equal_tokens = 0usize;
    // Tokens of surrounding material: not part of the statement's similarity.
    let mut outside = 0usize;
    let mut stats = Stats {
        words_unchanged: 0,
        words_deleted: 0,
        words_inserted: 0,
        changes: 0,
        minor_changes: 0,
        words_moved: 0,
        surrounding: 0,
        replaced: 0,
        added: 0,
        removed: 0,
        moved: 0,
        surrounding_words_old: 0,
        surrounding_words_new: 0,
        kinds: Default::default(),
        similarity: 1.0,
        shared_similarity: 1.0,
    };
    let push = |changes: &mut Vec<Change>, kind: ChangeKind, old: Span, new: Span| {
        changes.push(Change {
            id: changes.len() as u32,
            kind,
            minor: kind.is_minor(),
            old,
            new,
            pair: None,
            within: None,
        });
    };
    // Each move's own word alignment (a moved line may be edited too); ids are given when the
    // reading reaches either end of the move.
    let mut moved: Vec<MoveState> = moves
        .iter()
        .map(|m| MoveState {
            ops: to_runs(
                &anchors::align(
                    a.keys_of(m.old.clone()),
                    b.keys_of(m.new.clone()),
                    n_keys,
                    None,
                ),
                |x| m.old.start + x,
                |y| m.new.start + y,
                (m.old.start, m.new.start),
                (m.old.end, m.new.end),
            )
            .into_iter()
            .flat_map(|run| match run {
                Run::Equal { old, new } => written_apart(a, b, old, new),
                Run::Change { old, new } => {
                    let kind = judge.kind_of(a, old.clone(), b, new.clone());
                    vec![(old, new, Some(kind))]
                }
            })
            .collect(),
            out: None,
            into: None,
            inner: None,
        })
        .collect();
    let mut by_new: Vec<u64> = moves
        .iter()
        .enumerate()
        .map(|(k, m)| (m.new.start as u64) << 32 | k as u64)
        .collect();
    align::sort_u64(&mut by_new);
    let by_new: Vec<usize> = by_new
        .into_iter()
        .map(|p| (p & 0xffff_ffff) as usize)
        .collect();
    let by_old: Vec<usize> = (0..moves.len()).collect();
    for (k, run) in runs.iter().enumerate() {
        match run {
            Run::Change { old: o, new: n } if surrounding.contains(&k) => {
                // One change per block: what only the old text has there, and only the new.
                outside += o.len() + n.len();
                stats.surrounding_words_old += count_words(a, o.clone());
                stats.surrounding_words_new += count_words(b, n.clone());
                let id = changes.len() as u32;
                let (so, sn) = (
                    old.change(o.clone(), Op::Delete, id),
                    new.change(n.clone(), Op::Insert, id),
                );
                push(&mut changes, ChangeKind::Surrounding, so, sn);
            }
            Run::Equal { old: o, new: n } => {
                equal_tokens += o.len();
                stats.words_unchanged += count_words(a, o.clone());
                // Written the same byte for byte (the common case): nothing minor inside.
                let span = |side: &Tokens<'a>, r: &Range<usize>| -> &'a str {
                    r.clone().last().map_or("", |last| {
                        &side.text[side.toks[r.start].start..side.toks[last].end]
                    })
                };
                if span(a, o) == span(b, n) {
                    continue;
                }
                for k in 0..o.len() {
                    let (i, j) = (o.start + k, n.start + k);
                    if k > 0 {
                        let (ga, gb) = (a.gap_before(i), b.gap_before(j));
                        if ga != gb {
                            let id = changes.len() as u32;
                            let (so, sn) = (
                                old.bytes(a.toks[i - 1].end, a.toks[i].start, Op::Delete, id),
                                new.bytes(b.toks[j - 1].end, b.toks[j].start, Op::Insert, id),
                            );
                            push(&mut changes, kinds::classify_gap(ga, gb), so, sn);
                        }
                    }
                    let (ta, tb) = (a.toks[i], b.toks[j]);
                    let (xa, xb) = (ta.text(a.text), tb.text(b.text));
                    if xa != xb {
                        let id = changes.len() as u32;
                        let (so, sn) = (
                            old.bytes(ta.start, ta.end, Op::Delete, id),
                            new.bytes(tb.start, tb.end, Op::Insert, id),
                        );
                        push(&mut changes, kinds::classify_matched(xa, xb), so, sn);
                    }
                }
            }
            Run::Change { old: o, new: n } if holds_move(moves, o, n) => {
                // A change holding moved lines: its old pieces first (moved out, or deleted),
                // then its new pieces (moved in, or inserted), so both sides stay in order.
                let anchor_new = n.start..n.start;
                let anchor_old = o.end..o.end;
                for (range, m) in cut_at_moves(o.clone(), moves, &by_old, |m| &m.old) {
                    let Some(m) = m else {
                        let id = changes.len() as u32;
                        stats.words_deleted += count_words(a, range.clone());
                        let kind = judge.kind_of(a, range.clone(), b, anchor_new.clone());
                        let (so, sn) = (
                            old.change(range, Op::Delete, id),
                            new.change(anchor_new.clone(), Op::Insert, id),
                        );
                        push(&mut changes, kind, so, sn);
                        continue;
                    };
                    let out = moved[m].half(&mut changes, true);
                    let pieces = moved[m].pieces(&mut changes, out, true);
                    for (r, _, kept) in &pieces {
                        let words = count_words(a, r.clone());
                        if *kept == Kept::No {
                            stats.words_deleted += words;
                        } else {
                            stats.words_moved += words;
                            equal_tokens += r.len();
                        }
                    }
                    let (spans, span) = old.moved_line(&pieces, Op::Delete);
                    for ((_, id, kept), sp) in pieces.iter().zip(spans) {
                        if *kept != Kept::Yes {
                            changes[*id as usize].old = sp;
                        }
                    }
                    changes[out as usize].old = span;
                    changes[out as usize].new = new.change(anchor_new.clone(), Op::Insert, out);
                }
                for (range, m) in cut_at_moves(n.clone(), moves, &by_new, |m| &m.new) {
                    let Some(m) = m else {
                        let id = changes.len() as u32;
                        stats.words_inserted += count_words(b, range.clone());
                        let kind = judge.kind_of(a, anchor_old.clone(), b, range.clone());
                        let (so, sn) = (
                            old.change(anchor_old.clone(), Op::Delete, id),
                            new.change(range, Op::Insert, id),
                        );
                        push(&mut changes, kind, so, sn);
                        continue;
                    };
                    let into = moved[m].half(&mut changes, false);
                    let pieces = moved[m].pieces(&mut changes, into, false);
                    for (r, _, kept) in &pieces {
                        if *kept == Kept::No {
                            stats.words_inserted += count_words(b, r.clone());
                        }
                    }
                    let (spans, span) = new.moved_line(&pieces, Op::Insert);
                    for ((_, id, kept), sp) in pieces.iter().zip(spans) {
                        if *kept != Kept::Yes {
                            changes[*id as usize].new = sp;
                        }
                    }
                    changes[into as usize].new = span;
                    changes[into as usize].old = old.change(anchor_old.clone(), Op::Delete, into);
                }
            }
            Run::Change { old: o, new: n } => {
                let kind = judge.kind_of(a, o.clone(), b, n.clone());
                let pieces = if kind == ChangeKind::Split {
                    let (ao, bo) = (&a.toks[o.clone()], &b.toks[n.clone()]);
                    kinds::split_pieces(ao, a.text, bo, b.text)
                        .into_iter()
                        .map(|(x, y)| {
                            (
                                o.start + x.start..o.start + x.end,
                                n.start + y.start..n.start + y.end,
                            )
                        })
                        .collect()
                } else {
                    vec![(o.clone(), n.clone())]
                };
                for (o, n) in pieces {
                    let same = o.len() == n.len()
                        && a.toks[o.clone()]
                            .iter()
                            .zip(&b.toks[n.clone()])
                            .all(|(x, y)| x.text(a.text) == y.text(b.text));
                    let (wa, wb) = (count_words(a, o.clone()), count_words(b, n.clone()));
                    if same {
                        // A piece of a split change that reads the same on both sides.
                        equal_tokens += o.len();
                        stats.words_unchanged += wa;
                        continue;
                    }
                    let kind = if kind == ChangeKind::Split {
                        judge.kind_of(a, o.clone(), b, n.clone())
                    } else {
                        kind
                    };
                    if kind.is_minor() {
                        // "th at" → "that": the same words, written differently.
                        equal_tokens += o.len().min(n.len());
                        stats.words_unchanged += wa.min(wb);
                    } else {
                        stats.words_deleted += wa;
                        stats.words_inserted += wb;
                    }
                    let id = changes.len() as u32;
                    let (so, sn) = (
                        old.change(o.clone(), Op::Delete, id),
                        new.change(n.clone(), Op::Insert, id),
                    );
                    push(&mut changes, kind, so, sn);
                }
            }
        }
    }
    let all = a.toks.len() + b.toks.len();
    let ratio = |total: usize| {
        if total == 0 {
            1.0
        } else {
            ((2 * equal_tokens) as f64 / total as f64).min(1.0)
        }
    };
    stats.similarity = ratio(all);
    stats.shared_similarity = ratio(all - outside);
    for m in &moved {
        m.link(&mut changes);
    }
    count_changes(&mut stats, &changes);
    Comparison {
        old: old.finish(findings::scan(a.text, &a.toks)),
        new: new.finish(findings::scan(b.text, &b.toks)),
        changes,
        rows: align::rows(a, b, runs),
        stats,
        approximate,
        word_lists_needed: judge.needed(),
    }
}

/// The change counts of `stats`, in one pass over the finished changes: every change that is not
/// minor is one stop of the reader's navigation and counted once, as moved (each half of a move),
/// surrounding (a block of page furniture), added, removed or replaced.
fn count_changes(stats: &mut Stats, changes: &[Change]) {
    for ch in changes {
        *stats.kinds.entry(ch.kind).or_insert(0) += 1;
        if ch.minor {
            stats.minor_changes += 1;
            continue;
        }
        stats.changes += 1;
        let slot = match ch.kind {
            ChangeKind::Moved => &mut stats.moved,
            ChangeKind::Surrounding => &mut stats.surrounding,
            _ if ch.old.is_empty() => &mut stats.added,
            _ if ch.new.is_empty() => &mut stats.removed,
            _ => &mut stats.replaced,
        };
        *slot += 1;
    }
}

/// Cuts an unchanged run inside a moved line where matched tokens are written differently
/// (`—` / `---`, `«` / `“`, case with `ignoreCase`): those become minor changes inside the move
/// (`Some(kind)`), the rest stays the move's own text (`None`).
fn written_apart(a: &Tokens, b: &Tokens, o: Range<usize>, n: Range<usize>) -> Vec<MoveOp> {
    let mut out = Vec::new();
    let mut from = 0;
    for k in 0..o.len() {
        let (x, y) = (
            a.toks[o.start + k].text(a.text),
            b.toks[n.start + k].text(b.text),
        );
        if x != y {
            if k > from {
                out.push((
                    o.start + from..o.start + k,
                    n.start + from..n.start + k,
                    None,
                ));
            }
            let kind = kinds::classify_matched(x, y);
            out.push((
                o.start + k..o.start + k + 1,
                n.start + k..n.start + k + 1,
                Some(kind),
            ));
            from = k + 1;
        }
    }
    if from < o.len() {
        out.push((o.start + from..o.end, n.start + from..n.end, None));
    }
    out
}

/// A piece of a move's own alignment: old tokens, new tokens, and `None` where the move kept
/// them as they were, or the kind of the change made to them on the way.
type MoveOp = (Range<usize>, Range<usize>, Option<ChangeKind>);

/// A move being laid out: its word alignment, and the ids of its halves and of its first edit
/// (the edits' ids follow in order), given as the reading reaches them.
struct MoveState {
    ops: Vec<MoveOp>,
    out: Option<u32>,
    into: Option<u32>,
    inner: Option<u32>,
}

impl MoveState {
    /// A new id for one half of the move (`out`: where the line was).
    fn half(&mut self, changes: &mut Vec<Change>, out: bool) -> u32 {
        let id = changes.len() as u32;
        changes.push(placeholder(id, ChangeKind::Moved));
        *(if out { &mut self.out } else { &mut self.into }) = Some(id);
        id
    }

    /// The move's pieces on one side (`old_side` or the new one): tokens, change id (`half` for
    /// what the move kept, an edit's id otherwise), and whether the move kept them. The edits'
    /// changes are created when either side asks first.
    fn pieces(&mut self, changes: &mut Vec<Change>, half: u32, old_side: bool) -> Vec<MovePiece> {
        let mut next = *self.inner.get_or_insert_with(|| {
            let first = changes.len() as u32;
            for kind in self.ops.iter().filter_map(|op| op.2) {
                changes.push(placeholder(changes.len() as u32, kind));
            }
            first
        });
        let mut out = Vec::with_capacity(self.ops.len());
        for (o, n, kind) in &self.ops {
            let r = if old_side { o.clone() } else { n.clone() };
            match kind {
                None => out.push((r, half, Kept::Yes)),
                Some(kind) => {
                    let kept = if kind.is_minor() {
                        Kept::Minor
                    } else {
                        Kept::No
                    };
                    out.push((r, next, kept));
                    next += 1;
                }
            }
        }
        out
    }

    /// Links the halves and the edits once both sides are laid out.
    fn link(&self, changes: &mut [Change]) {
        let (Some(out), Some(into)) = (self.out, self.into) else {
            return;
        };
        changes[out as usize].pair = Some(into);
        changes[into as usize].pair = Some(out);
        if let Some(first) = self.inner {
            let n = self.ops.iter().filter(|op| op.2.is_some()).count() as u32;
            for id in first..first + n {
                changes[id as usize].within = Some(out);
            }
        }
    }
}

/// Whether a piece of a moved line is as it was: kept, changed in a minor way (its words count
/// as moved, its own change marks the difference), or edited.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kept {
    Yes,
    Minor,
    No,
}

/// A piece of a moved line on one side: tokens, change id, kept?
type MovePiece = (Range<usize>, u32, Kept);

fn placeholder(id: u32, kind: ChangeKind) -> Change {
    Change {
        id,
        kind,
        minor: kind.is_minor(),
        old: Span::default(),
        new: Span::default(),
        pair: None,
        within: None,
    }
}

/// Cuts a change's token range at the moved lines inside it: (piece, Some(move)) for a moved
/// line, (piece, None) for what lies between. `order` lists the moves by position on this side.
fn cut_at_moves(
    range: Range<usize>,
    moves: &[align::Move],
    order: &[usize],
    side: fn(&align::Move) -> &Range<usize>,
) -> Vec<(Range<usize>, Option<usize>)> {
    let mut out = Vec::new();
    let mut at = range.start;
    for &m in order {
        let r = side(&moves[m]);
        if r.start < range.start || r.end > range.end {
            continue;
        }
        if r.start > at {
            out.push((at..r.start, None));
        }
        out.push((r.clone(), Some(m)));
        at = r.end;
    }
    if at < range.end {
        out.push((at..range.end, None));
    }
    out
}

fn count_words(side: &Tokens, range: Range<usize>) -> u32 {
    side.toks[range].iter().filter(|t| t.is_wordlike()).count() as u32
}

/// The kind of a change before the word lists are read (cleanup's view: a split keeps its
/// identity whatever its readings).
fn plain_kind(a: &Tokens, o: Range<usize>, b: &Tokens, n: Range<usize>) -> ChangeKind {
    kinds::classify(&a.toks[o], a.text, &b.toks[n], b.text)
}

/// Decides the kinds of changes with the word lists, and remembers which lists would have
/// decided a split that none did.
struct Judge<'w> {
    words: &'w dyn WordLookup,
    /// Bit per [`Language`]: its list is not loaded and a split needed it.
    needed: Cell<u8>,
}

impl Judge<'_> {
    /// A split or joined word is minor only when one reading is not a word ("th at" / "that");
    /// when both are words ("a part" / "apart") or no list can tell, it is a wording change.
    fn kind_of(&self, a: &Tokens, o: Range<usize>, b: &Tokens, n: Range<usize>) -> ChangeKind {
        let kind = plain_kind(a, o.clone(), b, n.clone());
        if kind != ChangeKind::Split {
            return kind;
        }
        match kinds::split_reading(&a.toks[o], a.text, &b.toks[n], b.text, self.words) {
            SplitReading::Artefact => ChangeKind::Split,
            SplitReading::Words => ChangeKind::Wording,
            SplitReading::Unsure(lang) => {
                if let Some(lang) = lang {
                    self.needed.set(self.needed.get() | 1 << lang as u8);
                }
                ChangeKind::Wording
            }
        }
    }

    fn needed(&self) -> Vec<&'static str> {
        Language::ALL
            .into_iter()
            .filter(|&l| self.needed.get() & 1 << l as u8 != 0)
            .map(Language::code)
            .collect()
    }
}

/// Builds one side's segments in order, tracking UTF-16 offsets as it goes.
struct SideBuilder<'s, 'a> {
    side: &'s Tokens<'a>,
    segments: Vec<Segment<'a>>,
    /// Where segments have been emitted up to (bytes and UTF-16 units).
    cursor: Utf16At,
}

impl<'s, 'a> SideBuilder<'s, 'a> {
    fn new(side: &'s Tokens<'a>) -> Self {
        Self {
            side,
            segments: Vec::new(),
            cursor: Utf16At::default(),
        }
    }

    /// Emits the equal text up to `byte` (if any) and returns the UTF-16 offset of `byte`.
    fn equal_until(&mut self, byte: usize) -> u32 {
        if byte > self.cursor.byte {
            self.segments.push(Segment {
                text: &self.side.text[self.cursor.byte..byte],
                op: Op::Equal,
                change: None,
            });
        }
        self.cursor.at(self.side.text, byte)
    }

    /// Emits the change covering `range` of this side's tokens and returns its span. An empty
    /// range (nothing on this side) is anchored right after the previous token.
    #[inline(never)]
    fn change(&mut self, range: Range<usize>, op: Op, id: u32) -> Span {
        let toks = &self.side.toks;
        if range.is_empty() {
            let anchor = if range.start == 0 {
                0
            } else {
                toks[range.start - 1].end
            };
            let at = self.equal_until(anchor);
            return Span { start: at, end: at };
        }
        let (start, end) = (toks[range.start].start, toks[range.end - 1].end);
        self.bytes(start, end, op, id)
    }

    /// Emits a change covering bytes `start..end` (empty: an anchor) and returns its span.
    #[inline(never)]
    fn bytes(&mut self, start: usize, end: usize, op: Op, id: u32) -> Span {
        let start16 = self.equal_until(start);
        if end == start {
            return Span {
                start: start16,
                end: start16,
            };
        }
        self.segments.push(Segment {
            text: &self.side.text[start..end],
            op,
            change: Some(id),
        });
        Span {
            start: start16,
            end: self.cursor.at(self.side.text, end),
        }
    }

    /// Emits a moved line given as pieces (tokens, change id, unchanged by the move?) and returns
    /// each piece's span and the line's. The white space inside the line goes with its unchanged
    /// pieces, so the move reads as one stretch with its edits inside.
    fn moved_line(&mut self, pieces: &[MovePiece], op: Op) -> (Vec<Span>, Span) {
        let toks = &self.side.toks;
        let mut spans = Vec::with_capacity(pieces.len());
        let mut prev_end: Option<usize> = None;
        let mut line: Option<Span> = None;
        for (k, (r, id, kept)) in pieces.iter().enumerate() {
            if r.is_empty() {
                spans.push(self.change(r.clone(), op, *id));
                continue;
            }
            let (mut start, mut end) = (toks[r.start].start, toks[r.end - 1].end);
            if *kept == Kept::Yes {
                start = prev_end.unwrap_or(start);
                if let Some((next, _, next_kept)) = pieces.get(k + 1) {
                    if *next_kept != Kept::Yes && !next.is_empty() {
                        end = toks[next.start].start;
                    }
                }
            }
            let sp = self.bytes(start, end, op, *id);
            line = Some(line.map_or(sp, |l| Span {
                start: l.start,
                end: sp.end,
            }));
            spans.push(sp);
            prev_end = Some(end);
        }
        (spans, line.unwrap_or_default())
    }

    fn finish(mut self, findings: Vec<crate::findings::Finding>) -> Side<'a> {
        self.equal_until(self.side.text.len());
        Side {
            segments: self.segments,
            findings,
        }
    }
}

/// Converts increasing byte offsets of one text to UTF-16 offsets in one pass.
#[derive(Default)]
pub(crate) struct Utf16At {
    /// The last byte offset converted.
    pub(crate) byte: usize,
    utf16: u32,
}

impl Utf16At {
    /// The UTF-16 offset of `byte` (at or after the last one asked for).
    pub(crate) fn at(&mut self, text: &str, byte: usize) -> u32 {
        self.utf16 += utf16_len(&text[self.byte..byte]);
        self.byte = byte;
        self.utf16
    }
}

pub(crate) fn utf16_len(s: &str) -> u32 {
    // ASCII fast path: most statement text is mostly ASCII.
    if s.is_ascii() {
        return s.len() as u32;
    }
    s.chars().map(|c| c.len_utf16() as u32).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn paragraph_breaks() {
        let opts = CompareOptions::new();
        let t = Interner::default().read("a\n\nb \r\n \r\nc\u{2029}d \r\n e  f\u{2028}g", &opts);
        let at = |i| (t.line_break_before(i), t.paragraph_break_before(i));
        let got: Vec<_> = (0..=t.toks.len()).map(at).collect();
        let (no, line, para) = ((false, false), (true, false), (true, true));
        assert_eq!(got, [no, para, para, para, line, no, line, no]);
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

    #[test]
    fn deletion_is_anchored_after_the_previous_word() {
        let c = crate::compare("the big cat", "the cat", &CompareOptions::new());
        assert_eq!(c.changes.len(), 1);
        assert_eq!(c.changes[0].old, Span { start: 4, end: 7 });
        assert_eq!(c.changes[0].new, Span { start: 3, end: 3 });
        let texts: Vec<_> = c.new.segments.iter().map(|s| s.text).collect();
        assert_eq!(texts, ["the", " cat"]);
    }

    #[test]
    fn utf16_offsets() {
        assert_eq!(utf16_len("a😀б"), 4);
        let c = crate::compare("😀 мир", "😀 мiр", &CompareOptions::new());
        assert_eq!(c.changes[0].old, Span { start: 3, end: 6 });
    }
}
