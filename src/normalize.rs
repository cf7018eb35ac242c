//! Comparison keys: two tokens match when their keys are equal. The display always keeps the
//! original text; only matching looks at keys.
//!
//! Keys fold typographic variants that look alike to a reader and carry no change of meaning:
//! quotes (« » “ ” „ " ' ’ …), dashes (— – ‑ - `---`), `…` and `...`, soft hyphens, ligatures
//! (ﬁ → fi), `ё` → `е`, and (with `ignoreCase`) letter case. Differences that the keys fold are
//! reported as minor changes ([`ChangeKind::Typography`](crate::ChangeKind), `Case`).

use std::borrow::Cow;

use crate::options::CompareOptions;

/// The key a token is matched by: typography folded (`«` and `“` match, `ещё` is `еще`), and
/// lower-cased with `ignore_case`.
pub fn key<'a>(token: &'a str, opts: &CompareOptions) -> Cow<'a, str> {
    let folded = fold_typography(token);
    if opts.is_ignore_case() && folded.chars().any(char::is_uppercase) {
        Cow::Owned(folded.to_lowercase())
    } else {
        folded
    }
}

/// Folds typographic variants (see the module docs); borrows when there is nothing to fold.
pub fn fold_typography(token: &str) -> Cow<'_, str> {
    // Whole-token marks first: a run of typed hyphens is a dash, three dots an ellipsis.
    if token.len() > 1 && token.bytes().all(|b| b == b'-') {
        return Cow::Borrowed("-");
    }
    if token == "..." {
        return Cow::Borrowed("…");
    }
    if token.is_ascii() {
        return Cow::Borrowed(token);
    }
    if !token.chars().any(|c| fold_char(c).is_some()) {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The folded form of one character, or `None` when it stays as it is.
pub(crate) fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        // Double quotes and guillemets.
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '〝' | '〞' | '＂' => "\"",
        // Single quotes and apostrophes.
        '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' | 'ʼ' | '＇' => "'",
        // Dashes, hyphens and minus signs.
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '﹘' | '﹣' | '－' => "-",
        '…' => "…",
        // Invisible in print: soft hyphen.
        '\u{00AD}' => "",
        'ё' => "е",
        'Ё' => "Е",
        // Latin ligatures (Unicode compatibility forms, common in text copied from PDFs).
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        let mut opts = CompareOptions::new();
        assert_eq!(key("«", &opts), key("“", &opts));
        assert_eq!(key("ещё", &opts), "еще");
        assert_eq!(key("Заявление", &opts), "Заявление");
        opts.ignore_case(true);
        assert_eq!(key("Заявление", &opts), "заявление");
    }

    #[test]
    fn typographic_variants_share_a_key() {
        let o = CompareOptions::new();
        for group in [
            &["«", "»", "“", "”", "„", "\""][..],
            &["’", "'", "‘"],
            &["—", "–", "-", "‑", "---", "--"],
            &["…", "..."],
            &["ещё", "еще"],
            &["Ёлка", "Елка"],
            &["ﬁnal", "final"],
            &["inter\u{00AD}national", "international"],
            &["can’t", "can't"],
        ] {
            let first = key(group[0], &o);
            for v in group {
                assert_eq!(key(v, &o), first, "{v} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(fold_typography("Заявление"), Cow::Borrowed(_)));
        assert!(matches!(fold_typography("statement"), Cow::Borrowed(_)));
    }

    #[test]
    fn different_words_keep_different_keys() {
        let o = CompareOptions::new();
        assert_ne!(
            key("е", &o),
            key("e", &o),
            "Cyrillic е is not Latin e: look-alikes are changes"
        );
        assert_ne!(key("Word", &o), key("word", &o));
        assert_ne!(key(".", &o), key(",", &o));
    }
}
