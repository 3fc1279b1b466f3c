//! # vngov
//!
//! Reads Vietnamese government, party, military and police news and returns
//! typed, serde-ready structs: the named officials with their positions and
//! ranks, the party and state bodies, the dates, the signing events and the
//! legal-document numbers an article cites. Every item points back to the
//! exact bytes of the text it came from.
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
//! ```
//!
//! ## The model
//!
//! [`Extraction`] holds [`Official`]s (name, [`Rank`], [`Position`]s made of
//! a typed [`Title`] and an [`OrgRef`]), [`Organization`]s (canonical name,
//! [`OrgKind`], [`Level`], locality, abbreviation), [`DateMention`]s (a
//! [`PartialDate`] with its [`Precision`], part of day and time),
//! [`Signing`]s and [`DocumentRef`]s. Its JSON form (serde) is the crate's
//! output format.
//!
//! ## Spans and normalization
//!
//! Scraped Vietnamese mixes Unicode forms (NFC/NFD), two tone-mark styles
//! ("hòa"/"hoà", "ủy"/"uỷ"), look-alike letters (Ð for Đ), HTML entities,
//! glued words ("tổ chứcHội nghị"). vngov matches on a normalized copy (see
//! [`normalized_text`]) and maps every [`Span`] back to the caller's
//! original bytes, always on `char` boundaries.
//!
//! ## Resolution
//!
//! Days written without a year ("sáng 22/7") and relative words ("hôm qua",
//! "năm nay") are resolved against the publication date given to
//! [`ExtractorBuilder::published`], or else against a full date in the same
//! article. Bare bodies ("Tỉnh ủy", "UBND tỉnh") take the article's own
//! province when the article makes it certain. Later references to a person
//! ("ông Kiểm", "Thiếu tướng Tập") join the first full mention.
//!
//! ## Performance
//!
//! An [`Extractor`] compiles its lexicons into automata once, in
//! [`Extractor::new`]; it is `Send + Sync` and meant to be shared. Extraction
//! is linear in the input: one normalization pass, one leftmost-longest
//! automaton pass, a bounded number of regex passes and linear scans over
//! tokens. Each call allocates the normalized copy of the text (with a
//! byte map) and its results.
//!
//! ## Untrusted input
//!
//! [`Extractor::extract`] is total: it never fails and never panics, on any
//! string. Mojibake from legacy 8-bit encodings is reported as a
//! [`Warning`] rather than read as entities.
//!
//! ## Limitations
//!
//! vngov is rule- and lexicon-based: it knows the vocabulary of Vietnamese
//! political news (titles, ranks, kinds of bodies, provinces, abbreviations,
//! date forms, signing phrases), not the world. It does not know who held
//! which office; it reads what the article says. Lunar-calendar dates are not
//! resolved.

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
pub use model::*;
pub use normalize::normalized_text;
pub use span::Span;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
