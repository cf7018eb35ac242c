//! Shared helpers for the native integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use statement_diff::{ChangeKind, CompareOptions, Comparison, Language, Op, Side, WordLists};

/// The English and Russian word lists, as the widget loads them (`www/lexicon/*.lex`, written by
/// `node scripts/gen-lexicon.mjs`, which `npm test` runs before `cargo test`).
pub fn word_lists() -> &'static WordLists {
    static LISTS: std::sync::OnceLock<WordLists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let mut lists = WordLists::default();
        for lang in Language::ALL {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("www/lexicon/{}.lex", lang.code()));
            let bytes = std::fs::read(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (run `node scripts/gen-lexicon.mjs`)",
                    path.display()
                )
            });
            lists.load(lang, &bytes).expect("a valid word list");
        }
        lists
    })
}

/// `compare` as the widget runs it: with the word lists loaded.
pub fn compare<'a>(old: &'a str, new: &'a str, options: &CompareOptions) -> Comparison<'a> {
    let c = statement_diff::compare_with(old, new, options, word_lists());
    assert!(c.word_lists_needed.is_empty(), "{:?}", c.word_lists_needed);
    c
}

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Every corpus pair: (name, a.txt, b.txt), sorted by name.
pub fn corpus_pairs() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        let read = |f: &str| std::fs::read_to_string(path.join(f)).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        out.push((name, read("a.txt"), read("b.txt")));
    }
    out.sort();
    out
}

fn utf16(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Checks every documented invariant of a comparison of `old` and `new`; panics with a message
/// naming the first one that fails.
pub fn check_invariants(old: &str, new: &str, c: &Comparison) {
    assert_eq!(
        c.old.text(),
        old,
        "old segments must join back to the old text"
    );
    assert_eq!(
        c.new.text(),
        new,
        "new segments must join back to the new text"
    );
    for (side, changed_op, name) in [(&c.old, Op::Delete, "old"), (&c.new, Op::Insert, "new")] {
        check_side(side, changed_op, name, c);
    }
    for (i, ch) in c.changes.iter().enumerate() {
        assert_eq!(ch.id as usize, i, "change ids are their indices");
        assert!(
            !(ch.old.is_empty() && ch.new.is_empty()),
            "change {i} is empty on both sides"
        );
    }
    let (mut o, mut n) = (0u32, 0u32);
    for r in &c.rows {
        assert_eq!((r.old.start, r.new.start), (o, n), "rows are contiguous");
        assert!(r.old.end >= r.old.start && r.new.end >= r.new.start);
        assert!(!(r.old.is_empty() && r.new.is_empty()), "empty row");
        (o, n) = (r.old.end, r.new.end);
    }
    assert_eq!((o, n), (utf16(old), utf16(new)), "rows cover both texts");
    let s = &c.stats;
    assert!((0.0..=1.0).contains(&s.similarity));
    assert_eq!((s.changes + s.minor_changes) as usize, c.changes.len());
    assert_eq!(
        s.changes,
        s.replaced + s.added + s.removed + s.moved + s.surrounding,
        "the navigation stops, each counted once"
    );
    assert!((0.0..=1.0).contains(&s.shared_similarity));
    assert!(s.similarity <= s.shared_similarity + 1e-9);
    if c.changes.iter().any(|ch| !ch.minor) {
        assert!(s.similarity < 1.0, "a difference is never 100 % similar");
    }
    assert_eq!(s.kinds.values().sum::<u32>() as usize, c.changes.len());
    for ch in &c.changes {
        assert_eq!(ch.minor, ch.kind.is_minor());
    }
    if old == new {
        assert!(c.changes.is_empty(), "identical texts have no changes");
        assert_eq!(s.similarity, 1.0);
    }
}

fn check_side(side: &Side, changed_op: Op, name: &str, c: &Comparison) {
    let mut at = 0u32;
    let mut prev: Option<(Op, Option<u32>)> = None;
    for seg in &side.segments {
        assert!(!seg.text.is_empty(), "{name}: empty segment");
        if prev == Some((seg.op, seg.change)) {
            assert!(
                (seg.op == Op::Equal
                    || seg
                        .change
                        .is_some_and(|id| c.changes[id as usize].kind == ChangeKind::Moved))
                    && c.changes.iter().any(|ch| {
                        let sp = if name == "old" { ch.old } else { ch.new };
                        sp.is_empty() && sp.start == at
                    }),
                "{name}: two consecutive segments alike at {at}, not split at an anchor"
            );
        }
        let len = utf16(seg.text);
        match seg.change {
            None => assert_eq!(
                seg.op,
                Op::Equal,
                "{name}: a non-equal segment without change"
            ),
            Some(id) => {
                assert_eq!(seg.op, changed_op, "{name}: wrong op for a change");
                let span = if name == "old" {
                    c.changes[id as usize].old
                } else {
                    c.changes[id as usize].new
                };
                if c.changes[id as usize].kind == ChangeKind::Moved {
                    // A moved line edited on the way: its segments are split by the edits.
                    assert!(
                        span.start <= at && at + len <= span.end,
                        "{name}: segment of move {id} outside its span"
                    );
                } else {
                    assert_eq!(
                        (span.start, span.end),
                        (at, at + len),
                        "{name}: span of change {id}"
                    );
                }
                if let Some(m) = c.changes[id as usize].within {
                    let (mo, mi) = (&c.changes[m as usize], c.changes[m as usize].pair);
                    assert_eq!(mo.kind, ChangeKind::Moved, "{name}: within names a move");
                    let host = if name == "old" {
                        mo.old
                    } else {
                        c.changes[mi.expect("paired move") as usize].new
                    };
                    assert!(
                        host.start <= span.start && span.end <= host.end,
                        "{name}: edit {id} outside its moved line"
                    );
                }
            }
        }
        prev = Some((seg.op, seg.change));
        at += len;
    }
    // Changes appear in reading order on both sides, and empty spans sit on segment boundaries.
    let spans: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| ch.within.is_none())
        .map(|ch| if name == "old" { ch.old } else { ch.new })
        .collect();
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start, "{name}: changes out of order");
    }
    let mut boundaries = vec![0u32];
    let mut pos = 0;
    for seg in &side.segments {
        pos += utf16(seg.text);
        boundaries.push(pos);
    }
    for sp in spans.iter().filter(|s| s.is_empty()) {
        assert!(
            boundaries.contains(&sp.start),
            "{name}: anchor {} not on a boundary",
            sp.start
        );
    }
}

