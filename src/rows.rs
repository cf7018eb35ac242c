//! Stage 8: the rows of the side-by-side view — where both texts break a line at the same point
//! of the word alignment, a new row starts on both sides.

use std::ops::Range;

use crate::model::{Row, Span};
use crate::runs::Run;
use crate::text::Utf16At;
use crate::tokens::Tokens;

/// Paragraphs a replaced passage may hold on one side and still be one row.
const MAX_ROW_PARAGRAPHS: usize = 4;

/// Cuts both texts into aligned rows. Candidate cuts are the boundaries between aligned tokens
/// (inside unchanged runs, and at the edges of changes); a cut is taken where the white space
/// before the token holds a line break on both sides. A replaced passage of more than
/// [`MAX_ROW_PARAGRAPHS`] paragraphs on a side is also cut at its paragraph breaks, paired in order.
pub(crate) fn rows(a: &Tokens, b: &Tokens, runs: &[Run]) -> Vec<Row> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // `paired`: a cut inside a long replaced passage, taken without a line break on both sides.
    let mut consider = |i: usize, j: usize, paired: bool| {
        if paired || i > 0 && j > 0 && a.line_break_before(i) && b.line_break_before(j) {
            let cut = (a.start_of(i), b.start_of(j));
            if cuts.last() != Some(&cut) {
                cuts.push(cut);
            }
        }
    };
    for run in runs {
        match run {
            Run::Equal { old, new } => {
                for k in 0..old.len() {
                    consider(old.start + k, new.start + k, false);
                }
            }
            Run::Change { old, new } => {
                consider(old.start, new.start, false);
                // A long replaced passage (a rewrite, or what an exhausted time budget leaves of
                // megabytes) is cut at its paragraph breaks, paired in order, so that no row
                // holds more than a paragraph of each side: a row is laid out whole.
                let breaks = |side: &Tokens, r: &Range<usize>| -> Vec<usize> {
                    (r.start + 1..r.end)
                        .filter(|&i| side.paragraph_break_before(i))
                        .collect()
                };
                let (pa, pb) = (breaks(a, old), breaks(b, new));
                if pa.len().max(pb.len()) > MAX_ROW_PARAGRAPHS {
                    for k in 0..pa.len().max(pb.len()) {
                        let i = pa.get(k).copied().unwrap_or(old.end);
                        let j = pb.get(k).copied().unwrap_or(new.end);
                        consider(i, j, true);
                    }
                }
            }
        }
    }
    // The boundary after the last run (trailing white space) never starts a row.
    let (end_a, end_b) = (a.text.len(), b.text.len());
    cuts.retain(|&(i, j)| i < end_a || j < end_b);

    let mut rows = Vec::with_capacity(cuts.len() + 1);
    let (mut ua, mut ub) = (Utf16At::default(), Utf16At::default());
    let mut prev = (0u32, 0u32);
    for (i, j) in cuts.into_iter().chain([(end_a, end_b)]) {
        let next = (ua.at(a.text, i), ub.at(b.text, j));
        if next != prev || rows.is_empty() && (end_a > 0 || end_b > 0) {
            rows.push(Row {
                old: Span {
                    start: prev.0,
                    end: next.0,
                },
                new: Span {
                    start: prev.1,
                    end: next.1,
                },
            });
        }
        prev = next;
    }
    rows
}

#[cfg(test)]
mod tests {
    use crate::text::cut;
    use crate::{compare, CompareOptions, Comparison};

    fn rows_text(old: &str, new: &str) -> Vec<(String, String)> {
        let c: Comparison = compare(old, new, &CompareOptions::new());
        c.rows
            .iter()
            .map(|r| (cut(old, r.old), cut(new, r.new)))
            .collect()
    }

    #[test]
    fn line_breaks_count_crlf_once() {
        for (gap, n) in [
            ("\r\n\r\n", 2),
            ("\r\n", 1),
            ("\n\n", 2),
            ("\r\r", 2),
            (" \u{2029} ", 2),
            ("\u{2028}", 1),
            ("  ", 0),
        ] {
            assert_eq!(crate::text::line_breaks(gap), n, "{gap:?}");
        }
    }

    #[test]
    fn a_long_replaced_passage_is_cut_at_its_paragraphs() {
        let side = |w: &str, n: usize| {
            (0..n)
                .map(|k| format!("{w}{k} {w}{k}x"))
                .collect::<Vec<_>>()
        };
        let (old, new) = (side("alpha", 6).join("\n\n"), side("omega", 3).join("\n\n"));
        let got = rows_text(
            &format!("Same start.\n\n{old}"),
            &format!("Same start.\n\n{new}"),
        );
        assert_eq!(got.len(), 7, "{got:#?}");
        assert_eq!(
            got[1],
            ("alpha0 alpha0x\n\n".into(), "omega0 omega0x\n\n".into())
        );
        assert_eq!(got[6], ("alpha5 alpha5x".into(), "".into()));
        // Up to MAX_ROW_PARAGRAPHS per side, a replaced passage stays one row.
        let (old, new) = (side("alpha", 4).join("\n\n"), side("omega", 2).join("\n\n"));
        assert_eq!(
            rows_text(
                &format!("Same start.\n\n{old}"),
                &format!("Same start.\n\n{new}")
            )
            .len(),
            2
        );
    }

    #[test]
    fn unchanged_paragraphs_sit_on_their_own_rows() {
        let got = rows_text("One.\n\nTwo old.\n\nThree.", "One.\n\nTwo new.\n\nThree.");
        assert_eq!(
            got,
            [
                ("One.\n\n".into(), "One.\n\n".into()),
                ("Two old.\n\n".into(), "Two new.\n\n".into()),
                ("Three.".into(), "Three.".into())
            ]
        );
    }

    #[test]
    fn inserted_paragraph_gets_a_row_with_an_empty_old_side() {
        let got = rows_text("Первый.\n\nТретий.", "Первый.\n\nВторой абзац.\n\nТретий.");
        assert_eq!(
            got,
            [
                ("Первый.\n\n".into(), "Первый.\n\n".into()),
                ("".into(), "Второй абзац.\n\n".into()),
                ("Третий.".into(), "Третий.".into())
            ]
        );
    }

    #[test]
    fn rewrapped_lines_share_a_row_until_the_breaks_agree() {
        let got = rows_text("a b\nc d\ne f", "a b c\nd\ne f");
        assert_eq!(
            got,
            [
                ("a b\nc d\n".into(), "a b c\nd\n".into()),
                ("e f".into(), "e f".into())
            ]
        );
    }

    #[test]
    fn rows_cover_both_texts() {
        for (a, b) in [
            ("", ""),
            ("", "x"),
            ("x\n", ""),
            ("\n\na", "a\n\n"),
            ("😀\nб", "😀\nв"),
        ] {
            let c = compare(a, b, &CompareOptions::new());
            let (mut o, mut n) = (0, 0);
            for r in &c.rows {
                assert_eq!((r.old.start, r.new.start), (o, n), "{a:?} {b:?}");
                (o, n) = (r.old.end, r.new.end);
            }
            assert_eq!(
                (o as usize, n as usize),
                (a.encode_utf16().count(), b.encode_utf16().count())
            );
        }
    }
}
