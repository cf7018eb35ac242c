//! `statement_diff._core`: the statement-diff core for Python (issue #15), the same `compare()`
//! and `check_quotes()` as the widget's. Every argument is positional here and checked here,
//! each error naming its argument; `statement_diff/__init__.py` gives them their keywords and
//! defaults.
//!
//! Results come as dicts with the JavaScript result's fields (camelCase, same order), or with
//! the `_json` functions as the JSON text the command line and the wasm build give, byte for byte.
//! The GIL is released while the core works, so threads compare in parallel.
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyInt, PyString};
use statement_diff::{CompareOptions, Comparison, Language, QuoteCheck, QuoteOptions, WordLists};
use std::sync::{LazyLock, PoisonError, RwLock};

/// The word lists loaded so far (`load_word_list`), shared by every thread; read while comparing
/// with `word_lists=True`.
static WORDS: LazyLock<RwLock<WordLists>> = LazyLock::new(|| RwLock::new(WordLists::default()));

/// Runs `f` with the loaded word lists when `yes`, else with none (every split shown as a change).
fn with_words<T>(yes: bool, f: impl FnOnce(&dyn statement_diff::WordLookup) -> T) -> T {
    if yes {
        let words = WORDS.read().unwrap_or_else(PoisonError::into_inner);
        f(&*words)
    } else {
        f(&statement_diff::NoWordLists)
    }
}

/// "must be str, not int": a `TypeError` naming the argument and what it got.
fn wrong_type(arg: &Bound<'_, PyAny>, name: &str, expected: &str) -> PyErr {
    let got = arg
        .get_type()
        .name()
        .map_or_else(|_| "another type".to_string(), |n| n.to_string());
    PyTypeError::new_err(format!("{name} must be {expected}, not {got}"))
}

/// A `str` argument as UTF-8; a `TypeError` naming the argument for anything else, a
/// `ValueError` when it holds a lone surrogate (a string Python accepts but that is not Unicode).
fn utf8<'a>(arg: &'a Bound<'_, PyAny>, name: &str) -> PyResult<&'a str> {
    let arg = arg
        .cast::<PyString>()
        .map_err(|_| wrong_type(arg, name, "str"))?;
    arg.to_str().map_err(|e| {
        let at = e
            .value(arg.py())
            .getattr("start")
            .and_then(|v| v.extract::<usize>())
            .map_or_else(|_| String::new(), |i| format!(" at index {i}"));
        PyValueError::new_err(format!(
            "{name} is not Unicode text: it holds a lone surrogate{at} (decode the bytes it came from with errors=\"replace\", or fix the source)"
        ))
    })
}

/// A `bool` argument (not an int or other truthy value: `ignore_case=1` is a mistake to name).
fn boolean(arg: &Bound<'_, PyAny>, name: &str) -> PyResult<bool> {
    arg.cast::<PyBool>()
        .map(|b| b.is_true())
        .map_err(|_| wrong_type(arg, name, "True or False"))
}

/// A whole-number argument (`None` where allowed); a bool or a float is a `TypeError`.
fn whole(arg: &Bound<'_, PyAny>, name: &str, none_ok: bool) -> PyResult<Option<i64>> {
    if none_ok && arg.is_none() {
        return Ok(None);
    }
    let expected = if none_ok { "an int or None" } else { "an int" };
    if arg.is_instance_of::<PyBool>() || !arg.is_instance_of::<PyInt>() {
        return Err(wrong_type(arg, name, expected));
    }
    arg.extract::<i64>().map(Some).map_err(|_| {
        let shown = arg
            .str()
            .map_or_else(|_| "a huge int".into(), |s| s.to_string());
        PyValueError::new_err(format!("{name} is out of range, got {shown}"))
    })
}