/// The old and new text of change `id` (empty where the change has no text on that side).
pub fn change_texts(c: &Comparison, id: u32) -> (String, String) {
    let pick = |side: &Side| -> String {
        side.segments
            .iter()
            .filter(|s| s.change == Some(id))
            .map(|s| s.text)
            .collect()
    };
    (pick(&c.old), pick(&c.new))
}

/// A readable rendering of the changes, for snapshots.
pub fn render_changes(c: &Comparison) -> String {
    let mut out = format!(
        "words unchanged {} / deleted {} / inserted {}; changes {} ({} replaced, {} added, {} removed, {} moved, {} surrounding) + minor {}; similarity {:.3} (shared {:.3}){}\nkinds {:?}\n",
        c.stats.words_unchanged,
        c.stats.words_deleted,
        c.stats.words_inserted,
        c.stats.changes,
        c.stats.replaced,
        c.stats.added,
        c.stats.removed,
        c.stats.moved,
        c.stats.surrounding,
        c.stats.minor_changes,
        c.stats.similarity,
        c.stats.shared_similarity,
        if c.approximate { " (approximate)" } else { "" },
        c.stats.kinds
    );
    for ch in &c.changes {
        let (o, n) = change_texts(c, ch.id);
        out.push_str(&format!("#{} {:?}: {:?} → {:?}\n", ch.id, ch.kind, o, n));
    }
    out
}

/// The text of a UTF-16 span of `text`.
pub fn span_text(text: &str, sp: statement_diff::Span) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&u[sp.start as usize..sp.end as usize])
}

/// Each move of `c` as (text where it was, text where it is now, edits inside it).
pub fn moves(old: &str, new: &str, c: &Comparison) -> Vec<(String, String, usize)> {
    c.changes
        .iter()
        .filter(|ch| ch.kind == ChangeKind::Moved && !ch.old.is_empty())
        .map(|ch| {
            let into = &c.changes[ch.pair.expect("a move names its other half") as usize];
            assert_eq!(into.pair, Some(ch.id));
            assert!(ch.new.is_empty() && !into.new.is_empty());
            let edits = c.changes.iter().filter(|e| e.within == Some(ch.id)).count();
            (span_text(old, ch.old), span_text(new, into.new), edits)
        })
        .collect()
}

/// The changes of `compare(old, new)` (with the word lists) as (kind, old text, new text),
/// after checking the result's invariants.
pub fn changes(old: &str, new: &str) -> Vec<(ChangeKind, String, String)> {
    let c = compare(old, new, &CompareOptions::new());
    check_invariants(old, new, &c);
    c.changes
        .iter()
        .map(|ch| {
            let (o, n) = change_texts(&c, ch.id);
            (ch.kind, o, n)
        })
        .collect()
}
