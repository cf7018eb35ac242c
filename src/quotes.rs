//! The quote check: is each quotation of a text true to its source statement?
//!
//! ```text
//! quoting text ─▶ quote_marks (the quotations) ─▶ pieces (cut at "…") ─┐
//! source ─▶ tokens + an index of where each word stands ───────────────┴▶ locate ─▶ joins
//!        ─▶ compare (each piece with its source span) ─▶ verdict, omissions, parts
//! ```
//!
//! - **pieces**: a quotation is cut at its cut marks ("…", "...", "[…]", "(…)"); a piece the
//!   source does not hold as it stands is tried sentence by sentence (a quotation stitched from
//!   several places without a mark);
//! - **locate** (`locate.rs`): each piece is found through the rare words it shares with the
//!   source (votes for an offset, the densest window of votes), then aligned word by word in
//!   that region; the span is the run of matches that best outweighs the source words it skips,
//!   widened over the quotation's unmatched edge words;
//! - **joins**: between two pieces, the source text cut at a mark is an omission (flagged when it
//!   holds a negation, a figure or a qualifier); source words skipped where there is no mark are
//!   a change; pieces far apart or out of order make separate parts (stitched);
//! - **compare**: each piece with its source span through [`compare_with`], so kinds are the
//!   comparison's; typography, white space, the first letter's case and punctuation at a piece's
//!   edges are not differences.

use std::ops::Range;
use std::time::Duration;

use similar::Instant;

use crate::classify::{classify, is_negation};
use crate::compare::compare_with;
use crate::locate::{Found, Index, Locator};
use crate::model::{
    Change, ChangeKind, Omission, OmissionFlag, Quote, QuoteCheck, QuotePart, QuoteStats, Span,
    Verdict,
};
use crate::normalize::fold_typography;
use crate::options::{CompareOptions, QuoteOptions};
use crate::quote_marks;
use crate::sort::sort_u64;
use crate::text::utf16_len;
use crate::tokenize::TokenKind;
use crate::tokens::{count_words, Interner, Tokens};
use crate::wordlists::{Language, NoWordLists, WordLookup};

/// Pieces further apart in the source than this many words are separate parts (stitched).
const FAR_WORDS: u32 = 60;

/// Checks the quotations of `quoting` against `source`, with no word lists loaded (see
/// [`check_quotes_with`]).
pub fn check_quotes(source: &str, quoting: &str, options: &QuoteOptions) -> QuoteCheck {
    check_quotes_with(source, quoting, options, &NoWordLists)
}

/// Checks each quotation of `quoting` (the text between paired quote marks, or the whole text
/// when it holds no quote mark) against `source`: where it stands there, how it differs, what
/// its cuts leave out.
///
/// ```
/// use statement_diff::{check_quotes, QuoteOptions, Verdict};
/// let source = "The ministry is satisfied with the talks and states that it will not raise taxes.";
/// let article = "Officials said they were «satisfied with the talks and states that it will raise taxes».";
/// let check = check_quotes(source, article, &QuoteOptions::new());
/// assert_eq!(check.quotes[0].verdict, Verdict::Altered);
/// assert_eq!(check.stats.altered, 1);
/// ```
#[inline(never)]
pub fn check_quotes_with(
    source: &str,
    quoting: &str,
    options: &QuoteOptions,
    words: &dyn WordLookup,
) -> QuoteCheck {
    let (found, any_mark) = quote_marks::find(quoting);
    let quotations = if any_mark { found } else { whole_text(quoting) };
    let deadline = options
        .compare_options()
        .get_timeout_ms()
        .map(|ms| Instant::now() + Duration::from_millis(ms.into()));
    let mut keys = CompareOptions::new();
    keys.ignore_case(true);
    let mut interner = Interner::default();
    let src = Index::new(interner.read(source, &keys));
    let mut check = Check {
        src: &src,
        source,
        quoting,
        options,
        words,
        loc: Locator {
            src: &src,
            deadline,
            approximate: false,
        },
        approximate: false,
        needed: Vec::new(),
    };
    let mut quotes = Vec::new();
    for q in quotations {
        let toks = interner.read(&quoting[q.start..q.end], &keys);
        if count_words(&toks, 0..toks.toks.len()) < options.get_min_words() {
            continue;
        }
        quotes.push(check.quote(&toks, q.start, interner.len()));
    }
    let mut stats = QuoteStats::default();
    for q in &quotes {
        stats.quotes += 1;
        *match q.verdict {
            Verdict::Exact => &mut stats.exact,
            Verdict::Minor => &mut stats.minor,
            Verdict::Altered => &mut stats.altered,
            Verdict::NotFound => &mut stats.not_found,
        } += 1;
    }
    let needed = Language::ALL
        .into_iter()
        .map(Language::code)
        .filter(|code| check.needed.contains(code))
        .collect();
    QuoteCheck {
        quotes,
        stats,
        approximate: check.approximate || check.loc.approximate,
        word_lists_needed: needed,
    }
}

