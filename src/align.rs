//! Row alignment for side-by-side reading: where both texts break a line at the same point of
//! the word alignment, a new row starts on both sides.
//!
//! (Paragraph/sentence alignment before the word diff, and moves, belong here too as the
//! statement-aware comparison grows.)

use crate::diff::{utf16_len, Run, Tokens};
use crate::model::{Row, Span};

/// Cuts both texts into aligned rows. Candidate cuts are the boundaries between aligned tokens
/// (inside unchanged runs, and at the edges of changes); a cut is taken where the white space
/// before the token holds a line break on both sides.
pub(crate) fn rows(a: &Tokens, b: &Tokens, runs: &[Run]) -> Vec<Row> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut consider = |i: usize, j: usize| {
        if i > 0 && j > 0 && has_line_break(a.gap_before(i)) && has_line_break(b.gap_before(j)) {
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
                    consider(old.start + k, new.start + k);
                }
            }
            Run::Change { old, new } => consider(old.start, new.start),
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

fn has_line_break(gap: &str) -> bool {
    gap.contains([
        '\n', '\r', '\u{2028}', '\u{2029}', '\u{000B}', '\u{000C}', '\u{0085}',
    ])
}

/// Converts increasing byte offsets of one text to UTF-16 offsets in one pass.
#[derive(Default)]
struct Utf16At {
    byte: usize,
    utf16: u32,
}

impl Utf16At {
    fn at(&mut self, text: &str, byte: usize) -> u32 {
        self.utf16 += utf16_len(&text[self.byte..byte]);
        self.byte = byte;
        self.utf16
    }
}

#[cfg(test)]
mod tests {
    use crate::{compare, CompareOptions, Comparison};

    fn rows_text(old: &str, new: &str) -> Vec<(String, String)> {
        let c: Comparison = compare(old, new, &CompareOptions::new());
        let cut = |s: &str, sp: crate::Span| -> String {
            let u: Vec<u16> = s.encode_utf16().collect();
            String::from_utf16(&u[sp.start as usize..sp.end as usize]).unwrap()
        };
        c.rows
            .iter()
            .map(|r| (cut(old, r.old), cut(new, r.new)))
            .collect()
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
