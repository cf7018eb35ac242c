//! Stage 6, what kind of edit a change is: wording, figures, negation, punctuation, look-alike letters,
//! or one of the minor kinds (case, typography, white space, split/joined words) that the reader
//! may hide. Decided from the tokens on both sides.

use std::ops::Range;

use unicode_script::UnicodeScript;
use unicode_security::is_potential_mixed_script_confusable_char;

use std::cell::Cell;

use crate::model::ChangeKind;
use crate::normalize::{fold_char, fold_typography};
use crate::tokenize::{Token, TokenKind};
use crate::tokens::Tokens;
use crate::wordlists::{verdict, Language, Verdict, WordLookup};

/// Classifies a change between `old` tokens (of `old_text`) and `new` tokens (of `new_text`).
///
/// Linear in the change's length and allocation-free until a test needs the tokens' folded
/// text, and each test stops at the first token that rules it out: two unrelated texts are one
/// huge change, whose classification must stay cheap.
// Called from several places in `diff::assemble`: inlining it everywhere costs wasm size, not speed.
#[inline(never)]
pub(crate) fn classify(old: &[Token], old_text: &str, new: &[Token], new_text: &str) -> ChangeKind {
    let all = || {
        old.iter()
            .map(move |t| (t, old_text))
            .chain(new.iter().map(move |t| (t, new_text)))
    };
    if all().all(|(t, _)| t.kind == TokenKind::Punct) {
        return ChangeKind::Punctuation;
    }
    // The same words, other punctuation around them ("; - публичное" / "* Публичное",
    // "services" / "Services,"): a punctuation change, whatever the case.
    if old.len() != new.len() && same_words(old, old_text, new, new_text) {
        return ChangeKind::Punctuation;
    }
    // "th at" / "that", "На стройки" / "Настройки", "interna-\ntional" / "international".
    if !old.is_empty()
        && !new.is_empty()
        && old.len() != new.len()
        && old.len() + new.len() <= MAX_SPLIT_TOKENS
        && letters(old, old_text) == letters(new, new_text)
    {
        return ChangeKind::Split;
    }
    if old.len() == new.len() {
        let pairs = || {
            old.iter().zip(new).map(|(x, y)| {
                (
                    fold_typography(x.text(old_text)),
                    fold_typography(y.text(new_text)),
                )
            })
        };
        if pairs().all(|(x, y)| x.to_lowercase() == y.to_lowercase()) {
            // "US" → "us", "WHO" → "who": an abbreviation is another word, not a case change.
            // A heading set in capitals ("PRESS RELEASE" → "Press release") is emphasis.
            let words = |toks: &[Token], text: &str| {
                let mut w = toks
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .map(|t| t.text(text));
                let all_caps = w
                    .clone()
                    .all(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()));
                (w.nth(1).is_some(), all_caps)
            };
            let heading = [words(old, old_text), words(new, new_text)]
                .iter()
                .any(|&(several, caps)| several && caps);
            return if !heading && pairs().any(|(x, y)| abbreviation_lost(&x, &y)) {
                ChangeKind::Wording
            } else {
                ChangeKind::Case
            };
        }
        if pairs().all(|(x, y)| differs_by_lookalikes(&x, &y)) {
            return ChangeKind::Lookalike;
        }
    }
    // Only in short changes: in a rewritten paragraph a "not only" says nothing about negation.
    if old.len().max(new.len()) <= MAX_NEGATION_TOKENS
        && negations(old, old_text) != negations(new, new_text)
    {
        return ChangeKind::Negation;
    }
    // Figures and dates: "$35,000,000", "12.03.2024", "12 March" → "15 April", "12 марта" →
    // "15 мая". Month names count when a figure changed too, or when a month became another
    // ("March" → "April"): a lone "May" that appears or disappears is more likely the verb.
    let month = |(t, text): (&Token, &str)| t.kind == TokenKind::Word && is_month(t.text(text));
    let has_month = |toks: &[Token], text: &str| toks.iter().any(|t| month((t, text)));
    if all().all(|(t, text)| t.kind != TokenKind::Word || month((t, text)))
        && (all().any(|(t, _)| t.kind == TokenKind::Number)
            || (has_month(old, old_text) && has_month(new, new_text)))
    {
        return ChangeKind::Number;
    }
    ChangeKind::Wording
}