/// A text with no quote mark is one quotation: the reader pasted an excerpt.
fn whole_text(text: &str) -> Vec<quote_marks::Quotation> {
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Vec::new();
    }
    vec![quote_marks::Quotation {
        start: lead,
        end: lead + trimmed.len(),
    }]
}

/// A stretch of a quotation between cut marks: token range in the quotation's tokens, and the
/// cut mark before it (tokens), if any.
#[derive(Clone)]
struct Piece {
    toks: Range<usize>,
    cut_before: Option<Range<usize>>,
}

/// State shared by the quotations of one check.
struct Check<'c, 'a> {
    src: &'c Index<'a>,
    loc: Locator<'c, 'a>,
    source: &'a str,
    quoting: &'a str,
    options: &'c QuoteOptions,
    words: &'c dyn WordLookup,
    approximate: bool,
    needed: Vec<&'static str>,
}

impl Check<'_, '_> {
    /// Checks one quotation (`q`: its tokens, read from the quoting text at byte `base`).
    fn quote(&mut self, q: &Tokens, base: usize, n_keys: usize) -> Quote {
        let start = utf16_len(&self.quoting[..base]);
        let span = Span {
            start,
            end: start + utf16_len(q.text),
        };
        let mut located: Vec<(Piece, Option<Found>)> = Vec::new();
        for piece in pieces(q) {
            let after = located
                .iter()
                .rev()
                .find_map(|(_, f)| f.as_ref().map(|f| f.src.end));
            let whole = self.loc.locate(q, &piece.toks, after, n_keys);
            located.extend(self.by_sentence(q, piece, whole, after, n_keys));
        }
        let total: u32 = located
            .iter()
            .map(|(p, _)| count_words(q, p.toks.clone()))
            .sum();
        let matched: u32 = found(&located).map(|f| f.matched).sum();
        if matched == 0 || matched * 2 < total {
            return Quote {
                span,
                verdict: Verdict::NotFound,
                source: None,
                changes: Vec::new(),
                omissions: Vec::new(),
                parts: Vec::new(),
                stitched: false,
            };
        }
        let mut out = QuoteBuilder::new(span.start);
        if let Some(first) = found(&located).next() {
            out.negated_before(self, first.src.start, span.start);
        }
        self.join(q, &located, &mut out);
        for (piece, found) in &located {
            match found {
                Some(f) => self.compare_piece(q, piece, f, &mut out),
                None => out.invented(self, q, piece),
            }
        }
        out.finish(span)
    }

