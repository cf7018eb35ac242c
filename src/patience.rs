//! Stage 2, the token alignment: recursive Patience anchoring, with similar's Myers between the anchors.
//!
//! Patience (Bram Cohen's, as in git and Bazaar): tokens that occur exactly once in each of the two
//! ranges are matched in the longest order-preserving chain, and each gap between two anchors is
//! aligned the same way, recursively, so a moved or rewritten passage cannot pull the rest of the
//! text out of line. Where a gap has no unique tokens left, similar's Myers aligns it.
//!
//! Common words do not anchor: a token whose key occurs more than [`MAX_ANCHOR_COUNT`] times in
//! either whole text ("the", "и", a comma) is never an anchor even where a gap happens to hold
//! it once, so two unrelated sentences are never tied together by their only "a".
//!
//! (This replaces `similar::algorithms::patience`, which does not recurse and whose generic
//! layering linked six copies of Myers into the wasm; calling Myers with one hook type links two.)

use std::ops::Range;

use similar::algorithms::{myers, Capture, Compact, DiffHook, NoFinishHook};
use similar::{DiffOp, Instant};

/// A key occurring more often than this in either whole text is a common word, never an anchor.
const MAX_ANCHOR_COUNT: u32 = 2;
/// Gaps smaller than this (tokens on each side) go straight to Myers: anchoring gains nothing.
const MIN_ANCHOR_GAP: usize = 8;
/// Bounds the recursion; deeper gaps are aligned by Myers.
const MAX_DEPTH: u32 = 24;
/// Gaps this large (tokens on each side) without unique words are brought back in step
/// ([`Aligner::resync`]) instead of being given to Myers.
const MIN_RESYNC_GAP: usize = 4096;
/// Tokens that must agree for [`Aligner::resync`] to be back in step…
const RESYNC_RUN: usize = 8;
/// …found within this many tokens on each side of a difference.
const RESYNC_WINDOW: usize = 32;

/// Aligns two key sequences (keys are dense ids `0..n_keys`). The ops are compacted so that
/// changes start and end at the most natural places (similar's `Compact`).
#[inline(never)]
pub(crate) fn align(
    old: &[u32],
    new: &[u32],
    n_keys: usize,
    deadline: Option<Instant>,
) -> Vec<DiffOp> {
    let mut aligner = Aligner::new(old, new, n_keys, deadline);
    aligner.run(0..old.len(), 0..new.len(), 0);
    let Ok(()) = aligner.hook.finish();
    aligner.hook.into_inner().into_ops()
}

/// Per-key counts inside the current pair of ranges (valid when `stamp` is the current one).
#[derive(Clone, Copy)]
struct Slot {
    stamp: u32,
    in_a: u32,
    in_b: u32,
    pos_a: u32,
    pos_b: u32,
    common: bool,
}

struct Aligner<'k> {
    a: &'k [u32],
    b: &'k [u32],
    deadline: Option<Instant>,
    hook: Compact<'k, 'k, [u32], [u32], Capture>,
    slots: Vec<Slot>,
    stamp: u32,
}

impl<'k> Aligner<'k> {
    fn new(a: &'k [u32], b: &'k [u32], n_keys: usize, deadline: Option<Instant>) -> Self {
        let mut total = vec![[0u32; 2]; n_keys];
        for &k in a {
            total[k as usize][0] += 1;
        }
        for &k in b {
            total[k as usize][1] += 1;
        }
        let slots = total
            .into_iter()
            .map(|[ta, tb]| Slot {
                stamp: 0,
                in_a: 0,
                in_b: 0,
                pos_a: 0,
                pos_b: 0,
                common: ta > MAX_ANCHOR_COUNT || tb > MAX_ANCHOR_COUNT,
            })
            .collect();
        Self {
            a,
            b,
            deadline,
            hook: Compact::new(Capture::new(), a, b),
            slots,
            stamp: 0,
        }
    }

