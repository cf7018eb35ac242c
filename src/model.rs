//! The result of a comparison: plain data made to cross to JavaScript (serde, camelCase).
//!
//! Invariants (tested natively, in the property test and across the wasm boundary):
//! - each side's `segments` join back to exactly that side's input;
//! - no segment is empty; two consecutive segments differ in op or change, except equal or moved
//!   text split at the anchor of a change that has no text on this side (see below);
//! - every non-equal segment names the change it belongs to, and `changes[id].id == id`;
//! - a change's span on a side is exactly its one segment there, except for a moved line
//!   edited on the way: the move's span covers the whole line, whose segments belong to the move
//!   or to the edits inside it (changes with `within` set);
//! - change spans are in UTF-16 code units (what JavaScript strings index by); on the side where a
//!   change has no text (a pure insertion or deletion) its span is empty and marks where the
//!   missing text would stand, and the segments are split there.

use std::collections::BTreeMap;

use serde::Serialize;

/// What was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// A word mixing scripts, with letters that look like another script's.
    Lookalike,
    /// An invisible or control character.
    Invisible,
}

/// One character worth naming.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CharInfo {
    /// UTF-16 offset of the character in its side's text.
    pub offset: u32,
    pub code_point: u32,
    /// The character's Unicode script ("Cyrillic", "Latin", "Common"…).
    pub script: &'static str,
}

/// A word (or mark) holding look-alike or invisible characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// The whole token, so a reader sees the word the characters hide in.
    pub span: Span,
    pub chars: Vec<CharInfo>,
}

/// What happened to a segment of one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Present, unchanged, on both sides.
    Equal,
    /// Only in the old text (shown in the old pane).
    Delete,
    /// Only in the new text (shown in the new pane).
    Insert,
}

/// What kind of edit a change is. The last four are minor: they do not change what the text
/// says, and a reader may hide them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Words were added, removed or replaced.
    Wording,
    /// Only figures changed (amounts, dates, counts, percentages), possibly with punctuation.
    Number,
    /// A negation appeared or disappeared (not, no, never, n't; не, нет, ни, никогда…).
    Negation,
    /// Only punctuation or symbols changed.
    Punctuation,
    /// Letters were swapped for look-alikes from another script (Latin "e" ↔ Cyrillic "е").
    Lookalike,
    /// A line or paragraph that moved, word for word: two changes (where it was, where it is
    /// now), linked by [`Change::pair`].
    Moved,
    /// Material around the shared statement that the texts do not share, with positive evidence
    /// that it is page furniture (a header, news list, ticker, front matter, "Download
    /// document…" links): one change per block, before the statement or after it, its old span
    /// what only the old text has there and its new span what only the new text has. Counted as
    /// one change; its words are counted apart (`Stats::surrounding_words_old` / `_new`).
    Surrounding,
    /// Minor: only letter case changed.
    Case,
    /// Minor: typographic variants (quotes, dashes, `…`, no-break spaces, soft hyphens, ligatures, ё/е).
    Typography,
    /// Minor: white space or line wrapping.
    Whitespace,
    /// Minor: a word split by spaces or joined ("th at" / "that", hyphenation at a line end).
    Split,
}

impl ChangeKind {
    /// Minor kinds do not change what the text says.
    pub fn is_minor(self) -> bool {
        matches!(
            self,
            ChangeKind::Case | ChangeKind::Typography | ChangeKind::Whitespace | ChangeKind::Split
        )
    }
}

/// A range of UTF-16 code units in one side's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A piece of one side's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub op: Op,
    /// The change this segment belongs to (absent for equal segments).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<u32>,
}

/// One edit: an old span paired with the new span that replaced it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Index of this change in [`Comparison::changes`], in reading order.
    pub id: u32,
    pub kind: ChangeKind,
    /// Whether the kind is minor (see [`ChangeKind::is_minor`]).
    pub minor: bool,
    /// Where the change is in the old text; empty for a pure insertion.
    pub old: Span,
    /// Where the change is in the new text; empty for a pure deletion.
    pub new: Span,
    /// For a move: the id of the other half (where the text went, or where it came from).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pair: Option<u32>,
    /// For an edit inside a moved line: the id of the move (its half where the line was). The
    /// edit's old span lies in that half and its new span in the other one, so it is the one kind
    /// of change that is not in reading order on both sides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<u32>,
}

/// A row of the side-by-side view: the stretch of each side shown on one row. Rows cover both
/// texts in order and are cut only where both sides break the line at the same place in the
/// alignment, so an unchanged line or paragraph sits on one row on both sides, and an inserted
/// paragraph gets a row whose old side is empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub old: Span,
    pub new: Span,
}

