//! Batch throughput (issue #15), natively: `compare` in-process on one thread over a file of
//! pairs (one `{"id", "old", "new"}` object per line, as `statement-diff --jsonl` reads them),
//! timing only the calls, with no time budget (the whole work):
//! `cargo run --release --example throughput -- pairs.jsonl [reps]`.
//!
//! One untimed warm-up pass, then `reps` (default 5) timed passes; each result is dropped after
//! its clock stops. Prints a JSON array (`benches/throughput.py report` reads it): `rust-compare`,
//! and, built with the `json` feature (`--features cli`), `rust-compare-json`, `compare` plus
//! `to_json` (what the command line and `compare_json` do per pair).
use statement_diff::{compare, CompareOptions};
use std::hint::black_box;
use std::time::Instant;

/// Runs `f` and says how long it took (ms); the result is returned, to be dropped after the clock.
fn timed<R>(f: impl FnOnce() -> R) -> (f64, R) {
    let t = Instant::now();
    let r = black_box(f());
    (t.elapsed().as_secs_f64() * 1e3, r)
}

type Pairs = [(String, String, String)];

/// A method measured: one warm-up pass, then `reps` passes; its record for the report. `run`
/// compares one pair, timing only the call (`timed`), and gives what is kept of the result.
fn measure(
    method: &str,
    label: &str,
    pairs: &Pairs,
    reps: usize,
    run: impl Fn(&str, &str) -> (f64, serde_json::Value),
) -> serde_json::Value {
    let results: Vec<serde_json::Value> = pairs.iter().map(|(_, a, b)| run(a, b).1).collect();
    let runs: Vec<Vec<f64>> = (0..reps)
        .map(|_| pairs.iter().map(|(_, a, b)| run(a, b).0).collect())
        .collect();
    let pass_ms: Vec<f64> = runs.iter().map(|r| r.iter().sum()).collect();
    let pair_ms: Vec<Vec<f64>> = (0..pairs.len())
        .map(|i| runs.iter().map(|r| r[i]).collect())
        .collect();
    let mut sorted = pass_ms.clone();
    sorted.sort_by(f64::total_cmp);
    eprintln!(
        "  {method}: median pass {:.1} ms, {reps} runs",
        sorted[sorted.len() / 2]
    );
    serde_json::json!({
        "method": method,
        "label": label,
        "threads": 1,
        "n": pairs.len(),
        "runs": reps,
        "pass_ms": pass_ms,
        "pair_ms": pair_ms,
        "dnf": [],
        "results": results,
        "ids": pairs.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
    })
}

fn read_pairs(path: &str) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file of pairs");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let field = |k: &str| v[k].as_str().expect("id, old and new, strings").to_string();
            (field("id"), field("old"), field("new"))
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: throughput pairs.jsonl [reps]");
    let reps: usize = args
        .get(2)
        .map_or(5, |n| n.parse().expect("reps: a number"));
    assert!(reps > 0, "reps: at least 1");
    let pairs = read_pairs(path);
    let mut options = CompareOptions::new();
    options.timeout_ms(None);
    let records = vec![
        measure(
            "rust-compare",
            "Rust `compare` (in-process)",
            &pairs,
            reps,
            |a, b| {
                let (ms, c) = timed(|| compare(a, b, &options));
                let kept = serde_json::json!({ "changes": c.stats.changes, "similarity": c.stats.similarity });
                (ms, kept)
            },
        ),
        #[cfg(feature = "json")]
        measure(
            "rust-compare-json",
            "Rust `compare` + `to_json` (in-process)",
            &pairs,
            reps,
            |a, b| {
                let (ms, json) = timed(|| statement_diff::to_json(&compare(a, b, &options)));
                (ms, serde_json::json!({ "bytes": json.len() }))
            },
        ),
    ];
    println!("{}", serde_json::Value::Array(records));
}
