//! The command line (issue #15): the same `compare()` as the widget, for batch work.
//!
//! ```text
//! statement-diff OLD NEW [--format json|text] [--ignore-case] [--no-cleanup] [--timeout-ms N]
//! statement-diff --jsonl [--jobs N] [options]   < pairs.jsonl > results.jsonl
//! ```
//!
//! One pair: the comparison as JSON (the fields of the JavaScript result, in the same order, the
//! bytes `JSON.stringify` makes of it: `schema/comparison.v1.json`), on one line; or with
//! `--format text` the widget's plain-text export: what was compared (each file's name, length
//! and SHA-256, the options), the summary line, then the inline reading with
//! `[-deleted-]{+inserted+}` markers. The export's time is now, or `SOURCE_DATE_EPOCH` when set
//! (reproducible output). `--word-lists DIR` reads split or joined words ("th at" / "that") with
//! the word lists in DIR (`en.lex`, `ru.lex`: `www/lexicon/` after `npm start` or
//! `node scripts/gen-lexicon.mjs`), as the widget does; without it such splits are changes. `--jsonl`: one `{"id", "old", "new"}` object per input line, one
//! `{"id", "result"}` (or `{"id", "error"}`) per output line, in input order, compared on `--jobs`
//! threads (default: the machine's cores).
//!
//! Exit codes, as `diff(1)`'s: 0 the texts differ in nothing of substance, 1 they differ, 2
//! trouble (a bad argument, an unreadable file, a file that is not UTF-8: the message names the
//! file and the byte offset). In `--jsonl` mode 0 once every line is answered, 2 if a line was
//! not a pair (that line's answer says why).
use sha2::{Digest, Sha256};
use statement_diff::{
    compare_with, marked_text, summary_line, to_json, CompareOptions, Comparison, Language,
    NoWordLists, WordLists, WordLookup,
};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

const USAGE: &str = "usage: statement-diff OLD NEW [--format json|text] [--ignore-case] [--no-cleanup] [--timeout-ms N] [--word-lists DIR]
       statement-diff --jsonl [--jobs N] [--ignore-case] [--no-cleanup] [--timeout-ms N] [--word-lists DIR]";

struct Args {
    files: Vec<String>,
    jsonl: bool,
    text: bool,
    jobs: usize,
    options: CompareOptions,
    /// A folder holding `en.lex` and/or `ru.lex` (`www/lexicon/`, written by scripts/gen-lexicon.mjs).
    word_lists: Option<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        files: Vec::new(),
        jsonl: false,
        text: false,
        word_lists: None,
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
            "--word-lists" => {
                out.word_lists = Some(args.next().ok_or("--word-lists needs a folder")?);
            }
            "--format" => {
                out.text = match args.next().as_deref() {
                    Some("json") => false,
                    Some("text") => true,
                    Some(other) => return Err(format!("--format is json or text, got {other:?}")),
                    None => return Err("--format needs json or text".into()),
                }
            }
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
        (true, _) if out.text => Err("--jsonl writes JSON: no --format text".into()),
        (false, 2) | (true, 0) => Ok(out),
        (true, _) => Err("--jsonl reads the pairs from stdin: no files".into()),
        (false, n) => Err(format!("two files to compare, got {n}")),
    }
}

/// The word lists split words are read with: none (every split shown as a change, and the result
/// names the lists that would decide), or those of `--word-lists DIR`.
struct Words(Option<WordLists>);

