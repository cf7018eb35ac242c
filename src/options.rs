//! Options of [`compare`](crate::compare), and their validation from loosely typed values
//! (a JavaScript object at the wasm boundary), so that every bad key or value gets a message
//! naming the key and what is allowed.

use crate::error::Error;

/// How to compare. Build with [`CompareOptions::new`] (the defaults) and the setters.
///
/// ```
/// use statement_diff::CompareOptions;
/// let mut opts = CompareOptions::new();
/// opts.ignore_case(true).timeout_ms(Some(500));
/// assert!(opts.is_ignore_case());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareOptions {
    ignore_case: bool,
    cleanup: bool,
    timeout_ms: Option<u32>,
}

/// The option names as JavaScript spells them, in documentation order.
pub const OPTION_NAMES: &[&str] = &["ignoreCase", "cleanup", "timeoutMs"];

/// The default time budget for the word alignment, in milliseconds.
pub const DEFAULT_TIMEOUT_MS: u32 = 2000;

impl Default for CompareOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl CompareOptions {
    /// The defaults: case matters, readability cleanup on, a 2 s time budget.
    pub const fn new() -> Self {
        Self {
            ignore_case: false,
            cleanup: true,
            timeout_ms: Some(DEFAULT_TIMEOUT_MS),
        }
    }

    /// Treat `Word` and `word` as the same (default: false). The display keeps the originals.
    pub fn ignore_case(&mut self, yes: bool) -> &mut Self {
        self.ignore_case = yes;
        self
    }

    /// Fold short unchanged islands between two changes into one change, so that a rewritten
    /// sentence reads as one replacement (default: true).
    pub fn cleanup(&mut self, yes: bool) -> &mut Self {
        self.cleanup = yes;
        self
    }

    /// Time budget for aligning the words (default: 2000 ms; `None` for no limit). When it
    /// runs out the result is coarser and marked [`approximate`](crate::Comparison::approximate).
    pub fn timeout_ms(&mut self, ms: Option<u32>) -> &mut Self {
        self.timeout_ms = ms;
        self
    }

    pub fn is_ignore_case(&self) -> bool {
        self.ignore_case
    }

    pub fn is_cleanup(&self) -> bool {
        self.cleanup
    }

    pub fn get_timeout_ms(&self) -> Option<u32> {
        self.timeout_ms
    }

    /// Sets one option from a loosely typed value, as read from a JavaScript object.
    /// `Undefined` leaves the default (as JavaScript treats a missing key).
    pub fn set(&mut self, key: &str, value: OptionValue) -> Result<(), Error> {
        if value == OptionValue::Undefined {
            return if OPTION_NAMES.contains(&key) {
                Ok(())
            } else {
                Err(Error::UnknownOption {
                    key: key.into(),
                    allowed: OPTION_NAMES,
                })
            };
        }
        match key {
            "ignoreCase" => self.ignore_case = value.boolean("ignoreCase")?,
            "cleanup" => self.cleanup = value.boolean("cleanup")?,
            "timeoutMs" => {
                const EXPECTED: &str =
                    "a whole number of milliseconds from 0 (no limit) to 4294967295";
                let ms = match value {
                    OptionValue::Number(n)
                        if n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n) =>
                    {
                        n as u32
                    }
                    other => return Err(other.invalid("timeoutMs", EXPECTED)),
                };
                self.timeout_ms = (ms > 0).then_some(ms);
            }
            _ => {
                return Err(Error::UnknownOption {
                    key: key.into(),
                    allowed: OPTION_NAMES,
                })
            }
        }
        Ok(())
    }
}

/// How to check quotations ([`check_quotes`](crate::check_quotes)): the least words a quotation
/// needs to be checked, and how its words are compared with the source ([`CompareOptions`]).
///
/// ```
/// use statement_diff::{OptionValue, QuoteOptions};
/// let mut opts = QuoteOptions::new();
/// opts.set("minWords", OptionValue::Number(3.0)).unwrap();
/// assert_eq!(opts.get_min_words(), 3);
/// assert!(opts.set("minWords", OptionValue::Number(0.5)).is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteOptions {
    min_words: u32,
    compare: CompareOptions,
}

/// The option names of `checkQuotes` as JavaScript spells them.
pub const QUOTE_OPTION_NAMES: &[&str] = &["minWords", "ignoreCase", "cleanup", "timeoutMs"];

/// Quotations of fewer words are left out by default (scare quotes, names like “Channel”).
pub const DEFAULT_MIN_WORDS: u32 = 4;

impl Default for QuoteOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl QuoteOptions {
    /// The defaults: quotations of 4 words or more, compared with [`CompareOptions::new`].
    pub const fn new() -> Self {
        Self {
            min_words: DEFAULT_MIN_WORDS,
            compare: CompareOptions::new(),
        }
    }

    /// Leave out quotations of fewer words than this (default 4; at least 1).
    pub fn min_words(&mut self, n: u32) -> &mut Self {
        self.min_words = n.max(1);
        self
    }

    /// How a quotation's words are compared with its source span.
    pub fn compare(&mut self) -> &mut CompareOptions {
        &mut self.compare
    }

