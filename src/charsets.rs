//! Two small character sets from Unicode's `General_Category`, kept as match arms because the
//! full category table (≈ 32 KB in the wasm) is too heavy for the widget. The test below checks
//! both against the `unicode-properties` crate's complete data for every code point, so a
//! Unicode update that changes them fails the build instead of drifting silently.

/// `General_Category` = Sc (currency symbols: `$`, `€`, `₽`, `₸`, `¥`…).
pub(crate) fn is_currency_symbol(c: char) -> bool {
    matches!(c,
        '\u{0024}' | '\u{00A2}'..='\u{00A5}' | '\u{058F}' | '\u{060B}' | '\u{07FE}'..='\u{07FF}'
        | '\u{09F2}'..='\u{09F3}' | '\u{09FB}' | '\u{0AF1}' | '\u{0BF9}' | '\u{0E3F}' | '\u{17DB}'
        | '\u{20A0}'..='\u{20C4}' | '\u{A838}' | '\u{FDFC}' | '\u{FE69}' | '\u{FF04}'
        | '\u{FFE0}'..='\u{FFE1}' | '\u{FFE5}'..='\u{FFE6}' | '\u{11FDD}'..='\u{11FE0}'
        | '\u{1E2FF}' | '\u{1ECB0}')
}

/// `General_Category` = Cf (format characters: soft hyphen, zero-width space/joiners, bidi
/// controls, word joiner, BOM, tags…): invisible on screen.
pub(crate) fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{0600}'..='\u{0605}' | '\u{061C}' | '\u{06DD}' | '\u{070F}'
        | '\u{0890}'..='\u{0891}' | '\u{08E2}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}' | '\u{110BD}' | '\u{110CD}' | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}' | '\u{E0001}' | '\u{E0020}'..='\u{E007F}')
}

// unicode-properties is a native-only dev-dependency (the check runs with `cargo test`).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

    #[test]
    fn sets_match_unicode_general_category_for_every_code_point() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let gc = c.general_category();
            assert_eq!(
                is_currency_symbol(c),
                gc == GeneralCategory::CurrencySymbol,
                "{:04X}",
                c as u32
            );
            assert_eq!(
                is_format_char(c),
                gc == GeneralCategory::Format,
                "{:04X}",
                c as u32
            );
        }
    }
}
