//! Prints the change kinds of a pair of files, and the moved lines:
//! `cargo run --example kinds -- a.txt b.txt`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let read = |p: &str| std::fs::read_to_string(p).expect("readable UTF-8 file");
    let (a, b) = (read(&args[1]), read(&args[2]));
    let c = statement_diff::compare(&a, &b, &statement_diff::CompareOptions::new());
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
    for ch in c
        .changes
        .iter()
        .filter(|ch| ch.kind == statement_diff::ChangeKind::Moved && !ch.old.is_empty())
    {
        let text: String = c
            .old
            .segments
            .iter()
            .filter(|s| s.change == Some(ch.id))
            .map(|s| s.text)
            .collect();
        println!(
            "moved #{} -> #{:?}: {:.80}",
            ch.id,
            ch.pair,
            text.replace('\n', " ")
        );
    }
}
