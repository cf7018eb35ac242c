//! The real word lists (www/lexicon/{en,ru}.lex, written by `node scripts/gen-lexicon.mjs`, which
//! the test and build scripts run first): the words the split rule depends on, and agreement
//! between the generator's own hunspell expansion and `Lexicon::contains` on a sample.
//! Also runs src/lexicon.rs's unit tests (through the `#[path]` module).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/lexicon.rs"]
mod lexicon;

use lexicon::Lexicon;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load(lang: &str) -> Lexicon {
    let path = root().join("www/lexicon").join(format!("{lang}.lex"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; generate it with `node scripts/gen-lexicon.mjs`",
            path.display()
        )
    });
    let lexicon = Lexicon::from_bytes(&bytes).unwrap();
    assert_eq!(lexicon.lang(), lang);
    lexicon
}

fn node(args: &[&str]) -> String {
    let out = Command::new("node")
        .arg(root().join("scripts/gen-lexicon.mjs"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("node (scripts/gen-lexicon.mjs) must run for this test");
    assert!(
        out.status.success(),
        "gen-lexicon.mjs {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn check(lexicon: &Lexicon, words: &[&str], non_words: &[&str]) {
    let wrong: Vec<String> = (words
        .iter()
        .filter(|w| !lexicon.contains(w))
        .map(|w| format!("{w} (a word)")))
    .chain(
        non_words
            .iter()
            .filter(|w| lexicon.contains(w))
            .map(|w| format!("{w} (no word)")),
    )
    .collect();
    assert!(wrong.is_empty(), "{}: wrong for {wrong:?}", lexicon.lang());
}

#[test]
fn english_words() {
    check(
        &load("en"),
        &[
            "apart",
            "part",
            "a",
            "maybe",
            "may",
            "be",
            "everyday",
            "every",
            "day",
            "that",
            "at",
            "share",
            "international",
            "can't",
            "can’t",
            "organization",
            "Organizations",
            "I",
            "reorganization",
        ],
        &[
            "th",
            "shar",
            "interna",
            "tional",
            "e",
            "s",
            "b",
            "x",
            "organizationz",
            "",
        ],
    );
}

#[test]
fn russian_words() {
    check(
        &load("ru"),
        &[
            "настройки",
            "стройки",
            "на",
            "тоже",
            "то",
            "же",
            "также",
            "так",
            "чтобы",
            "что",
            "бы",
            "течение",
            "ещё",
            "еще",
            "Настройки",
            "ЕЩЁ",
            "в",
            "и",
            "ёлка",
            "елка",
        ],
        &["втечение", "ст", "стро", "б", "е", "ё", "настройкии"],
    );
}

/// Every `step`th .dic entry expanded by the generator the way hunspell does (independently of the
/// Rust lookup, which works backwards from a word): each form is found, and each near miss (a
/// form cut or extended by a letter, no form of any entry) is not.
fn cross_check(lang: &str, step: usize, min_forms: usize) {
    let lexicon = load(lang);
    let sample = node(&["--sample", &step.to_string(), "--lang", lang]);
    let (mut forms, mut misses, mut wrong) = (0, 0, Vec::new());
    for line in sample.lines() {
        let mut f = line.split('\t');
        let (sign, l, word) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
        assert_eq!(l, lang);
        let is_form = sign == "+";
        if is_form {
            forms += 1
        } else {
            misses += 1
        }
        if lexicon.contains(word) != is_form {
            wrong.push(format!("{sign}{word}"));
        }
    }
    assert!(
        forms >= min_forms && misses >= min_forms,
        "{lang}: only {forms} forms, {misses} near misses"
    );
    assert!(
        wrong.is_empty(),
        "{lang}: {} of {forms} forms / {misses} misses disagree: {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(30)]
    );
}

#[test]
fn english_agrees_with_the_generator() {
    cross_check("en", 100, 1000);
}

#[test]
fn russian_agrees_with_the_generator() {
    cross_check("ru", 1000, 1000);
}

/// tests/fixtures/lexicon/tiny.lex (src/lexicon.rs's unit tests) is what the generator writes now,
/// and writing is deterministic.
#[test]
fn tiny_fixture_is_up_to_date() {
    let dir = root().join("tests/fixtures/lexicon");
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tiny.lex");
    let (aff, dic) = (dir.join("tiny.aff"), dir.join("tiny.dic"));
    let args = [
        "--aff",
        aff.to_str().unwrap(),
        "--dic",
        dic.to_str().unwrap(),
        "--lang",
        "xx",
        "--out",
        out.to_str().unwrap(),
    ];
    node(&args);
    let now = std::fs::read(&out).unwrap();
    assert!(
        now == std::fs::read(dir.join("tiny.lex")).unwrap(),
        "tests/fixtures/lexicon/tiny.lex is stale: regenerate it (the command is in tiny.aff)"
    );
}

/// Native timings (not a check): `cargo test --release --test lexicon -- --ignored --nocapture`.
#[test]
#[ignore]
fn timings() {
    for lang in ["en", "ru"] {
        let bytes = std::fs::read(root().join("www/lexicon").join(format!("{lang}.lex"))).unwrap();
        let t = std::time::Instant::now();
        let runs = 10;
        for _ in 0..runs {
            std::hint::black_box(Lexicon::from_bytes(&bytes).unwrap());
        }
        let parse = t.elapsed() / runs;
        let lexicon = Lexicon::from_bytes(&bytes).unwrap();
        let words: Vec<String> = node(&["--sample", "50", "--lang", lang])
            .lines()
            .map(|l| l.rsplit('\t').next().unwrap().to_string())
            .collect();
        let t = std::time::Instant::now();
        let mut found = 0;
        for w in &words {
            found += usize::from(lexicon.contains(w));
        }
        let per = t.elapsed() / words.len() as u32;
        println!(
            "{lang}: {} bytes parsed in {parse:?}; {} lookups ({found} words), {per:?} each",
            bytes.len(),
            words.len()
        );
    }
}