    /// A piece the source does not hold as it stands may be stitched from several places without
    /// a mark: tried sentence by sentence, kept so when the sentences match clearly better.
    fn by_sentence(
        &mut self,
        q: &Tokens,
        piece: Piece,
        whole: Option<Found>,
        after: Option<usize>,
        n_keys: usize,
    ) -> Vec<(Piece, Option<Found>)> {
        let words = count_words(q, piece.toks.clone());
        let got = whole.as_ref().map_or(0, |f| f.matched);
        let sentences = sentences(q, &piece.toks);
        if got * 5 >= words * 4 || sentences.len() < 2 {
            return vec![(piece, whole)];
        }
        let mut parts: Vec<(Piece, Option<Found>)> = Vec::new();
        let mut near = after;
        for (k, s) in sentences.into_iter().enumerate() {
            let f = self.loc.locate(q, &s, near, n_keys);
            if let Some(f) = &f {
                near = Some(f.src.end);
            }
            let cut_before = if k == 0 {
                piece.cut_before.clone()
            } else {
                None
            };
            parts.push((
                Piece {
                    toks: s,
                    cut_before,
                },
                f,
            ));
        }
        let split: u32 = found(&parts).map(|f| f.matched).sum();
        if split > got + (words / 10).max(2) {
            parts
        } else {
            vec![(piece, whole)]
        }
    }

    /// Between consecutive found pieces: an omission at a cut mark, a change where source words
    /// were skipped without one, a new part where they are far apart or out of order.
    fn join(&self, q: &Tokens, located: &[(Piece, Option<Found>)], out: &mut QuoteBuilder) {
        let mut prev: Option<(&Piece, &Found)> = None;
        for (piece, found) in located {
            let Some(found) = found else { continue };
            let Some((p_piece, p_found)) = prev else {
                out.part(self, q, piece, found, false);
                prev = Some((piece, found));
                continue;
            };
            let cut = piece.cut_before.clone();
            let in_order = found.src.start >= p_found.src.end;
            let gap = if in_order {
                p_found.src.end..found.src.start
            } else {
                0..0
            };
            let gap_words = count_words(&self.src.toks, gap.clone());
            let far = !in_order || gap_words > FAR_WORDS;
            match &cut {
                Some(mark) if gap_words > 0 => out.omission(self, q, gap.clone(), mark.clone()),
                None if !far && gap_words > 0 => out.skipped(self, q, p_piece, gap.clone()),
                _ => {}
            }
            if far {
                out.part(self, q, piece, found, cut.is_some());
            } else {
                out.extend_part(self, q, piece, found);
            }
            prev = Some((piece, found));
        }
    }

    /// Compares a piece with its source span; keeps the differences of substance and the minor
    /// ones that are not mere typography or the quotation's edges.
    fn compare_piece(&mut self, q: &Tokens, piece: &Piece, f: &Found, out: &mut QuoteBuilder) {
        let old = &self.source[self.src.bytes(&f.src)];
        let q_bytes = q.toks[piece.toks.start].start..q.toks[piece.toks.end - 1].end;
        let new = &q.text[q_bytes.clone()];
        let c = compare_with(old, new, self.options.compare_options(), self.words);
        self.approximate |= c.approximate;
        self.needed.extend(c.word_lists_needed.iter().copied());
        let old_at = self.src.offset(f.src.start);
        let new_at = out.base + utf16_len(&q.text[..q_bytes.start]);
        let (old_len, new_len) = (utf16_len(old), utf16_len(new));
        let only_marks = |ch: &Change| {
            let (o, n) = (slice16(old, ch.old), slice16(new, ch.new));
            o.chars()
                .chain(n.chars())
                .all(|c| c.is_whitespace() || quote_marks::is_quote_char(c))
        };
        let keep = |ch: &Change| match ch.kind {
            ChangeKind::Typography | ChangeKind::Whitespace => false,
            // Quote marks inside a quotation are re-marked when quoted (« » to „ “, or dropped).
            ChangeKind::Punctuation if only_marks(ch) => false,
            ChangeKind::Case => ch.new.start != 0,
            // The reporter's own stops at an edge ("…states," for "…states.") are no
            // difference; a question or exclamation mark made or lost is.
            ChangeKind::Punctuation => {
                let at_edge = ch.new.start == 0
                    || ch.new.end == new_len
                    || ch.old.start == 0
                    || ch.old.end == old_len;
                let stops = |t: &str| t.chars().all(|c| c.is_whitespace() || ".,;:…".contains(c));
                !(at_edge && stops(slice16(old, ch.old)) && stops(slice16(new, ch.new)))
            }
            _ => true,
        };
        let first = out.changes.len() as u32;
        let ids: Vec<Option<u32>> = c
            .changes
            .iter()
            .scan(first, |next, ch| {
                Some(keep(ch).then(|| {
                    *next += 1;
                    *next - 1
                }))
            })
            .collect();
        for (ch, id) in c.changes.iter().zip(&ids) {
            let Some(id) = *id else { continue };
            let remap = |x: Option<u32>| x.and_then(|x| ids[x as usize]);
            out.changes.push(Change {
                id,
                kind: ch.kind,
                minor: ch.minor,
                old: shift(ch.old, old_at),
                new: shift(ch.new, new_at),
                pair: remap(ch.pair),
                within: remap(ch.within),
            });
        }
    }
}

