//! Who holds what: reads many articles and writes one row per official and
//! position (person, rank, title, organization, former, the article's
//! publication date, its id, the byte span), as CSV or a JSON array.
//!
//! ```text
//! cargo run --example who_holds_what                              # the built-in sample
//! cargo run --example who_holds_what -- DIR_OR_FILE... [--json]  # *.txt files
//! cargo run --example who_holds_what -- --jsonl < articles.jsonl  # {"id","text","published"}
//! ```
//!
//! A folder is read for its `*.txt` files in name order; the id is the file
//! name, and the publication date comes from `--published` or from a
//! `"published"` field in a `NAME.json` beside `NAME.txt`, when there is one.
//!
//! One person is merged across articles when the normalized full name and
//! at least one position (title and body) agree; `person_id` numbers the
//! merged persons in order of first appearance.
//!
//! Every bad input (missing folder, unreadable file, invalid UTF-8, a line
//! that is not JSON, no `text`, a bad `published`) is reported on stderr
//! with its place; processing goes on, and the exit status is 1 at the end
//! if anything failed (2 for a usage error).

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use serde_json::{Value, json};
use vngov::{Extractor, PartialDate};

#[path = "common/sample.rs"]
mod sample;

const USAGE: &str = "usage: who_holds_what [--json] [--progress N] [--published YYYY-MM-DD] (DIR_OR_FILE... | --jsonl < in.jsonl)";

/// One article to read.
struct Article {
    id: String,
    published: Option<PartialDate>,
    text: String,
}

/// One output row: an official and one of their positions in one article.
struct Row {
    person: usize,
    name: String,
    rank: String,
    title: String,
    organization: String,
    former: Option<bool>,
    published: String,
    source: String,
    start: usize,
    end: usize,
}

/// Merges officials across articles: union–find over (name, position) keys.
#[derive(Default)]
struct People {
    parent: Vec<usize>,
    by_key: HashMap<(String, String), usize>,
}

impl People {
    fn add(&mut self) -> usize {
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }

    fn find(&mut self, mut a: usize) -> usize {
        while self.parent[a] != a {
            self.parent[a] = self.parent[self.parent[a]];
            a = self.parent[a];
        }
        a
    }

    /// Joins `node` with the person already seen with this name and position.
    fn key(&mut self, node: usize, name: &str, position: &str) {
        match self.by_key.get(&(name.to_string(), position.to_string())) {
            Some(&other) => {
                let (a, b) = (self.find(node), self.find(other));
                // The earlier node stays the root, so ids follow first appearance.
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                self.parent[hi] = lo;
            }
            None => {
                self.by_key
                    .insert((name.to_string(), position.to_string()), node);
            }
        }
    }
}

