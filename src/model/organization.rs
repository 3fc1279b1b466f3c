use serde::{Deserialize, Serialize};

use crate::Span;

/// A party, state, military, police or mass body, one entry per body.
///
/// ```
/// let x = vngov::extract("Ủy ban nhân dân tỉnh Cao Bằng tổ chức hội nghị.");
/// let org = &x.organizations[0];
/// assert_eq!(org.name, "Ủy ban nhân dân tỉnh Cao Bằng");
/// assert_eq!(org.kind, vngov::OrgKind::State);
/// assert_eq!(org.level, Some(vngov::Level::Province));
/// assert_eq!(org.locality.as_deref(), Some("Cao Bằng"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    /// Canonical name: abbreviations expanded, locality completed when certain.
    pub name: String,
    /// Party, state, military, police or mass body.
    pub kind: OrgKind,
    /// Administrative level, when known.
    pub level: Option<Level>,
    /// The locality (province, district, commune) the body belongs to.
    pub locality: Option<String>,
    /// The abbreviation the article used or defined for it ("UBND", "BĐBP").
    pub abbreviation: Option<String>,
    /// The parent body written with it ("Tỉnh ủy Lạng Sơn" for
    /// "Ban Thường vụ Tỉnh ủy Lạng Sơn").
    pub parent: Option<String>,
    /// True for a foreign body ("Chính phủ Lào").
    #[serde(default)]
    pub foreign: bool,
    /// Every mention in the text.
    pub mentions: Vec<Span>,
}

/// A reference to a body from a [`Position`](crate::Position): its canonical
/// name and kind.
///
/// ```
/// let r = vngov::OrgRef { name: "Bộ Quốc phòng".into(), kind: vngov::OrgKind::Military };
/// assert_eq!(r.name, "Bộ Quốc phòng");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OrgRef {
    /// Canonical name, the same as the matching [`Organization::name`].
    pub name: String,
    /// Kind of body.
    pub kind: OrgKind,
}

/// Kinds of bodies.
///
/// ```
/// assert_eq!(serde_json::to_string(&vngov::OrgKind::Party).unwrap(), "\"party\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrgKind {
    /// Đảng: committees, boards, commissions, cells ("Tỉnh ủy", "Ban Tổ chức Trung ương").
    Party,
    /// Legislative bodies: Quốc hội, Hội đồng nhân dân and their committees.
    Legislature,
    /// Executive bodies: Chính phủ, ministries, Ủy ban nhân dân, Sở.
    State,
    /// Courts (Tòa án nhân dân).
    Court,
    /// Procuracies (Viện kiểm sát nhân dân).
    Procuracy,
    /// Audit and inspection (Kiểm toán Nhà nước, Thanh tra).
    Oversight,
    /// Army, border guard, coast guard and local military commands.
    Military,
    /// Công an nhân dân.
    Police,
    /// Mặt trận Tổ quốc and mass organizations (unions, women, youth, veterans, farmers).
    Mass,
    /// A body of another kind (steering committees, state agencies not above).
    Other,
}

/// Administrative level of a body.
///
/// ```
/// assert!(vngov::Level::Central < vngov::Level::Province);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// National (Trung ương).
    Central,
    /// Province or centrally-run city (tỉnh, thành phố).
    Province,
    /// District (huyện, quận, thị xã, provincial city), until 2025.
    District,
    /// Commune (xã, phường, thị trấn, đặc khu).
    Commune,
}
