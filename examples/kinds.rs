//! Prints the change kinds of a pair of files, and the moved lines:
//! `cargo run --example kinds -- a.txt b.txt`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let read = |p: &str| std::fs::read_to_string(p).expect("readable UTF-8 file");
    let (a, b) = (read(&args[1]), read(&args[2]));
    // The word lists as the widget loads them (www/lexicon/, `node scripts/gen-lexicon.mjs`).
    let mut words = statement_diff::WordLists::default();
    for lang in statement_diff::Language::ALL {
        let path = format!("www/lexicon/{}.lex", lang.code());
        match std::fs::read(&path) {
            Ok(bytes) => words.load(lang, &bytes).expect("a valid word list"),
            Err(e) => eprintln!("{path}: {e}; split words are shown as wording changes"),
        }
    }
    let c = statement_diff::compare_with(&a, &b, &statement_diff::CompareOptions::new(), &words);
    println!("{:?}", c.stats);
    println!(
        "findings old {} new {}",
        c.old.findings.len(),
        c.new.findings.len()
    );
    for f in c.new.findings.iter().take(8) {
        let text: String = String::from_utf16_lossy(
            &b.encode_utf16().collect::<Vec<_>>()[f.span.start as usize..f.span.end as usize],
        );
        println!(
            "finding {:?} {:?} in {:?}",
            f.kind,
            f.chars
                .iter()
                .map(|c| format!("U+{:04X} {}", c.code_point, c.script))
                .collect::<Vec<_>>(),
            text
        );
    }
    let u = |t: &str, sp: statement_diff::Span| -> String {
        String::from_utf16_lossy(
            &t.encode_utf16().collect::<Vec<_>>()[sp.start as usize..sp.end as usize],
        )
    };
    for ch in c
        .changes
        .iter()
        .filter(|ch| ch.kind == statement_diff::ChangeKind::Surrounding)
    {
        let (text, side) = if ch.old.is_empty() {
            (u(&b, ch.new), "new")
        } else {
            (u(&a, ch.old), "old")
        };
        println!("surrounding ({side}): {:.120}", text.replace('\n', " "));
    }
    // Each move as its new text, with the edits inside it as [-old-]{+new+}.
    for ch in c
        .changes
        .iter()
        .filter(|ch| ch.kind == statement_diff::ChangeKind::Moved && !ch.old.is_empty())
    {
        let into = &c.changes[ch.pair.expect("paired") as usize];
        let mut line = u(&b, into.new);
        let mut edits: Vec<_> = c
            .changes
            .iter()
            .filter(|e| e.within == Some(ch.id))
            .collect();
        edits.sort_by_key(|e| std::cmp::Reverse(e.new.start));
        for e in edits {
            let at = (e.new.start - into.new.start) as usize;
            let end = (e.new.end - into.new.start) as usize;
            let u16: Vec<u16> = line.encode_utf16().collect();
            let before = String::from_utf16_lossy(&u16[..at]);
            let after = String::from_utf16_lossy(&u16[end..]);
            line = format!("{before}[-{}-]{{+{}+}}{after}", u(&a, e.old), u(&b, e.new));
        }
        println!(
            "moved #{} -> #{}: {:.160}",
            ch.id,
            into.id,
            line.replace('\n', " ")
        );
    }
}
