//! Fuzzes `compare` with arbitrary text pairs: no panic, each side's segments join back to its
//! input, spans and rows are consistent, and the result is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statement_diff::{compare, CompareOptions, Op};

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
    assert_eq!(c.old.text(), a);
    assert_eq!(c.new.text(), b);
    let u16len = |s: &str| s.encode_utf16().count() as u32;
    for (side, text, name) in [(&c.old, a, "old"), (&c.new, b, "new")] {
        let mut at = 0;
        for seg in &side.segments {
            assert!(!seg.text.is_empty());
            let len = u16len(seg.text);
            if let Some(id) = seg.change {
                let ch = &c.changes[id as usize];
                let span = if name == "old" { ch.old } else { ch.new };
                assert_eq!((span.start, span.end), (at, at + len));
            } else {
                assert_eq!(seg.op, Op::Equal);
            }
            at += len;
        }
        assert_eq!(at, u16len(text));
    }
    let (mut o, mut n) = (0, 0);
    for r in &c.rows {
        assert_eq!((r.old.start, r.new.start), (o, n));
        (o, n) = (r.old.end, r.new.end);
    }
    assert_eq!((o, n), (u16len(a), u16len(b)));
    assert_eq!(c, compare(a, b, &opts));
});
