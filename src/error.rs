//! Errors a caller can cause. Every one has a message that says what to fix; none is a panic.

use std::fmt;

/// Everything that can go wrong when calling the public API with bad input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A text argument is not a string (`which` is `oldText` or `newText`).
    InvalidText { which: &'static str, got: String },
    /// The options argument is not a plain object.
    InvalidOptions { got: String },
    /// An option key that does not exist (`allowed`: the option names).
    UnknownOption {
        key: String,
        allowed: &'static [&'static str],
    },
    /// A known option with a value of the wrong type or range.
    InvalidOption {
        key: &'static str,
        expected: &'static str,
        got: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidText { which, got } => write!(f, "{which} must be a string, got {got}"),
            Error::InvalidOptions { got } => {
                write!(f, "options must be a plain object or undefined, got {got}")
            }
            Error::UnknownOption { key, allowed } => write!(
                f,
                "unknown option {key:?}; the options are: {}",
                allowed.join(", ")
            ),
            Error::InvalidOption { key, expected, got } => {
                write!(f, "option {key:?} must be {expected}, got {got}")
            }
        }
    }
}

impl std::error::Error for Error {}