    pub fn get_min_words(&self) -> u32 {
        self.min_words
    }

    pub fn compare_options(&self) -> &CompareOptions {
        &self.compare
    }

    /// Sets one option from a loosely typed value (see [`CompareOptions::set`]).
    pub fn set(&mut self, key: &str, value: OptionValue) -> Result<(), Error> {
        if !QUOTE_OPTION_NAMES.contains(&key) {
            return Err(Error::UnknownOption {
                key: key.into(),
                allowed: QUOTE_OPTION_NAMES,
            });
        }
        match (key, value) {
            (_, OptionValue::Undefined) => Ok(()),
            ("minWords", OptionValue::Number(n))
                if n.fract() == 0.0 && (1.0..=1e6).contains(&n) =>
            {
                self.min_words = n as u32;
                Ok(())
            }
            ("minWords", other) => {
                Err(other.invalid("minWords", "a whole number from 1 to 1000000"))
            }
            (key, value) => self.compare.set(key, value),
        }
    }
}

/// A loosely typed option value (what a JavaScript value can be, for validation).
#[derive(Clone, Debug, PartialEq)]
pub enum OptionValue {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// Anything else, described by its type name (`object`, `array`, `function`…).
    Other(String),
}

impl OptionValue {
    /// How the value is named in an error message.
    pub fn describe(&self) -> String {
        match self {
            OptionValue::Undefined => "undefined".into(),
            OptionValue::Null => "null".into(),
            OptionValue::Bool(b) => format!("boolean {b}"),
            OptionValue::Number(n) => format!("number {}", format_number(*n)),
            OptionValue::String(s) => {
                let short: String = s.chars().take(40).collect();
                format!("string {short:?}")
            }
            OptionValue::Other(t) => t.clone(),
        }
    }

    fn boolean(self, key: &'static str) -> Result<bool, Error> {
        match self {
            OptionValue::Bool(b) => Ok(b),
            other => Err(other.invalid(key, "true or false")),
        }
    }

    fn invalid(&self, key: &'static str, expected: &'static str) -> Error {
        Error::InvalidOption {
            key,
            expected,
            got: self.describe(),
        }
    }
}

/// Formats a number for a message without Rust's float formatting machinery (≈15 KB of wasm):
/// integers exactly, others to 6 decimals, like JavaScript for the common cases.
fn format_number(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if n.abs() >= 1e15 {
        return if n > 0.0 {
            "a huge number"
        } else {
            "a huge negative number"
        }
        .into();
    }
    let micros = (n.abs() * 1e6).round() as u64;
    let (int, frac) = (micros / 1_000_000, micros % 1_000_000);
    let sign = if n < 0.0 && micros > 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let frac = format!("{frac:06}");
    format!("{sign}{int}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages() {
        let cases = [
            (5.0, "5"),
            (-5.0, "-5"),
            (1.5, "1.5"),
            (0.125, "0.125"),
            (-0.0, "0"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
            (1e20, "a huge number"),
        ];
        for (n, want) in cases {
            assert_eq!(format_number(n), want);
        }
    }

    #[test]
    fn defaults() {
        let o = CompareOptions::default();
        assert!(!o.is_ignore_case());
        assert!(o.is_cleanup());
        assert_eq!(o.get_timeout_ms(), Some(DEFAULT_TIMEOUT_MS));
    }

    #[test]
    fn set_known_options() {
        let mut o = CompareOptions::new();
        o.set("ignoreCase", OptionValue::Bool(true)).unwrap();
        o.set("cleanup", OptionValue::Bool(false)).unwrap();
        o.set("timeoutMs", OptionValue::Number(0.0)).unwrap();
        assert!(o.is_ignore_case() && !o.is_cleanup());
        assert_eq!(o.get_timeout_ms(), None);
        o.set("timeoutMs", OptionValue::Number(250.0)).unwrap();
        assert_eq!(o.get_timeout_ms(), Some(250));
        o.set("cleanup", OptionValue::Undefined).unwrap();
        assert!(!o.is_cleanup(), "undefined keeps the current value");
    }

    #[test]
    fn errors_name_the_key_and_what_is_allowed() {
        let mut o = CompareOptions::new();
        let e = o.set("ignorecase", OptionValue::Bool(true)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown option \"ignorecase\"; the options are: ignoreCase, cleanup, timeoutMs"
        );
        let e = o
            .set("ignoreCase", OptionValue::String("yes".into()))
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "option \"ignoreCase\" must be true or false, got string \"yes\""
        );
        for bad in [-1.0, 1.5, f64::NAN, f64::INFINITY, 5e9] {
            let e = o.set("timeoutMs", OptionValue::Number(bad)).unwrap_err();
            assert!(
                e.to_string()
                    .starts_with("option \"timeoutMs\" must be a whole number"),
                "{e}"
            );
        }
        let e = o.set("cleanup", OptionValue::Null).unwrap_err();
        assert!(e.to_string().ends_with("got null"));
        assert!(o.set("nope", OptionValue::Undefined).is_err());
    }
}
