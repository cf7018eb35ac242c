//! Runs `compare` on two files, for profiling (`valgrind --tool=callgrind`, `perf`):
//! `cargo run --release --example profile -- a.txt b.txt [runs]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let read = |p: &str| std::fs::read_to_string(p).expect("readable UTF-8 file");
    let (a, b) = (read(&args[1]), read(&args[2]));
    let runs: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(1);
    let opts = statement_diff::CompareOptions::new();
    for _ in 0..runs {
        let t = std::time::Instant::now();
        let c = statement_diff::compare(&a, &b, &opts);
        eprintln!(
            "{} changes in {:.1} ms",
            c.changes.len(),
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
