//! A comparison as plain text, for the command line's `--format text`: the inline reading with
//! `[-deleted-]{+inserted+}` markers (as `git diff --word-diff` marks them) and the one-line
//! English summary.
//!
//! The widget makes the same text in JavaScript (www/export.js `plainTextWithMarkers`, www/layout.js
//! `describe().labels.line`, in the reader's language); tests/js/cli.test.mjs checks that both
//! give the same text for every corpus pair. Native only in practice: the wasm builds never call
//! it, so it costs them nothing.
use crate::model::{Change, ChangeKind, Comparison, Op, Segment, Span};
use crate::text::utf16_len;

/// A piece of one side inside a row, with its UTF-16 span.
#[derive(Clone, Copy)]
struct Piece<'a> {
    text: &'a str,
    op: Op,
    change: Option<u32>,
    start: u32,
}

/// The byte offset of UTF-16 offset `units` in `s` (a char boundary: rows end at line breaks).
fn byte_at(s: &str, units: u32) -> usize {
    let mut n = 0u32;
    for (at, c) in s.char_indices() {
        if n >= units {
            return at;
        }
        n += c.len_utf16() as u32;
    }
    s.len()
}

/// The pieces of `segs` (with their UTF-16 spans, `with_spans`) inside `span`, cut at its edges.
fn clip<'a>(segs: &[(Span, &Segment<'a>)], span: Span) -> Vec<Piece<'a>> {
    let first = segs.partition_point(|(at, _)| at.end <= span.start);
    let mut out = Vec::new();
    for &(at, s) in &segs[first..] {
        if at.start >= span.end {
            break;
        }
        let (start, end) = (at.start, at.end);
        let (a, b) = (span.start.max(start), span.end.min(end));
        if b > a {
            let text = &s.text[byte_at(s.text, a - start)..byte_at(s.text, b - start)];
            out.push(Piece {
                text,
                op: s.op,
                change: s.change,
                start: a,
            });
        }
    }
    out
}

/// Each segment with its UTF-16 span in its side's text.
fn with_spans<'s, 'a>(segments: &'s [Segment<'a>]) -> Vec<(Span, &'s Segment<'a>)> {
    let mut at = 0;
    segments
        .iter()
        .map(|s| {
            let start = at;
            at += utf16_len(s.text);
            (Span { start, end: at }, s)
        })
        .collect()
}

