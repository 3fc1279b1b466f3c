//! Extracts officials, bodies, dates, signings and document numbers and
//! prints them as JSON.
//!
//! ```text
//! cargo run --example extract                          # the built-in sample article
//! cargo run --example extract -- [--published YYYY-MM-DD] FILE...
//! cargo run --example extract -- --jsonl < articles.jsonl
//! ```
//!
//! With `--jsonl`, each input line is `{"id", "text", "published"}` and each
//! output line `{"id", "extraction"}` or, for a bad line, `{"id", "error"}`.
//! Every problem is reported on stderr with its place; processing goes on and
//! the exit status is 1 if anything failed, 2 for a usage error.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde_json::{Value, json};
use vngov::{Extractor, PartialDate};

#[path = "common/sample.rs"]
mod sample;
use sample::SAMPLE;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut published: Option<PartialDate> = None;
    let mut jsonl = false;
    let mut files = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--jsonl" => jsonl = true,
            "--published" => {
                let Some(value) = args.get(i + 1) else {
                    return usage("--published needs a date YYYY-MM-DD");
                };
                match PartialDate::parse_day(value) {
                    Ok(d) => published = Some(d),
                    Err(e) => return usage(&format!("--published: {e}")),
                }
                i += 1;
            }
            "-h" | "--help" => {
                println!(
                    "usage: extract [--published YYYY-MM-DD] [FILE...] | extract --jsonl < input.jsonl"
                );
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => return usage(&format!("unknown option {flag}")),
            file => files.push(file.to_string()),
        }
        i += 1;
    }
    let extractor = Extractor::builder().published_date(published).build();
    let ok = if jsonl {
        run_jsonl(&extractor)
    } else if files.is_empty() {
        print_pretty(&json!(extractor.extract(SAMPLE)))
    } else {
        run_files(&extractor, &files)
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("extract: {message}");
    eprintln!("usage: extract [--published YYYY-MM-DD] [FILE...] | extract --jsonl < input.jsonl");
    ExitCode::from(2)
}

/// Prints one pretty JSON value; false when it cannot be serialized. A
/// closed stdout (as with `| head`) ends the program with status 1.
fn print_pretty(value: &Value) -> bool {
    let text = match serde_json::to_string_pretty(value) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("extract: cannot serialize: {e}");
            return false;
        }
    };
    if let Err(e) = writeln!(io::stdout(), "{text}") {
        eprintln!("extract: cannot write to stdout: {e}");
        std::process::exit(1);
    }
    true
}

fn run_files(extractor: &Extractor, files: &[String]) -> bool {
    let mut ok = true;
    for path in files {
        match std::fs::read(path) {
            Err(e) => {
                eprintln!("extract: {path}: {e}");
                ok = false;
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Err(e) => {
                    eprintln!(
                        "extract: {path}: not UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    );
                    ok = false;
                }
                Ok(text) => {
                    ok &= print_pretty(
                        &json!({ "file": path, "extraction": extractor.extract(&text) }),
                    );
                }
            },
        }
    }
    ok
}

fn run_jsonl(extractor: &Extractor) -> bool {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let line_no = n + 1;
        let record = match line {
            Err(e) => {
                eprintln!("extract: stdin line {line_no}: cannot read: {e}");
                ok = false;
                break;
            }
            Ok(bytes) => bytes,
        };
        if record.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result = process_line(extractor, &record);
        let row = match result {
            Ok((id, extraction)) => json!({ "id": id, "extraction": extraction }),
            Err((id, message)) => {
                eprintln!("extract: stdin line {line_no}: {message}");
                ok = false;
                json!({ "id": id, "line": line_no, "error": message })
            }
        };
        if let Err(e) = writeln!(out, "{row}") {
            eprintln!("extract: cannot write to stdout: {e}");
            return false;
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("extract: cannot write to stdout: {e}");
        return false;
    }
    ok
}

type LineResult = Result<(Value, Value), (Value, String)>;

fn process_line(extractor: &Extractor, record: &[u8]) -> LineResult {
    let text = std::str::from_utf8(record).map_err(|e| {
        (
            Value::Null,
            format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1),
        )
    })?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let Some(article) = value.get("text").and_then(Value::as_str) else {
        return Err((id, "no string field \"text\"".to_string()));
    };
    let published = match value.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match PartialDate::parse_day(s) {
            Ok(d) => Some(d),
            Err(e) => return Err((id, format!("bad \"published\": {e}"))),
        },
        Some(other) => {
            return Err((
                id,
                format!("bad \"published\": expected a string, got {other}"),
            ));
        }
    };
    let extraction = extractor.with_published(published).extract(article);
    Ok((id, json!(extraction)))
}