/// `timeout_ms` as the core takes it: None or 0 for no budget, else whole milliseconds.
fn timeout(arg: &Bound<'_, PyAny>) -> PyResult<Option<u32>> {
    match whole(arg, "timeout_ms", true)? {
        None | Some(0) => Ok(None),
        Some(ms) => u32::try_from(ms).map(Some).map_err(|_| {
            PyValueError::new_err(format!(
                "timeout_ms must be a whole number of milliseconds from 0 (no limit) to {}, got {ms}",
                u32::MAX
            ))
        }),
    }
}

/// The keyword arguments every function takes, as given (checked by `compare_options` and
/// `compared`).
struct Options<'a, 'py> {
    ignore_case: &'a Bound<'py, PyAny>,
    cleanup: &'a Bound<'py, PyAny>,
    timeout_ms: &'a Bound<'py, PyAny>,
    word_lists: &'a Bound<'py, PyAny>,
}

fn compare_options(o: &Options) -> PyResult<CompareOptions> {
    let mut out = CompareOptions::new();
    out.ignore_case(boolean(o.ignore_case, "ignore_case")?)
        .cleanup(boolean(o.cleanup, "cleanup")?)
        .timeout_ms(timeout(o.timeout_ms)?);
    Ok(out)
}

fn quote_options(min_words: &Bound<'_, PyAny>, o: &Options) -> PyResult<QuoteOptions> {
    let min_words = whole(min_words, "min_words", false)?.unwrap_or_default();
    let n = u32::try_from(min_words)
        .ok()
        .filter(|n| (1..=1_000_000).contains(n))
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "min_words must be a whole number from 1 to 1000000, got {min_words}"
            ))
        })?;
    let mut q = QuoteOptions::new();
    q.min_words(n);
    *q.compare() = compare_options(o)?;
    Ok(q)
}

fn to_py<'py, T: serde::Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value).map_err(PyErr::from)
}

/// Every argument of a comparison checked (options first, then the texts, then `word_lists`),
/// then the comparison and `then` on it, without the GIL.
fn compared<'a, T: Send>(
    py: Python<'_>,
    old: &'a Bound<'_, PyAny>,
    new: &'a Bound<'_, PyAny>,
    o: &Options,
    then: impl FnOnce(Comparison<'a>) -> T + Send,
) -> PyResult<T> {
    let options = compare_options(o)?;
    let (old, new) = (utf8(old, "old")?, utf8(new, "new")?);
    let words = boolean(o.word_lists, "word_lists")?;
    Ok(py.detach(|| {
        with_words(words, |w| {
            then(statement_diff::compare_with(old, new, &options, w))
        })
    }))
}

/// `compared` for a quote check.
fn checked<T: Send>(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    quoting_text: &Bound<'_, PyAny>,
    min_words: &Bound<'_, PyAny>,
    o: &Options,
    then: impl FnOnce(QuoteCheck) -> T + Send,
) -> PyResult<T> {
    let options = quote_options(min_words, o)?;
    let (s, q) = (utf8(source, "source")?, utf8(quoting_text, "quoting_text")?);
    let words = boolean(o.word_lists, "word_lists")?;
    Ok(py.detach(|| {
        with_words(words, |w| {
            then(statement_diff::check_quotes_with(s, q, &options, w))
        })
    }))
}

/// Compares two versions of a statement word by word.
#[pyfunction]
fn compare<'py>(
    py: Python<'py>,
    old: &Bound<'py, PyAny>,
    new: &Bound<'py, PyAny>,
    ignore_case: &Bound<'_, PyAny>,
    cleanup: &Bound<'_, PyAny>,
    timeout_ms: &Bound<'_, PyAny>,
    word_lists: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let o = Options {
        ignore_case,
        cleanup,
        timeout_ms,
        word_lists,
    };
    let result = compared(py, old, new, &o, |c| c)?;
    to_py(py, &result)
}

/// `compare()` as JSON text: the bytes the command line and the wasm build give.
#[pyfunction]
fn compare_json(
    py: Python<'_>,
    old: &Bound<'_, PyAny>,
    new: &Bound<'_, PyAny>,
    ignore_case: &Bound<'_, PyAny>,
    cleanup: &Bound<'_, PyAny>,
    timeout_ms: &Bound<'_, PyAny>,
    word_lists: &Bound<'_, PyAny>,
) -> PyResult<String> {
    let o = Options {
        ignore_case,
        cleanup,
        timeout_ms,
        word_lists,
    };
    compared(py, old, new, &o, |c| statement_diff::to_json(&c))
}

