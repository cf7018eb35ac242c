//! Native benchmarks of the core with criterion: `cargo bench --features bench` (add
//! `-- <filter>` to run some). The same inputs as the JavaScript harness where they exist
//! (real pairs from tests/corpus/, generated pairs from target/bench/inputs/ once
//! `npm run bench` has made them), each as: tokenizing both texts (the floor), and the full
//! `compare()`. For where the time goes inside, run `examples/profile` under
//! `valgrind --tool=callgrind` (see README.md).
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use statement_diff::{compare, tokenize, CompareOptions};

fn inputs() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &Path| std::fs::read_to_string(p).ok();
    let mut out = Vec::new();
    for name in [
        "modelspec-2025-10-vs-12-long",
        "gh-privacy-2022-12",
        "moz-ru-firefox-privacy-2025",
    ] {
        let dir = root.join("tests/corpus").join(name);
        if let (Some(a), Some(b)) = (read(&dir.join("a.txt")), read(&dir.join("b.txt"))) {
            out.push((name.to_string(), a, b));
        }
    }
    for stem in ["10k-light", "10k-heavy", "100k-light", "100k-unrelated"] {
        let dir = root.join("target/bench/inputs");
        let (a, b) = (
            read(&dir.join(format!("gen1-{stem}.a.txt"))),
            read(&dir.join(format!("gen1-{stem}.b.txt"))),
        );
        if let (Some(a), Some(b)) = (a, b) {
            out.push((stem.to_string(), a, b));
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let opts = CompareOptions::new();
    let mut group = c.benchmark_group("core");
    group.sample_size(20);
    for (name, a, b) in inputs() {
        group.throughput(Throughput::Bytes((a.len() + b.len()) as u64));
        group.bench_with_input(
            BenchmarkId::new("tokenize", &name),
            &(&a, &b),
            |bench, (a, b)| bench.iter(|| tokenize(a).len() + tokenize(b).len()),
        );
        group.bench_with_input(
            BenchmarkId::new("compare", &name),
            &(&a, &b),
            |bench, (a, b)| bench.iter(|| compare(a, b, &opts).changes.len()),
        );
    }
    group.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
