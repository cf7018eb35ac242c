//! The word-level comparison: align the visible tokens of both texts with `similar`, fold short
//! unchanged islands into the changes around them (readability cleanup), then cut each side into
//! lossless segments.
//!
//! White space is not matched: alignment looks only at words, figures and punctuation, so a
//! re-wrapped line or a doubled space never breaks a match, and the spaces around a change stay
//! outside it (jsdiff's issue #160 is what matching white space as tokens leads to).

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::time::Duration;

use similar::{Algorithm, DiffOp, Instant};

use crate::align;
use crate::model::{Change, ChangeKind, Comparison, Op, Segment, Side, Span, Stats};
use crate::normalize;
use crate::options::CompareOptions;
use crate::tokenize::{tokenize, Token, TokenKind};

/// One side's visible tokens (white space dropped) and their match keys.
pub(crate) struct Tokens<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Token>,
    keys: Vec<u32>,
}

impl Tokens<'_> {
    /// The white space before visible token `i` (`i == len` gives the trailing white space).
    pub(crate) fn gap_before(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.toks[i - 1].end };
        let end = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        &self.text[start..end]
    }

    /// Byte offset where visible token `i` starts (`i == len` gives the text length).
    pub(crate) fn start_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }
}

/// Assigns one small integer per distinct key, so the diff compares integers, not strings.
#[derive(Default)]
struct Interner<'a> {
    ids: HashMap<Cow<'a, str>, u32>,
}

impl<'a> Interner<'a> {
    fn read(&mut self, text: &'a str, opts: &CompareOptions) -> Tokens<'a> {
        let toks: Vec<Token> = tokenize(text)
            .into_iter()
            .filter(|t| t.kind != TokenKind::Space)
            .collect();
        let keys = toks
            .iter()
            .map(|t| {
                let next = self.ids.len() as u32;
                *self
                    .ids
                    .entry(normalize::key(t.text(text), opts))
                    .or_insert(next)
            })
            .collect();
        Tokens { text, toks, keys }
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

/// Compares two texts. See [`crate::compare`].
pub fn compare<'a>(old: &'a str, new: &'a str, opts: &CompareOptions) -> Comparison<'a> {
    let mut interner = Interner::default();
    let a = interner.read(old, opts);
    let b = interner.read(new, opts);
    drop(interner);

    let deadline = opts
        .get_timeout_ms()
        .map(|ms| Instant::now() + Duration::from_millis(ms.into()));
    let ops =
        similar::capture_diff_slices_deadline(Algorithm::Patience, &a.keys, &b.keys, deadline);
    let approximate = deadline.is_some_and(|d| Instant::now() > d);

    let mut runs = to_runs(&ops);
    if opts.is_cleanup() {
        runs = fold_islands(runs, &a, &b);
    }
    assemble(&a, &b, &runs, approximate)
}

/// Merges similar's ops into alternating equal and change runs.
fn to_runs(ops: &[DiffOp]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::with_capacity(ops.len());
    for op in ops {
        let (old, new) = (op.old_range(), op.new_range());
        if let DiffOp::Equal { .. } = op {
            runs.push(Run::Equal { old, new });
        } else if let Some(Run::Change { old: o, new: n }) = runs.last_mut() {
            o.end = old.end;
            n.end = new.end;
        } else {
            runs.push(Run::Change { old, new });
        }
    }
    runs
}

/// Readability cleanup: an unchanged island between two changes is folded into them when it is
/// no longer (in characters) than the larger side of the change before it and of the change
/// after it — diff-match-patch's semantic rule, applied to whole tokens, so boundaries are
/// Unicode word boundaries in any script. Islands that cross a paragraph break stay, and so do
/// islands next to a change of figures: each changed amount or date is a fact of its own.
fn fold_islands(runs: Vec<Run>, a: &Tokens, b: &Tokens) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for run in runs {
        out.push(run);
        // A fold makes the change before bigger, which can make the island before it foldable.
        while let [.., Run::Change { old: o1, new: n1 }, Run::Equal { old: oe, new: ne }, Run::Change { old: o2, new: n2 }] =
            out.as_slice()
        {
            let island = chars(a, oe.clone());
            let before = chars(a, o1.clone()).max(chars(b, n1.clone()));
            let after = chars(a, o2.clone()).max(chars(b, n2.clone()));
            if island > before
                || island > after
                || classify(a, o1.clone(), b, n1.clone()) == ChangeKind::Number
                || classify(a, o2.clone(), b, n2.clone()) == ChangeKind::Number
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
            out.push(merged);
        }
    }
    out
}

/// Characters in a range of visible tokens (white space not counted).
fn chars(side: &Tokens, range: Range<usize>) -> usize {
    side.toks[range]
        .iter()
        .map(|t| t.text(side.text).chars().count())
        .sum()
}

/// Whether the white space before token `from` … before token `to` (inclusive) holds a
/// paragraph break (a blank line or U+2029).
fn crosses_paragraph(side: &Tokens, from: usize, to: usize) -> bool {
    (from..=to).any(|i| is_paragraph_break(side.gap_before(i)))
}

fn is_paragraph_break(gap: &str) -> bool {
    let mut breaks = 0;
    let mut prev_cr = false;
    for c in gap.chars() {
        match c {
            '\u{2029}' => return true,
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{2028}' | '\u{000B}' | '\u{000C}' | '\u{0085}' => breaks += 1,
            _ => {}
        }
        prev_cr = c == '\r';
    }
    breaks >= 2
}

/// Cuts both sides into segments and builds changes and stats from the runs.
fn assemble<'a>(a: &Tokens<'a>, b: &Tokens<'a>, runs: &[Run], approximate: bool) -> Comparison<'a> {
    let mut old = SideBuilder::new(a);
    let mut new = SideBuilder::new(b);
    let mut changes = Vec::new();
    let mut equal_tokens = 0usize;
    let mut stats = Stats {
        words_unchanged: 0,
        words_deleted: 0,
        words_inserted: 0,
        changes: 0,
        similarity: 1.0,
    };
    for run in runs {
        match run {
            Run::Equal { old: o, .. } => {
                equal_tokens += o.len();
                stats.words_unchanged += count_words(a, o.clone());
            }
            Run::Change { old: o, new: n } => {
                let id = changes.len() as u32;
                stats.words_deleted += count_words(a, o.clone());
                stats.words_inserted += count_words(b, n.clone());
                changes.push(Change {
                    id,
                    kind: classify(a, o.clone(), b, n.clone()),
                    old: old.change(o.clone(), Op::Delete, id),
                    new: new.change(n.clone(), Op::Insert, id),
                });
            }
        }
    }
    let total = a.toks.len() + b.toks.len();
    if total > 0 {
        stats.similarity = (2 * equal_tokens) as f64 / total as f64;
    }
    stats.changes = changes.len() as u32;
    Comparison {
        old: old.finish(),
        new: new.finish(),
        changes,
        rows: align::rows(a, b, runs),
        stats,
        approximate,
    }
}

fn count_words(side: &Tokens, range: Range<usize>) -> u32 {
    side.toks[range].iter().filter(|t| t.is_wordlike()).count() as u32
}

fn classify(a: &Tokens, o: Range<usize>, b: &Tokens, n: Range<usize>) -> ChangeKind {
    let changed = || a.toks[o.clone()].iter().chain(&b.toks[n.clone()]);
    if changed().all(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Symbol)) {
        ChangeKind::Punctuation
    } else if changed().all(|t| t.kind != TokenKind::Word)
        && changed().any(|t| t.kind == TokenKind::Number)
    {
        ChangeKind::Number
    } else {
        ChangeKind::Wording
    }
}

/// Builds one side's segments in order, tracking UTF-16 offsets as it goes.
struct SideBuilder<'s, 'a> {
    side: &'s Tokens<'a>,
    segments: Vec<Segment<'a>>,
    /// Byte offset up to which segments have been emitted.
    cursor: usize,
    /// UTF-16 offset of `cursor`.
    cursor16: u32,
}

impl<'s, 'a> SideBuilder<'s, 'a> {
    fn new(side: &'s Tokens<'a>) -> Self {
        Self {
            side,
            segments: Vec::new(),
            cursor: 0,
            cursor16: 0,
        }
    }