/// The comparison as plain text: the inline reading with `[-deleted-]{+inserted+}` markers.
#[pyfunction]
fn marked_text(
    py: Python<'_>,
    old: &Bound<'_, PyAny>,
    new: &Bound<'_, PyAny>,
    ignore_case: &Bound<'_, PyAny>,
    cleanup: &Bound<'_, PyAny>,
    timeout_ms: &Bound<'_, PyAny>,
    word_lists: &Bound<'_, PyAny>,
) -> PyResult<String> {
    let o = Options {
        ignore_case,
        cleanup,
        timeout_ms,
        word_lists,
    };
    compared(py, old, new, &o, |c| statement_diff::marked_text(&c))
}

/// Checks each quotation of `quoting_text` against `source`.
#[pyfunction]
#[allow(clippy::too_many_arguments)] // one per argument of the Python function, checked here
fn check_quotes<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    quoting_text: &Bound<'py, PyAny>,
    min_words: &Bound<'_, PyAny>,
    ignore_case: &Bound<'_, PyAny>,
    cleanup: &Bound<'_, PyAny>,
    timeout_ms: &Bound<'_, PyAny>,
    word_lists: &Bound<'_, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let o = Options {
        ignore_case,
        cleanup,
        timeout_ms,
        word_lists,
    };
    let check = checked(py, source, quoting_text, min_words, &o, |q| q)?;
    to_py(py, &check)
}

/// `check_quotes()` as JSON text, as the wasm build's `checkQuotes` gives it.
#[pyfunction]
#[allow(clippy::too_many_arguments)] // one per argument of the Python function, checked here
fn check_quotes_json(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    quoting_text: &Bound<'_, PyAny>,
    min_words: &Bound<'_, PyAny>,
    ignore_case: &Bound<'_, PyAny>,
    cleanup: &Bound<'_, PyAny>,
    timeout_ms: &Bound<'_, PyAny>,
    word_lists: &Bound<'_, PyAny>,
) -> PyResult<String> {
    let o = Options {
        ignore_case,
        cleanup,
        timeout_ms,
        word_lists,
    };
    checked(py, source, quoting_text, min_words, &o, |q| {
        statement_diff::to_json(&q)
    })
}

/// Loads (or replaces) the word list of `lang` ("en" or "ru") from the bytes of a `.lex` file
/// (`scripts/gen-lexicon.mjs` writes them; the wheel carries both): with `word_lists=True`, a
/// split or joined word ("th at" / "that") is then read as the widget reads it.
#[pyfunction]
fn load_word_list(
    py: Python<'_>,
    lang: &Bound<'_, PyAny>,
    data: &Bound<'_, PyAny>,
) -> PyResult<()> {
    let language = match utf8(lang, "lang")? {
        "en" => Language::English,
        "ru" => Language::Russian,
        other => {
            return Err(PyValueError::new_err(format!(
                "lang must be \"en\" or \"ru\", got {other:?}"
            )))
        }
    };
    let bytes = data
        .cast::<PyBytes>()
        .map_err(|_| wrong_type(data, "data", "bytes"))?
        .as_bytes();
    py.detach(|| {
        WORDS
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .load(language, bytes)
    })
    .map_err(|e| PyValueError::new_err(format!("data is not a statement-diff word list: {e}")))
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(load_word_list, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(compare_json, m)?)?;
    m.add_function(wrap_pyfunction!(marked_text, m)?)?;
    m.add_function(wrap_pyfunction!(check_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(check_quotes_json, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    // The result's JSON Schema (schema/comparison.v1.json): its version, for readers who store results.
    m.add("SCHEMA_VERSION", 1)?;
    Ok(())
}
