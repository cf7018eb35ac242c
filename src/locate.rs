//! The quote check, locating: where in the source a piece of a quotation stands. Its rare words
//! vote for an offset (the densest window of votes, and the strongest single offsets where the
//! source repeats itself); it is aligned word by word there ([`patience`]); the span is the run of
//! matches that best outweighs the source words it skips, widened over the piece's unmatched edge
//! words.

use std::ops::Range;

use similar::{DiffOp, Instant};

use crate::model::Span;
use crate::patience;
use crate::sort::sort_u64;
use crate::text::utf16_len;
use crate::tokens::{count_words, Tokens};

/// Words a piece's votes may come from in the first pass: the rarer, the surer.
const RARE: usize = 64;
/// The most votes the fallback pass (common words only) may cast, to stay bounded.
const MAX_VOTES: usize = 200_000;
/// Tokens after the previous piece searched first for the next one.
const NEAR_TOKENS: usize = 400;
/// Offsets are packed with a bias so that negative ones sort first.
const BIAS: i64 = 1 << 31;

/// The source's tokens, where each key stands (grouped by key), and UTF-16 offsets.
pub(crate) struct Index<'a> {
    pub(crate) toks: Tokens<'a>,
    /// `at[starts[k]..starts[k + 1]]`: the token positions of key `k`, in order.
    starts: Vec<u32>,
    at: Vec<u32>,
    /// UTF-16 offset of each visible token's start, and (last) of the text's end.
    utf16: Vec<u32>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(toks: Tokens<'a>) -> Self {
        let n_keys = toks.keys.iter().max().map_or(0, |&k| k as usize + 1);
        let mut starts = vec![0u32; n_keys + 1];
        for &k in &toks.keys {
            starts[k as usize + 1] += 1;
        }
        for k in 0..n_keys {
            starts[k + 1] += starts[k];
        }
        let mut fill = starts.clone();
        let mut at = vec![0u32; toks.keys.len()];
        for (i, &k) in toks.keys.iter().enumerate() {
            at[fill[k as usize] as usize] = i as u32;
            fill[k as usize] += 1;
        }
        let mut utf16 = Vec::with_capacity(toks.toks.len());
        let (mut byte, mut u) = (0, 0);
        for t in &toks.toks {
            u += utf16_len(&toks.text[byte..t.start]);
            byte = t.start;
            utf16.push(u);
        }
        utf16.push(u + utf16_len(&toks.text[byte..]));
        Self {
            toks,
            starts,
            at,
            utf16,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.toks.len()
    }

    /// Where key `k` stands (nothing for a key the source does not hold).
    pub(crate) fn positions(&self, k: u32) -> &[u32] {
        let k = k as usize;
        if k + 1 >= self.starts.len() {
            return &[];
        }
        &self.at[self.starts[k] as usize..self.starts[k + 1] as usize]
    }

    /// The UTF-16 span of visible tokens `r` (empty at the start of `r` when `r` is empty).
    pub(crate) fn span(&self, r: Range<usize>) -> Span {
        let start = self.offset(r.start);
        if r.is_empty() {
            return Span { start, end: start };
        }
        let last = &self.toks.toks[r.end - 1];
        Span {
            start,
            end: self.utf16[r.end - 1] + utf16_len(last.text(self.toks.text)),
        }
    }

    /// The UTF-16 offset where token `i` starts (`i == len`: the text's length).
    pub(crate) fn offset(&self, i: usize) -> u32 {
        self.utf16[i]
    }

    /// Byte range of visible tokens `r` (non-empty).
    pub(crate) fn bytes(&self, r: &Range<usize>) -> Range<usize> {
        self.toks.toks[r.start].start..self.toks.toks[r.end - 1].end
    }

    /// Whether token `i` ends a sentence (. ! ? …).
    pub(crate) fn ends_sentence(&self, i: usize) -> bool {
        matches!(
            self.toks.toks[i].text(self.toks.text),
            "." | "!" | "?" | "…" | "..."
        )
    }
}

/// Where a piece was found: its source token span (edges widened) and its matched words.
#[derive(Clone)]
pub(crate) struct Found {
    pub(crate) src: Range<usize>,
    pub(crate) matched: u32,
    /// The chain's score (see [`best_chain`]): which of two readings is better.
    score: i64,
}