    fn run(&mut self, mut ar: Range<usize>, mut br: Range<usize>, depth: u32) {
        let (a, b) = (self.a, self.b);
        let head = a[ar.clone()]
            .iter()
            .zip(&b[br.clone()])
            .take_while(|(x, y)| x == y)
            .count();
        if head > 0 {
            self.equal(ar.start, br.start, head);
            ar.start += head;
            br.start += head;
        }
        let tail = a[ar.clone()]
            .iter()
            .rev()
            .zip(b[br.clone()].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        ar.end -= tail;
        br.end -= tail;
        if ar.is_empty() || br.is_empty() {
            if !ar.is_empty() {
                let Ok(()) = self.hook.delete(ar.start, ar.len(), br.start);
            } else if !br.is_empty() {
                let Ok(()) = self.hook.insert(ar.start, br.start, br.len());
            }
        } else if !self.anchor(ar.clone(), br.clone(), depth) {
            let small = ar.len() <= MIN_UNRELATED_GAP && br.len() <= MIN_UNRELATED_GAP;
            if unrelated(&a[ar.clone()], &b[br.clone()]) {
                // Nothing in common worth aligning: one replacement (Myers would only find
                // chance matches of common words, which the cleanup folds away again).
                let Ok(()) = self.hook.delete(ar.start, ar.len(), br.start);
                let Ok(()) = self.hook.insert(ar.end, br.start, br.len());
            } else if !self.resync(ar.clone(), br.clone(), depth) {
                // A small gap is aligned exactly even after the budget ran out (its cost is
                // bounded), so an approximate result still shows each edit as it is.
                let Ok(()) = myers::diff_deadline(
                    &mut NoFinishHook::new(&mut self.hook),
                    a,
                    ar.clone(),
                    b,
                    br.clone(),
                    if small { None } else { self.deadline },
                );
            }
        }
        if tail > 0 {
            self.equal(ar.end, br.end, tail);
        }
    }

    /// The last resort for a huge related gap where no word is unique (a text that repeats
    /// itself): both sides read in step, and after each difference they are brought back in
    /// step at the nearest place where [`RESYNC_RUN`] tokens agree again (within
    /// [`RESYNC_WINDOW`] tokens on each side). Linear for light edits, where Myers, whose cost
    /// grows with the gap times its edits, would spend the time budget and give the whole gap up
    /// as one replacement. False for gaps below [`MIN_RESYNC_GAP`] and at the recursion's depth
    /// bound (what is left out of step is aligned there once, by the usual means).
    fn resync(&mut self, ar: Range<usize>, br: Range<usize>, depth: u32) -> bool {
        if depth >= MAX_DEPTH || ar.len() < MIN_RESYNC_GAP || br.len() < MIN_RESYNC_GAP {
            return false;
        }
        let (a, b) = (self.a, self.b);
        let agree = |i: usize, j: usize| {
            i + RESYNC_RUN <= ar.end
                && j + RESYNC_RUN <= br.end
                && a[i..i + RESYNC_RUN] == b[j..j + RESYNC_RUN]
        };
        let (mut i, mut j) = (ar.start, br.start);
        while i < ar.end && j < br.end {
            let same = a[i..ar.end]
                .iter()
                .zip(&b[j..br.end])
                .take_while(|(x, y)| x == y)
                .count();
            if same > 0 {
                self.equal(i, j, same);
                (i, j) = (i + same, j + same);
                continue;
            }
            // The nearest point back in step: fewest tokens skipped on both sides together.
            let back = (1..=2 * RESYNC_WINDOW).find_map(|d| {
                (d.saturating_sub(RESYNC_WINDOW)..=d.min(RESYNC_WINDOW))
                    .map(|di| (i + di, j + d - di))
                    .find(|&(x, y)| agree(x, y))
            });
            let Some((x, y)) = back else {
                break; // out of step for good: the rest is one replacement
            };
            self.run(i..x, j..y, depth + 1);
            (i, j) = (x, y);
        }
        if i < ar.end || j < br.end {
            self.run(i..ar.end, j..br.end, MAX_DEPTH);
        }
        true
    }

    fn equal(&mut self, i: usize, j: usize, len: usize) {
        let Ok(()) = self.hook.equal(i, j, len);
    }

    /// Aligns the ranges on their unique tokens, recursing into the gaps; false when there is
    /// nothing to anchor on (the caller falls back to Myers).
    fn anchor(&mut self, ar: Range<usize>, br: Range<usize>, depth: u32) -> bool {
        // No deadline here: anchoring on unique words is linear per level of the recursion, so
        // it goes on after the time budget ran out, and an approximate result keeps every
        // stretch it can tie down (only the gaps left for Myers are given up as replacements).
        if depth >= MAX_DEPTH || ar.len() < MIN_ANCHOR_GAP && br.len() < MIN_ANCHOR_GAP {
            return false;
        }
        self.stamp += 1;
        let stamp = self.stamp;
        for i in ar.clone() {
            let s = &mut self.slots[self.a[i] as usize];
            if s.common {
                continue;
            }
            if s.stamp != stamp {
                (s.stamp, s.in_a, s.in_b) = (stamp, 0, 0);
            }
            s.in_a += 1;
            s.pos_a = i as u32;
        }
        for j in br.clone() {
            let s = &mut self.slots[self.b[j] as usize];
            if s.stamp == stamp {
                s.in_b += 1;
                s.pos_b = j as u32;
            }
        }
        // Unique pairs in the order of the old side; the chain keeps those in order on both.
        let pairs: Vec<(u32, u32)> = ar
            .clone()
            .filter_map(|i| {
                let s = &self.slots[self.a[i] as usize];
                (s.stamp == stamp && s.in_a == 1 && s.in_b == 1).then_some((s.pos_a, s.pos_b))
            })
            .collect();
        if pairs.is_empty() {
            return false;
        }
        let (mut i, mut j) = (ar.start, br.start);
        for (x, y) in longest_chain(&pairs) {
            let (x, y) = (x as usize, y as usize);
            self.run(i..x, j..y, depth + 1);
            self.equal(x, y, 1);
            (i, j) = (x + 1, y + 1);
        }
        self.run(i..ar.end, j..br.end, depth + 1);
        true
    }
}

/// Gaps smaller than this (tokens on either side) are always aligned by Myers.
const MIN_UNRELATED_GAP: usize = 64;
/// Share of word pairs (bigrams of keys) that a large gap must share with its counterpart to be
/// aligned word by word.
const MIN_SHARED_PAIRS: f64 = 0.1;

/// Whether two large ranges without an anchor are unrelated text: fewer than
/// [`MIN_SHARED_PAIRS`] of the old range's consecutive key pairs occur in the new range.
/// Rewritten or repeated passages share many pairs ("personal data", a duplicated paragraph);
/// unrelated ones only a few ("of the", ", and").
fn unrelated(a: &[u32], b: &[u32]) -> bool {
    if a.len() < MIN_UNRELATED_GAP || b.len() < MIN_UNRELATED_GAP {
        return false;
    }
    let pair = |w: &[u32]| u64::from(w[0]) << 32 | u64::from(w[1]);
    let mut in_b: Vec<u64> = b.windows(2).map(pair).collect();
    crate::sort::sort_u64(&mut in_b);
    let shared = a
        .windows(2)
        .filter(|w| in_b.binary_search(&pair(w)).is_ok())
        .count();
    (shared as f64) < MIN_SHARED_PAIRS * (a.len() - 1) as f64
}

/// The longest subsequence of `pairs` (increasing in `.0`) that is also increasing in `.1`
/// (patience sorting, O(n log n)).
fn longest_chain(pairs: &[(u32, u32)]) -> Vec<(u32, u32)> {
    // tops[k]: index in `pairs` of the smallest last element of a chain of length k + 1.
    let mut tops: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = vec![usize::MAX; pairs.len()];
    for (n, &(_, y)) in pairs.iter().enumerate() {
        let k = tops.partition_point(|&t| pairs[t].1 < y);
        if k > 0 {
            prev[n] = tops[k - 1];
        }
        if k == tops.len() {
            tops.push(n);
        } else {
            tops[k] = n;
        }
    }
    let mut chain = Vec::with_capacity(tops.len());
    let mut at = tops.last().copied().unwrap_or(usize::MAX);
    while at != usize::MAX {
        chain.push(pairs[at]);
        at = prev[at];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_text_without_unique_words_keeps_its_edits_after_the_deadline() {
        // 12,000 tokens cycling through 50 keys: nothing is unique, at any length of run; every
        // 97th token is replaced by a key of its own.
        let old: Vec<u32> = (0..12_000u32).map(|i| i % 50).collect();
        let mut new = old.clone();
        let edits: Vec<usize> = (0..new.len()).step_by(97).skip(1).collect();
        for &i in &edits {
            new[i] = 1000 + i as u32;
        }
        let n = 1000 + new.len();
        // Already past the deadline: the result is approximate, but each edit is its own change.
        let expired = Some(Instant::now());
        for deadline in [expired, None] {
            let ops = align(&old, &new, n, deadline);
            let changed: Vec<usize> = ops
                .iter()
                .filter_map(|op| match *op {
                    DiffOp::Replace {
                        old_index,
                        old_len: 1,
                        new_len: 1,
                        ..
                    }
                    | DiffOp::Delete {
                        old_index,
                        old_len: 1,
                        ..
                    } => Some(old_index),
                    DiffOp::Equal { .. } | DiffOp::Insert { new_len: 1, .. } => None,
                    ref other => panic!("{other:?}"),
                })
                .collect();
            assert_eq!(changed, edits, "{deadline:?}");
        }
    }

    fn script(old: &[u32], new: &[u32]) -> Vec<(char, usize)> {
        let n = old.iter().chain(new).max().map_or(0, |&m| m as usize + 1);
        let mut out: Vec<(char, usize)> = Vec::new();
        for step in align(old, new, n, None).iter().map(|op| match *op {
            DiffOp::Equal { len, .. } => ('=', len),
            DiffOp::Delete { old_len, .. } => ('-', old_len),
            DiffOp::Insert { new_len, .. } => ('+', new_len),
            DiffOp::Replace {
                old_len, new_len, ..
            } => ('~', old_len.max(new_len)),
        }) {
            match out.last_mut() {
                Some(last) if last.0 == step.0 => last.1 += step.1,
                _ => out.push(step),
            }
        }
        out
    }

    fn covers(old: &[u32], new: &[u32]) {
        let n = old.iter().chain(new).max().map_or(0, |&m| m as usize + 1);
        let ops = align(old, new, n, None);
        let (mut i, mut j) = (0, 0);
        for op in &ops {
            assert_eq!((op.old_range().start, op.new_range().start), (i, j));
            if let DiffOp::Equal { .. } = op {
                assert_eq!(old[op.old_range()], new[op.new_range()]);
            }
            (i, j) = (op.old_range().end, op.new_range().end);
        }
        assert_eq!((i, j), (old.len(), new.len()));
    }

    #[test]
    fn chain_is_longest_and_ordered() {
        let pairs = [(0, 5), (1, 1), (2, 2), (3, 9), (4, 3), (5, 4)];
        assert_eq!(
            longest_chain(&pairs),
            [(1, 1), (2, 2), (4, 3), (5, 4)].to_vec()
        );
        assert!(longest_chain(&[]).is_empty());
    }

    #[test]
    fn ops_cover_both_sides() {
        covers(&[], &[]);
        covers(&[1, 2, 3], &[]);
        covers(&[], &[1]);
        covers(
            &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
            &[10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
        );
        covers(
            &[0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7],
            &[0, 7, 0, 6, 0, 5, 1, 2, 3, 0, 4, 0],
        );
    }

    #[test]
    fn unique_tokens_anchor_a_moved_block_out_of_the_way() {
        // 10..19 moved from the start to the end; 30..37 stays and anchors.
        let old: Vec<u32> = (10..20).chain(30..38).collect();
        let new: Vec<u32> = (30..38).chain(10..20).collect();
        // The longer run (10..20) wins; the other is deleted and inserted.
        assert_eq!(script(&old, &new), [('+', 8), ('=', 10), ('-', 8)]);
    }

    #[test]
    fn common_words_do_not_anchor() {
        // Key 1 ("the") occurs three times in each text. In the gaps 3..11 / 3..11 it occurs
        // once on each side, but it is still a common word: no anchor there, Myers decides.
        let old = [1, 7, 1, 2, 3, 4, 5, 1, 6, 8, 9, 40];
        let new = [1, 7, 1, 12, 13, 14, 15, 16, 17, 1, 18, 40];
        let mut aligner = Aligner::new(&old, &new, 41, None);
        assert!(!aligner.anchor(3..11, 3..11, 1));
        // The same gap with a rare shared word (9) anchors.
        let new_rare = [1, 7, 1, 12, 13, 14, 15, 16, 17, 1, 9, 40];
        let mut aligner = Aligner::new(&old, &new_rare, 41, None);
        assert!(aligner.anchor(3..11, 3..11, 1));
    }

    #[test]
    fn unrelated_gaps_are_replaced_related_ones_aligned() {
        // Two "texts" of 100 tokens that share only a common word (1) and a comma (2) here and
        // there: unrelated, one replacement.
        let old: Vec<u32> = (0..100)
            .map(|i| {
                if i % 5 == 0 {
                    1
                } else if i % 7 == 0 {
                    2
                } else {
                    100 + i
                }
            })
            .collect();
        let new: Vec<u32> = (0..100)
            .map(|i| {
                if i % 5 == 0 {
                    1
                } else if i % 7 == 0 {
                    2
                } else {
                    300 + i
                }
            })
            .collect();
        assert!(unrelated(&old, &new));
        // (The first token, a shared common word, is a common prefix.)
        assert_eq!(script(&old, &new), [('=', 1), ('-', 99), ('+', 99)]);
        // The same passage with every fourth token rewritten shares most pairs: aligned.
        let edited: Vec<u32> = old
            .iter()
            .enumerate()
            .map(|(i, &k)| if i % 4 == 3 { 500 + i as u32 } else { k })
            .collect();
        assert!(!unrelated(&old, &edited));
        assert!(script(&old, &edited).iter().filter(|s| s.0 == '=').count() > 10);
        // Small gaps are always aligned.
        assert!(!unrelated(&old[..40], &new[..40]));
    }
}