/// The inline reading of one row: the new text, each deletion just before what replaced it (or
/// where it stood); a line that moved away is shown whole where it was.
fn inline_pieces<'a>(old: &[Piece<'a>], new: &[Piece<'a>], changes: &[Change]) -> Vec<Piece<'a>> {
    let change = |id: u32| &changes[id as usize];
    let mut deleted: Vec<(u32, Vec<Piece<'a>>)> = Vec::new();
    for p in old {
        let Some(id) = p.change.filter(|&id| !change(id).minor) else {
            continue;
        };
        let group = match change(id).within {
            Some(w) if old.iter().any(|q| q.change == Some(w)) => w,
            _ => id,
        };
        match deleted.iter_mut().find(|(g, _)| *g == group) {
            Some((_, pieces)) => pieces.push(*p),
            None => deleted.push((group, vec![*p])),
        }
    }
    let mut out = Vec::new();
    let mut emitted: Vec<u32> = Vec::new();
    let flush_before = |pos: u32, out: &mut Vec<Piece<'a>>, emitted: &mut Vec<u32>| {
        for (id, pieces) in &deleted {
            let ch = change(*id);
            if emitted.contains(id) || !ch.new.is_empty() || ch.new.start > pos {
                continue;
            }
            emitted.push(*id);
            out.extend_from_slice(pieces);
        }
    };
    for p in new {
        flush_before(p.start, &mut out, &mut emitted);
        if let Some(id) = p.change.filter(|id| !emitted.contains(id)) {
            emitted.push(id);
            if let Some((_, pieces)) = deleted.iter().find(|(g, _)| *g == id) {
                out.extend_from_slice(pieces);
            }
        }
        out.push(*p);
    }
    flush_before(u32::MAX, &mut out, &mut emitted);
    out
}

/// The comparison as one text with `[-deleted-]{+inserted+}` markers; minor changes read as the
/// new text.
pub fn marked_text(c: &Comparison) -> String {
    let (old, new) = (with_spans(&c.old.segments), with_spans(&c.new.segments));
    let mut out = String::new();
    for row in &c.rows {
        let pieces = inline_pieces(&clip(&old, row.old), &clip(&new, row.new), &c.changes);
        for p in pieces {
            let minor = p.change.is_some_and(|id| c.changes[id as usize].minor);
            match if minor { Op::Equal } else { p.op } {
                Op::Delete => {
                    out.push_str("[-");
                    out.push_str(p.text);
                    out.push_str("-]");
                }
                Op::Insert => {
                    out.push_str("{+");
                    out.push_str(p.text);
                    out.push_str("+}");
                }
                Op::Equal => out.push_str(p.text),
            }
        }
    }
    out
}

/// `n` as English writes it: 1,234,567.
fn num(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// "{n} change" / "{n} changes".
fn plural(n: u32, one: &str, other: &str) -> String {
    format!("{} {}", num(n), if n == 1 { one } else { other })
}

/// A share as "97.3%"; "100%" only when 1 and `exact` (nothing differs), else at most 99.9%.
fn percent(share: f64, exact: bool) -> String {
    let mut v = (share * 1000.0).round() / 10.0;
    if v >= 100.0 && !(share >= 1.0 && exact) {
        v = 99.9;
    }
    if v >= 100.0 {
        "100%".into()
    } else {
        format!("{v:.1}%")
    }
}

fn kind_name(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Wording => "wording",
        ChangeKind::Number => "number",
        ChangeKind::Negation => "negation",
        ChangeKind::Punctuation => "punctuation",
        ChangeKind::Lookalike => "lookalike",
        ChangeKind::Moved => "moved",
        ChangeKind::Surrounding => "surrounding",
        ChangeKind::Case => "case",
        ChangeKind::Typography => "typography",
        ChangeKind::Whitespace => "whitespace",
        ChangeKind::Split => "split",
    }
}

/// The figures of the summary before the similarity: changes, words, surrounding words.
fn counts(c: &Comparison) -> [String; 3] {
    let s = &c.stats;
    let parts: Vec<String> = [
        (s.replaced, "replaced"),
        (s.added, "added"),
        (s.removed, "removed"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{} {what}", num(*n)))
    .chain((s.moved > 0).then(|| {
        let passages = s.moved.div_ceil(2);
        let p = if passages == 1 {
            format!(
                "{} passage, counted at its old and its new place",
                num(passages)
            )
        } else {
            format!(
                "{} passages, each counted at its old and its new place",
                num(passages)
            )
        };
        format!("{} moved ({p})", num(s.moved))
    }))
    .chain((s.surrounding > 0).then(|| format!("{} around the shared text", num(s.surrounding))))
    .collect();
    let count = plural(s.changes, "change", "changes");
    let changes = if parts.is_empty() {
        count
    } else {
        format!("{count}: {}", parts.join(", "))
    };
    let mut words = format!(
        "{} added, {} removed",
        plural(s.words_inserted, "word", "words"),
        num(s.words_deleted)
    );
    if s.words_moved > 0 {
        words += &format!(", {} moved", num(s.words_moved));
    }
    let (o, n) = (s.surrounding_words_old, s.surrounding_words_new);
    let surrounding = match (o, n) {
        (0, 0) => String::new(),
        (o, 0) => format!(
            "{} only in the old text, around the shared text",
            plural(o, "word", "words")
        ),
        (0, n) => format!(
            "{} only in the new text, around the shared text",
            plural(n, "word", "words")
        ),
        (o, n) => format!(
            "{} only in the old text, {} only in the new, around the shared text",
            plural(o, "word", "words"),
            num(n)
        ),
    };
    [changes, words, surrounding]
}

/// The whole summary on one line, in English, as the widget's plain-text export and report
/// give it (www/layout.js `describe().labels.line`): "1 change: 1 replaced; 1 word added, 1
/// removed; 75.0% similar; by kind: number 1."
pub fn summary_line(c: &Comparison) -> String {
    let s = &c.stats;
    let [changes, words, surrounding] = counts(c);
    let furniture = s.surrounding > 0 || s.surrounding_words_old > 0 || s.surrounding_words_new > 0;
    let whole = format!("{} similar", percent(s.similarity, s.changes == 0));
    let similarity = if furniture {
        let shared = percent(s.shared_similarity, s.changes == s.surrounding);
        format!("{whole}; {shared} in the shared text")
    } else {
        whole
    };
    let list = |minor: bool| {
        let items: Vec<String> = s
            .kinds
            .iter()
            .filter(|(k, _)| k.is_minor() == minor)
            .map(|(k, n)| format!("{} {}", kind_name(*k), num(*n)))
            .collect();
        items.join(", ")
    };
    let kinds = list(false);
    let kinds = if kinds.is_empty() {
        kinds
    } else {
        format!("by kind: {kinds}")
    };
    let minor = if s.minor_changes > 0 {
        format!("{} minor ({})", num(s.minor_changes), list(true))
    } else {
        String::new()
    };
    let findings = (c.old.findings.len() + c.new.findings.len()) as u32;
    let findings = match findings {
        0 => String::new(),
        1 => "1 word hides look-alike or invisible characters".into(),
        n => format!("{} words hide look-alike or invisible characters", num(n)),
    };
    let mut line = [
        changes,
        words,
        surrounding,
        similarity,
        kinds,
        minor,
        findings,
    ]
    .into_iter()
    .filter(|p| !p.is_empty())
    .collect::<Vec<_>>()
    .join("; ");
    line.push('.');
    if c.approximate {
        line += " Approximate: the time budget ran out, so changed passages are shown in larger pieces.";
    }
    if !c.word_lists_needed.is_empty() {
        let langs: Vec<&str> = c
            .word_lists_needed
            .iter()
            .map(|l| match *l {
                "en" => "English",
                "ru" => "Russian",
                other => other,
            })
            .collect();
        line += &format!(
            " Split or joined words are shown as changes: the {} word list could not be loaded.",
            langs.join(" and ")
        );
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compare, CompareOptions};

    #[test]
    fn marks_deletions_before_what_replaced_them() {
        let c = compare("Pay 5 now", "Pay 7 now", &CompareOptions::new());
        assert_eq!(marked_text(&c), "Pay [-5-]{+7+} now");
        assert_eq!(
            summary_line(&c),
            "1 change: 1 replaced; 1 word added, 1 removed; 66.7% similar; by kind: number 1."
        );
    }

    #[test]
    fn minor_changes_read_as_the_new_text() {
        let c = compare("«Да» — сказал", "\"Да\" - сказал", &CompareOptions::new());
        assert_eq!(marked_text(&c), "\"Да\" - сказал");
        assert_eq!(
            summary_line(&c),
            "0 changes; 0 words added, 0 removed; 100% similar; 3 minor (typography 3)."
        );
    }

    #[test]
    fn identical_texts_are_100_percent() {
        let c = compare("Same.", "Same.", &CompareOptions::new());
        assert_eq!(marked_text(&c), "Same.");
        assert_eq!(
            summary_line(&c),
            "0 changes; 0 words added, 0 removed; 100% similar."
        );
    }

    #[test]
    fn figures_and_percentages() {
        assert_eq!(num(0), "0");
        assert_eq!(num(999), "999");
        assert_eq!(num(1000), "1,000");
        assert_eq!(num(1_234_567), "1,234,567");
        assert_eq!(percent(0.9999, false), "99.9%");
        assert_eq!(percent(1.0, false), "99.9%");
        assert_eq!(percent(1.0, true), "100%");
        assert_eq!(percent(0.0, false), "0.0%");
        assert_eq!(percent(0.97349, false), "97.3%");
    }

    #[test]
    fn utf16_offsets_cut_inside_astral_text() {
        let c = compare("𝒜 one\n𝒜 two\n", "𝒜 one\n𝒜 too\n", &CompareOptions::new());
        assert_eq!(marked_text(&c), "𝒜 one\n𝒜 [-two-]{+too+}\n");
    }
}