/// Finds pieces of quotations in one source, within the time budget.
pub(crate) struct Locator<'c, 'a> {
    pub(crate) src: &'c Index<'a>,
    pub(crate) deadline: Option<Instant>,
    /// Set when the budget ran out during an alignment.
    pub(crate) approximate: bool,
}

impl Locator<'_, '_> {
    /// Finds a piece in the source: first just after the previous piece (`after`), then anywhere
    /// by its rare words. None when no span holds at least half of its words.
    pub(crate) fn locate(
        &mut self,
        q: &Tokens,
        piece: &Range<usize>,
        after: Option<usize>,
        n_keys: usize,
    ) -> Option<Found> {
        let words = count_words(q, piece.clone());
        let m = piece.len();
        if let Some(p) = after {
            let region = p..(p + (4 * m).max(NEAR_TOKENS)).min(self.src.len());
            if let Some(f) = self.align_in(region, q, piece, n_keys) {
                if f.matched * 5 >= words * 4 || words < 3 {
                    return (f.matched * 2 >= words).then_some(f);
                }
            }
        }
        let (region, modes) = self
            .vote(q, piece, RARE)
            .or_else(|| self.vote(q, piece, usize::MAX))?;
        // The region allows for drift; where the text repeats itself, the piece's length at one
        // strong offset may read better (a repeated phrase matched in one place): the strongest
        // offset of the region, and the strongest three of all (ties between repeats).
        let mut regions = vec![region];
        for mode in modes {
            let tight = mode..(mode + m).min(self.src.len());
            if !regions.contains(&tight) {
                regions.push(tight);
            }
        }
        let mut best: Option<Found> = None;
        for r in regions {
            if let Some(f) = self.align_in(r, q, piece, n_keys) {
                if best.as_ref().is_none_or(|b| f.score > b.score) {
                    best = Some(f);
                }
            }
        }
        best.filter(|f| f.matched * 2 >= words)
    }

    /// The source region a piece most likely stands in: each of its words votes for the offsets
    /// where the source holds it (weighted by rarity); the densest window of offsets wins. Also
    /// gives the strongest single offset in that window and the three strongest of all (where
    /// the piece's first token would stand), for a text that repeats itself.
    fn vote(
        &self,
        q: &Tokens,
        piece: &Range<usize>,
        limit: usize,
    ) -> Option<(Range<usize>, Vec<usize>)> {
        // (offset, weight) packed in a u64 (offset biased by 2³¹ above, weight below) so that
        // one sort serves the crate (crate::sort).
        let mut packed: Vec<u64> = Vec::new();
        for i in piece.clone() {
            if !q.toks[i].is_wordlike() {
                continue;
            }
            let at = self.src.positions(q.keys[i]);
            if at.is_empty() || at.len() > limit {
                continue;
            }
            if packed.len() + at.len() > MAX_VOTES {
                break;
            }
            let weight = (1u64 << 20) / at.len() as u64;
            let offset = (i - piece.start) as i64;
            packed.extend(
                at.iter()
                    .map(|&p| ((i64::from(p) - offset + BIAS) as u64) << 32 | weight),
            );
        }
        if packed.is_empty() {
            return None;
        }
        sort_u64(&mut packed);
        let votes: Vec<(i64, u64)> = packed
            .into_iter()
            .map(|v| ((v >> 32) as i64 - BIAS, v & 0xFFFF_FFFF))
            .collect();
        let m = piece.len() as i64;
        let width = m / 4 + 4;
        let (mut best, mut best_at, mut sum, mut lo) = (0, (0, 0), 0, 0);
        for hi in 0..votes.len() {
            sum += votes[hi].1;
            while votes[hi].0 - votes[lo].0 > width {
                sum -= votes[lo].1;
                lo += 1;
            }
            if sum > best {
                (best, best_at) = (sum, (lo, hi));
            }
        }
        // Offsets by weight: the strongest in the window, then the strongest three of all.
        let mut by_offset: Vec<(i64, u64)> = Vec::new();
        for &(d, w) in &votes {
            match by_offset.last_mut() {
                Some(last) if last.0 == d => last.1 += w,
                _ => by_offset.push((d, w)),
            }
        }
        let (lo, hi) = (votes[best_at.0].0, votes[best_at.1].0);
        let in_window = by_offset
            .iter()
            .filter(|(d, _)| (lo..=hi).contains(d))
            .max_by_key(|&&(d, w)| (w, -d))
            .map(|&(d, _)| d);
        let mut modes: Vec<usize> = in_window.into_iter().map(|d| d.max(0) as usize).collect();
        for _ in 0..3 {
            let Some(k) = (0..by_offset.len()).max_by_key(|&k| (by_offset[k].1, -by_offset[k].0))
            else {
                break;
            };
            modes.push(by_offset[k].0.max(0) as usize);
            by_offset.swap_remove(k);
        }
        let margin = m / 2 + 8;
        let start = (votes[best_at.0].0 - margin).max(0) as usize;
        let end = ((votes[best_at.1].0 + m + margin).max(0) as usize).min(self.src.len());
        (start < end).then_some((start..end, modes))
    }

