//! A guided tour of one extraction, stage by stage, on the built-in sample
//! article (or a FILE): what normalization changed, what was found of each
//! kind (with the original text under every span), and how officials link to
//! their positions and bodies. Read this first when you start on vngov.
//!
//! ```text
//! cargo run --example walkthrough
//! cargo run --example walkthrough -- [--published YYYY-MM-DD] FILE
//! ```

use std::process::ExitCode;

use vngov::{Extraction, Extractor, Span};

const USAGE: &str = "usage: walkthrough [--published YYYY-MM-DD] [FILE]";

/// `println!` that stops the program with a message and status 1 when
/// stdout is gone (a closed pipe, as with `| head`) instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            eprintln!("walkthrough: cannot write to stdout: {e}");
            std::process::exit(1);
        }
    }};
}

#[path = "common/sample.rs"]
mod sample;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut builder = Extractor::builder();
    let mut file = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--published" => {
                let Some(date) = args.get(i + 1) else {
                    return usage("--published needs a date YYYY-MM-DD");
                };
                builder = match builder.published(date) {
                    Ok(b) => b,
                    Err(e) => return usage(&format!("--published: {e}")),
                };
                i += 1;
            }
            "-h" | "--help" => {
                say!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => return usage(&format!("unknown option {flag}")),
            path if file.is_none() => file = Some(path.to_string()),
            _ => return usage("only one FILE"),
        }
        i += 1;
    }
    let text = match &file {
        None => {
            if builder.clone().build().published().is_none() {
                builder = builder.published("2024-03-14").expect("a valid date");
            }
            sample::SAMPLE.to_string()
        }
        Some(path) => match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(e)) => {
                let at = e.utf8_error().valid_up_to();
                eprintln!("walkthrough: {path}: not UTF-8 (invalid byte at offset {at})");
                return ExitCode::from(1);
            }
            Err(e) => {
                eprintln!("walkthrough: {path}: {e}");
                return ExitCode::from(1);
            }
        },
    };
    let extractor = builder.build();

    heading(1, "The input");
    say!(
        "{} bytes, {} chars, {} lines; published: {}",
        text.len(),
        text.chars().count(),
        text.lines().count(),
        extractor
            .published()
            .map(|d| d.to_string())
            .unwrap_or_else(|| "not given".into())
    );
    say!("Every span below is a byte range of this text: &text[start..end].");

    heading(2, "Normalization");
    say!("vngov matches on a normalized copy (vngov::normalized_text): NFC, one tone placement,");
    say!(
        "Đ look-alikes, spaces, dashes and quotes unified, glued words split, abbreviations expanded."
    );
    let normalized = vngov::normalized_text(&text);
    let changes = word_diff(&text, &normalized);
    if changes.is_empty() {
        say!("Nothing changed.");
    } else {
        say!("{} changed pieces (original → normalized):", changes.len());
        for (line, context, before, after) in &changes {
            say!("  line {line:>3}: {context} «{before}» → «{after}»");
        }
    }

    let x = extractor.extract(&text);
    heading(3, "What was found");
    found(&text, &x);

    heading(4, "How it links up");
    links(&x);
    ExitCode::SUCCESS
}

