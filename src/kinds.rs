//! What kind of edit a change is: wording, figures, negation, punctuation, look-alike letters,
//! or one of the minor kinds (case, typography, white space, split/joined words) that the reader
//! may hide. Decided from the tokens on both sides.

use std::ops::Range;

use unicode_script::UnicodeScript;
use unicode_security::is_potential_mixed_script_confusable_char;

use crate::model::ChangeKind;
use crate::normalize::fold_typography;
use crate::tokenize::{Token, TokenKind};

/// Classifies a change between `old` tokens (of `old_text`) and `new` tokens (of `new_text`).
// Called from several places in `diff::assemble`: inlining it everywhere costs wasm size, not speed.
#[inline(never)]
pub(crate) fn classify(old: &[Token], old_text: &str, new: &[Token], new_text: &str) -> ChangeKind {
    let all = || old.iter().chain(new);
    if all().all(|t| t.kind == TokenKind::Punct) {
        return ChangeKind::Punctuation;
    }
    let texts = |toks: &[Token], text: &str| -> Vec<String> {
        toks.iter()
            .map(|t| fold_typography(t.text(text)).into_owned())
            .collect()
    };
    let (a, b) = (texts(old, old_text), texts(new, new_text));
    // "th at" / "that", "На стройки" / "Настройки", "interna-\ntional" / "international".
    if !a.is_empty() && !b.is_empty() && a.len() != b.len() && joined(&a) == joined(&b) {
        return ChangeKind::Split;
    }
    if a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x.to_lowercase() == y.to_lowercase())
    {
        return ChangeKind::Case;
    }
    if a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| differs_by_lookalikes(x, y)) {
        return ChangeKind::Lookalike;
    }
    // Only in short changes: in a rewritten paragraph a "not only" says nothing about negation.
    if a.len().max(b.len()) <= MAX_NEGATION_TOKENS && negations(&a) != negations(&b) {
        return ChangeKind::Negation;
    }
    if all().all(|t| t.kind != TokenKind::Word) && all().any(|t| t.kind == TokenKind::Number) {
        return ChangeKind::Number;
    }
    ChangeKind::Wording
}

/// Longest change (in tokens per side) still labelled a negation change.
const MAX_NEGATION_TOKENS: usize = 10;

/// Classifies a difference between two tokens that matched (equal keys, different text).
pub(crate) fn classify_matched(old: &str, new: &str) -> ChangeKind {
    if fold_typography(old) == fold_typography(new) {
        ChangeKind::Typography
    } else {
        ChangeKind::Case
    }
}

/// Classifies a difference in the white space between two matched tokens.
pub(crate) fn classify_gap(old: &str, new: &str) -> ChangeKind {
    let breaks = |s: &str| s.chars().filter(|&c| c == '\n' || c == '\r').count();
    if breaks(old) == breaks(new) && old.chars().count() == new.chars().count() {
        // Same shape, other characters: a no-break or narrow space for a plain one.
        ChangeKind::Typography
    } else {
        ChangeKind::Whitespace
    }
}

/// Cuts a split/joined change into the smallest pieces that read the same on both sides
/// ("th at interna-\ntional" / "that international" → two pieces), as index ranges into `old`
/// and `new`. Tokens that add no letters (a hyphen) stay with the piece before them.
pub(crate) fn split_pieces(
    old: &[Token],
    old_text: &str,
    new: &[Token],
    new_text: &str,
) -> Vec<(Range<usize>, Range<usize>)> {
    let letters =
        |t: &Token, text: &str| -> String { joined(&[fold_typography(t.text(text)).into_owned()]) };
    let (la, lb): (Vec<String>, Vec<String>) = (
        old.iter().map(|t| letters(t, old_text)).collect(),
        new.iter().map(|t| letters(t, new_text)).collect(),
    );
    let mut pieces = Vec::new();
    let (mut i, mut j, mut si, mut sj) = (0, 0, 0, 0);
    let (mut acc_a, mut acc_b) = (String::new(), String::new());
    while i < old.len() || j < new.len() {
        if j >= new.len() || (i < old.len() && acc_a.len() <= acc_b.len()) {
            acc_a.push_str(&la[i]);
            i += 1;
        } else {
            acc_b.push_str(&lb[j]);
            j += 1;
        }
        if !acc_a.is_empty() && acc_a == acc_b {
            while i < old.len() && la[i].is_empty() {
                i += 1;
            }
            while j < new.len() && lb[j].is_empty() {
                j += 1;
            }
            pieces.push((si..i, sj..j));
            (si, sj) = (i, j);
            acc_a.clear();
            acc_b.clear();
        }
    }
    if si < old.len() || sj < new.len() {
        pieces.push((si..old.len(), sj..new.len()));
    }
    pieces
}

