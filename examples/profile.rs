//! Runs `compare` on two files, for profiling (`valgrind --tool=callgrind`, `perf`):
//! `cargo run --release --example profile -- a.txt b.txt [runs] [timeoutMs]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let read = |p: &str| std::fs::read_to_string(p).expect("readable UTF-8 file");
    let (a, b) = (read(&args[1]), read(&args[2]));
    let runs: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut opts = statement_diff::CompareOptions::new();
    if let Some(ms) = args.get(4).and_then(|n| n.parse().ok()) {
        opts.timeout_ms(Some(ms));
    }
    for _ in 0..runs {
        let t = std::time::Instant::now();
        let c = statement_diff::compare(&a, &b, &opts);
        eprintln!(
            "{} changes ({} stops, {:.1} % similar{}) in {:.1} ms",
            c.changes.len(),
            c.stats.changes,
            c.stats.similarity * 100.0,
            if c.approximate { ", approximate" } else { "" },
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