fn usage(message: &str) -> ExitCode {
    eprintln!("walkthrough: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn heading(n: usize, title: &str) {
    say!("\n== {n}. {title} ==");
}

/// The original text under a span, on one line.
fn under(text: &str, s: Span) -> String {
    match s.slice(text) {
        Some(t) => format!(
            "{s_start}..{s_end} «{}»",
            t.replace('\n', "⏎"),
            s_start = s.start,
            s_end = s.end
        ),
        None => format!("{}..{} (not a valid span of the text!)", s.start, s.end),
    }
}

fn found(text: &str, x: &Extraction) {
    say!("officials: {}", x.officials.len());
    for o in &x.officials {
        let rank = o.rank.map(|r| format!(" [{r}]")).unwrap_or_default();
        say!("  {}{rank}", o.name);
        for h in &o.honors {
            say!("    honor {} ({})", h.abbreviation, h.expansion);
        }
        for m in &o.mentions {
            say!("    mention  {}", under(text, *m));
        }
        for p in &o.positions {
            say!(
                "    position {} = {:?} title, role {:?}",
                under(text, p.span),
                p.title.text,
                p.title.role
            );
        }
    }
    say!("organizations: {}", x.organizations.len());
    for o in &x.organizations {
        let abbr = o
            .abbreviation
            .as_ref()
            .map(|a| format!(" ({a})"))
            .unwrap_or_default();
        say!(
            "  {}{abbr}: {:?}, level {:?}, locality {:?}",
            o.name,
            o.kind,
            o.level,
            o.locality
        );
        for m in &o.mentions {
            say!("    mention {}", under(text, *m));
        }
    }
    say!("dates: {}", x.dates.len());
    for d in &x.dates {
        let mut notes = Vec::new();
        if let Some(r) = d.range {
            notes.push(format!("range {r:?}"));
        }
        if let Some(p) = d.part_of_day {
            notes.push(format!("{p:?}"));
        }
        if let Some(t) = d.time {
            notes.push(format!("{:02}:{:02}", t.hour, t.minute));
        }
        if let Some(r) = d.relative {
            notes.push(format!("relative {:+} {:?}", r.offset, r.unit));
        }
        say!(
            "  {} ({:?}) {} {}",
            d.value,
            d.precision,
            under(text, d.span),
            notes.join(", ")
        );
    }
    say!("documents: {}", x.documents.len());
    for d in &x.documents {
        say!(
            "  {} kind {:?}, year {:?}, issuer {:?} {}",
            d.number,
            d.kind,
            d.year,
            d.issuer,
            under(text, d.span)
        );
    }
    say!("signings: {}", x.signings.len());
    for s in &x.signings {
        say!(
            "  {:?} by {:?} binding {:?}, date {:?}",
            s.status,
            s.signatories,
            s.parties,
            s.date.map(|d| d.to_string())
        );
        if let Some(obj) = &s.document {
            say!("    signed {:?}: {}", obj.kind, obj.text);
        }
        say!("    sentence {}", under(text, s.span));
    }
    if !x.warnings.is_empty() {
        say!("warnings: {}", x.warnings.len());
        for w in &x.warnings {
            say!("  {:?}: {} {}", w.kind, w.message, under(text, w.span));
        }
    }
}

fn links(x: &Extraction) {
    if x.officials.is_empty() {
        say!("No officials, so nothing to link yet.");
    }
    for o in &x.officials {
        say!("{}", o.name);
        if let Some(r) = o.rank {
            say!("  rank {r} ({:?})", r.branch());
        }
        for p in &o.positions {
            let former = if p.former { "former " } else { "" };
            match &p.organization {
                None => say!(
                    "  {former}{} (a title that names its own office)",
                    p.title.text
                ),
                Some(org) => {
                    let note = match x.organizations.iter().position(|b| b.name == org.name) {
                        Some(k) => format!("organizations[{k}], {:?}", x.organizations[k].kind),
                        None => "not in organizations!".to_string(),
                    };
                    say!("  {former}{} of {} → {note}", p.title.text, org.name);
                }
            }
        }
        for s in x
            .signings
            .iter()
            .filter(|s| s.signatories.contains(&o.name))
        {
            say!(
                "  signed {:?} binding {}",
                s.document.as_ref().map(|d| d.text.as_str()),
                s.parties.join(", ")
            );
        }
    }
}

/// Words (split on whitespace) that differ between `a` and `b`, grouped into
/// changed runs by a longest-common-subsequence alignment: (line in `a`,
/// the unchanged word before the run, words of `a`, words of `b`).
fn word_diff<'a>(a: &'a str, b: &str) -> Vec<(usize, &'a str, String, String)> {
    let wa: Vec<(usize, &str)> = a
        .lines()
        .enumerate()
        .flat_map(|(n, l)| l.split_whitespace().map(move |w| (n + 1, w)))
        .collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    let (n, m) = (wa.len(), wb.len());
    if n.saturating_mul(m) > 50_000_000 {
        say!("(text too long for a word diff)");
        return Vec::new();
    }
    // lcs[i][j]: length of the LCS of wa[i..] and wb[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if wa[i].1 == wb[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut del, mut ins, mut line): (Vec<&str>, Vec<&str>, usize) = (Vec::new(), Vec::new(), 0);
    let mut before = "";
    let mut flush = |del: &mut Vec<&str>, ins: &mut Vec<&str>, line: usize, before: &'a str| {
        if !del.is_empty() || !ins.is_empty() {
            out.push((line, before, del.join(" "), ins.join(" ")));
            del.clear();
            ins.clear();
        }
    };
    while i < n || j < m {
        if i < n && j < m && wa[i].1 == wb[j] {
            flush(&mut del, &mut ins, line, before);
            before = wa[i].1;
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            if del.is_empty() && ins.is_empty() {
                line = wa.get(i).map_or(0, |w| w.0);
            }
            ins.push(wb[j]);
            j += 1;
        } else {
            if del.is_empty() && ins.is_empty() {
                line = wa[i].0;
            }
            del.push(wa[i].1);
            i += 1;
        }
    }
    flush(&mut del, &mut ins, line, before);
    out
}
