//! Prints the change kinds of a pair of files: `cargo run --example kinds -- a.txt b.txt`.
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
}
