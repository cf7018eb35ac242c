//! Stage 10: both sides cut into lossless segments with UTF-16 spans, the changes (edits inside
//! moves included) with their kinds, then the stats as a pass of their own.

use std::ops::Range;

use crate::classify::{self, Judge};
use crate::findings;
use crate::model::{Change, ChangeKind, Comparison, Op, Segment, Side, Span, Stats};
use crate::moves::{holds_move, Move};
use crate::patience;
use crate::rows;
use crate::runs::{to_runs, Run};
use crate::sort::sort_u64;
use crate::text::Utf16At;
use crate::tokens::{count_words, Tokens};

/// What the earlier stages made, for assembling: both texts' tokens, the runs, the moves and
/// which runs are surrounding material.
pub(crate) struct Parts<'p, 'a> {
    pub(crate) a: &'p Tokens<'a>,
    pub(crate) b: &'p Tokens<'a>,
    pub(crate) runs: &'p [Run],
    pub(crate) moves: &'p [Move],
    pub(crate) surrounding: &'p [usize],
    pub(crate) n_keys: usize,
}

/// Cuts both sides into segments and builds changes and stats from the runs. Inside unchanged
/// runs, tokens that matched by key but differ in text (case, typography) and differing white
/// space between matched tokens become minor changes.
pub(crate) fn assemble<'a>(
    parts: &Parts<'_, 'a>,
    judge: &Judge,
    approximate: bool,
) -> Comparison<'a> {
    let Parts {
        a,
        b,
        runs,
        moves,
        surrounding,
        n_keys,
    } = *parts;
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
                &patience::align(
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
    sort_u64(&mut by_new);
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
                            push(&mut changes, classify::classify_gap(ga, gb), so, sn);
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
                        push(&mut changes, classify::classify_matched(xa, xb), so, sn);
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
                    classify::split_pieces(ao, a.text, bo, b.text)
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
        rows: rows::rows(a, b, runs),
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
            let kind = classify::classify_matched(x, y);
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
    moves: &[Move],
    order: &[usize],
    side: fn(&Move) -> &Range<usize>,
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

    fn finish(mut self, findings: Vec<crate::model::Finding>) -> Side<'a> {
        self.equal_until(self.side.text.len());
        Side {
            segments: self.segments,
            findings,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Span;
    use crate::CompareOptions;

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
        let c = crate::compare("😀 мир", "😀 мiр", &CompareOptions::new());
        assert_eq!(c.changes[0].old, Span { start: 3, end: 6 });
    }
}
