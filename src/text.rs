//! Positions in a text: UTF-16 offsets (what JavaScript strings index by) of byte offsets, and
//! the line breaks white space holds. A leaf of the pipeline.

/// Converts increasing byte offsets of one text to UTF-16 offsets in one pass.
#[derive(Default)]
pub(crate) struct Utf16At {
    /// The last byte offset converted.
    pub(crate) byte: usize,
    utf16: u32,
}

impl Utf16At {
    /// The UTF-16 offset of `byte` (at or after the last one asked for).
    pub(crate) fn at(&mut self, text: &str, byte: usize) -> u32 {
        self.utf16 += utf16_len(&text[self.byte..byte]);
        self.byte = byte;
        self.utf16
    }
}

pub(crate) fn utf16_len(s: &str) -> u32 {
    // ASCII fast path: most statement text is mostly ASCII.
    if s.is_ascii() {
        return s.len() as u32;
    }
    s.chars().map(|c| c.len_utf16() as u32).sum()
}

/// How many line breaks white space holds (CRLF counts once; U+2029, the paragraph
/// separator, counts as two: a paragraph break).
pub(crate) fn line_breaks(gap: &str) -> usize {
    let mut n = 0;
    let mut after_cr = false;
    for c in gap.chars() {
        if c == '\u{2029}' {
            n += 2;
        } else if !(after_cr && c == '\n') {
            n += usize::from(is_line_break(c));
        }
        after_cr = c == '\r';
    }
    n
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}' | '\u{0085}'
    )
}

/// The text of a UTF-16 span of `s` (for tests).
#[cfg(test)]
pub(crate) fn cut(s: &str, sp: crate::Span) -> String {
    let u: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(&u[sp.start as usize..sp.end as usize]).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_lengths() {
        assert_eq!(utf16_len("a😀б"), 4);
        let mut at = Utf16At::default();
        assert_eq!(at.at("a😀б", 1), 1);
        assert_eq!(at.at("a😀б", 5), 3);
    }
}