    /// Emits the equal text up to `byte` (if any) and returns the UTF-16 offset of `byte`.
    fn equal_until(&mut self, byte: usize) -> u32 {
        if byte > self.cursor {
            let text = &self.side.text[self.cursor..byte];
            self.cursor16 += utf16_len(text);
            self.cursor = byte;
            self.segments.push(Segment {
                text,
                op: Op::Equal,
                change: None,
            });
        }
        self.cursor16
    }

    /// Emits the change covering `range` of this side's tokens and returns its span. An empty
    /// range (nothing on this side) is anchored right after the previous token.
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
        let start16 = self.equal_until(start);
        let text = &self.side.text[start..end];
        self.cursor = end;
        self.cursor16 += utf16_len(text);
        self.segments.push(Segment {
            text,
            op,
            change: Some(id),
        });
        Span {
            start: start16,
            end: self.cursor16,
        }
    }

    fn finish(mut self) -> Side<'a> {
        self.equal_until(self.side.text.len());
        Side {
            segments: self.segments,
        }
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
        let c = compare(old, new, &opts);
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
        assert!(is_paragraph_break("\n\n"));
        assert!(is_paragraph_break(" \r\n \r\n"));
        assert!(is_paragraph_break("\u{2029}"));
        assert!(!is_paragraph_break(" \r\n "));
        assert!(!is_paragraph_break("  "));
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
        let c = compare("the big cat", "the cat", &CompareOptions::new());
        assert_eq!(c.changes.len(), 1);
        assert_eq!(c.changes[0].old, Span { start: 4, end: 7 });
        assert_eq!(c.changes[0].new, Span { start: 3, end: 3 });
        let texts: Vec<_> = c.new.segments.iter().map(|s| s.text).collect();
        assert_eq!(texts, ["the", " cat"]);
    }

    #[test]
    fn utf16_offsets() {
        assert_eq!(utf16_len("a😀б"), 4);
        let c = compare("😀 мир", "😀 мiр", &CompareOptions::new());
        assert_eq!(c.changes[0].old, Span { start: 3, end: 6 });
    }
}
