//! Prints a quote check readably: `cargo run --example quote_probe -- source.txt article.txt`.
use statement_diff::{check_quotes, QuoteOptions, Span};

fn cut(s: &str, sp: Span) -> String {
    let u: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16_lossy(&u[sp.start as usize..sp.end as usize])
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let source = std::fs::read_to_string(&args[0]).expect("source");
    let quoting = std::fs::read_to_string(&args[1]).expect("quoting");
    let check = check_quotes(&source, &quoting, &QuoteOptions::new());
    for q in &check.quotes {
        println!("\n[{:?}] «{}»", q.verdict, cut(&quoting, q.span));
        if let Some(s) = q.source {
            println!("   source: «{}»", cut(&source, s));
        }
        for p in &q.parts {
            println!(
                "   part{}: «{}» ← «{}»",
                if p.cut { " (cut)" } else { "" },
                cut(&quoting, p.span),
                cut(&source, p.source)
            );
        }
        for c in &q.changes {
            println!(
                "   {:?}{}: «{}» → «{}»",
                c.kind,
                if c.minor { " (minor)" } else { "" },
                cut(&source, c.old),
                cut(&quoting, c.new)
            );
        }
        for o in &q.omissions {
            println!(
                "   cut {} words {:?}: «{}»",
                o.words,
                o.flags,
                cut(&source, o.source)
            );
        }
    }
    println!("\n{:?}", check.stats);
}