/// Letters only, lower-cased, hyphens dropped: what a split or joined word reads as.
fn joined(words: &[String]) -> String {
    words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Same length, and every differing letter pair is two scripts' look-alikes (UTS #39 mixed-script
/// confusables), like Latin "a" and Cyrillic "а". (Whether the two glyphs are confusable with
/// each other would need the full confusables table, too large for the widget.)
fn differs_by_lookalikes(a: &str, b: &str) -> bool {
    a != b
        && a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| {
            x == y
                || (x.script() != y.script()
                    && is_potential_mixed_script_confusable_char(x)
                    && is_potential_mixed_script_confusable_char(y))
        })
}

/// How many negating words a change holds (English and Russian).
fn negations(words: &[String]) -> usize {
    words
        .iter()
        .filter(|w| {
            let w = w.to_lowercase();
            matches!(
                w.as_str(),
                "not"
                    | "no"
                    | "never"
                    | "nor"
                    | "neither"
                    | "none"
                    | "nothing"
                    | "nobody"
                    | "nowhere"
                    | "cannot"
                    | "не"
                    | "нет"
                    | "ни"
                    | "никогда"
                    | "ничего"
                    | "никто"
                    | "нигде"
                    | "нельзя"
                    | "ничто"
                    | "никакой"
                    | "никакие"
                    | "никакого"
                    | "никаких"
            ) || w.ends_with("n't")
                || w.ends_with("n'’t")
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn kind(old: &str, new: &str) -> ChangeKind {
        let vis = |s: &str| {
            tokenize(s)
                .into_iter()
                .filter(|t| t.kind != TokenKind::Space)
                .collect::<Vec<_>>()
        };
        classify(&vis(old), old, &vis(new), new)
    }

    #[test]
    fn kinds_in_english_and_russian() {
        assert_eq!(kind("committee", "council"), ChangeKind::Wording);
        assert_eq!(kind("Заявление", "Сообщение"), ChangeKind::Wording);
        assert_eq!(kind("$35,000,000", "$55,000,000"), ChangeKind::Number);
        assert_eq!(kind("12.03.2024", "15.05.2024"), ChangeKind::Number);
        assert_eq!(kind("15%", "20%"), ChangeKind::Number);
        assert_eq!(kind(",", "."), ChangeKind::Punctuation);
        assert_eq!(kind("will", "will not"), ChangeKind::Negation);
        assert_eq!(kind("can", "can't"), ChangeKind::Negation);
        assert_eq!(kind("согласны", "не согласны"), ChangeKind::Negation);
        assert_eq!(kind("есть", "нет"), ChangeKind::Negation);
        assert_eq!(kind("Бан", "бан"), ChangeKind::Case);
        assert_eq!(kind("organization", "Organization"), ChangeKind::Case);
        assert_eq!(kind("th at", "that"), ChangeKind::Split);
        assert_eq!(kind("Настройки", "На стройки"), ChangeKind::Split);
        assert_eq!(kind("interna-\ntional", "international"), ChangeKind::Split);
        assert_eq!(
            kind("Kazakhstan", "Kazakhst\u{0430}n"),
            ChangeKind::Lookalike
        );
        assert_eq!(kind("сеть", "c\u{0435}ть"), ChangeKind::Lookalike);
        assert_eq!(
            kind("Firefox", "Mozilla"),
            ChangeKind::Wording,
            "same length is not enough"
        );
    }

    #[test]
    fn matched_differences() {
        assert_eq!(classify_matched("«", "“"), ChangeKind::Typography);
        assert_eq!(classify_matched("—", "---"), ChangeKind::Typography);
        assert_eq!(classify_matched("ещё", "еще"), ChangeKind::Typography);
        assert_eq!(classify_matched("Бан", "бан"), ChangeKind::Case);
        assert_eq!(classify_gap("\u{00A0}", " "), ChangeKind::Typography);
        assert_eq!(classify_gap("\n", " "), ChangeKind::Whitespace);
        assert_eq!(classify_gap("  ", " "), ChangeKind::Whitespace);
    }
}
