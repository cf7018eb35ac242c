//! Does a line look like page furniture (a menu item, a dated headline of a news list, a ticker,
//! a currency rate, a phone number, a "Download document…" link, front matter) rather than a
//! line of the statement itself? A leaf of the pipeline: it reads one line's text and nothing else.
//!
//! The comparison collapses material around the shared statement as "surrounding" only on
//! positive evidence that it is furniture (see `diff::find_surroundings`); this is that evidence,
//! line by line. Prose — a line of more than [`MAX_MARKED_WORDS`] words — is never furniture
//! however it is marked: a rewritten paragraph must stay an ordinary change. A list item or a
//! `key: value` line is only [`Look::Maybe`]: statements list their points that way too.

/// A line of at most this many words is short: a heading, a menu item, a label, a tag.
const SHORT_LINE_WORDS: usize = 4;
/// A marked line (list item, date, time, link, figures, furniture word) of at most this many
/// words: a headline in a news list, a ticker item, an attribution.
const MAX_MARKED_WORDS: usize = 16;

/// Words that name page material, English and Russian, lower case. A line holding one of them and
/// no more than [`MAX_MARKED_WORDS`] words is page material ("Download document Annex 1.pdf",
/// "Popular", "Читать также", "Версия для печати").
const FURNITURE_WORDS: &[&str] = &[
    "download",
    "popular",
    "read more",
    "subscribe",
    "copyright",
    "all rights reserved",
    "sign in",
    "log in",
    "see also",
    "cookies",
    "скачать",
    "популярн",
    "подробнее",
    "поделиться",
    "версия для печати",
    "подписаться",
    "все права защищены",
    "читайте также",
    "читать также",
    "см. также",
    "все материалы",
    "все новости",
    "all news",
    "all stories",
];

/// How much a line looks like page material.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Look {
    /// Short (a heading, a menu item, a label), or marked: a date or time, a link or file name,
    /// long figures, a currency sign, items set apart by bars, a furniture word.
    Page,
    /// A short list item or a `key: value` line: page material in a news list or front matter,
    /// but also how a statement lists its points, so evidence only with others.
    Maybe,
    /// A line of the statement.
    Prose,
}

/// How one line (its text, `words` words and figures in it) looks.
pub(crate) fn look(line: &str, words: usize) -> Look {
    if words <= SHORT_LINE_WORDS {
        return Look::Page;
    }
    if words > MAX_MARKED_WORDS {
        return Look::Prose;
    }
    if has_marker(line) {
        return Look::Page;
    }
    let trimmed = line.trim_start();
    // A list item: "- headline", "* item", "• item".
    if trimmed.starts_with(['-', '*', '•', '·', '–', '—', '|']) {
        return Look::Maybe;
    }
    // Front matter or a label: "title: …", "Tel.: …" (a key of one or two words, then a colon).
    if let Some(colon) = trimmed.find(':') {
        let key = &trimmed[..colon];
        if !key.is_empty() && key.split_whitespace().count() <= 2 && !key.contains(['.', ',']) {
            return Look::Maybe;
        }
    }
    Look::Prose
}

/// Links, file names, times, dates and long figures (phone numbers, rates), currency signs and
/// furniture words.
fn has_marker(line: &str) -> bool {
    let lower = line.to_lowercase();
    if ["://", "www.", ".pdf", ".doc", ".xls", ".zip", ".rtf", "@"]
        .iter()
        .any(|m| lower.contains(m))
    {
        return true;
    }
    if line.contains(['$', '€', '£', '¥', '₽', '©', '°']) {
        return true;
    }
    // Menus and tickers: items set apart by bars or middle dots.
    if line.contains(" | ") || line.contains(" · ") {
        return true;
    }
    if FURNITURE_WORDS.iter().any(|w| contains_word(&lower, w)) {
        return true;
    }
    // Times ("14:35") and dates written with figures ("12.03.2024", "2024-03-12", "12/03").
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len()).any(|i| {
        digit(i)
            && matches!(b.get(i + 1), Some(b':' | b'.' | b'/' | b'-'))
            && digit(i + 2)
            && digit(i + 3)
            && (b[i + 1] == b':' || matches!(b.get(i + 4), Some(b'.' | b'/' | b'-')))
    }) || b.iter().filter(|c| c.is_ascii_digit()).count() >= 7
}

/// `needle` in `hay` starting at a word boundary (a stem may continue: "новост" → "новости").
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, _)| {
        hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> usize {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    }
    fn page(s: &str) -> bool {
        look(s, words(s)) != Look::Prose
    }

    #[test]
    fn page_material() {
        for line in [
            "Popular",
            "Our Commitment",
            "12.03.2024 Minister meets the delegation of the partner country",
            "14:35 Полпред провёл встречу с губернатором области",
            "USD 92.51 ▲ EUR 99.80 ▼",
            "Курс ЦБ: доллар 92,51, евро 99,80",
            "Download document Annex 1.pdf (245 KB)",
            "Скачать документ Приложение 1 (PDF, 245 КБ)",
            "Press office: +7 (495) 244-16-06, press@example.org",
            "title: GitHub GPL Cooperation Commitment",
            "- John Mark Walker, Director of Capital One’s Open Source Program Office",
            "- The parties should release all detainees without delay",
            "Читайте также: другие заявления министерства за эту неделю",
            "See also the statements of the ministry this week",
            "Новости дня | Погода: +3 °C, облачно",
            "Все материалы раздела «Политика»",
        ] {
            assert!(page(line), "{line:?} is page material");
        }
    }

    #[test]
    fn list_items_and_labels_are_only_maybe() {
        for line in [
            "- The parties should release all detainees without delay",
            "Objective: to restore the wetlands of the basin by 2030",
        ] {
            assert_eq!(look(line, words(line)), Look::Maybe, "{line:?}");
        }
        let dated = "- 13.03.2024 Weather: snow expected in the capital on Friday";
        assert_eq!(look(dated, words(dated)), Look::Page);
    }

    #[test]
    fn statement_lines() {
        for line in [
            "The Ministry welcomes the agreement reached by the parties and calls on them to implement it in good faith.",
            "Министерство приветствует достигнутую сторонами договорённость и призывает их добросовестно её выполнять.",
            "The parties agreed to meet again in the autumn",
            "Стороны договорились встретиться снова осенью этого года",
            // Prose is prose, marked or not.
            "On 12.03.2024 the Ministry published the report on the results of the inspection of the regional offices and their work.",
        ] {
            assert!(!page(line), "{line:?} is a line of the statement");
        }
    }
}
