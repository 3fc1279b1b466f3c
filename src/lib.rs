//! # vngov
//!
//! Reads Vietnamese government, party, military and police news and returns
//! typed, serde-ready structs: the named officials with their positions and
//! ranks, the party and state bodies, the dates, the signing events and the
//! legal-document numbers an article cites. Every item points back to the
//! exact bytes of the text it came from.
//!
//! ## What it extracts
//!
//! | field of [`Extraction`] | what | example in the text |
//! |---|---|---|
//! | [`officials`](Extraction::officials) | named persons with a post or a rank: name, [`Rank`], [`Honor`]s, [`Position`]s (typed [`Title`] + body), later short mentions | "Thiếu tướng Đỗ Văn Hùng, Chính ủy Bộ đội Biên phòng" … "Thiếu tướng Hùng" |
//! | [`organizations`](Extraction::organizations) | party, state, military, police and mass bodies: canonical name, [`OrgKind`], [`Level`], locality, abbreviation, parent | "UBND tỉnh" → "Ủy ban nhân dân tỉnh Hà Giang" |
//! | [`dates`](Extraction::dates) | days, months, years, ranges, relative words, part of day, clock time, resolved to a [`PartialDate`] | "sáng 22/7", "hôm qua", "giai đoạn 2021–2025" |
//! | [`signings`](Extraction::signings) | acts of signing: signatories, bound bodies, date, what was signed, done or planned | "ký kết quy chế phối hợp giữa Tỉnh ủy … với …" |
//! | [`documents`](Extraction::documents) | legal-document numbers: kind, year, issuer | "Quyết định số 1521/QĐ-TTg" |
//! | [`warnings`](Extraction::warnings) | things to know about the input | mojibake of a legacy 8-bit encoding |
//!
//! The [`provinces`] module maps the 63 provinces before the merger of
//! 1 July 2025 to the 34 after it, and back.
//!
//! ## Quick start
//!
//! ```
//! use vngov::{Extractor, Rank};
//!
//! let extractor = Extractor::builder().published("2024-03-05").unwrap().build();
//! let article = "Sáng 5/3, Thiếu tướng Nguyễn Văn An, Phó Tư lệnh Quân khu 2, \
//!                làm việc với Tỉnh ủy Hà Giang.";
//! let x = extractor.extract(article);
//!
//! let an = &x.officials[0];
//! assert_eq!(an.name, "Nguyễn Văn An");
//! assert_eq!(an.rank, Some(Rank::MajorGeneral));
//! assert_eq!(an.positions[0].phrase(), "Phó Tư lệnh Quân khu 2");
//! assert_eq!(&article[an.mentions[0].start..an.mentions[0].end], "Nguyễn Văn An");
//! assert!(x.organizations.iter().any(|o| o.name == "Tỉnh ủy Hà Giang"));
//! assert_eq!(x.dates[0].value.to_string(), "2024-03-05");
//!
//! // The JSON form is the crate's output format.
//! let json = serde_json::to_string(&x).unwrap();
//! assert!(json.contains(r#""rank":"Thiếu tướng""#));
//! ```
//!
//! For a one-off call, [`extract`] uses a shared default [`Extractor`]
//! without a publication date.
//!
//! ## The model
//!
//! [`Extraction`] holds [`Official`]s (name, [`Rank`], [`Position`]s made of
//! a typed [`Title`] and an [`OrgRef`]), [`Organization`]s (canonical name,
//! [`OrgKind`], [`Level`], locality, abbreviation), [`DateMention`]s (a
//! [`PartialDate`] with its [`Precision`], part of day and time),
//! [`Signing`]s and [`DocumentRef`]s. One entry per entity: a person named
//! five times is one [`Official`] with five mentions. Every type derives
//! `Serialize` and `Deserialize`; enums serialize as `snake_case` words
//! (ranks as their Vietnamese names) and dates as ISO-like strings
//! (`2024-03-05`, `2024-03`, `XXXX-03-05`).
//!
//! ## Spans and normalization
//!
//! Scraped Vietnamese mixes Unicode forms (NFC/NFD), two tone-mark styles
//! ("hòa"/"hoà", "ủy"/"uỷ"), look-alike letters (Ð for Đ), HTML entities,
//! glued words ("tổ chứcHội nghị"). vngov matches on a normalized copy (see
//! [`normalized_text`]) and maps every [`Span`] back to the caller's
//! original bytes, always on `char` boundaries, so `&text[span.start..span.end]`
//! (or [`Span::slice`]) never panics. Names and bodies are given in
//! canonical form; the span shows how the article wrote them.
//! [`Extraction::spans`] lists every span with its [`SpanKind`]:
//!
//! ```
//! let text = "Tỉnh uỷ Hà Giang và UBND tỉnh Hà Giang họp.";
//! let x = vngov::extract(text);
//! assert_eq!(x.organizations[0].name, "Tỉnh ủy Hà Giang"); // canonical tone style
//! let written: Vec<&str> = x.spans().iter().filter_map(|(_, s)| s.slice(text)).collect();
//! assert!(written.contains(&"Tỉnh uỷ Hà Giang")); // the bytes as written
//! assert!(written.contains(&"UBND tỉnh Hà Giang"));
//! ```
//!
//! ## Resolution with a publication date
//!
//! Days written without a year ("sáng 22/7") and relative words ("hôm qua",
//! "năm nay") are resolved against the publication date given to
//! [`ExtractorBuilder::published`] (or [`Extractor::with_published`], cheap
//! per article), or else against a full date in the same paragraph or a
//! year the article states as its own ("năm 2024"); failing those, a day
//! keeps an unknown year (`XXXX-07-22`). Bare bodies ("Tỉnh
//! ủy", "UBND tỉnh") take the article's own province when the article makes
//! it certain. Later references to a person ("ông Kiểm", "Thiếu tướng
//! Tập") join the first full mention.
//!
//! ```
//! let text = "Sáng 22/7, hội nghị khai mạc; hôm qua, đoàn đã đến.";
//! let bare = vngov::extract(text);
//! assert_eq!(bare.dates[0].value.to_string(), "XXXX-07-22");
//!
//! let e = vngov::Extractor::builder().published("2013-07-23").unwrap().build();
//! let x = e.extract(text);
//! assert_eq!(x.dates[0].value.to_string(), "2013-07-22");
//! assert_eq!(x.dates[1].value.to_string(), "2013-07-22"); // "hôm qua"
//! assert_eq!(x.dates[1].relative.map(|r| r.offset), Some(-1));
//! ```
//!
//! ## Performance
//!
//! An [`Extractor`] compiles its lexicons (titles, ranks, kinds of bodies,
//! localities, abbreviations, surnames) once, in [`Extractor::new`]: the
//! words of every surface into a hash table, the surfaces into a trie of
//! those words (and one of bytes, for phrases). It also compiles the date
//! regexes and the abbreviation tables (those once per process, shared by
//! every extractor), so the first call pays nothing extra. An extractor is
//! `Send + Sync` and meant to be built once and shared; cloning it (or
//! [`Extractor::with_published`]) shares the compiled lexicon.
//!
//! Extraction of an article is linear in its length: one normalization
//! pass (a byte automaton over plain words), one look-up of each token in
//! the table of the words a term begins with (a term is then walked word by
//! word), one byte pass that marks the digits of dates and document numbers,
//! one multi-word search for relative date words, hand-written readers for
//! the common date forms and a fixed number of regex passes over bounded
//! windows for the rest (the `regex` crate guarantees linear-time matching)
//! and linear scans over tokens; name, number and gap lengths are bounded,
//! look-ups go through hash maps and sorted indexes (or a scan of at most
//! sixteen entries before a map is built), and a signing's sentence is read
//! within a bounded window around its verb. Each call allocates the
//! normalized copy of the text and its folded (lower-case) twin with the
//! byte map back to the original, the token list (8 bytes a token), one
//! bit a token for where lexicon hits start, the recognized phrases, and
//! its results; strings are borrowed from the text or the lexicon until a
//! result keeps them (about 130 allocations for an article of 5 KB), and
//! nothing is cached between calls.
//! [`Extractor::extract_batch`] runs articles in parallel with the `rayon`
//! feature. `benches/extract.rs` measures throughput on the sample and
//! `benches/adversarial.rs` checks that pathological inputs stay linear.
//!
//! ## Untrusted input
//!
//! [`Extractor::extract`] is total: it never fails and never panics, on any
//! string (the crate forbids `unsafe`, and `fuzz/` holds cargo-fuzz targets
//! that check this and the span invariants). Time and memory grow linearly
//! with the input: news articles end to end to 16 and 64 MB took 0.54 s
//! and 2.12 s in the release `extract` example, peaking at about 7.5 bytes
//! of memory per input byte (JSON output included). Still,
//! give articles one by one, or [`Extractor::extract_batch`] a list of
//! them, rather than one concatenated text: resolution (the article's own
//! province, short references) is per call. A text longer than 128 MiB
//! is read in pieces of at most that length, cut after a line break
//! (failing one, after a sentence's end, a space or a char), and so is one
//! whose normalized form would reach 1 GiB (expanded abbreviations make it
//! longer than the input): resolution is then per piece (what two pieces
//! name has an entry for each), and spans still point into the whole text.
//! Decoding bytes is the caller's job (`&str` is UTF-8 by construction);
//! text in a legacy 8-bit Vietnamese encoding (TCVN3/ABC, VNI) read as
//! Latin-1 is reported as a [`Warning`] rather than read as entities.
//! Output strings are plain text, not escaped: escape them before putting
//! them into HTML or SQL.
//!
//! ## Limitations
//!
//! vngov is rule- and lexicon-based: it knows the vocabulary of Vietnamese
//! political news (titles, ranks, kinds of bodies, provinces, abbreviations,
//! date forms, signing phrases), not the world. It does not know who held
//! which office; it reads what the article says. Persons without a post or
//! rank, places other than the bodies' localities, and non-political
//! organizations are not extracted. Foreign names are found only with a
//! title or rank beside them. Lunar-calendar dates are not resolved. Text
//! without diacritics ("Bi thu Tinh uy") is not read.
//!
//! ## Feature flags
//!
//! - `rayon` (off by default): [`Extractor::extract_batch`] spreads the
//!   articles over all cores. Results are the same, in the same order.
//!
//! ## Examples
//!
//! Run with `cargo run --example NAME`; each works on a built-in sample
//! article without arguments.
//!
//! - `extract`: JSON of one or more files, or `--jsonl` lines
//!   (`{"id", "text", "published"}` in, one result or error line out per line).
//! - `highlight`: one self-contained HTML page with every span highlighted
//!   by kind (built on [`Extraction::spans`]) and a table of the officials.
//! - `who_holds_what`: a CSV or JSON table of person, rank, title, body,
//!   former, publication date, source and span over a folder of articles,
//!   merging persons across articles.
//! - `walkthrough`: the pipeline stage by stage: what normalization changed,
//!   what was found, how it links up.
//!
//! Every example reports a bad input (missing, unreadable, not UTF-8, not
//! JSON) on stderr with its place, goes on with the rest, and exits with
//! status 1 at the end (2 for a usage error).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod extractor;
mod lexicon;
mod model;
mod normalize;
pub mod provinces;
mod recognize;
mod resolve;
mod span;

pub use error::{Error, Result};
pub use extractor::{Extractor, ExtractorBuilder, extract};
pub use lexicon::lexicon_terms;
pub use model::*;
pub use normalize::normalized_text;
pub use span::Span;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
