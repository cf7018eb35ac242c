//! Behaviour of `compare` that users rely on, pinned on small cases and on the real corpus.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{changes, check_invariants, compare, corpus_pairs, render_changes};
use statement_diff::{ChangeKind, CompareOptions, Op};

#[test]
fn whole_word_change_in_cyrillic() {
    assert_eq!(
        changes("Заявление МИД России", "Сообщение МИД России"),
        [(ChangeKind::Wording, "Заявление".into(), "Сообщение".into())]
    );
}

#[test]
fn punctuation_only_change() {
    assert_eq!(
        changes("We said hello, world", "We said hello. world"),
        [(ChangeKind::Punctuation, ",".into(), ".".into())]
    );
}

#[test]
fn amount_is_one_number_change() {
    assert_eq!(
        changes(
            "The fund received $35,000,000 this year.",
            "The fund received $55,000,000 this year."
        ),
        [(
            ChangeKind::Number,
            "$35,000,000".into(),
            "$55,000,000".into()
        )]
    );
    assert_eq!(
        changes(
            "Дата: 12.03.2024, решение 1267/1989/2253",
            "Дата: 15.05.2024, решение 1267/1989/2254"
        ),
        [
            (ChangeKind::Number, "12.03.2024".into(), "15.05.2024".into()),
            (
                ChangeKind::Number,
                "1267/1989/2253".into(),
                "1267/1989/2254".into()
            )
        ]
    );
}

#[test]
fn spaces_around_a_change_stay_outside_it() {
    let c = compare("one two three", "one 2 three", &CompareOptions::new());
    let old: Vec<_> = c.old.segments.iter().map(|s| (s.text, s.op)).collect();
    assert_eq!(
        old,
        [
            ("one ", Op::Equal),
            ("two", Op::Delete),
            (" three", Op::Equal)
        ]
    );
}

#[test]
fn rewrapped_lines_still_match() {
    let c = compare(
        "a long\nline of text",
        "a long line\nof text",
        &CompareOptions::new(),
    );
    assert_eq!(c.stats.changes, 0, "no substantive change");
    assert_eq!(c.stats.words_unchanged, 5);
    // The moved line breaks are reported, as minor white-space changes.
    assert_eq!(c.changes.len(), 2);
    assert!(c
        .changes
        .iter()
        .all(|ch| ch.kind == ChangeKind::Whitespace && ch.minor));
}

#[test]
fn ignore_case_option() {
    let mut opts = CompareOptions::new();
    assert_eq!(
        compare("Бан навсегда", "бан навсегда", &opts).changes.len(),
        1
    );
    opts.ignore_case(true);
    let c = compare("Бан навсегда", "бан навсегда", &opts);
    assert_eq!(c.stats.changes, 0);
    assert_eq!(c.changes.len(), 1);
    assert_eq!(
        c.changes[0].kind,
        ChangeKind::Case,
        "matched, and still shown as a minor case change"
    );
    assert_eq!(c.old.text(), "Бан навсегда", "display keeps the original");
}

#[test]
fn empty_and_identical_inputs() {
    for (a, b) in [
        ("", ""),
        ("", "new text"),
        ("old text", ""),
        ("same", "same"),
        (" \n", "\t"),
    ] {
        let c = compare(a, b, &CompareOptions::new());
        check_invariants(a, b, &c);
    }
    let c = compare("", "new text", &CompareOptions::new());
    assert_eq!(c.stats.words_inserted, 2);
    assert_eq!(c.stats.similarity, 0.0);
}

#[test]
fn crlf_tabs_nul_and_emoji_are_kept() {
    let a = "Line one\r\n\tLine\0two 👩‍👩‍👧 end";
    let b = "Line one\r\n\tLine\0three 👩‍👩‍👧 end\r\n";
    let c = compare(a, b, &CompareOptions::new());
    check_invariants(a, b, &c);
    assert_eq!(c.changes.len(), 1);
}

#[test]
fn time_budget_gives_a_lossless_approximate_result() {
    // Two unrelated long texts: far more work than 1 ms allows.
    let words = |seed: u32| -> String {
        (0..60_000u32)
            .map(|i| {
                format!(
                    "w{}",
                    (i.wrapping_mul(2654435761).wrapping_add(seed)) % 5000
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (a, b) = (words(1), words(7));
    let mut opts = CompareOptions::new();
    opts.timeout_ms(Some(1));
    let c = compare(&a, &b, &opts);
    assert!(c.approximate);
    check_invariants(&a, &b, &c);
}

#[test]
fn result_serializes_to_the_documented_shape() {
    let c = compare("Hello, world!", "Hello, big world.", &CompareOptions::new());
    insta::assert_json_snapshot!("wire_format", c);
}

#[test]
fn corpus_pairs_are_lossless_and_consistent() {
    for (name, a, b) in corpus_pairs() {
        for cleanup in [true, false] {
            let mut opts = CompareOptions::new();
            opts.cleanup(cleanup).timeout_ms(None);
            let c = compare(&a, &b, &opts);
            check_invariants(&a, &b, &c);
            assert!(!c.changes.is_empty(), "{name}: the pair differs");
            // Swapping sides mirrors the counts.
            let r = compare(&b, &a, &opts);
            check_invariants(&b, &a, &r);
            // Swapping sides mirrors the counts: every old word is unchanged, deleted or moved.
            assert_eq!(
                c.stats.words_unchanged + c.stats.words_deleted + c.stats.words_moved,
                r.stats.words_unchanged + r.stats.words_inserted + r.stats.words_moved,
                "{name}"
            );
        }
    }
}

#[test]
fn corpus_snapshots() {
    for name in [
        "cc-en-2.0-vs-2.1",
        "cc-ru-2.0-revision",
        "gplcc-github-vs-capitalone-embedded",
        "moz-ru-websites-privacy-2023",
    ] {
        let (_, a, b) = corpus_pairs()
            .into_iter()
            .find(|(n, _, _)| n == name)
            .unwrap();
        let c = compare(&a, &b, &CompareOptions::new());
        insta::assert_snapshot!(name, render_changes(&c));
    }
}