/// The text of a UTF-16 span of `s` (spans from `compare()` lie on character boundaries).
fn slice16(s: &str, sp: Span) -> &str {
    let (mut u, mut start, mut end) = (0u32, s.len(), s.len());
    for (b, c) in s.char_indices() {
        if u == sp.start {
            start = b;
        }
        if u == sp.end {
            end = b;
            break;
        }
        u += c.len_utf16() as u32;
    }
    &s[start.min(end)..end]
}

fn shift(s: Span, by: u32) -> Span {
    Span {
        start: s.start + by,
        end: s.end + by,
    }
}

/// The pieces of a located list that were found.
fn found(located: &[(Piece, Option<Found>)]) -> impl Iterator<Item = &Found> {
    located.iter().filter_map(|(_, f)| f.as_ref())
}

/// A quotation cut at its cut marks ("…", "...", "[…]", "(…)"); a mark at its start or end
/// (a quotation taken from mid-sentence) cuts nothing out of it.
fn pieces(q: &Tokens) -> Vec<Piece> {
    let text = q.text;
    let n = q.toks.len();
    let is_cut = |i: usize| {
        let t = q.toks[i].text(text);
        fold_typography(t) == "…" || (t.len() > 3 && t.bytes().all(|b| b == b'.'))
    };
    let mut out: Vec<Piece> = Vec::new();
    let mut start = 0;
    let mut cut: Option<Range<usize>> = None;
    let mut i = 0;
    while i < n {
        if !is_cut(i) {
            i += 1;
            continue;
        }
        let open = i > 0 && matches!(q.toks[i - 1].text(text), "[" | "(");
        let close = i + 1 < n && matches!(q.toks[i + 1].text(text), "]" | ")");
        let mark = if open && close {
            i - 1..i + 2
        } else {
            i..i + 1
        };
        push_piece(q, start..mark.start, cut.take(), &mut out);
        cut = Some(mark.clone());
        start = mark.end;
        i = mark.end;
    }
    push_piece(q, start..n, cut, &mut out);
    out
}

fn push_piece(q: &Tokens, toks: Range<usize>, cut: Option<Range<usize>>, out: &mut Vec<Piece>) {
    if count_words(q, toks.clone()) == 0 {
        return;
    }
    let cut_before = if out.is_empty() { None } else { cut };
    out.push(Piece { toks, cut_before });
}