/// Comparison form of a name or phrase: normalized, lower case, single spaces.
fn fold(s: &str) -> String {
    vngov::normalized_text(s)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

struct Options {
    json: bool,
    jsonl: bool,
    progress: usize,
    published: Option<PartialDate>,
    inputs: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut o = Options {
        json: false,
        jsonl: false,
        progress: 100,
        published: None,
        inputs: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let value = |i: usize| {
            args.get(i + 1)
                .ok_or_else(|| format!("{} needs a value", args[i]))
        };
        match args[i].as_str() {
            "--json" => o.json = true,
            "--jsonl" => o.jsonl = true,
            "--progress" => {
                o.progress = value(i)?
                    .parse()
                    .map_err(|_| "--progress needs a number".to_string())?;
                i += 1;
            }
            "--published" => {
                let b = Extractor::builder()
                    .published(value(i)?)
                    .map_err(|e| format!("--published: {e}"))?;
                o.published = b.build().published();
                i += 1;
            }
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            path => o.inputs.push(path.to_string()),
        }
        i += 1;
    }
    if o.jsonl && !o.inputs.is_empty() {
        return Err("give either --jsonl or files, not both".to_string());
    }
    Ok(o)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("who_holds_what: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut run = Run::new(&options);
    if options.jsonl {
        read_jsonl(&mut run);
    } else if options.inputs.is_empty() {
        let published = options.published.or(Some(PartialDate::ymd(2024, 3, 14)));
        run.article(Article {
            id: "sample".into(),
            published,
            text: sample::SAMPLE.into(),
        });
    } else {
        for input in &options.inputs {
            read_path(&mut run, Path::new(input));
        }
    }
    run.finish()
}

/// The state of a run: the extractor, the rows so far, the failures.
struct Run {
    extractor: Extractor,
    default_published: Option<PartialDate>,
    json: bool,
    progress: usize,
    articles: usize,
    failed: usize,
    people: People,
    rows: Vec<Row>,
}

impl Run {
    fn new(o: &Options) -> Run {
        Run {
            extractor: Extractor::new(),
            default_published: o.published,
            json: o.json,
            progress: o.progress,
            articles: 0,
            failed: 0,
            people: People::default(),
            rows: Vec::new(),
        }
    }

    fn fail(&mut self, place: &str, message: &str) {
        eprintln!("who_holds_what: {place}: {message}");
        self.failed += 1;
    }

    fn article(&mut self, a: Article) {
        let published = a.published.or(self.default_published);
        let x = self.extractor.with_published(published).extract(&a.text);
        let date = published.map(|d| d.to_string()).unwrap_or_default();
        for o in &x.officials {
            let node = self.people.add();
            let name = fold(&o.name);
            let rank = o
                .rank
                .map(|r| r.vietnamese().to_string())
                .unwrap_or_default();
            let row = |title: String,
                       organization: String,
                       former: Option<bool>,
                       span: vngov::Span| Row {
                person: node,
                name: o.name.clone(),
                rank: rank.clone(),
                title,
                organization,
                former,
                published: date.clone(),
                source: a.id.clone(),
                start: span.start,
                end: span.end,
            };
            if o.positions.is_empty() {
                let span = o.mentions.first().copied().unwrap_or_default();
                self.rows
                    .push(row(String::new(), String::new(), None, span));
            }
            for p in &o.positions {
                self.people.key(node, &name, &fold(&p.phrase()));
                let org = p
                    .organization
                    .as_ref()
                    .map(|r| r.name.clone())
                    .unwrap_or_default();
                self.rows
                    .push(row(p.title.text.clone(), org, Some(p.former), p.span));
            }
        }
        self.articles += 1;
        if self.progress > 0 && self.articles % self.progress == 0 {
            eprintln!(
                "who_holds_what: {} articles, {} rows, {} failed",
                self.articles,
                self.rows.len(),
                self.failed
            );
        }
    }

    fn finish(mut self) -> ExitCode {
        // Number merged persons in order of first appearance; the first name seen stands for all.
        let mut ids: HashMap<usize, (usize, String)> = HashMap::new();
        let mut rows = std::mem::take(&mut self.rows);
        for row in &mut rows {
            let root = self.people.find(row.person);
            let next = ids.len() + 1;
            let (id, name) = ids.entry(root).or_insert_with(|| (next, row.name.clone()));
            row.person = *id;
            row.name.clone_from(name);
        }
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let written = if self.json {
            write_json(&mut out, &rows)
        } else {
            write_csv(&mut out, &rows)
        };
        if let Err(e) = written.and_then(|()| out.flush()) {
            eprintln!("who_holds_what: cannot write output: {e}");
            return ExitCode::from(1);
        }
        if self.failed > 0 {
            eprintln!(
                "who_holds_what: {} of {} inputs failed",
                self.failed,
                self.failed + self.articles
            );
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

const HEADER: [&str; 10] = [
    "person_id",
    "person",
    "rank",
    "title",
    "organization",
    "former",
    "published",
    "source",
    "start",
    "end",
];

fn fields(r: &Row) -> [String; 10] {
    [
        r.person.to_string(),
        r.name.clone(),
        r.rank.clone(),
        r.title.clone(),
        r.organization.clone(),
        r.former.map(|f| f.to_string()).unwrap_or_default(),
        r.published.clone(),
        r.source.clone(),
        r.start.to_string(),
        r.end.to_string(),
    ]
}

/// RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, its
/// quotes doubled.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_csv(out: &mut impl Write, rows: &[Row]) -> io::Result<()> {
    writeln!(out, "{}", HEADER.join(","))?;
    for r in rows {
        let line: Vec<String> = fields(r).iter().map(|f| csv_field(f)).collect();
        writeln!(out, "{}", line.join(","))?;
    }
    Ok(())
}

fn write_json(out: &mut impl Write, rows: &[Row]) -> io::Result<()> {
    let values: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "person_id": r.person, "person": r.name, "rank": r.rank, "title": r.title,
                "organization": r.organization, "former": r.former, "published": r.published,
                "source": r.source, "start": r.start, "end": r.end,
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &values)?;
    writeln!(out)
}

/// A folder (its `*.txt` files, sorted) or one file.
fn read_path(run: &mut Run, path: &Path) {
    let place = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return run.fail(&place, &e.to_string()),
    };
    if !meta.is_dir() {
        return read_file(run, path);
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) => return run.fail(&place, &format!("cannot list folder: {e}")),
    };
    let mut files = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) if e.path().extension().is_some_and(|x| x == "txt") => files.push(e.path()),
            Ok(_) => {}
            Err(e) => run.fail(&place, &format!("cannot list folder: {e}")),
        }
    }
    if files.is_empty() {
        run.fail(&place, "no .txt files in folder");
    }
    files.sort();
    for f in files {
        read_file(run, &f);
    }
}

