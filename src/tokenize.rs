//! Text → tokens with byte spans.
//!
//! Tokens follow Unicode word boundaries (UAX #29, via `unicode-segmentation`), so words in any
//! script stay whole, CJK ideographs come one per token and emoji ZWJ sequences are not split.
//! On top of UAX #29, figures people read as one value are kept whole: `$35,000,000`, `15%`,
//! `12.03.2024`, `1267/1989/2253`, `12:30`, `2024-05-15` and `35 000 000` (grouped with no-break
//! or thin spaces, as Russian texts write amounts).
//!
//! Every byte of the input belongs to exactly one token, so tokens always join back to the input.

use unicode_segmentation::UnicodeSegmentation;

use crate::charsets::is_currency_symbol;

/// What a token is; decides how it is matched and counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (any script), possibly with digits, inner apostrophes and combining marks.
    Word,
    /// A figure starting with a digit: `40th`, `3,5`, `$35,000,000`, `15%`, `12.03.2024`.
    Number,
    /// Anything else visible: punctuation (`,` `.` `«` `”` `—` `-` `%`), symbols (`$` `©`),
    /// emoji, stray combining marks, control characters.
    Punct,
    /// A run of white space, line breaks included.
    Space,
}

/// A token: its kind and its byte range in the text it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text within `source` (the text it was read from).
    #[inline]
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// Words and numbers: what "words unchanged / deleted / inserted" counts.
    #[inline]
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// Splits `text` into tokens covering every byte, in order.
///
/// ```
/// use statement_diff::{tokenize, TokenKind};
/// let text = "Pay $35,000,000, now.";
/// let words: Vec<_> = tokenize(text)
///     .into_iter()
///     .filter(|t| t.kind != TokenKind::Space)
///     .map(|t| t.text(text))
///     .collect();
/// assert_eq!(words, ["Pay", "$35,000,000", ",", "now", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    // ASCII white space always ends a word (UAX #29 WB3a/b, WB999), so the text is cut there and
    // each stretch between is segmented on its own: pure-ASCII stretches by the ASCII rules below
    // (the same boundaries, several times faster than the general tables), others by
    // unicode-segmentation. (One corner differs from segmenting the whole text at once: a combining
    // mark right after a space starts the next token instead of joining the space; both ways
    // keep every byte.)
    while i < bytes.len() {
        let start = i;
        if is_ascii_space(bytes[i]) {
            while i < bytes.len() && is_ascii_space(bytes[i]) {
                i += 1;
            }
            push(
                text,
                &mut out,
                Token {
                    kind: TokenKind::Space,
                    start,
                    end: i,
                },
            );
            continue;
        }
        while i < bytes.len() && !is_ascii_space(bytes[i]) {
            i += 1;
        }
        let stretch = &text[start..i];
        if stretch.is_ascii() {
            ascii_words(stretch.as_bytes(), |s, e| {
                let token = Token {
                    kind: classify_ascii(&stretch.as_bytes()[s..e]),
                    start: start + s,
                    end: start + e,
                };
                push(text, &mut out, token);
            });
        } else {
            for (offset, piece) in stretch.split_word_bound_indices() {
                let token = Token {
                    kind: classify(piece),
                    start: start + offset,
                    end: start + offset + piece.len(),
                };
                push(text, &mut out, token);
            }
        }
    }
    out
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// UAX #29 `Word_Break` values of the ASCII characters that matter between two spaces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    ExtendNumLet,
    Other,
}

fn wb(b: u8) -> Wb {
    match b {
        b'A'..=b'Z' | b'a'..=b'z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' => Wb::MidNumLet,
        b'\'' => Wb::SingleQuote,
        b'_' => Wb::ExtendNumLet,
        _ => Wb::Other,
    }
}

/// Calls `emit(start, end)` for each UAX #29 word piece of an ASCII stretch without white space
/// (rules WB5–WB13b; the tokenizer's tests check them against unicode-segmentation).
fn ascii_words(s: &[u8], mut emit: impl FnMut(usize, usize)) {
    use Wb::*;
    let cat = |i: usize| s.get(i).map_or(Other, |&b| wb(b));
    let mid_letter = |c: Wb| matches!(c, MidLetter | MidNumLet | SingleQuote);
    let mid_num = |c: Wb| matches!(c, MidNum | MidNumLet | SingleQuote);
    let mut start = 0;
    // A sliding window of categories: one lookup per byte.
    let (mut prev2, mut prev, mut cur) = (Other, cat(0), cat(1));
    for i in 1..s.len() {
        let next = cat(i + 1);
        let join = matches!((prev, cur), (Letter | Numeric, Letter | Numeric))
            || (prev == Letter && mid_letter(cur) && next == Letter)
            || (prev2 == Letter && mid_letter(prev) && cur == Letter)
            || (prev2 == Numeric && mid_num(prev) && cur == Numeric)
            || (prev == Numeric && mid_num(cur) && next == Numeric)
            || (matches!(prev, Letter | Numeric | ExtendNumLet) && cur == ExtendNumLet)
            || (prev == ExtendNumLet && matches!(cur, Letter | Numeric));
        if !join {
            emit(start, i);
            start = i;
        }
        (prev2, prev, cur) = (prev, cur, next);
    }
    if !s.is_empty() {
        emit(start, s.len());
    }
}