/// A piece's sentences (token ranges), cut after ". ! ?" followed by more words.
fn sentences(q: &Tokens, r: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = r.start;
    for i in r.clone() {
        let ends = matches!(q.toks[i].text(q.text), "." | "!" | "?");
        if ends && i + 1 < r.end && count_words(q, i + 1..r.end) > 0 {
            if count_words(q, start..i + 1) > 0 {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if count_words(q, start..r.end) > 0 {
        out.push(start..r.end);
    }
    out
}

/// Words that qualify what a statement says; a cut that drops one may change its sense.
const QUALIFIERS: &[&str] = &[
    "only",
    "except",
    "unless",
    "if",
    "but",
    "however",
    "although",
    "though",
    "provided",
    "may",
    "might",
    "could",
    "would",
    "should",
    "partly",
    "partially",
    "until",
    "without",
    "unlikely",
    "likely",
    "some",
    "conditionally",
    "только",
    "кроме",
    "если",
    "но",
    "однако",
    "хотя",
    "лишь",
    "может",
    "могут",
    "бы",
    "частично",
    "пока",
    "без",
    "условии",
    "исключением",
    "вероятно",
    "возможно",
];

/// What a cut's source tokens hold that may change the sense.
fn omission_flags(src: &Tokens, gap: Range<usize>) -> Vec<OmissionFlag> {
    let mut seen = [false; 3];
    for t in &src.toks[gap] {
        let w = t.text(src.text);
        let flag = if t.kind == TokenKind::Number {
            Some(OmissionFlag::Figure)
        } else if t.kind != TokenKind::Word {
            None
        } else if is_negation(w) {
            Some(OmissionFlag::Negation)
        } else if QUALIFIERS.contains(&w.to_lowercase().as_str()) {
            Some(OmissionFlag::Qualifier)
        } else {
            None
        };
        if let Some(f) = flag {
            seen[f as usize] = true;
        }
    }
    [
        OmissionFlag::Negation,
        OmissionFlag::Figure,
        OmissionFlag::Qualifier,
    ]
    .into_iter()
    .filter(|&f| seen[f as usize])
    .collect()
}

/// Whether a cut drops a negation or a qualifier from a sentence the quotation keeps part of
/// (the words before the gap's first sentence end, or after its last): the kept words then say
/// something else. Whole sentences cut out are only flagged.
fn alters_sense(src: &Index, gap: Range<usize>) -> bool {
    let ends: Vec<usize> = gap.clone().filter(|&i| src.ends_sentence(i)).collect();
    let adjoining = match (ends.first(), ends.last()) {
        (Some(&first), Some(&last)) => [gap.start..first + 1, last + 1..gap.end],
        _ => [gap, 0..0],
    };
    adjoining.into_iter().any(|r| {
        omission_flags(&src.toks, r)
            .iter()
            .any(|f| matches!(f, OmissionFlag::Negation | OmissionFlag::Qualifier))
    })
}

/// One quotation's result, built piece by piece.
struct QuoteBuilder {
    /// UTF-16 offset of the quotation in the quoting text.
    base: u32,
    changes: Vec<Change>,
    omissions: Vec<Omission>,
    parts: Vec<QuotePart>,
    /// A join without a cut mark between places apart: the quotation is altered.
    unmarked: bool,
    /// The source token where the last found piece ends (an invented piece's anchor).
    last_end: usize,
}

impl QuoteBuilder {
    fn new(base: u32) -> Self {
        Self {
            base,
            changes: Vec::new(),
            omissions: Vec::new(),
            parts: Vec::new(),
            unmarked: false,
            last_end: 0,
        }
    }

    /// The UTF-16 span of a quotation's tokens in the quoting text.
    fn q_span(&self, q: &Tokens, r: Range<usize>) -> Span {
        let start = self.base + utf16_len(&q.text[..q.toks[r.start].start]);
        Span {
            start,
            end: start + utf16_len(&q.text[q.toks[r.start].start..q.toks[r.end - 1].end]),
        }
    }

    fn part(&mut self, c: &Check, q: &Tokens, piece: &Piece, f: &Found, cut: bool) {
        if !self.parts.is_empty() && !cut {
            self.unmarked = true;
        }
        self.parts.push(QuotePart {
            span: self.q_span(q, piece.toks.clone()),
            source: c.src.span(f.src.clone()),
            cut,
        });
        self.last_end = f.src.end;
    }

    fn extend_part(&mut self, c: &Check, q: &Tokens, piece: &Piece, f: &Found) {
        let span = self.q_span(q, piece.toks.clone());
        let source = c.src.span(f.src.clone());
        if let Some(p) = self.parts.last_mut() {
            p.span.end = span.end;
            p.source.end = source.end;
        }
        self.last_end = f.src.end;
    }

    fn omission(&mut self, c: &Check, q: &Tokens, gap: Range<usize>, mark: Range<usize>) {
        self.omissions.push(Omission {
            source: c.src.span(gap.clone()),
            cut: self.q_span(q, mark),
            words: count_words(&c.src.toks, gap.clone()),
            flags: omission_flags(&c.src.toks, gap.clone()),
            alters: alters_sense(c.src, gap),
        });
    }

    /// Source words skipped between two pieces without a cut mark: a change (removed there).
    fn skipped(&mut self, c: &Check, q: &Tokens, before: &Piece, gap: Range<usize>) {
        let at = self.q_span(q, before.toks.clone()).end;
        let kind = classify(&c.src.toks.toks[gap.clone()], c.source, &[], q.text);
        self.changes.push(Change {
            id: self.changes.len() as u32,
            kind,
            minor: kind.is_minor(),
            old: c.src.span(gap),
            new: Span { start: at, end: at },
            pair: None,
            within: None,
        });
    }

    /// A quotation that starts right after a negation of its sentence ("… will not | approve
    /// new permits") says the opposite of the source: the negation left out is a change.
    fn negated_before(&mut self, c: &Check, start: usize, at: u32) {
        let from = start.saturating_sub(2);
        let mut neg = None;
        for i in (from..start).rev() {
            if c.src.ends_sentence(i) || c.src.toks.line_break_before(i + 1) {
                break;
            }
            if is_negation(c.src.toks.toks[i].text(c.source)) {
                neg = Some(i);
            }
        }
        let Some(i) = neg else { return };
        self.changes.push(Change {
            id: self.changes.len() as u32,
            kind: ChangeKind::Negation,
            minor: false,
            old: c.src.span(i..start),
            new: Span { start: at, end: at },
            pair: None,
            within: None,
        });
    }

    /// A piece the source does not hold: invented, inserted after the last found piece.
    fn invented(&mut self, c: &Check, q: &Tokens, piece: &Piece) {
        let at = c.src.offset(self.last_end);
        self.changes.push(Change {
            id: self.changes.len() as u32,
            kind: ChangeKind::Wording,
            minor: false,
            old: Span { start: at, end: at },
            new: self.q_span(q, piece.toks.clone()),
            pair: None,
            within: None,
        });
    }

    fn finish(self, span: Span) -> Quote {
        // Reading order in the quoting text; ids follow it (pairs and `within` remapped).
        let mut keys: Vec<u64> = (0..self.changes.len())
            .map(|k| u64::from(self.changes[k].new.start) << 32 | k as u64)
            .collect();
        sort_u64(&mut keys);
        let order: Vec<usize> = keys
            .into_iter()
            .map(|v| (v & 0xFFFF_FFFF) as usize)
            .collect();
        let mut id_of = vec![0u32; self.changes.len()];
        for (new_id, &k) in order.iter().enumerate() {
            id_of[k] = new_id as u32;
        }
        // Every change's id is its index in `self.changes` until here.
        let by_old = |id: u32| id_of.get(id as usize).copied();
        let mut changes: Vec<Change> = order.iter().map(|&k| self.changes[k].clone()).collect();
        for ch in &mut changes {
            ch.pair = ch.pair.and_then(by_old);
            ch.within = ch.within.and_then(by_old);
        }
        for (id, ch) in changes.iter_mut().enumerate() {
            ch.id = id as u32;
        }
        let verdict = if self.unmarked
            || changes.iter().any(|c| !c.minor)
            || self.omissions.iter().any(|o| o.alters)
        {
            Verdict::Altered
        } else if changes.is_empty() {
            Verdict::Exact
        } else {
            Verdict::Minor
        };
        Quote {
            span,
            verdict,
            source: self.parts.first().map(|p| p.source),
            changes,
            omissions: self.omissions,
            stitched: self.parts.len() > 1,
            parts: self.parts,
        }
    }
}
