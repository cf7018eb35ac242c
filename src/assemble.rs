//! Stage 9: both sides cut into lossless segments with UTF-16 spans, the changes (edits inside
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
use crate::tokenize::TokenKind;
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

/// Which text a side of the work is about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Old,
    New,
}

impl Which {
    fn other(self) -> Which {
        match self {
            Which::Old => Which::New,
            Which::New => Which::Old,
        }
    }

    /// The op of text only this side has.
    fn op(self) -> Op {
        match self {
            Which::Old => Op::Delete,
            Which::New => Op::Insert,
        }
    }

    /// A move's token range on this side.
    fn of(self, m: &Move) -> &Range<usize> {
        match self {
            Which::Old => &m.old,
            Which::New => &m.new,
        }
    }

    fn span(self, change: &mut Change) -> &mut Span {
        match self {
            Which::Old => &mut change.old,
            Which::New => &mut change.new,
        }
    }

    /// `(old, new)` from this side's value and the other side's.
    fn pair<T>(self, mine: T, other: T) -> (T, T) {
        match self {
            Which::Old => (mine, other),
            Which::New => (other, mine),
        }
    }
}

/// Word and token tallies gathered while the runs are read (the change counts come after, from
/// the changes themselves: [`count_changes`]).
#[derive(Default)]
struct Tally {
    /// Tokens matched (unchanged, moved, or changed only in a minor way).
    equal_tokens: usize,
    /// Tokens of surrounding material (left out of the shared part's similarity).
    outside: usize,
    words_unchanged: u32,
    words_moved: u32,
    /// Words only in the old / the new text, outside surrounding material.
    words_only: [u32; 2],
    /// Words of surrounding material only in the old / the new text.
    surrounding_words: [u32; 2],
}

/// The assembly in progress: both sides' segments, the changes so far, the tallies, and each
/// move's own alignment.
struct Assembler<'p, 'a> {
    parts: &'p Parts<'p, 'a>,
    judge: &'p Judge<'p>,
    sides: [SideBuilder<'p, 'a>; 2],
    changes: Vec<Change>,
    tally: Tally,
    moved: Vec<MoveState>,
    /// The moves in reading order of each side.
    order: [Vec<usize>; 2],
}

/// Cuts both sides into segments and builds changes and stats from the runs. Inside unchanged
/// runs, tokens that matched by key but differ in text (case, typography) and differing white
/// space between matched tokens become minor changes.
pub(crate) fn assemble<'a>(
    parts: &Parts<'_, 'a>,
    judge: &Judge,
    approximate: bool,
) -> Comparison<'a> {
    let mut asm = Assembler::new(parts, judge);
    for (k, run) in parts.runs.iter().enumerate() {
        match run {
            Run::Change { old, new } if parts.surrounding.contains(&k) => asm.surrounding(old, new),
            Run::Equal { old, new } => asm.equal(old, new),
            Run::Change { old, new } if holds_move(parts.moves, old, new) => {
                // Its old pieces first (moved out, or deleted), then its new pieces (moved in, or
                // inserted), so both sides stay in order.
                asm.with_moves(Which::Old, old.clone(), new.start..new.start);
                asm.with_moves(Which::New, new.clone(), old.end..old.end);
            }
            Run::Change { old, new } => asm.change(old, new),
        }
    }
    asm.finish(approximate)
}

/// Whether word `i` of `side` is set in capitals next to another word in capitals (the nearest
/// word before or after it within `run`): a heading or emphasis, not an abbreviation.
#[inline(never)]
fn in_heading(side: &Tokens, run: &Range<usize>, i: usize) -> bool {
    let word = |k: usize| side.toks[k].kind == TokenKind::Word;
    let caps = |k: usize| word(k) && classify::all_capitals(side.toks[k].text(side.text));
    if !caps(i) {
        return false;
    }
    let before = (run.start..i).rev().find(|&k| word(k));
    let after = (i + 1..run.end).find(|&k| word(k));
    before.is_some_and(caps) || after.is_some_and(caps)
}

