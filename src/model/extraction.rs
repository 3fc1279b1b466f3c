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
    /// Named persons given a position or a military/police rank, one entry per person.
    pub officials: Vec<Official>,
    /// Party, state, military, police and mass bodies, one entry per body.
    pub organizations: Vec<Organization>,
    /// Calendar expressions, one entry per value named (a range gives its two ends).
    pub dates: Vec<DateMention>,
    /// Acts of signing the article reports.
    pub signings: Vec<Signing>,
    /// Legal-document numbers cited, one entry per number.
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