/// Whether both runs hold the same words and figures (typography and case aside), at least one.
fn same_words(old: &[Token], old_text: &str, new: &[Token], new_text: &str) -> bool {
    let words = |toks: &[Token], text: &str| -> Vec<String> {
        toks.iter()
            .filter(|t| t.is_wordlike())
            .map(|t| fold_typography(t.text(text)).to_lowercase())
            .collect()
    };
    let w = words(old, old_text);
    !w.is_empty() && w == words(new, new_text)
}

/// The letters of a run of tokens as a reader sees the words: typography folded, letters and
/// digits only, lower-cased (a split or joined word reads the same).
fn letters(toks: &[Token], text: &str) -> String {
    let mut out = String::new();
    let mut push = |c: char| {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    };
    for t in toks {
        for c in t.text(text).chars() {
            match fold_char(c) {
                Some(folded) => folded.chars().for_each(&mut push),
                None => push(c),
            }
        }
    }
    out
}

/// Month names: English, capitalized, full or abbreviated ("March", "Sept."); Russian, in the
/// nominative, genitive and prepositional forms dates use ("март", "марта", "марте").
fn is_month(word: &str) -> bool {
    if word.len() > 16 {
        return false;
    }
    if word.is_ascii() && !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let w = word.to_lowercase();
    let w = w.as_str();
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    ) || [
        "январ",
        "феврал",
        "апрел",
        "июн",
        "июл",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ]
    .iter()
    .any(|stem| {
        w.strip_prefix(stem)
            .is_some_and(|end| matches!(end, "ь" | "я" | "е"))
    }) || matches!(w, "март" | "марта" | "марте" | "май" | "мая" | "мае")
        || ["август"].iter().any(|stem| {
            w.strip_prefix(stem)
                .is_some_and(|end| matches!(end, "" | "а" | "е"))
        })
}

/// Longest change (tokens of both sides) checked for split or joined words: PDF artefacts are a
/// few tokens each ("th at", "interna-⏎tional", even a letter-spaced heading), and reading the
/// letters of a long rewrite would cost time for nothing.
const MAX_SPLIT_TOKENS: usize = 128;

/// Longest change (in tokens per side) still labelled a negation change.
const MAX_NEGATION_TOKENS: usize = 10;

/// Classifies a difference between two tokens that matched (equal keys, different text).
///
/// `heading`: the word stands in a run of words set in capitals on either side ("THE FUND
/// WILL PAY" / "the fund will pay", matched word by word with `ignoreCase`): emphasis, a case
/// change, as when the same run is one change without `ignoreCase`.
pub(crate) fn classify_matched(old: &str, new: &str, heading: bool) -> ChangeKind {
    let (x, y) = (fold_typography(old), fold_typography(new));
    if x == y {
        ChangeKind::Typography
    } else if !heading && abbreviation_lost(&x, &y) {
        ChangeKind::Wording
    } else {
        ChangeKind::Case
    }
}

/// Whether one of two words that differ only in case is an abbreviation in capitals (two to five
/// letters: "US", "WHO", "IT", "ООН", "НАТО") and the other is not: "US" → "us" changes what the
/// sentence says. Sentence-initial and title-case changes ("The" → "the") stay minor, and so
/// does a longer word in capitals set for emphasis (a heading's "STATEMENT" → "Statement").
fn abbreviation_lost(x: &str, y: &str) -> bool {
    x != y && (in_capitals(x) != in_capitals(y))
}

