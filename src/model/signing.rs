use serde::{Deserialize, Serialize};

use super::{DocumentRef, PartialDate};
use crate::Span;

/// An act of signing reported by the article ("ký kết quy chế phối hợp",
/// "Thủ tướng vừa ký Quyết định số …").
///
/// ```
/// let x = vngov::extract(
///     "Sáng 5/3/2024, đồng chí Lê Văn Hai, Bí thư Tỉnh ủy và Đại tá Trần Văn Bình, \
///      Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp giữa Tỉnh ủy Cao Bằng với Đảng ủy Quân sự tỉnh.",
/// );
/// let s = &x.signings[0];
/// assert_eq!(s.signatories, vec!["Lê Văn Hai".to_string(), "Trần Văn Bình".to_string()]);
/// assert_eq!(s.date.map(|d| d.to_string()).as_deref(), Some("2024-03-05"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signing {
    /// Names of the officials who signed (as in [`Official::name`](crate::Official)).
    pub signatories: Vec<String>,
    /// Canonical names of the bodies bound by it.
    pub parties: Vec<String>,
    /// The day of the signing, if the article says: a day in the signing's
    /// sentence (not one given to another act, "cấp ngày …"), else for a
    /// ceremony the event's day told before it.
    pub date: Option<PartialDate>,
    /// What was signed.
    pub document: Option<SignedObject>,
    /// The document number signed, when one is cited.
    pub document_ref: Option<DocumentRef>,
    /// Done, or only planned.
    pub status: SigningStatus,
    /// The sentence that reports the signing.
    pub span: Span,
}

/// What was signed: its kind and its text, in lower case, without the verb.
///
/// ```
/// let o = vngov::SignedObject { kind: vngov::SignedKind::Regulation, text: "quy chế phối hợp".into() };
/// assert_eq!(o.kind, vngov::SignedKind::Regulation);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedObject {
    /// Kind of instrument.
    pub kind: SignedKind,
    /// The object phrase ("quy chế phối hợp lãnh đạo").
    pub text: String,
}

/// Kinds of signed instruments.
///
/// ```
/// assert_eq!(serde_json::to_string(&vngov::SignedKind::Memorandum).unwrap(), "\"memorandum\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SignedKind {
    /// Quy chế (phối hợp): coordination regulation.
    Regulation,
    /// Thỏa thuận: agreement.
    Agreement,
    /// Biên bản ghi nhớ: memorandum of understanding.
    Memorandum,
    /// Chương trình phối hợp: joint programme.
    Programme,
    /// Giao ước thi đua: emulation pledge.
    Pledge,
    /// Hiệp định, hiệp ước: treaty.
    Treaty,
    /// Hợp đồng: contract.
    Contract,
    /// A legal document (Quyết định, Nghị định …).
    LegalDocument,
    /// Coordination in general ("ký kết phối hợp …").
    Coordination,
    /// Anything else.
    Other,
}

/// Whether a signing happened or is only announced.
///
/// ```
/// assert_ne!(vngov::SigningStatus::Done, vngov::SigningStatus::Planned);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SigningStatus {
    /// Reported as done or under way.
    Done,
    /// Planned, called for or hypothetical ("sẽ ký", "tiến tới ký").
    Planned,
}
