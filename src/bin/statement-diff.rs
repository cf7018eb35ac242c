//! The command line (issue #15): the same `compare()` as the widget, for batch work.
//!
//! ```text
//! statement-diff OLD NEW [--ignore-case] [--no-cleanup] [--timeout-ms N]
//! statement-diff --jsonl [--jobs N] [options]   < pairs.jsonl > results.jsonl
//! ```
//!
//! One pair: the comparison as JSON (the fields of the JavaScript result, in the same order), on
//! one line. `--jsonl`: one `{"id", "old", "new"}` object per input line, one
//! `{"id", "result"}` (or `{"id", "error"}`) per output line, in input order, compared on `--jobs`
//! threads (default: the machine's cores).
//!
//! Exit codes, as `diff(1)`'s: 0 the texts differ in nothing of substance, 1 they differ, 2
//! trouble (a bad argument, an unreadable file, a file that is not UTF-8: the message names the
//! file and the byte offset). In `--jsonl` mode 0 once every line is answered, 2 if a line was
//! not a pair (that line's answer says why).
use statement_diff::{compare, CompareOptions};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: statement-diff OLD NEW [--ignore-case] [--no-cleanup] [--timeout-ms N]
       statement-diff --jsonl [--jobs N] [--ignore-case] [--no-cleanup] [--timeout-ms N]";

struct Args {
    files: Vec<String>,
    jsonl: bool,
    jobs: usize,
    options: CompareOptions,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        files: Vec::new(),
        jsonl: false,
        jobs: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        options: CompareOptions::new(),
    };
    let mut args = args.peekable();
    let number = |flag: &str, v: Option<String>| -> Result<u32, String> {
        let v = v.ok_or_else(|| format!("{flag} needs a number"))?;
        v.parse::<u32>()
            .map_err(|_| format!("{flag} needs a whole number ≥ 0, got {v:?}"))
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => out.jsonl = true,
            "--ignore-case" => {
                out.options.ignore_case(true);
            }
            "--no-cleanup" => {
                out.options.cleanup(false);
            }
            "--timeout-ms" => {
                let ms = number("--timeout-ms", args.next())?;
                out.options.timeout_ms((ms > 0).then_some(ms));
            }
            "--jobs" => {
                let n = number("--jobs", args.next())?;
                if n == 0 {
                    return Err("--jobs needs at least 1".into());
                }
                out.jobs = n as usize;
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => out.files.push(a),
        }
    }
    match (out.jsonl, out.files.len()) {
        (false, 2) | (true, 0) => Ok(out),
        (true, _) => Err("--jsonl reads the pairs from stdin: no files".into()),
        (false, n) => Err(format!("two files to compare, got {n}")),
    }
}

/// A file's text; the message names the file, and for bytes that are not UTF-8 the offset.
fn read_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let byte = e.as_bytes()[at];
        format!(
            "{path} is not UTF-8 text: byte 0x{byte:02X} at byte offset {at} is not valid UTF-8"
        )
    })
}

/// One line of `--jsonl` answered: `{"id", "result"}` or `{"id", "error"}`; the bool: it was a pair.
fn answer(line: &str, options: &CompareOptions) -> (String, bool) {
    let error = |id: &serde_json::Value, message: String| {
        let out = serde_json::json!({ "id": id, "error": message });
        (out.to_string(), false)
    };
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(&serde_json::Value::Null, format!("not JSON: {e}")),
    };
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let text = |key: &str| value.get(key).and_then(serde_json::Value::as_str);
    let (Some(old), Some(new)) = (text("old"), text("new")) else {
        return error(&id, "a line needs \"old\" and \"new\", both strings".into());
    };
    let result = compare(old, new, options);
    let json = serde_json::to_string(&result).expect("a comparison serializes");
    let id = serde_json::to_string(&id).expect("an id serializes");
    (format!("{{\"id\":{id},\"result\":{json}}}"), true)
}

/// `--jsonl`: every line of `input` answered on `jobs` threads, written in input order.
fn batch(
    input: impl BufRead,
    out: &mut impl Write,
    jobs: usize,
    options: &CompareOptions,
) -> io::Result<bool> {
    let lines: Vec<String> = input
        .lines()
        .filter(|l| !l.as_ref().is_ok_and(|l| l.trim().is_empty()))
        .collect::<io::Result<_>>()?;
    let mut answers: Vec<(String, bool)> = vec![(String::new(), true); lines.len()];
    let per = lines.len().div_ceil(jobs.max(1)).max(1);
    std::thread::scope(|s| {
        for (chunk, slots) in lines.chunks(per).zip(answers.chunks_mut(per)) {
            s.spawn(move || {
                for (line, slot) in chunk.iter().zip(slots) {
                    *slot = answer(line, options);
                }
            });
        }
    });
    let mut all_pairs = true;
    for (text, pair) in answers {
        writeln!(out, "{text}")?;
        all_pairs &= pair;
    }
    Ok(all_pairs)
}

fn run() -> Result<ExitCode, String> {
    let args = parse_args(std::env::args().skip(1)).map_err(|e| {
        if e.is_empty() {
            USAGE.to_string()
        } else {
            format!("statement-diff: {e}\n{USAGE}")
        }
    })?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let write_error = |e: io::Error| format!("statement-diff: cannot write the output: {e}");
    if args.jsonl {
        let all_pairs =
            batch(io::stdin().lock(), &mut out, args.jobs, &args.options).map_err(write_error)?;
        out.flush().map_err(write_error)?;
        return Ok(if all_pairs {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        });
    }
    let old = read_text(&args.files[0]).map_err(|e| format!("statement-diff: {e}"))?;
    let new = read_text(&args.files[1]).map_err(|e| format!("statement-diff: {e}"))?;
    let result = compare(&old, &new, &args.options);
    serde_json::to_writer(&mut out, &result).map_err(|e| write_error(e.into()))?;
    writeln!(out)
        .and_then(|()| out.flush())
        .map_err(write_error)?;
    Ok(if result.stats.changes == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn main() -> ExitCode {
    run().unwrap_or_else(|message| {
        eprintln!("{message}");
        ExitCode::from(2)
    })
}
