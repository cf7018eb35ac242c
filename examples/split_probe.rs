//! Prints every change whose letters read the same on both sides (splits, case, punctuation,
//! typography) with its kind, for reviewing how they are classified:
//! `cargo run --release --example split_probe -- a.txt b.txt [lists]` (any third argument loads
//! the word lists from www/lexicon/, as the widget does).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (a, b) = (
        std::fs::read_to_string(&args[1]).unwrap(),
        std::fs::read_to_string(&args[2]).unwrap(),
    );
    let mut words = statement_diff::WordLists::default();
    if args.len() > 3 {
        for lang in statement_diff::Language::ALL {
            words
                .load(
                    lang,
                    &std::fs::read(format!("www/lexicon/{}.lex", lang.code())).unwrap(),
                )
                .unwrap();
        }
    }
    let c = statement_diff::compare_with(&a, &b, &statement_diff::CompareOptions::new(), &words);
    let u = |t: &str, sp: statement_diff::Span| {
        String::from_utf16_lossy(
            &t.encode_utf16().collect::<Vec<_>>()[sp.start as usize..sp.end as usize],
        )
    };
    for ch in &c.changes {
        let (o, n) = (u(&a, ch.old), u(&b, ch.new));
        let sq = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase()
        };
        if !o.is_empty() && !n.is_empty() && sq(&o) == sq(&n) {
            println!("{:?} {:?} -> {:?}", ch.kind, o, n);
        }
    }
}
