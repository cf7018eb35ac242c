//! Comparison keys: two tokens match when their keys are equal. The display always keeps the
//! original text; only matching looks at keys.

use std::borrow::Cow;

use crate::options::CompareOptions;

/// The key a token is matched by.
///
/// ```
/// use statement_diff::{normalize::key, CompareOptions};
/// let mut opts = CompareOptions::new();
/// assert_eq!(key("Заявление", &opts), "Заявление");
/// opts.ignore_case(true);
/// assert_eq!(key("Заявление", &opts), "заявление");
/// ```
pub fn key<'a>(token: &'a str, opts: &CompareOptions) -> Cow<'a, str> {
    if opts.is_ignore_case() && token.chars().any(char::is_uppercase) {
        Cow::Owned(token.to_lowercase())
    } else {
        Cow::Borrowed(token)
    }
}
