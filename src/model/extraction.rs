use serde::{Deserialize, Serialize};

use super::{DateMention, DocumentRef, Official, Organization, Signing};
use crate::Span;

/// Everything vngov found in one article.
///
/// ```
/// let x = vngov::extract("Thiếu tướng Nguyễn Văn An, Tư lệnh Quân khu 2, dự hội nghị.");
/// assert_eq!(x.officials[0].name, "Nguyễn Văn An");
/// let json = serde_json::to_string(&x).unwrap();
/// assert!(json.contains("\"officials\""));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Named persons given a position or a military/police rank, one entry per person
    /// (per piece, for a text over 128 MiB: see [`Extractor::extract`](crate::Extractor::extract)).
    pub officials: Vec<Official>,
    /// Party, state, military, police and mass bodies, one entry per body (per piece, for a
    /// text over 128 MiB).
    pub organizations: Vec<Organization>,
    /// Calendar expressions, one entry per value named (a range gives its two ends).
    pub dates: Vec<DateMention>,
    /// Acts of signing the article reports.
    pub signings: Vec<Signing>,
    /// Legal-document numbers cited, one entry per number (per piece, for a text over
    /// 128 MiB).
    pub documents: Vec<DocumentRef>,
    /// Things about the input that a user should know (for example a legacy encoding).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl Extraction {
    /// The distinct ISO values of [`Extraction::dates`], in order of first mention.
    ///
    /// ```
    /// let x = vngov::extract("Ngày 2/9/2024 và ngày 2/9/2024, tháng 10/2024.");
    /// assert_eq!(x.distinct_dates(), vec!["2024-09-02".to_string(), "2024-10".to_string()]);
    /// ```
    pub fn distinct_dates(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for d in &self.dates {
            let v = d.value.to_string();
            if !out.contains(&v) {
                out.push(v);
            }
        }
        out
    }

    /// Every span of the extraction with what it marks, in the order of
    /// the fields: each official's mentions then its positions, each
    /// organization's mentions, then dates, signings, documents and
    /// warnings. Each [`SpanKind`] carries the index of its item, so a
    /// caller can go from a span back to the official, body or date it
    /// belongs to.
    ///
    /// Spans may nest or overlap (a name, a body or a date inside a signing
    /// sentence). Sort the result by [`Span`] to walk the text in order.
    ///
    /// ```
    /// use vngov::SpanKind;
    ///
    /// let text = "Ngày 5/3/2024, Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang, ký Quyết định số 12/QĐ-UBND.";
    /// let x = vngov::extract(text);
    /// let spans = x.spans();
    ///
    /// // Every span is a slice of the caller's text.
    /// for (_, span) in &spans {
    ///     assert!(span.slice(text).is_some());
    /// }
    /// // The kind says what the span marks; the index says which item.
    /// let person: Vec<&str> = spans
    ///     .iter()
    ///     .filter(|(kind, _)| matches!(kind, SpanKind::Official(0)))
    ///     .map(|(_, span)| &text[span.start..span.end])
    ///     .collect();
    /// assert_eq!(person, ["Trần Văn Bình"]);
    /// assert!(spans.iter().any(|(k, s)| *k == SpanKind::Document(0) && s.slice(text) == Some("12/QĐ-UBND")));
    /// assert!(spans.iter().any(|(k, s)| k.name() == "date" && s.slice(text) == Some("Ngày 5/3/2024")));
    /// ```
    pub fn spans(&self) -> Vec<(SpanKind, Span)> {
        let mut out = Vec::new();
        for (i, o) in self.officials.iter().enumerate() {
            out.extend(o.mentions.iter().map(|s| (SpanKind::Official(i), *s)));
            out.extend(
                o.positions
                    .iter()
                    .enumerate()
                    .map(|(j, p)| (SpanKind::Position(i, j), p.span)),
            );
        }
        for (i, o) in self.organizations.iter().enumerate() {
            out.extend(o.mentions.iter().map(|s| (SpanKind::Organization(i), *s)));
        }
        out.extend(
            self.dates
                .iter()
                .enumerate()
                .map(|(i, d)| (SpanKind::Date(i), d.span)),
        );
        out.extend(
            self.signings
                .iter()
                .enumerate()
                .map(|(i, s)| (SpanKind::Signing(i), s.span)),
        );
        out.extend(
            self.documents
                .iter()
                .enumerate()
                .map(|(i, d)| (SpanKind::Document(i), d.span)),
        );
        out.extend(
            self.warnings
                .iter()
                .enumerate()
                .map(|(i, w)| (SpanKind::Warning(i), w.span)),
        );
        out
    }
}

/// What a span listed by [`Extraction::spans`] marks, with the index of
/// its item in the [`Extraction`].
///
/// ```
/// use vngov::SpanKind;
/// let x = vngov::extract("Bí thư Tỉnh ủy Lạng Sơn Lê Văn Hai phát biểu.");
/// for (kind, _) in x.spans() {
///     if let SpanKind::Position(official, position) = kind {
///         assert_eq!(x.officials[official].positions[position].title.text, "Bí thư");
///     }
/// }
/// assert_eq!(SpanKind::Position(0, 0).name(), "position");
/// assert_eq!(serde_json::to_string(&SpanKind::Date(2)).unwrap(), r#"{"date":2}"#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpanKind {
    /// A mention of `officials[i]` (full name or short reference).
    Official(usize),
    /// The title of `officials[i].positions[j]`.
    Position(usize, usize),
    /// A mention of `organizations[i]`.
    Organization(usize),
    /// The expression of `dates[i]`.
    Date(usize),
    /// The sentence of `signings[i]`.
    Signing(usize),
    /// The number of `documents[i]`.
    Document(usize),
    /// The text `warnings[i]` is about.
    Warning(usize),
}

impl SpanKind {
    /// The kind without its index, as a lower-case English word:
    /// "official", "position", "organization", "date", "signing",
    /// "document" or "warning".
    ///
    /// ```
    /// assert_eq!(vngov::SpanKind::Organization(3).name(), "organization");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            SpanKind::Official(_) => "official",
            SpanKind::Position(..) => "position",
            SpanKind::Organization(_) => "organization",
            SpanKind::Date(_) => "date",
            SpanKind::Signing(_) => "signing",
            SpanKind::Document(_) => "document",
            SpanKind::Warning(_) => "warning",
        }
    }
}

/// A note about the input attached to an [`Extraction`].
///
/// ```
/// use vngov::{Warning, WarningKind, Span};
/// let w = Warning { kind: WarningKind::LegacyEncoding, span: Span::new(0, 4), message: "TCVN3".into() };
/// assert_eq!(w.kind, WarningKind::LegacyEncoding);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// What kind of problem.
    pub kind: WarningKind,
    /// Where in the original text.
    pub span: Span,
    /// A human-readable explanation.
    pub message: String,
}

/// Kinds of [`Warning`].
///
/// ```
/// assert_ne!(vngov::WarningKind::LegacyEncoding, vngov::WarningKind::WeekdayMismatch);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// Text in a legacy 8-bit Vietnamese font encoding (TCVN3/ABC, VNI) read
    /// as Latin-1: entities in it cannot be trusted.
    LegacyEncoding,
    /// A weekday that contradicts the calendar date next to it.
    WeekdayMismatch,
}