/// [`classify`] for a piece of an ASCII stretch (no white space in it).
fn classify_ascii(piece: &[u8]) -> TokenKind {
    match piece.first() {
        Some(b) if b.is_ascii_digit() => TokenKind::Number,
        _ if piece.iter().any(u8::is_ascii_alphanumeric) => TokenKind::Word,
        _ => TokenKind::Punct,
    }
}

/// Appends `token`, merging it with what precedes it where the two read as one value.
/// (Called from both segmentation paths: kept out of line, it is the same speed and less wasm.)
#[inline(never)]
fn push(text: &str, out: &mut Vec<Token>, token: Token) {
    let n = out.len();
    match token.kind {
        TokenKind::Space => {
            // UAX #29 splits "\n" from " "; one run of white space is one token.
            if let Some(last) = out.last_mut().filter(|t| t.kind == TokenKind::Space) {
                last.end = token.end;
                return;
            }
        }
        TokenKind::Number => {
            if n >= 1 {
                let prev = out[n - 1];
                // `$35`, `€5`, `₽100`: a currency sign glued to the figure.
                if prev.kind == TokenKind::Punct && is_currency(prev.text(text)) {
                    out[n - 1] = Token {
                        kind: TokenKind::Number,
                        start: prev.start,
                        end: token.end,
                    };
                    return;
                }
            }
            if n >= 2 {
                let (num, sep) = (out[n - 2], out[n - 1]);
                if num.kind == TokenKind::Number && joins_figures(num, sep, token, text) {
                    out.pop();
                    out[n - 2].end = token.end;
                    return;
                }
            }
        }
        TokenKind::Punct => {
            // `15%`, `100₽`, `5‰`: a unit sign glued after the figure.
            if let Some(last) = out.last_mut().filter(|t| t.kind == TokenKind::Number) {
                let s = token.text(text);
                if matches!(s, "%" | "‰" | "‱") || is_currency(s) {
                    last.end = token.end;
                    return;
                }
            }
            // `--`, `---` (a typed dash) and `...` (a typed ellipsis) are one mark, like `—` and `…`.
            if let Some(last) = out
                .last_mut()
                .filter(|t| t.kind == TokenKind::Punct && t.end == token.start)
            {
                let (prev, s) = (last.text(text), token.text(text));
                if (s == "-" && prev.bytes().all(|b| b == b'-'))
                    || (s == "." && prev.bytes().all(|b| b == b'.'))
                {
                    last.end = token.end;
                    return;
                }
            }
        }
        TokenKind::Word => {}
    }
    out.push(token);
}

/// `1267/1989/2253`, `12:30`, `2024-05-15`, `35 000` (no-break / thin space, 3-digit group).
fn joins_figures(num: Token, sep: Token, next: Token, text: &str) -> bool {
    let sep_text = sep.text(text);
    match sep.kind {
        TokenKind::Punct => {
            matches!(sep_text, "/" | ":" | "-" | "‐" | "‑" | "–")
                && starts_with_digit(next.text(text))
                && ends_with_digit(num.text(text))
        }
        TokenKind::Space => {
            matches!(sep_text, "\u{00A0}" | "\u{202F}" | "\u{2009}")
                && is_digit_group(next.text(text))
                && last_group_len(num.text(text)).is_some_and(|len| (1..=3).contains(&len))
        }
        _ => false,
    }
}

fn starts_with_digit(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_numeric)
}

fn ends_with_digit(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_numeric)
}

fn is_digit_group(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Digits after the last grouping space of a figure like `35 000`, if it is all digits.
fn last_group_len(s: &str) -> Option<usize> {
    let group = s.rsplit(['\u{00A0}', '\u{202F}', '\u{2009}']).next()?;
    group
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then_some(group.len())
}

fn is_currency(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_currency_symbol(c))
}

