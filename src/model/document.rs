use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Span};

/// A legal-document number cited in the text ("Quyết định số 1234/QĐ-TTg").
///
/// ```
/// let d: vngov::DocumentRef = "123/2020/NĐ-CP".parse().unwrap();
/// assert_eq!(d.number, "123/2020/NĐ-CP");
/// assert_eq!(d.year, Some(2020));
/// assert_eq!(d.kind, Some(vngov::DocumentKind::Decree));
/// assert_eq!(d.issuer.as_deref(), Some("CP"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    /// The number as written, without "số" and spaces ("36-NQ/TW").
    pub number: String,
    /// The kind of document, from the word before the number or from its code.
    pub kind: Option<DocumentKind>,
    /// The year written inside the number, if any.
    pub year: Option<i32>,
    /// The issuer code ("TTg", "TW", "CP", "BQP", "UBND").
    pub issuer: Option<String>,
    /// Where the number is written (empty for a parsed string).
    pub span: Span,
}

/// Kinds of legal documents.
///
/// ```
/// assert_eq!(vngov::DocumentKind::from_code("QĐ"), Some(vngov::DocumentKind::Decision));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentKind {
    /// Luật.
    Law,
    /// Bộ luật (code).
    Code,
    /// Pháp lệnh (ordinance).
    Ordinance,
    /// Nghị quyết (resolution), code NQ.
    Resolution,
    /// Nghị định (decree), code NĐ.
    Decree,
    /// Quyết định (decision), code QĐ.
    Decision,
    /// Chỉ thị (directive), code CT.
    Directive,
    /// Thông tư (circular), code TT.
    Circular,
    /// Thông tư liên tịch (joint circular), code TTLT.
    JointCircular,
    /// Kết luận (conclusion), code KL.
    Conclusion,
    /// Quy định (regulation), code QĐi.
    Regulation,
    /// Hướng dẫn (guidance), code HD.
    Guidance,
    /// Thông báo (notice), code TB.
    Notice,
    /// Công văn (official letter), code CV.
    OfficialLetter,
    /// Kế hoạch (plan), code KH.
    Plan,
    /// Lệnh (order), code L.
    Order,
    /// Other kinds.
    Other,
}

impl DocumentKind {
    /// The kind named by a document code ("NQ", "QĐ", "NĐ" …).
    ///
    /// ```
    /// assert_eq!(vngov::DocumentKind::from_code("NQ"), Some(vngov::DocumentKind::Resolution));
    /// assert_eq!(vngov::DocumentKind::from_code("ZZ"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<DocumentKind> {
        use DocumentKind::*;
        Some(match code.to_uppercase().as_str() {
            "NQ" | "NQLT" => Resolution,
            "NĐ" => Decree,
            "QĐ" => Decision,
            "QĐI" => Regulation,
            "CT" => Directive,
            "TT" => Circular,
            "TTLT" => JointCircular,
            "KL" => Conclusion,
            "HD" => Guidance,
            "TB" => Notice,
            "CV" => OfficialLetter,
            "KH" => Plan,
            "L" => Order,
            "QH" => Law,
            "PL" => Ordinance,
            _ => return None,
        })
    }

    /// The kind named by the word before a number ("Quyết định", "Nghị quyết" …).
    ///
    /// ```
    /// assert_eq!(vngov::DocumentKind::from_word("nghị định"), Some(vngov::DocumentKind::Decree));
    /// ```
    pub fn from_word(word: &str) -> Option<DocumentKind> {
        use DocumentKind::*;
        let w = crate::normalize::fold_key(word);
        Some(match w.as_str() {
            "luật" => Law,
            "bộ luật" => Code,
            "pháp lệnh" => Ordinance,
            "nghị quyết" | "nghị quyết liên tịch" => Resolution,
            "nghị định" => Decree,
            "quyết định" => Decision,
            "chỉ thị" => Directive,
            "thông tư" => Circular,
            "thông tư liên tịch" => JointCircular,
            "kết luận" => Conclusion,
            "quy định" => Regulation,
            "hướng dẫn" => Guidance,
            "thông báo" => Notice,
            "công văn" => OfficialLetter,
            "kế hoạch" => Plan,
            "lệnh" => Order,
            _ => return None,
        })
    }
}

impl FromStr for DocumentRef {
    type Err = Error;

    /// Parses a bare document number ("1234/QĐ-TTg", "36-NQ/TW",
    /// "123/2020/NĐ-CP"), optionally after "số".
    ///
    /// ```
    /// let d: vngov::DocumentRef = "số 36-NQ/TW".parse().unwrap();
    /// assert_eq!(d.number, "36-NQ/TW");
    /// assert_eq!(d.kind, Some(vngov::DocumentKind::Resolution));
    /// assert!("Điều 5".parse::<vngov::DocumentRef>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<DocumentRef, Error> {
        crate::recognize::documents::parse_number(s)
    }
}