impl<'p, 'a> Assembler<'p, 'a> {
    fn new(parts: &'p Parts<'p, 'a>, judge: &'p Judge<'p>) -> Self {
        let (a, b) = (parts.a, parts.b);
        // Each move's own word alignment (a moved line may be edited too); ids are given when
        // the reading reaches either end of the move.
        let moved = parts
            .moves
            .iter()
            .map(|m| MoveState {
                ops: to_runs(
                    &patience::align(
                        a.keys_of(m.old.clone()),
                        b.keys_of(m.new.clone()),
                        parts.n_keys,
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
        let mut by_new: Vec<u64> = parts
            .moves
            .iter()
            .enumerate()
            .map(|(k, m)| (m.new.start as u64) << 32 | k as u64)
            .collect();
        sort_u64(&mut by_new);
        let by_new = by_new.into_iter().map(|p| (p & 0xffff_ffff) as usize);
        Assembler {
            parts,
            judge,
            sides: [SideBuilder::new(a), SideBuilder::new(b)],
            changes: Vec::new(),
            tally: Tally::default(),
            moved,
            order: [(0..parts.moves.len()).collect(), by_new.collect()],
        }
    }

    fn tokens(&self, which: Which) -> &'p Tokens<'a> {
        match which {
            Which::Old => self.parts.a,
            Which::New => self.parts.b,
        }
    }

    /// A new change of `kind` over old tokens `o` and new tokens `n`.
    fn push(&mut self, kind: ChangeKind, o: Range<usize>, n: Range<usize>) {
        let id = self.changes.len() as u32;
        let old = self.sides[0].change(o, Op::Delete, id);
        let new = self.sides[1].change(n, Op::Insert, id);
        self.push_spans(kind, old, new);
    }

    fn push_spans(&mut self, kind: ChangeKind, old: Span, new: Span) {
        self.changes.push(Change {
            id: self.changes.len() as u32,
            kind,
            minor: kind.is_minor(),
            old,
            new,
            pair: None,
            within: None,
        });
    }

    /// A block of page furniture: one change, what only the old text has there and only the new.
    fn surrounding(&mut self, o: &Range<usize>, n: &Range<usize>) {
        let (a, b) = (self.parts.a, self.parts.b);
        self.tally.outside += o.len() + n.len();
        self.tally.surrounding_words[0] += count_words(a, o.clone());
        self.tally.surrounding_words[1] += count_words(b, n.clone());
        self.push(ChangeKind::Surrounding, o.clone(), n.clone());
    }

    /// An unchanged run: minor changes where matched tokens or the white space between them are
    /// written differently.
    fn equal(&mut self, o: &Range<usize>, n: &Range<usize>) {
        let (a, b) = (self.parts.a, self.parts.b);
        self.tally.equal_tokens += o.len();
        self.tally.words_unchanged += count_words(a, o.clone());
        // Written the same byte for byte (the common case): nothing minor inside.
        let span = |side: &Tokens<'a>, r: &Range<usize>| -> &'a str {
            r.clone().last().map_or("", |last| {
                &side.text[side.toks[r.start].start..side.toks[last].end]
            })
        };
        if span(a, o) == span(b, n) {
            return;
        }
        for k in 0..o.len() {
            let (i, j) = (o.start + k, n.start + k);
            if k > 0 {
                let (ga, gb) = (a.gap_before(i), b.gap_before(j));
                if ga != gb {
                    let id = self.changes.len() as u32;
                    let so =
                        self.sides[0].bytes(a.toks[i - 1].end, a.toks[i].start, Op::Delete, id);
                    let sn =
                        self.sides[1].bytes(b.toks[j - 1].end, b.toks[j].start, Op::Insert, id);
                    self.push_spans(classify::classify_gap(ga, gb), so, sn);
                }
            }
            let (ta, tb) = (a.toks[i], b.toks[j]);
            let (xa, xb) = (ta.text(a.text), tb.text(b.text));
            if xa != xb {
                let heading = in_heading(a, o, i) || in_heading(b, n, j);
                let id = self.changes.len() as u32;
                let so = self.sides[0].bytes(ta.start, ta.end, Op::Delete, id);
                let sn = self.sides[1].bytes(tb.start, tb.end, Op::Insert, id);
                self.push_spans(classify::classify_matched(xa, xb, heading), so, sn);
            }
        }
    }

    /// One side of a change that holds moved lines: the moved lines (halves of moves, with the
    /// edits inside them) and what lies between (only this side has it), each anchored on the
    /// other side at `anchor`.
    fn with_moves(&mut self, which: Which, range: Range<usize>, anchor: Range<usize>) {
        let moves = self.parts.moves;
        for (piece, m) in cut_at_moves(range, moves, &self.order[which as usize], which) {
            match m {
                None => {
                    self.tally.words_only[which as usize] +=
                        count_words(self.tokens(which), piece.clone());
                    let (o, n) = which.pair(piece, anchor.clone());
                    let kind = self
                        .judge
                        .kind_of(self.parts.a, o.clone(), self.parts.b, n.clone());
                    self.push(kind, o, n);
                }
                Some(m) => self.moved_half(which, m, anchor.clone()),
            }
        }
    }

    /// Where move `m` was (`Which::Old`) or is (`Which::New`): the half's span covers the whole
    /// line, whose pieces belong to the move or to the edits inside it.
    fn moved_half(&mut self, which: Which, m: usize, anchor: Range<usize>) {
        let out = which == Which::Old;
        let half = self.moved[m].half(&mut self.changes, out);
        let pieces = self.moved[m].pieces(&mut self.changes, half, out);
        let side = self.tokens(which);
        for (r, _, kept) in &pieces {
            let words = count_words(side, r.clone());
            if *kept == Kept::No {
                self.tally.words_only[which as usize] += words;
            } else if out {
                // Counted once, where the line was.
                self.tally.words_moved += words;
                self.tally.equal_tokens += r.len();
            }
        }
        let (spans, span) = self.sides[which as usize].moved_line(&pieces, which.op());
        for ((_, id, kept), sp) in pieces.iter().zip(spans) {
            if *kept != Kept::Yes {
                *which.span(&mut self.changes[*id as usize]) = sp;
            }
        }
        *which.span(&mut self.changes[half as usize]) = span;
        let other = which.other();
        let there = self.sides[other as usize].change(anchor, other.op(), half);
        *other.span(&mut self.changes[half as usize]) = there;
    }

    /// A replaced, added or removed stretch; a split or joined word is cut into the pieces that
    /// read the same on both sides, each with its own kind.
    fn change(&mut self, o: &Range<usize>, n: &Range<usize>) {
        let (a, b) = (self.parts.a, self.parts.b);
        let kind = self.judge.kind_of(a, o.clone(), b, n.clone());
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
                self.tally.equal_tokens += o.len();
                self.tally.words_unchanged += wa;
                continue;
            }
            let kind = if kind == ChangeKind::Split {
                self.judge.kind_of(a, o.clone(), b, n.clone())
            } else {
                kind
            };
            if kind.is_minor() {
                // "th at" → "that": the same words, written differently.
                self.tally.equal_tokens += o.len().min(n.len());
                self.tally.words_unchanged += wa.min(wb);
            } else {
                self.tally.words_only[0] += wa;
                self.tally.words_only[1] += wb;
            }
            self.push(kind, o, n);
        }
    }

    /// Links the moves, counts, and hands over the result.
    fn finish(mut self, approximate: bool) -> Comparison<'a> {
        let (a, b) = (self.parts.a, self.parts.b);
        for m in &self.moved {
            m.link(&mut self.changes);
        }
        let stats = stats(&self.tally, a.toks.len() + b.toks.len(), &self.changes);
        let [old, new] = self.sides;
        Comparison {
            old: old.finish(findings::scan(a.text, &a.toks)),
            new: new.finish(findings::scan(b.text, &b.toks)),
            changes: self.changes,
            rows: rows::rows(a, b, self.parts.runs),
            stats,
            approximate,
            word_lists_needed: self.judge.needed(),
        }
    }
}

/// The stats, a pass of their own: the tallies, the similarities (`tokens`: both texts' visible
/// tokens), and the change counts.
fn stats(t: &Tally, tokens: usize, changes: &[Change]) -> Stats {
    let ratio = |total: usize| {
        if total == 0 {
            1.0
        } else {
            ((2 * t.equal_tokens) as f64 / total as f64).min(1.0)
        }
    };
    let mut stats = Stats {
        words_unchanged: t.words_unchanged,
        words_deleted: t.words_only[0],
        words_inserted: t.words_only[1],
        changes: 0,
        minor_changes: 0,
        words_moved: t.words_moved,
        surrounding: 0,
        replaced: 0,
        added: 0,
        removed: 0,
        moved: 0,
        surrounding_words_old: t.surrounding_words[0],
        surrounding_words_new: t.surrounding_words[1],
        kinds: Default::default(),
        similarity: ratio(tokens),
        shared_similarity: ratio(tokens - t.outside),
    };
    count_changes(&mut stats, changes);
    stats
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
            let (i, j) = (o.start + k, n.start + k);
            let heading = in_heading(a, &o, i) || in_heading(b, &n, j);
            let kind = classify::classify_matched(x, y, heading);
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
    which: Which,
) -> Vec<(Range<usize>, Option<usize>)> {
    let mut out = Vec::new();
    let mut at = range.start;
    for &m in order {
        let r = which.of(&moves[m]);
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