fn read_file(run: &mut Run, path: &Path) {
    let place = path.display().to_string();
    let text = match std::fs::read(path) {
        Err(e) => return run.fail(&place, &e.to_string()),
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                return run.fail(&place, &format!("not UTF-8 (invalid byte at offset {at})"));
            }
        },
    };
    let sidecar = path.with_extension("json");
    let published = match std::fs::read_to_string(&sidecar) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => {
            run.fail(&sidecar.display().to_string(), &e.to_string());
            None
        }
        Ok(meta) => {
            let parsed = serde_json::from_str::<Value>(&meta).map_err(|e| format!("not JSON: {e}"));
            match parsed.and_then(|v| published_of(Some(&v))) {
                Ok(p) => p,
                Err(message) => {
                    run.fail(&sidecar.display().to_string(), &message);
                    None
                }
            }
        }
    };
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(place);
    run.article(Article {
        id,
        published,
        text,
    });
}

/// The `published` field of a record: absent or null, or a `YYYY-MM-DD` string.
fn published_of(record: Option<&Value>) -> Result<Option<PartialDate>, String> {
    match record.and_then(|r| r.get("published")) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Extractor::builder()
            .published(s)
            .map(|b| b.build().published())
            .map_err(|e| format!("bad \"published\": {e}")),
        Some(other) => Err(format!("bad \"published\": expected a string, got {other}")),
    }
}

fn read_jsonl(run: &mut Run) {
    let stdin = io::stdin();
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let place = format!("stdin line {}", n + 1);
        let bytes = match line {
            Ok(b) => b,
            Err(e) => return run.fail(&place, &format!("cannot read: {e}")),
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match std::str::from_utf8(&bytes) {
            Ok(s) => s,
            Err(e) => {
                run.fail(
                    &place,
                    &format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1),
                );
                continue;
            }
        };
        let record: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                run.fail(&place, &format!("not JSON: {e}"));
                continue;
            }
        };
        let id = match record.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(v @ Value::Number(_)) => v.to_string(),
            _ => format!("line{}", n + 1),
        };
        let place = format!("{place} (id {id})");
        let Some(text) = record.get("text").and_then(Value::as_str) else {
            run.fail(&place, "no string field \"text\"");
            continue;
        };
        match published_of(Some(&record)) {
            Ok(published) => run.article(Article {
                id,
                published,
                text: text.to_string(),
            }),
            Err(message) => run.fail(&place, &message),
        }
    }
}
