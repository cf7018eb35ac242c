//! Stage 7, things a reader cannot see on screen, found in one text on its own: words that mix scripts
//! with look-alike letters (a Cyrillic "е" in "Kazakhstаn") and invisible or control characters
//! (zero-width spaces, bidi controls, soft hyphens, NUL…). Uses Unicode's script data (UAX #24),
//! UTS #39's mixed-script confusable data and `General_Category` (Cc, Cf).

use unicode_script::{Script, UnicodeScript};
use unicode_security::is_potential_mixed_script_confusable_char;

use crate::charsets::is_format_char;
use crate::model::{CharInfo, Finding, FindingKind, Span};
use crate::text::{utf16_len, Utf16At};
use crate::tokenize::{Token, TokenKind};

/// Scans one text's tokens (`tokens`: tokens of `text` in order; white space may be left out).
pub(crate) fn scan(text: &str, tokens: &[Token]) -> Vec<Finding> {
    // A whole text with nothing to find is common and quick to tell.
    if is_plain(text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut utf16 = Utf16At::default();
    for t in tokens {
        let s = t.text(text);
        if is_plain(s) {
            continue;
        }
        let invisible: Vec<(usize, char)> = s
            .char_indices()
            .filter(|&(_, c)| is_invisible(c, t.kind))
            .collect();
        let lookalike = if t.kind == TokenKind::Word {
            mixed_script_lookalikes(s)
        } else {
            Vec::new()
        };
        for (kind, chars) in [
            (FindingKind::Invisible, invisible),
            (FindingKind::Lookalike, lookalike),
        ] {
            if chars.is_empty() {
                continue;
            }
            let start = utf16.at(text, t.start);
            let infos = chars
                .iter()
                .map(|&(i, c)| CharInfo {
                    offset: start + utf16_len(&s[..i]),
                    code_point: c as u32,
                    script: c.script().full_name(),
                })
                .collect();
            out.push(Finding {
                kind,
                span: Span {
                    start,
                    end: start + utf16_len(s),
                },
                chars: infos,
            });
        }
    }
    out
}

/// ASCII without control characters (tab and line breaks aside): nothing look-alike or invisible.
/// Printable ASCII and ordinary white space only: nothing to find (one pass over the bytes).
fn is_plain(s: &str) -> bool {
    s.bytes()
        .all(|b| matches!(b, b' '..=b'~' | b'\t' | b'\n' | b'\r'))
}

fn is_invisible(c: char, kind: TokenKind) -> bool {
    match c {
        '\t' | '\n' | '\r' => false,
        // Joiners and variation selectors are how emoji sequences are built: only flag them in words.
        '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' => kind == TokenKind::Word,
        // Controls (Cc) and format characters (Cf: zero-width spaces and joiners, bidi controls,
        // soft hyphen, BOM, word joiner…).
        _ => c.is_control() || is_format_char(c),
    }
}

/// In a word mixing scripts, the letters of the minority script(s) that look like another script's.
fn mixed_script_lookalikes(word: &str) -> Vec<(usize, char)> {
    let letters: Vec<(usize, char, Script)> = word
        .char_indices()
        .filter(|(_, c)| c.is_alphabetic())
        .map(|(i, c)| (i, c, fast_script(c)))
        .filter(|&(_, _, s)| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        .collect();
    let Some(&(_, _, first)) = letters.first() else {
        return Vec::new();
    };
    if letters.iter().all(|&(_, _, s)| s == first) {
        return Vec::new();
    }
    // The word's main script is the one most of its letters belong to.
    let count = |s: Script| letters.iter().filter(|l| l.2 == s).count();
    let main = letters
        .iter()
        .map(|l| l.2)
        .max_by_key(|&s| count(s))
        .unwrap_or(first);
    let odd: Vec<(usize, char)> = letters
        .iter()
        .filter(|&&(_, c, s)| s != main && is_potential_mixed_script_confusable_char(c))
        .map(|&(i, c, _)| (i, c))
        .collect();
    odd
}

/// Script of a letter, with a fast path for the scripts statements are mostly written in.
fn fast_script(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => Script::Latin,
        0x0410..=0x044F => Script::Cyrillic,
        _ => c.script(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// (offset, code point, script) of each named character.
    type Chars = Vec<(u32, u32, &'static str)>;

    fn find(text: &str) -> Vec<(FindingKind, Span, Chars)> {
        scan(text, &tokenize(text))
            .into_iter()
            .map(|f| {
                (
                    f.kind,
                    f.span,
                    f.chars
                        .iter()
                        .map(|c| (c.offset, c.code_point, c.script))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn cyrillic_letter_in_an_english_word() {
        let got = find("We visited Kazakhst\u{0430}n in May.");
        assert_eq!(
            got,
            [(
                FindingKind::Lookalike,
                Span { start: 11, end: 21 },
                vec![(19, 0x0430, "Cyrillic")]
            )]
        );
    }

    #[test]
    fn latin_letters_in_a_russian_word() {
        let got = find("Заявлениe МИД"); // final Latin "e"
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].2, [(8, 'e' as u32, "Latin")]);
    }

    #[test]
    fn invisible_and_control_characters() {
        let got = find("pay\u{200B}ment \u{202E}txt \0 ok\u{00AD}ay");
        let kinds: Vec<_> = got.iter().map(|f| (f.0, f.2[0].1)).collect();
        assert_eq!(
            kinds,
            [
                (FindingKind::Invisible, 0x200B),
                (FindingKind::Invisible, 0x202E),
                (FindingKind::Invisible, 0),
                (FindingKind::Invisible, 0xAD)
            ]
        );
    }

    #[test]
    fn clean_text_and_emoji_have_no_findings() {
        assert!(
            find("Plain English, ещё по-русски, Ελληνικά, 👩\u{200D}👩\u{200D}👧 and CO2.")
                .is_empty()
        );
        assert!(
            find("Mozilla Firefox и Windows").is_empty(),
            "separate words in two scripts are fine"
        );
    }
}