impl Words {
    fn load(dir: Option<&str>) -> Result<Words, String> {
        let Some(dir) = dir else {
            return Ok(Words(None));
        };
        let mut lists = WordLists::default();
        let mut found = 0;
        for (lang, name) in [(Language::English, "en.lex"), (Language::Russian, "ru.lex")] {
            let path = std::path::Path::new(dir).join(name);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    lists
                        .load(lang, &bytes)
                        .map_err(|e| format!("{} is not a word list: {e}", path.display()))?;
                    found += 1;
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
            }
        }
        if found == 0 {
            return Err(format!("--word-lists: no en.lex or ru.lex in {dir}"));
        }
        Ok(Words(Some(lists)))
    }

    fn lookup(&self) -> &dyn WordLookup {
        match &self.0 {
            None => &NoWordLists,
            Some(lists) => lists,
        }
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
fn answer(line: &str, options: &CompareOptions, words: &Words) -> (String, bool) {
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
    let result = compare_with(old, new, options, words.lookup());
    let json = to_json(&result);
    let id = to_json(&id);
    (format!("{{\"id\":{id},\"result\":{json}}}"), true)
}

/// `--jsonl`: every line of `input` answered on `jobs` threads, written in input order.
fn batch(
    input: impl BufRead,
    out: &mut impl Write,
    jobs: usize,
    options: &CompareOptions,
    words: &Words,
) -> io::Result<bool> {
    let lines: Vec<String> = input
        .lines()
        .filter(|l| !l.as_ref().is_ok_and(|l| l.trim().is_empty()))
        .collect::<io::Result<_>>()?;
    // Each thread takes the next line not taken yet: pairs of very different sizes (a 40k-word
    // policy beside one-line notices) keep every thread busy to the end.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = jobs.clamp(1, lines.len().max(1));
    let mut answers: Vec<(usize, (String, bool))> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(line) = lines.get(i) else {
                            return done;
                        };
                        done.push((i, answer(line, options, words)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a comparison thread does not panic"))
            .collect()
    });
    answers.sort_unstable_by_key(|(i, _)| *i);
    let mut all_pairs = true;
    for (_, (text, pair)) in answers {
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
    let words =
        Words::load(args.word_lists.as_deref()).map_err(|e| format!("statement-diff: {e}"))?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let write_error = |e: io::Error| format!("statement-diff: cannot write the output: {e}");
    if args.jsonl {
        let all_pairs = batch(
            io::stdin().lock(),
            &mut out,
            args.jobs,
            &args.options,
            &words,
        )
        .map_err(write_error)?;
        out.flush().map_err(write_error)?;
        return Ok(if all_pairs {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        });
    }
    let old = read_text(&args.files[0]).map_err(|e| format!("statement-diff: {e}"))?;
    let new = read_text(&args.files[1]).map_err(|e| format!("statement-diff: {e}"))?;
    let result = compare_with(&old, &new, &args.options, words.lookup());
    let text = if args.text {
        let files = [(&args.files[0], &old), (&args.files[1], &new)];
        plain_text_export(&result, files, &args.options, generated()?)
    } else {
        to_json(&result)
    };
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(write_error)?;
    Ok(if result.stats.changes == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// When the export was made: `SOURCE_DATE_EPOCH` (seconds) when set, else now.
fn generated() -> Result<SystemTime, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => v
            .trim()
            .parse::<u64>()
            .map(|s| SystemTime::UNIX_EPOCH + Duration::from_secs(s))
            .map_err(|_| {
                format!("statement-diff: SOURCE_DATE_EPOCH is seconds since 1970, got {v:?}")
            }),
        Err(_) => Ok(SystemTime::now()),
    }
}

/// The widget's plain-text export (www/export.js `plainTextExport`), in English: what was
/// compared, the summary line, a blank line, the marked text.
fn plain_text_export(
    result: &Comparison,
    files: [(&String, &String); 2],
    options: &CompareOptions,
    at: SystemTime,
) -> String {
    let side = |name: &str, (label, text): (&String, &String)| {
        let sha: String = Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let units = text.encode_utf16().count();
        format!(
            "{name} ({label}): {units} characters (UTF-16 code units), {} bytes UTF-8, SHA-256 {sha}",
            text.len()
        )
    };
    [
        format!(
            "statement-diff {} comparison, generated {}",
            env!("CARGO_PKG_VERSION"),
            humantime::format_rfc3339_millis(at)
        ),
        side("Old", files[0]),
        side("New", files[1]),
        format!(
            "Options: ignoreCase {}, cleanup {}, timeoutMs {}",
            options.is_ignore_case(),
            options.is_cleanup(),
            options.get_timeout_ms().unwrap_or(0)
        ),
        format!("Result: {}", summary_line(result)),
        "Marks: [-deleted-] {+inserted+}; minor changes read as the new text.".into(),
        String::new(),
        marked_text(result),
    ]
    .join("\n")
}

fn main() -> ExitCode {
    run().unwrap_or_else(|message| {
        eprintln!("{message}");
        ExitCode::from(2)
    })
}