/// Two to five letters, all capitals: "US", "WHO", "ООН".
fn in_capitals(w: &str) -> bool {
    let n = w.chars().count();
    (2..=5).contains(&n) && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// Whether a word is set in capitals (at least two letters, none lower case): "FUND", "US".
pub(crate) fn all_capitals(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
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

/// What the two readings of a split or joined word are ("th at" / "that").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SplitReading {
    /// One reading is not a word of its language (a PDF artefact, hyphenation): minor.
    Artefact,
    /// Both readings are words ("a part" / "apart", "на стройки" / "настройки"), or figures
    /// ("20 24" / "2024"): a change of meaning.
    Words,
    /// No word list decides it (not loaded: `Some`, or none for the script): shown as a change.
    Unsure(Option<Language>),
}

/// Reads both sides of a split/joined change with the word lists: it is minor only when at least
/// one reading is not a word (every word of one side must be in its list for that reading to
/// be words).
pub(crate) fn split_reading(
    old: &[Token],
    old_text: &str,
    new: &[Token],
    new_text: &str,
    words: &dyn WordLookup,
) -> SplitReading {
    // Figures: only thousands written apart ("35 000" / "35000") read the same.
    let figures = |toks: &[Token], text: &str| -> Option<bool> {
        let nums: Vec<&str> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.text(text))
            .collect();
        (!nums.is_empty()).then(|| {
            nums.iter()
                .skip(1)
                .all(|n| n.len() == 3 && n.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    let (longer, longer_text) = if old.len() >= new.len() {
        (old, old_text)
    } else {
        (new, new_text)
    };
    if let Some(thousands) = figures(longer, longer_text) {
        return if thousands {
            SplitReading::Artefact
        } else {
            SplitReading::Words
        };
    }
    // "us" / "U.S.": an abbreviation in capitals is another word, however it is split.
    let caps = |toks: &[Token], text: &str| {
        let letters: String = toks
            .iter()
            .flat_map(|t| t.text(text).chars())
            .filter(|c| c.is_alphabetic())
            .collect();
        abbreviation_lost(&letters, &letters.to_lowercase()) // two to five capitals
    };
    if caps(old, old_text) != caps(new, new_text) {
        return SplitReading::Words;
    }
    let mut unsure = None;
    let mut all_words = true;
    for (toks, text) in [(old, old_text), (new, new_text)] {
        let mut side = Verdict::Word;
        for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
            let w = fold_typography(t.text(text));
            match verdict(words, &w) {
                Verdict::Word => {}
                Verdict::NotAWord => {
                    side = Verdict::NotAWord;
                    break;
                }
                v @ Verdict::Unknown(_) => side = v,
            }
        }
        match side {
            Verdict::NotAWord => return SplitReading::Artefact,
            Verdict::Unknown(lang) => {
                all_words = false;
                unsure = unsure.or(Some(lang));
            }
            Verdict::Word => {}
        }
    }
    match unsure {
        Some(lang) if !all_words => SplitReading::Unsure(lang),
        _ => SplitReading::Words,
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
    let read = |t: &Token, text: &str| -> String { letters(std::slice::from_ref(t), text) };
    let (la, lb): (Vec<String>, Vec<String>) = (
        old.iter().map(|t| read(t, old_text)).collect(),
        new.iter().map(|t| read(t, new_text)).collect(),
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
fn negations(toks: &[Token], text: &str) -> usize {
    toks.iter().filter(|t| is_negation(t.text(text))).count()
}

/// A negation word (not, no, never, n't…; не, нет, ни, никогда…), in any case and typography.
pub(crate) fn is_negation(word: &str) -> bool {
    let w = fold_typography(word).to_lowercase();
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
}

/// The kind of a change before the word lists are read (cleanup's view: a split keeps its
/// identity whatever its readings).
pub(crate) fn plain_kind(a: &Tokens, o: Range<usize>, b: &Tokens, n: Range<usize>) -> ChangeKind {
    classify(&a.toks[o], a.text, &b.toks[n], b.text)
}

/// Decides the kinds of changes with the word lists, and remembers which lists would have
/// decided a split that none did.
pub(crate) struct Judge<'w> {
    words: &'w dyn WordLookup,
    /// Bit per [`Language`]: its list is not loaded and a split needed it.
    needed: Cell<u8>,
}

impl<'w> Judge<'w> {
    pub(crate) fn new(words: &'w dyn WordLookup) -> Self {
        Judge {
            words,
            needed: Cell::new(0),
        }
    }

    /// A split or joined word is minor only when one reading is not a word ("th at" / "that");
    /// when both are words ("a part" / "apart") or no list can tell, it is a wording change.
    pub(crate) fn kind_of(
        &self,
        a: &Tokens,
        o: Range<usize>,
        b: &Tokens,
        n: Range<usize>,
    ) -> ChangeKind {
        let kind = plain_kind(a, o.clone(), b, n.clone());
        if kind != ChangeKind::Split {
            return kind;
        }
        match split_reading(&a.toks[o], a.text, &b.toks[n], b.text, self.words) {
            SplitReading::Artefact => ChangeKind::Split,
            SplitReading::Words => ChangeKind::Wording,
            SplitReading::Unsure(lang) => {
                if let Some(lang) = lang {
                    self.needed.set(self.needed.get() | 1 << lang as u8);
                }
                ChangeKind::Wording
            }
        }
    }

    pub(crate) fn needed(&self) -> Vec<&'static str> {
        Language::ALL
            .into_iter()
            .filter(|&l| self.needed.get() & 1 << l as u8 != 0)
            .map(Language::code)
            .collect()
    }
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
        assert_eq!(kind("12 March", "15 April"), ChangeKind::Number);
        assert_eq!(kind("March", "April"), ChangeKind::Number);
        assert_eq!(kind("Sept.", "Oct."), ChangeKind::Number);
        assert_eq!(kind("12 марта", "15 мая"), ChangeKind::Number);
        assert_eq!(kind("марте", "апреле"), ChangeKind::Number);
        assert_eq!(kind("августа", "сентября"), ChangeKind::Number);
        assert_eq!(
            kind("may", ""),
            ChangeKind::Wording,
            "the verb, not the month"
        );
        assert_eq!(kind("May", ""), ChangeKind::Wording, "a lone month name");
        assert_eq!(kind("march", "walk"), ChangeKind::Wording);
        assert_eq!(kind("марта", "марки"), ChangeKind::Wording);
        assert_eq!(kind(",", "."), ChangeKind::Punctuation);
        assert_eq!(kind("will", "will not"), ChangeKind::Negation);
        assert_eq!(kind("can", "can't"), ChangeKind::Negation);
        assert_eq!(kind("согласны", "не согласны"), ChangeKind::Negation);
        assert_eq!(kind("есть", "нет"), ChangeKind::Negation);
        assert_eq!(kind("Бан", "бан"), ChangeKind::Case);
        assert_eq!(kind("organization", "Organization"), ChangeKind::Case);
        // Abbreviations in capitals are words of their own.
        assert_eq!(kind("US", "us"), ChangeKind::Wording);
        assert_eq!(kind("WHO", "who"), ChangeKind::Wording);
        assert_eq!(kind("IT", "It"), ChangeKind::Wording);
        assert_eq!(kind("ООН", "оон"), ChangeKind::Wording);
        assert_eq!(kind("the US and", "the us and"), ChangeKind::Wording);
        assert_eq!(kind("The", "the"), ChangeKind::Case);
        assert_eq!(kind("STATEMENT", "Statement"), ChangeKind::Case, "emphasis");
        assert_eq!(
            kind("PRESS RELEASE", "Press Release"),
            ChangeKind::Case,
            "a heading"
        );
        assert_eq!(
            kind("ЗАЯВЛЕНИЕ МИД РФ", "Заявление мид рф"),
            ChangeKind::Case
        );
        assert_eq!(kind("ЗАЯВЛЕНИЕ", "Заявление"), ChangeKind::Case, "emphasis");
        assert_eq!(kind("Министерство", "министерство"), ChangeKind::Case);
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
        assert_eq!(classify_matched("«", "“", false), ChangeKind::Typography);
        assert_eq!(classify_matched("—", "---", false), ChangeKind::Typography);
        assert_eq!(
            classify_matched("ещё", "еще", false),
            ChangeKind::Typography
        );
        assert_eq!(classify_matched("Бан", "бан", false), ChangeKind::Case);
        // With ignoreCase the words match, but an abbreviation still is not a case change.
        assert_eq!(classify_matched("US", "us", false), ChangeKind::Wording);
        assert_eq!(classify_matched("НАТО", "нато", false), ChangeKind::Wording);
        // One token alone cannot tell a heading in capitals from an abbreviation: shown.
        assert_eq!(classify_matched("The", "THE", false), ChangeKind::Wording);
        // In a run of words in capitals it can: emphasis.
        assert_eq!(classify_matched("THE", "the", true), ChangeKind::Case);
        assert_eq!(classify_matched("«", "“", true), ChangeKind::Typography);
        assert_eq!(classify_gap("\u{00A0}", " "), ChangeKind::Typography);
        assert_eq!(classify_gap("\n", " "), ChangeKind::Whitespace);
        assert_eq!(classify_gap("  ", " "), ChangeKind::Whitespace);
    }
}
