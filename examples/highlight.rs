//! Writes one self-contained HTML page showing an article with every
//! extracted mention highlighted by kind, a legend, and a table of the
//! officials with their rank and positions.
//!
//! ```text
//! cargo run --example highlight > sample.html               # the built-in sample
//! cargo run --example highlight -- [--published YYYY-MM-DD] FILE [-o OUT.html]
//! ```

use std::process::ExitCode;

use vngov::Extractor;

#[path = "common/highlight.rs"]
mod highlight;
#[path = "common/sample.rs"]
mod sample;

const USAGE: &str = "usage: highlight [--published YYYY-MM-DD] [FILE] [-o OUT.html]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file: Option<String> = None;
    let mut output: Option<String> = None;
    let mut builder = Extractor::builder();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-o" | "--output" | "--published" => {
                let Some(value) = args.get(i + 1) else {
                    return usage(&format!("{} needs a value", args[i]));
                };
                if args[i] == "--published" {
                    builder = match builder.published(value) {
                        Ok(b) => b,
                        Err(e) => return usage(&format!("--published: {e}")),
                    };
                } else {
                    output = Some(value.clone());
                }
                i += 1;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => return usage(&format!("unknown option {flag}")),
            path if file.is_none() => file = Some(path.to_string()),
            _ => return usage("only one FILE"),
        }
        i += 1;
    }

    let (title, text) = match &file {
        None => (
            "vngov: built-in sample".to_string(),
            sample::SAMPLE.to_string(),
        ),
        Some(path) => match std::fs::read(path) {
            Err(e) => return fail(&format!("{path}: {e}")),
            Ok(bytes) => match String::from_utf8(bytes) {
                Err(e) => {
                    return fail(&format!(
                        "{path}: not UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    ));
                }
                Ok(text) => (format!("vngov: {path}"), text),
            },
        },
    };
    let extraction = builder.build().extract(&text);
    let page = highlight::render_page(&title, &text, &extraction);
    match &output {
        None => {
            use std::io::Write as _;
            if let Err(e) = std::io::stdout().write_all(page.as_bytes()) {
                return fail(&format!("cannot write to stdout: {e}"));
            }
        }
        Some(out) => {
            if let Err(e) = std::fs::write(out, page) {
                return fail(&format!("{out}: cannot write: {e}"));
            }
        }
    }
    ExitCode::SUCCESS
}

fn usage(message: &str) -> ExitCode {
    eprintln!("highlight: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn fail(message: &str) -> ExitCode {
    eprintln!("highlight: {message}");
    ExitCode::from(1)
}