/// The numbers of a comparison, computed once for every reader of them (the widget's summary,
/// its navigation counter, the report and the plain-text export).
///
/// Every change that is not minor is one stop of the navigation and counted in `changes`, which
/// is always `replaced + added + removed + moved + surrounding`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Words and figures present, unchanged, in both texts (minor changes count as unchanged).
    pub words_unchanged: u32,
    /// Words and figures only in the old text (outside surrounding material).
    pub words_deleted: u32,
    /// Words and figures only in the new text (outside surrounding material).
    pub words_inserted: u32,
    /// Changes that are not minor: the stops of the reader's navigation.
    pub changes: u32,
    /// Of `changes`: old text replaced by new text.
    pub replaced: u32,
    /// Of `changes`: text only the new version has (an empty old span).
    pub added: u32,
    /// Of `changes`: text only the old version has (an empty new span).
    pub removed: u32,
    /// Of `changes`: halves of moves (where a passage was, where it is: two per move).
    pub moved: u32,
    /// Of `changes`: blocks of surrounding material (page furniture around the shared statement;
    /// one change per block, its old and new spans being what only each text has there).
    pub surrounding: u32,
    /// Number of minor changes (case, typography, white space, split words).
    pub minor_changes: u32,
    /// Words and figures in moved passages (counted once, not as deleted or inserted).
    pub words_moved: u32,
    /// Words and figures of surrounding material only in the old text.
    pub surrounding_words_old: u32,
    /// Words and figures of surrounding material only in the new text.
    pub surrounding_words_new: u32,
    /// Number of changes of each kind, minor ones included (kinds with none are absent).
    pub kinds: BTreeMap<ChangeKind, u32>,
    /// Share of tokens (words, figures, punctuation) of both whole texts that are unchanged,
    /// 0..=1: `2 × unchanged / (old tokens + new tokens)`; 1 when both texts are empty. Below 1
    /// whenever a token differs, surrounding material included.
    pub similarity: f64,
    /// The same share for the shared part alone (surrounding material left out); equal to
    /// `similarity` when there is none.
    pub shared_similarity: f64,
}

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side<'a> {
    pub segments: Vec<Segment<'a>>,
    /// Look-alike letters and invisible characters in this text, changed or not.
    pub findings: Vec<Finding>,
}

impl Side<'_> {
    /// The side's text, rebuilt from its segments (always equal to the input).
    pub fn text(&self) -> String {
        self.segments.iter().map(|s| s.text).collect()
    }
}

/// The result of [`compare`](crate::compare).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison<'a> {
    pub old: Side<'a>,
    pub new: Side<'a>,
    pub changes: Vec<Change>,
    /// Aligned rows for a side-by-side view.
    pub rows: Vec<Row>,
    pub stats: Stats,
    /// True when the time budget ran out and the comparison may be coarser than a full one
    /// (larger replaced spans); the segments are still lossless.
    pub approximate: bool,
    /// Word lists (`"en"`, `"ru"`) that were not loaded and would have decided whether a split
    /// or joined word is minor: such splits are shown as wording changes. Load them
    /// ([`crate::WordLists::load`]) and compare again for the final reading; empty when nothing
    /// is missing.
    pub word_lists_needed: Vec<&'static str>,
}

/// The verdict on one quotation ([`check_quotes`](crate::check_quotes)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Verdict {
    /// Word for word as in the source (typography, the case of the first letter and
    /// punctuation at the quotation's edges are not differences).
    Exact,
    /// Only minor changes (case inside the quotation, a split word).
    Minor,
    /// A change of substance: a word, a figure, a negation; an invented part; parts joined from
    /// places apart without a cut mark.
    Altered,
    /// No span of the source shares enough of it.
    NotFound,
}

/// What the text a quotation cuts ("…") holds that may change its sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OmissionFlag {
    /// not, no, never, n't; не, нет, ни, никогда…
    Negation,
    /// A figure (amount, date, count, percentage).
    Figure,
    /// A qualifier: only, except, unless, if, but…; только, кроме, если, но…
    Qualifier,
}

/// Source text a quotation leaves out where it marks a cut ("…", "[…]", "(…)").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Omission {
    /// The text cut, in the source (UTF-16).
    pub source: Span,
    /// The cut mark, in the quoting text.
    pub cut: Span,
    /// Words and figures cut.
    pub words: u32,
    pub flags: Vec<OmissionFlag>,
    /// True when a negation or a qualifier is cut from a sentence the quotation keeps part of:
    /// the kept words then say something else, and the quotation is `altered`. (Whole
    /// sentences cut out are only flagged.)
    pub alters: bool,
}

/// A stretch of a quotation found in one place of the source. A quotation stitched from places
/// apart (or out of order) has several parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct QuotePart {
    /// In the quoting text.
    pub span: Span,
    /// In the source.
    pub source: Span,
    /// True when a cut mark stands between this part and the one before.
    pub cut: bool,
}

/// One quotation and how true it is to the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quotation's words inside its marks, in the quoting text (UTF-16).
    pub span: Span,
    pub verdict: Verdict,
    /// Where it stands in the source (its first part, when stitched); null when not found.
    pub source: Option<Span>,
    /// Its differences from the source, in `compare()`'s shape: old spans in the source, new
    /// spans in the quoting text, in the quotation's reading order.
    pub changes: Vec<Change>,
    /// Source text left out at its cut marks.
    pub omissions: Vec<Omission>,
    /// Where each part was found; empty when not found.
    pub parts: Vec<QuotePart>,
    /// True when its parts come from places far apart in the source, or out of order.
    pub stitched: bool,
}

/// The numbers of a quote check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteStats {
    pub quotes: u32,
    pub exact: u32,
    pub minor: u32,
    pub altered: u32,
    pub not_found: u32,
}

/// The result of [`check_quotes`](crate::check_quotes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCheck {
    /// The quotations checked, in reading order.
    pub quotes: Vec<Quote>,
    pub stats: QuoteStats,
    /// True when the time budget ran out for some comparison (still correct, maybe coarser).
    pub approximate: bool,
    /// Word lists that would have decided a split word (see `Comparison::word_lists_needed`).
    pub word_lists_needed: Vec<&'static str>,
}
