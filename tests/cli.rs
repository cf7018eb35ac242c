//! The command line (src/bin/statement-diff.rs), run as a user runs it: a pair of files, a JSONL
//! batch on several threads, and its messages and exit codes for what goes wrong.
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_statement-diff");

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("statement-diff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn corpus(pair: &str, side: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/corpus/{pair}/{side}.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_pair_of_files_gives_the_library_s_json_and_diff_s_exit_codes() {
    let (a, b) = (corpus("gh-aup-2022-02", "a"), corpus("gh-aup-2022-02", "b"));
    let (pa, pb) = (temp("a.txt", a.as_bytes()), temp("b.txt", b.as_bytes()));
    let out = run(&[pa.to_str().unwrap(), pb.to_str().unwrap()], "");
    assert_eq!(
        out.status.code(),
        Some(1),
        "they differ: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = serde_json::to_string(&statement_diff::compare(
        &a,
        &b,
        &statement_diff::CompareOptions::new(),
    ))
    .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{expected}\n")
    );
    let same = run(&[pa.to_str().unwrap(), pa.to_str().unwrap()], "");
    assert_eq!(same.status.code(), Some(0), "nothing differs");
    // Options reach the comparison: the output is the library's with the same options.
    // Texts on which each option changes the result (so that a flag dropped on the way fails).
    let x = temp("x.txt", b"THE FUND GREW BY 5 PERCENT. We will cut the tax on fuel by half in May and the tax on food.");
    let y = temp("y.txt", b"The fund grew by 7 percent. They may raise a tax for cars by third in June or some tax of food.");
    let (x, y) = (x.to_str().unwrap(), y.to_str().unwrap());
    let mut outputs = Vec::new();
    for (flags, ignore_case, cleanup, timeout) in [
        (&[][..], false, true, Some(2000)),
        (&["--ignore-case"][..], true, true, Some(2000)),
        (
            &["--no-cleanup", "--timeout-ms", "0"][..],
            false,
            false,
            None,
        ),
    ] {
        let mut options = statement_diff::CompareOptions::new();
        options
            .ignore_case(ignore_case)
            .cleanup(cleanup)
            .timeout_ms(timeout);
        let (a, b) = (
            std::fs::read_to_string(x).unwrap(),
            std::fs::read_to_string(y).unwrap(),
        );
        let expected = serde_json::to_string(&statement_diff::compare(&a, &b, &options)).unwrap();
        let out = run(&[&[x, y][..], flags].concat(), "");
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            format!("{expected}\n"),
            "{flags:?}"
        );
        outputs.push(expected);
    }
    assert!(
        outputs[0] != outputs[1] && outputs[0] != outputs[2],
        "each option changes this pair's result"
    );
}