fn classify(piece: &str) -> TokenKind {
    let Some(first) = piece.chars().next() else {
        return TokenKind::Punct;
    };
    if first.is_numeric() {
        TokenKind::Number
    } else if piece.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else if piece.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    fn visible(text: &str) -> Vec<&str> {
        toks(text)
            .into_iter()
            .filter(|(_, k)| *k != TokenKind::Space)
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn words_in_any_script() {
        assert_eq!(
            visible("Заявление МИД, café naïve Ελλάδα"),
            ["Заявление", "МИД", ",", "café", "naïve", "Ελλάδα"]
        );
        assert_eq!(toks("Заявление")[0].1, TokenKind::Word);
    }

    #[test]
    fn cjk_one_token_per_ideograph() {
        assert_eq!(visible("声明发布"), ["声", "明", "发", "布"]);
    }

    #[test]
    fn punctuation_quotes_and_dashes_are_own_tokens() {
        assert_eq!(
            visible("«мир» — “peace”, hello."),
            ["«", "мир", "»", "—", "“", "peace", "”", ",", "hello", "."]
        );
        assert_eq!(toks("—")[0].1, TokenKind::Punct);
        assert_eq!(visible("well-known"), ["well", "-", "known"]);
    }

    #[test]
    fn typed_dashes_and_ellipses_are_one_token() {
        assert_eq!(
            visible("a --- b -- c ... d. e"),
            ["a", "---", "b", "--", "c", "...", "d", ".", "e"]
        );
    }

    #[test]
    fn apostrophes_inside_words_stay() {
        assert_eq!(visible("don't can’t"), ["don't", "can’t"]);
    }

    #[test]
    fn numbers_amounts_and_dates_stay_whole() {
        for figure in [
            "35,000,000",
            "$35,000,000",
            "€5",
            "12.03.2024",
            "1267/1989/2253",
            "40th",
            "3,5",
            "15%",
            "100₽",
            "12:30",
            "2024-05-15",
            "35\u{00A0}000\u{00A0}000",
        ] {
            let got = toks(figure);
            assert_eq!(got, [(figure, TokenKind::Number)], "{figure}");
        }
    }

    #[test]
    fn figures_do_not_swallow_words_or_plain_spaces() {
        assert_eq!(visible("COVID-19"), ["COVID", "-", "19"]);
        assert_eq!(
            visible("in 2020 100 people"),
            ["in", "2020", "100", "people"]
        );
        assert_eq!(visible("2020\u{00A0}года"), ["2020", "года"]);
        assert_eq!(visible("US$5."), ["US", "$5", "."]);
        assert_eq!(
            visible("12 марта 2024 г."),
            ["12", "марта", "2024", "г", "."]
        );
    }

    #[test]
    fn whitespace_runs_are_one_token() {
        assert_eq!(
            toks("a \r\n\t\u{00A0} b"),
            [
                ("a", TokenKind::Word),
                (" \r\n\t\u{00A0} ", TokenKind::Space),
                ("b", TokenKind::Word)
            ]
        );
    }

    #[test]
    fn emoji_and_controls_are_marks_of_their_own() {
        assert_eq!(visible("hi 👩‍👩‍👧 \0"), ["hi", "👩‍👩‍👧", "\0"]);
        assert_eq!(toks("👩‍👩‍👧")[0].1, TokenKind::Punct);
    }

    /// The reference: every piece from unicode-segmentation over the whole text.
    fn tokenize_reference(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        for (start, piece) in text.split_word_bound_indices() {
            push(
                text,
                &mut out,
                Token {
                    kind: classify(piece),
                    start,
                    end: start + piece.len(),
                },
            );
        }
        out
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
    fn ascii_fast_path_matches_unicode_segmentation() {
        use proptest::prelude::*;
        let alphabet: Vec<char> = "aZ09:,;.'_\"-/$%()?! \n\r\t\0xyz123".chars().collect();
        proptest!(ProptestConfig::with_cases(2000), |(idx in prop::collection::vec(0..alphabet.len(), 0..40))| {
            let text: String = idx.iter().map(|&i| alphabet[i]).collect();
            prop_assert_eq!(tokenize(&text), tokenize_reference(&text), "{:?}", text);
        });
        for text in [
            "don't 3.5 v2.0 a:b a.b a.5 5.a",
            "__init__ x_1 1_000 'quoted' end.",
            "1,000,000 a,b",
        ] {
            assert_eq!(tokenize(text), tokenize_reference(text), "{text:?}");
        }
    }

    #[test]
    fn mixed_text_matches_unicode_segmentation_away_from_marks_after_spaces() {
        for text in [
            "Заявление МИД, café naïve Ελλάδα",
            "«мир» — “peace”, hello.",
            "$35,000,000 12.03.2024 35\u{00A0}000",
            "声明发布 👩‍👩‍👧 \0",
            "x\u{200B}y Kazakhst\u{0430}n",
        ] {
            assert_eq!(tokenize(text), tokenize_reference(text), "{text:?}");
        }
    }

    #[test]
    fn tokens_cover_every_byte() {
        for text in [
            "",
            " ",
            "a\r\nb",
            "\u{0301}x",
            "x\u{200B}y",
            "$",
            "1/",
            "/1",
        ] {
            let tokens = tokenize(text);
            let mut at = 0;
            for t in &tokens {
                assert_eq!(t.start, at, "{text:?}");
                assert!(t.end > t.start);
                at = t.end;
            }
            assert_eq!(at, text.len(), "{text:?}");
        }
    }
}