    /// Aligns a piece with a source region word by word; the span is the run of matches that
    /// best outweighs the source words it skips, widened over the piece's unmatched edge words.
    fn align_in(
        &mut self,
        region: Range<usize>,
        q: &Tokens,
        piece: &Range<usize>,
        n_keys: usize,
    ) -> Option<Found> {
        if region.is_empty() {
            return None;
        }
        let ops = patience::align(
            self.src.toks.keys_of(region.clone()),
            q.keys_of(piece.clone()),
            n_keys,
            self.deadline,
        );
        self.approximate |= self.deadline.is_some_and(|d| Instant::now() > d);
        let blocks: Vec<(Range<usize>, Range<usize>)> = ops
            .iter()
            .filter_map(|op| match *op {
                DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => Some((
                    region.start + old_index..region.start + old_index + len,
                    piece.start + new_index..piece.start + new_index + len,
                )),
                _ => None,
            })
            .collect();
        let (first, last, score) = best_chain(&blocks, q)?;
        let matched = blocks[first..=last]
            .iter()
            .map(|(_, b)| count_words(q, b.clone()))
            .sum();
        if matched == 0 {
            return None;
        }
        let src = self.widen(
            q,
            blocks[first].0.start..blocks[last].0.end,
            blocks[first].1.start..blocks[last].1.end,
            piece,
        );
        Some(Found {
            src,
            matched,
            score,
        })
    }

    /// Widens a source span over the piece's unmatched edge tokens (a changed first or last
    /// word), token for token while the two are of one sort (words with words, marks with
    /// marks: the reporter's own "," does not take in the source's "and"), never across a
    /// sentence's end or a line break.
    fn widen(
        &self,
        q: &Tokens,
        src: Range<usize>,
        matched: Range<usize>,
        piece: &Range<usize>,
    ) -> Range<usize> {
        let same_sort =
            |s: usize, k: usize| self.src.toks.toks[s].is_wordlike() == q.toks[k].is_wordlike();
        let (mut start, mut end) = (src.start, src.end);
        for k in (piece.start..matched.start).rev() {
            if start == 0
                || self.src.ends_sentence(start - 1)
                || self.src.toks.line_break_before(start)
                || !same_sort(start - 1, k)
            {
                break;
            }
            start -= 1;
        }
        for k in matched.end..piece.end {
            if end >= self.src.len() || self.src.toks.line_break_before(end) || !same_sort(end, k) {
                break;
            }
            end += 1;
            if self.src.ends_sentence(end - 1) {
                break;
            }
        }
        start..end
    }
}

/// The run of aligned blocks (first, last) that scores best: +4 per word matched, +1 per other
/// token, −1 per source token skipped beyond those the quotation puts in its place (Kadane): a
/// chance match of a common word a few words away is left out, "We" before a dropped "do not"
/// is kept.
pub(crate) fn best_chain(
    blocks: &[(Range<usize>, Range<usize>)],
    q: &Tokens,
) -> Option<(usize, usize, i64)> {
    let gain = |b: &Range<usize>| -> i64 {
        q.toks[b.clone()]
            .iter()
            .map(|t| if t.is_wordlike() { 4 } else { 1 })
            .sum()
    };
    let (mut best, mut best_at) = (0i64, None);
    let (mut score, mut start) = (0i64, 0);
    for (k, (s, n)) in blocks.iter().enumerate() {
        if k > 0 {
            let (ps, pn) = &blocks[k - 1];
            let excess = (s.start - ps.end).saturating_sub(n.start - pn.end);
            score -= excess as i64;
        }
        if score <= 0 {
            (score, start) = (0, k);
        }
        score += gain(n);
        if score > best {
            (best, best_at) = (score, Some((start, k, score)));
        }
    }
    best_at
}