#[test]
fn a_jsonl_batch_answers_every_line_in_order_on_several_threads() {
    let mut input = String::new();
    for i in 0..200 {
        let line = serde_json::json!({ "id": i, "old": format!("The fund received ${i},000 in 2023."), "new": format!("The fund received ${},000 in 2023.", i + 1) });
        input.push_str(&format!("{line}\n"));
    }
    input.push_str("{\"id\": \"same\", \"old\": \"Ничего не изменилось.\", \"new\": \"Ничего не изменилось.\"}\n\n");
    let one = run(&["--jsonl", "--jobs", "1"], &input);
    let four = run(&["--jsonl", "--jobs", "4"], &input);
    assert_eq!(
        one.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    assert_eq!(
        one.stdout, four.stdout,
        "the same answers in the same order on 1 and 4 threads"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(four.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        201,
        "one answer per pair; the blank line is skipped"
    );
    for (i, l) in lines.iter().take(200).enumerate() {
        assert_eq!(l["id"], i, "in input order");
        assert_eq!(l["result"]["stats"]["changes"], 1);
    }
    assert_eq!(lines[200]["id"], "same");
    assert_eq!(lines[200]["result"]["changes"].as_array().unwrap().len(), 0);
}

#[test]
fn bad_input_gets_a_clear_message_and_exit_code_2() {
    let missing = run(&["/no/such/file.txt", "/no/such/other.txt"], "");
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such/file.txt"),
        "{:?}",
        missing.stderr
    );
    let latin1 = temp("latin1.txt", b"Caf\xe9 au lait");
    let good = temp("good.txt", b"Cafe au lait");
    let bad = run(&[good.to_str().unwrap(), latin1.to_str().unwrap()], "");
    assert_eq!(bad.status.code(), Some(2));
    let message = String::from_utf8_lossy(&bad.stderr);
    assert!(
        message.contains("latin1.txt is not UTF-8 text: byte 0xE9 at byte offset 3"),
        "{message}"
    );
    assert!(bad.stdout.is_empty(), "no half result");
    for args in [
        &["only-one.txt"][..],
        &["a", "b", "c"],
        &["--timeout-ms", "soon", "a", "b"],
        &["--jobs", "0", "--jsonl"],
        &["--frobnicate", "a", "b"],
    ] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("usage: statement-diff"),
            "{args:?}: the usage follows the message"
        );
    }
    let batch = run(
        &["--jsonl"],
        "{\"id\": 1, \"old\": \"a\"}\nnot json\n{\"id\": 3, \"old\": \"a b\", \"new\": \"a c\"}\n",
    );
    assert_eq!(batch.status.code(), Some(2), "a line that is not a pair");
    let lines: Vec<serde_json::Value> = String::from_utf8(batch.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "every line answered");
    assert_eq!(
        lines[0]["error"],
        "a line needs \"old\" and \"new\", both strings"
    );
    assert!(lines[1]["error"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(
        lines[2]["result"]["stats"]["changes"], 1,
        "the good line after bad ones"
    );
}

#[test]
fn format_text_is_the_plain_text_export_with_markers() {
    let (a, b) = (
        temp("fee-a.txt", "The fee is 5 euros.\n".as_bytes()),
        temp("fee-b.txt", "The fee is 7 euros.\n".as_bytes()),
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = Command::new(BIN)
        .args([a, b, "--format", "text", "--ignore-case"])
        .env("SOURCE_DATE_EPOCH", "1735787045")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the texts differ");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "statement-diff {} comparison, generated 2025-01-02T03:04:05.000Z",
            env!("CARGO_PKG_VERSION")
        )
    );
    // The SHA-256 as `printf 'The fee is 5 euros.\n' | sha256sum` prints it.
    assert_eq!(
        lines[1],
        format!(
            "Old ({a}): 20 characters (UTF-16 code units), 20 bytes UTF-8, SHA-256 \
             81becc2462c18c4759e779253ef030febf4f689e79b44349c5b20875b17ad0d6"
        )
    );
    assert_eq!(
        lines[3],
        "Options: ignoreCase true, cleanup true, timeoutMs 2000"
    );
    assert_eq!(
        lines[4],
        "Result: 1 change: 1 replaced; 1 word added, 1 removed; 83.3% similar; by kind: number 1."
    );
    assert_eq!(lines[6], "");
    assert_eq!(lines[7], "The fee is [-5-]{+7+} euros.");
    // Bad values of --format, and text for a batch, are refused with a message.
    for (args, says) in [
        (
            vec![a, b, "--format", "html"],
            "--format is json or text, got \"html\"",
        ),
        (vec![a, b, "--format"], "--format needs json or text"),
        (vec!["--jsonl", "--format", "text"], "--jsonl writes JSON"),
    ] {
        let out = run(&args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let bad_epoch = Command::new(BIN)
        .args([a, b, "--format", "text"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .output()
        .unwrap();
    assert_eq!(bad_epoch.status.code(), Some(2));
}

#[test]
fn word_lists_read_a_split_word_as_the_widget_does() {
    let dir = format!("{}/www/lexicon", env!("CARGO_MANIFEST_DIR"));
    let (a, b) = (
        temp("split-a.txt", "The th at rule.".as_bytes()),
        temp("split-b.txt", "The that rule.".as_bytes()),
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    // Without lists: unsure, so shown, and the result names the list that would decide.
    let bare = run(&[a, b], "");
    assert_eq!(bare.status.code(), Some(1));
    let json = String::from_utf8(bare.stdout).unwrap();
    assert!(
        json.contains("\"kind\":\"wording\"") && json.contains("\"wordListsNeeded\":[\"en\"]"),
        "{json}"
    );
    // With them: a PDF artefact, minor: nothing of substance differs (exit 0).
    let read = run(&[a, b, "--word-lists", &dir], "");
    assert_eq!(
        read.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let json = String::from_utf8(read.stdout).unwrap();
    assert!(
        json.contains("\"kind\":\"split\"") && json.contains("\"wordListsNeeded\":[]"),
        "{json}"
    );
    // In a batch too.
    let line = "{\"id\":1,\"old\":\"The th at rule.\",\"new\":\"The that rule.\"}\n";
    let batch = run(&["--jsonl", "--word-lists", &dir], line);
    assert!(String::from_utf8(batch.stdout)
        .unwrap()
        .contains("\"kind\":\"split\""));
    // A folder without lists, and a file that is not one, are refused with a message.
    let empty = std::env::temp_dir();
    let out = run(&[a, b, "--word-lists", empty.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no en.lex or ru.lex in"));
    let bad = temp("en.lex", b"not a word list");
    let out = run(
        &[
            a,
            b,
            "--word-lists",
            bad.parent().unwrap().to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a word list"));
}
