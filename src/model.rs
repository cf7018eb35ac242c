//! The result of a comparison: plain data made to cross to JavaScript (serde, camelCase).
//!
//! Invariants (tested natively, in the property test and across the wasm boundary):
//! - each side's `segments` join back to exactly that side's input;
//! - no segment is empty; two consecutive segments differ in op or change, except equal text
//!   split at the anchor of a change that has no text on this side (see below);
//! - every non-equal segment names the change it belongs to, and `changes[id].id == id`;
//! - change spans are in UTF-16 code units (what JavaScript strings index by); on the side where a
//!   change has no text (a pure insertion or deletion) its span is empty and marks where the
//!   missing text would stand, and the segments are split there.

use serde::Serialize;

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

/// What kind of edit a change is. An enum, not flags: the statement-aware comparison adds kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Words were added, removed or replaced.
    Wording,
    /// Only figures changed (amounts, dates, counts), possibly with their punctuation.
    Number,
    /// Only punctuation or symbols changed.
    Punctuation,
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
    /// Where the change is in the old text; empty for a pure insertion.
    pub old: Span,
    /// Where the change is in the new text; empty for a pure deletion.
    pub new: Span,
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

/// Counts for a summary bar.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Words and figures present, unchanged, in both texts.
    pub words_unchanged: u32,
    /// Words and figures only in the old text.
    pub words_deleted: u32,
    /// Words and figures only in the new text.
    pub words_inserted: u32,
    /// Number of changes.
    pub changes: u32,
    /// Share of tokens (words, figures, punctuation) that are unchanged, 0..=1:
    /// `2 × unchanged / (old tokens + new tokens)`; 1 when both texts are empty.
    pub similarity: f64,
}

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side<'a> {
    pub segments: Vec<Segment<'a>>,
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
}
