//! Runs the example binaries: bad inputs get a clear message with their
//! place, processing goes on, the exit status tells; the other examples run
//! on the built-in sample.
//!
//! The binaries are the ones `cargo test` builds next to this test
//! (`target/<profile>/examples/`); a `cargo build --examples` with the same
//! features runs once first, a no-op under `cargo test`, so a lone
//! `cargo test --test examples` works too.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

/// `target/<profile>`, from the path of this test binary (`target/<profile>/deps/examples-…`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps")
        .to_path_buf()
}

fn example(name: &str) -> PathBuf {
    static BUILT: OnceLock<()> = OnceLock::new();
    let dir = profile_dir();
    BUILT.get_or_init(|| {
        let target = dir.parent().expect("target dir");
        let mut cargo = Command::new(env!("CARGO"));
        cargo
            .args(["build", "--quiet", "--examples", "--manifest-path"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", target);
        if dir.file_name().is_some_and(|p| p == "release") {
            cargo.arg("--release");
        }
        if cfg!(feature = "rayon") {
            cargo.args(["--features", "rayon"]);
        }
        let status = cargo.status().expect("run cargo build --examples");
        assert!(status.success(), "cargo build --examples failed");
    });
    let path = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} not built", path.display());
    path
}

fn run(name: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(example(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn example");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("example output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// A fresh scratch folder for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vngov-examples-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Every JSON value printed one after another.
fn json_values(s: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(s)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .expect("stdout is JSON")
}

#[test]
fn extract_files_report_each_bad_one_and_go_on() {
    let dir = scratch("files");
    let good = dir.join("good.txt");
    let empty = dir.join("empty.txt");
    let latin1 = dir.join("latin1.txt");
    let missing = dir.join("missing.txt");
    let folder = dir.join("folder");
    std::fs::write(&good, "Tỉnh ủy Hà Giang họp.").expect("write");
    std::fs::write(&empty, "").expect("write");
    std::fs::write(&latin1, b"T\xecnh \xfcy").expect("write");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let paths = [&good, &latin1, &missing, &folder, &empty];
    let args: Vec<&str> = paths
        .iter()
        .map(|p| p.to_str().expect("UTF-8 path"))
        .collect();
    let o = run("extract", &args, b"");
    let err = stderr(&o);

    assert_eq!(
        o.status.code(),
        Some(1),
        "exit 1 when any input failed; stderr: {err}"
    );
    assert!(
        err.contains(&format!(
            "{}: not UTF-8 (invalid byte at offset 1)",
            latin1.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&missing.display().to_string()) && err.contains("No such file"),
        "{err}"
    );
    assert!(err.contains(&folder.display().to_string()), "{err}");
    assert!(
        !err.contains(&good.display().to_string()) && !err.contains(&empty.display().to_string()),
        "{err}"
    );
    assert_eq!(err.lines().count(), 3, "one message per bad input: {err}");

    let outputs = json_values(&stdout(&o));
    let files: Vec<&str> = outputs.iter().filter_map(|v| v["file"].as_str()).collect();
    assert_eq!(
        files,
        [args[0], args[4]],
        "the good and the empty file still get results"
    );
    let empty_result = &outputs[1]["extraction"];
    for field in [
        "officials",
        "organizations",
        "dates",
        "signings",
        "documents",
    ] {
        assert_eq!(
            empty_result[field],
            Value::Array(vec![]),
            "{field} of an empty file"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn extract_empty_file_alone_succeeds() {
    let dir = scratch("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let o = run("extract", &[empty.to_str().expect("UTF-8 path")], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(json_values(&stdout(&o)).len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn extract_jsonl_answers_every_line() {
    let input: &[u8] = b"{\"id\": \"a\", \"text\": \"T\xe1\xbb\x89nh \xe1\xbb\xa7y H\xc3\xa0 Giang h\xe1\xbb\x8dp.\", \"published\": \"2024-03-14\"}\n\
not json at all\n\
{\"id\": \"c\", \"body\": \"no text field\"}\n\
{\"id\": \"d\", \"text\": \"S\xc3\xa1ng 5/3.\", \"published\": \"2024-13-45\"}\n\
{\"id\": \"e\", \"text\": \"caf\xff\"}\n\
\n\
{\"id\": 6, \"text\": \"\", \"published\": null}\n";
    let o = run("extract", &["--jsonl"], input);
    let err = stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "exit 1 when a line failed; stderr: {err}"
    );
    for expected in [
        "stdin line 2: not JSON",
        "stdin line 3: no string field \"text\"",
        "stdin line 4: bad \"published\"",
        "stdin line 5: not UTF-8",
    ] {
        assert!(err.contains(expected), "stderr lacks {expected:?}: {err}");
    }
    assert_eq!(err.lines().count(), 4, "{err}");

    let out = stdout(&o);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is one JSON object"))
        .collect();
    assert_eq!(
        lines.len(),
        6,
        "one output line per non-blank input line: {out}"
    );
    let ok = |v: &Value| v.get("extraction").is_some() && v.get("error").is_none();
    assert!(ok(&lines[0]) && lines[0]["id"] == "a");
    assert!(ok(&lines[5]) && lines[5]["id"] == 6);
    for (k, id) in [
        (1, Value::Null),
        (2, "c".into()),
        (3, "d".into()),
        (4, Value::Null),
    ] {
        assert_eq!(lines[k]["id"], id, "line {}", k + 1);
        assert!(
            lines[k]["error"].as_str().is_some_and(|e| !e.is_empty()),
            "line {} has an error",
            k + 1
        );
        assert!(lines[k].get("extraction").is_none());
    }
}

#[test]
fn extract_usage_errors_exit_2() {
    let o = run("extract", &["--published", "22/7/2013"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--published"), "{}", stderr(&o));
    let o = run("extract", &["--frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn highlight_renders_the_sample() {
    let o = run("highlight", &[], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    assert!(
        page.contains("<article id=\"text\">") && page.contains("quy chế phối hợp lãnh đạo"),
        "the article is in the page"
    );

    let dir = scratch("highlight");
    let out = dir.join("page.html");
    let o = run("highlight", &["-o", out.to_str().expect("UTF-8 path")], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&out).expect("page written"), page);

    let missing = dir.join("missing.txt");
    let o = run("highlight", &[missing.to_str().expect("UTF-8 path")], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&missing.display().to_string()),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn who_holds_what_runs_on_the_sample() {
    let o = run("who_holds_what", &[], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    assert_eq!(
        csv.lines().next(),
        Some("person_id,person,rank,title,organization,former,published,source,start,end")
    );
    for row in csv.lines().skip(1) {
        assert!(
            row.contains(",2024-03-14,sample,"),
            "sample rows carry its date and id: {row}"
        );
    }
    let o = run("who_holds_what", &["--json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Value = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    assert_eq!(
        rows.as_array().map(Vec::len),
        Some(csv.lines().count() - 1),
        "CSV and JSON agree"
    );
}

#[test]
fn who_holds_what_reports_bad_inputs_with_their_place() {
    let dir = scratch("who");
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).expect("mkdir");
    std::fs::write(articles.join("a.txt"), "Tỉnh ủy Hà Giang họp.").expect("write");
    std::fs::write(articles.join("b.txt"), b"\xff\xfe").expect("write");
    std::fs::write(articles.join("a.json"), r#"{"published": "2024-02-30"}"#).expect("write");
    let missing = dir.join("nowhere");
    let o = run(
        "who_holds_what",
        &[
            articles.to_str().expect("UTF-8 path"),
            missing.to_str().expect("UTF-8 path"),
        ],
        b"",
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{}: not UTF-8", articles.join("b.txt").display())),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: bad \"published\"",
            articles.join("a.json").display()
        )),
        "{err}"
    );
    assert!(err.contains(&missing.display().to_string()), "{err}");
    assert!(
        stdout(&o).starts_with("person_id,"),
        "output is still written"
    );

    let jsonl = b"{\"id\":\"x\",\"text\":\"Th\xe1\xbb\xa7 t\xc6\xb0\xe1\xbb\x9bng\"}\n{oops\n{\"id\":\"y\"}\n{\"id\":\"z\",\"text\":\"\",\"published\":\"yesterday\"}\n";
    let o = run("who_holds_what", &["--jsonl"], jsonl);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for expected in [
        "stdin line 2: not JSON",
        "stdin line 3 (id y): no string field \"text\"",
        "stdin line 4 (id z): bad \"published\"",
    ] {
        assert!(err.contains(expected), "stderr lacks {expected:?}: {err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn walkthrough_tours_the_sample() {
    let o = run("walkthrough", &[], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for stage in [
        "== 1. The input",
        "== 2. Normalization",
        "== 3. What was found",
        "== 4. How it links up",
    ] {
        assert!(out.contains(stage), "{stage} missing");
    }
    assert!(
        out.contains("Tỉnh «uỷ» → «ủy»"),
        "the tone change of the sample is listed"
    );
}

#[test]
fn extract_jsonl_non_string_published_and_empty_input() {
    let input = b"{\"id\": [1], \"text\": \"T\xe1\xbb\x89nh \xe1\xbb\xa7y H\xc3\xa0 Giang.\", \"published\": 20240314}\n{\"id\": \"b\", \"text\": 7}\n[1, 2]\n";
    let o = run("extract", &["--jsonl"], input);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for expected in [
        "stdin line 1: bad \"published\": expected a string, got 20240314",
        "stdin line 2: no string field \"text\"",
        "stdin line 3: no string field \"text\"",
    ] {
        assert!(err.contains(expected), "stderr lacks {expected:?}: {err}");
    }
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 3, "one output line per input line");
    assert_eq!(
        lines[0]["id"],
        serde_json::json!([1]),
        "the id is echoed as given"
    );
    assert!(lines.iter().all(|l| l["error"].is_string()));

    let o = run("extract", &["--jsonl"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "no input, no output");
    let o = run("extract", &["--jsonl"], b"{\"text\": \"\"}");
    assert!(o.status.success(), "a last line without a newline is read");
    assert_eq!(json_values(&stdout(&o)).len(), 1);
}

#[test]
fn extract_reads_a_file_with_published() {
    let dir = scratch("published");
    let file = dir.join("a.txt");
    std::fs::write(&file, "Sáng 22/7, Tỉnh ủy Hà Giang họp.").expect("write");
    let path = file.to_str().expect("UTF-8 path");
    let o = run("extract", &["--published", "2013-07-23", path], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json_values(&stdout(&o));
    assert_eq!(v[0]["file"], path);
    assert_eq!(v[0]["extraction"]["dates"][0]["value"], "2013-07-22");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn who_holds_what_more_bad_inputs() {
    let dir = scratch("who-more");
    let empty_dir = dir.join("no-txt");
    std::fs::create_dir_all(&empty_dir).expect("mkdir");
    std::fs::write(empty_dir.join("notes.md"), "not an article").expect("write");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let single = dir.join("one.txt");
    std::fs::write(
        &single,
        "Thiếu tướng Đỗ Văn Hùng, Chính ủy Bộ đội Biên phòng, phát biểu.",
    )
    .expect("write");
    std::fs::write(dir.join("one.json"), "{not json").expect("write");
    let args = [
        empty_dir.to_str().expect("UTF-8 path"),
        empty.to_str().expect("UTF-8 path"),
        single.to_str().expect("UTF-8 path"),
    ];
    let o = run("who_holds_what", &args, b"");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{}: no .txt files in folder", empty_dir.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}: not JSON", dir.join("one.json").display())),
        "a broken sidecar is reported: {err}"
    );
    assert!(
        !err.contains(&empty.display().to_string()),
        "an empty file is fine: {err}"
    );
    let csv = stdout(&o);
    assert!(
        csv.lines()
            .any(|l| l.contains("Đỗ Văn Hùng") && l.contains(",one.txt,")),
        "the article is still read when its sidecar is broken: {csv}"
    );

    let o = run(
        "who_holds_what",
        &["--jsonl"],
        b"{\"id\":\"a\",\"text\":\"caf\xff\"}\n{\"id\":\"b\",\"text\":\"\",\"published\":5}\n\n",
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("stdin line 1: not UTF-8"), "{err}");
    assert!(
        err.contains("stdin line 2 (id b): bad \"published\": expected a string"),
        "{err}"
    );
    assert!(
        err.contains("2 of 2 inputs failed"),
        "blank lines are not inputs: {err}"
    );

    let o = run("who_holds_what", &["--published", "2024-02-30"], b"");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = run("who_holds_what", &["--jsonl", "x.txt"], b"");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn walkthrough_and_highlight_report_bad_inputs() {
    let dir = scratch("walk");
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"T\xecnh").expect("write");
    let path = latin1.to_str().expect("UTF-8 path");
    for name in ["walkthrough", "highlight"] {
        let o = run(name, &[path], b"");
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(&format!(
                "{name}: {path}: not UTF-8 (invalid byte at offset 1)"
            )),
            "{name}: {}",
            stderr(&o)
        );
        let o = run(name, &[dir.to_str().expect("UTF-8 path")], b"");
        assert_eq!(o.status.code(), Some(1), "{name} on a folder");
        assert!(
            stderr(&o).contains(&dir.display().to_string()),
            "{name}: {}",
            stderr(&o)
        );
        let o = run(name, &["--frobnicate"], b"");
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        let o = run(name, &[path, path], b"");
        assert_eq!(o.status.code(), Some(2), "{name}: one FILE only");
    }
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let o = run("walkthrough", &[empty.to_str().expect("UTF-8 path")], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("No officials, so nothing to link yet."));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A stdout that fails (a closed pipe under `| head`, a full disk) ends
/// each example with a message and status 1, not a panic. `/dev/full`
/// fails every write, deterministically; skipped where it does not exist.
#[test]
fn examples_stop_cleanly_when_stdout_fails() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    for name in ["extract", "walkthrough", "highlight", "who_holds_what"] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("open /dev/full");
        let o = Command::new(example(name))
            .stdin(Stdio::null())
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .expect("run example");
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert_eq!(o.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains("No space left"), "{name}: {err}");
    }
}
