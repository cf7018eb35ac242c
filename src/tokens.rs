//! Stage 1 of the comparison: each text read into its visible tokens (white space dropped) with
//! interned match keys (normalized: typography folded, case optional) and the line breaks before
//! each token, so that later stages compare integers and never re-scan white space.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::normalize;
use crate::options::CompareOptions;
use crate::text::line_breaks;
use crate::tokenize::{tokenize, Token, TokenKind};

/// One side's visible tokens (white space dropped) and their match keys.
pub(crate) struct Tokens<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: Vec<Token>,
    pub(crate) keys: Vec<u32>,
    /// Line breaks in the white space before each visible token (and, last, after the last one):
    /// 0, 1, or 2 for a paragraph break (two or more, or U+2029).
    breaks: Vec<u8>,
}

impl Tokens<'_> {
    /// Whether the white space before visible token `i` breaks the line (`i == len`: the
    /// trailing white space).
    pub(crate) fn line_break_before(&self, i: usize) -> bool {
        self.breaks[i] > 0
    }

    /// Whether the white space before visible token `i` ends a paragraph (a blank line, U+2029).
    pub(crate) fn paragraph_break_before(&self, i: usize) -> bool {
        self.breaks[i] > 1
    }

    /// The white space before visible token `i` (`i == len` gives the trailing white space).
    pub(crate) fn gap_before(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.toks[i - 1].end };
        let end = self.toks.get(i).map_or(self.text.len(), |t| t.start);
        &self.text[start..end]
    }

    /// The match keys of a range of visible tokens.
    pub(crate) fn keys_of(&self, range: Range<usize>) -> &[u32] {
        &self.keys[range]
    }

    /// Byte offset where visible token `i` starts (`i == len` gives the text length).
    pub(crate) fn start_of(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }
}

/// Assigns one small integer per distinct key, so the diff compares integers, not strings.
#[derive(Default)]
pub(crate) struct Interner<'a> {
    ids: FxHashMap<Cow<'a, str>, u32>,
}

impl<'a> Interner<'a> {
    /// How many distinct keys were read.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    #[inline(never)]
    pub(crate) fn read(&mut self, text: &'a str, opts: &CompareOptions) -> Tokens<'a> {
        let all = tokenize(text);
        let mut toks = Vec::with_capacity(all.len() / 2 + 1);
        let mut keys = Vec::with_capacity(all.len() / 2 + 1);
        let mut breaks = Vec::with_capacity(all.len() / 2 + 2);
        let mut pending = 0;
        for t in all {
            if t.kind == TokenKind::Space {
                pending = line_breaks(t.text(text)).min(2) as u8;
                continue;
            }
            let next = self.ids.len() as u32;
            keys.push(
                *self
                    .ids
                    .entry(normalize::key(t.text(text), opts))
                    .or_insert(next),
            );
            toks.push(t);
            breaks.push(pending);
            pending = 0;
        }
        breaks.push(pending);
        Tokens {
            text,
            toks,
            keys,
            breaks,
        }
    }
}

/// Words and figures among the visible tokens `range` of a side.
pub(crate) fn count_words(side: &Tokens, range: Range<usize>) -> u32 {
    side.toks[range].iter().filter(|t| t.is_wordlike()).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_breaks() {
        let opts = CompareOptions::new();
        let t = Interner::default().read("a\n\nb \r\n \r\nc\u{2029}d \r\n e  f\u{2028}g", &opts);
        let at = |i| (t.line_break_before(i), t.paragraph_break_before(i));
        let got: Vec<_> = (0..=t.toks.len()).map(at).collect();
        let (no, line, para) = ((false, false), (true, false), (true, true));
        assert_eq!(got, [no, para, para, para, line, no, line, no]);
    }
}
