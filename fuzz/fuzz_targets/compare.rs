//! Fuzzes `compare` with arbitrary text pairs: no panic, each side's segments join back to its
//! input, spans, moves, rows and stats are consistent (tests/common's `check_invariants`), and
//! the result is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statement_diff::{compare, CompareOptions};

#[allow(dead_code)]
#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    // The first byte picks options and where to cut the input into two texts.
    let cut = (flags as usize * text.len() / 256).min(text.len());
    let cut = (0..=cut).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let (a, b) = text.split_at(cut);
    let mut opts = CompareOptions::new();
    opts.ignore_case(flags & 1 == 1).cleanup(flags & 2 == 0).timeout_ms(None);
    let c = compare(a, b, &opts);
    // The invariants the test suite checks (lossless sides, spans, moves, rows, stats).
    common::check_invariants(a, b, &c);
    assert_eq!(c, compare(a, b, &opts));
});
