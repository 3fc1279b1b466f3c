use serde::{Deserialize, Serialize};

use super::OrgRef;
use crate::Span;

/// A named person given at least one position or a military/police rank.
///
/// One entry per person: later short references ("ông Kiểm", "Thiếu tướng
/// Tập", "Bí thư Tỉnh ủy" standing alone) add their spans to
/// [`Official::mentions`] and their posts to [`Official::positions`].
///
/// ```
/// let x = vngov::extract("Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang, phát biểu.");
/// let o = &x.officials[0];
/// assert_eq!(o.name, "Trần Văn Bình");
/// assert_eq!(o.rank, Some(vngov::Rank::Colonel));
/// assert_eq!(o.positions[0].title.text, "Chỉ huy trưởng");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    /// The fullest form of the name written in the article, in normal case,
    /// without honorifics, ranks or academic titles.
    pub name: String,
    /// Military or police rank, if the article gives one.
    pub rank: Option<Rank>,
    /// Academic and honorary titles written before the name (GS, TS, NGND …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub honors: Vec<Honor>,
    /// Every post the article gives the person, in order of first mention.
    pub positions: Vec<Position>,
    /// Every mention of the person (full name or short reference).
    pub mentions: Vec<Span>,
}

/// A post held by an [`Official`]: a title plus the body it belongs to.
///
/// ```
/// use vngov::{Role, Title};
/// let t = Title::new("Phó Bí thư Thường trực");
/// assert_eq!(t.role, Role::Secretary);
/// assert!(t.deputy && t.standing);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The title ("Bí thư", "Phó Chủ tịch Thường trực", "Chính ủy").
    pub title: Title,
    /// The body the post belongs to, canonical ("Tỉnh ủy Lạng Sơn"); `None`
    /// for self-contained titles ("Thủ tướng", "Chủ tịch nước").
    pub organization: Option<OrgRef>,
    /// True for a post the person no longer holds ("nguyên …", "khi còn là …").
    pub former: bool,
    /// Where the title is written.
    pub span: Span,
}

impl Position {
    /// The post as one phrase, title then body: "Bí thư Tỉnh ủy Lạng Sơn".
    ///
    /// ```
    /// let x = vngov::extract("Ông Lê Văn Hai, Bí thư Tỉnh ủy Lạng Sơn, phát biểu.");
    /// assert_eq!(x.officials[0].positions[0].phrase(), "Bí thư Tỉnh ủy Lạng Sơn");
    /// ```
    pub fn phrase(&self) -> String {
        match &self.organization {
            Some(org) => format!("{} {}", self.title.text, org.name),
            None => self.title.text.clone(),
        }
    }
}

/// A position title, canonical and typed.
///
/// `text` keeps the Vietnamese words ("Phó Chủ tịch Thường trực"); `role`
/// and the flags say what kind of post it is.
///
/// ```
/// use vngov::{Role, Title};
/// let t = Title::new("Quyền Giám đốc");
/// assert_eq!(t.role, Role::Director);
/// assert!(t.acting && !t.deputy);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Title {
    /// Canonical Vietnamese text of the title.
    pub text: String,
    /// What kind of post.
    pub role: Role,
    /// "Phó …": deputy.
    pub deputy: bool,
    /// "Quyền …": acting.
    pub acting: bool,
    /// "… Thường trực": standing (first deputy, standing member).
    pub standing: bool,
}

impl Title {
    /// Types a canonical title text.
    ///
    /// ```
    /// assert_eq!(vngov::Title::new("Tư lệnh").role, vngov::Role::Commander);
    /// ```
    pub fn new(text: &str) -> Title {
        Title {
            text: text.to_string(),
            ..Title::new_in(text, &mut String::new())
        }
    }

    /// [`Title::new`] with an empty text (a caller that keeps the title
    /// copies the text in), lower-casing the text into `folded` (cleared
    /// first), so that a caller typing many titles in turn reuses one
    /// buffer.
    pub(crate) fn new_in(text: &str, folded: &mut String) -> Title {
        to_lowercase_into(text, folded);
        let folded = folded.as_str();
        let deputy = folded.starts_with("phó ")
            || folded.starts_with("quyền phó ")
            || folded.contains(" phó ")
            || folded.ends_with(" phó");
        let acting = folded.starts_with("quyền ");
        let standing = folded.contains("thường trực");
        Title {
            text: String::new(),
            role: Role::from_title(folded),
            deputy,
            acting,
            standing,
        }
    }
}

/// `text.to_lowercase()`, char by char from the code points for the
/// letters of Vietnamese (nearly every title: [`fold_vietnamese`]). Any
/// other char, whose lower case may depend on the chars around it (a final
/// sigma), sends the whole text to `str::to_lowercase`.
///
/// [`fold_vietnamese`]: crate::normalize::fold_vietnamese
#[cfg(test)]
fn to_lowercase(text: &str) -> String {
    let mut out = String::new();
    to_lowercase_into(text, &mut out);
    out
}

/// [`to_lowercase`] written into `out` (cleared first).
fn to_lowercase_into(text: &str, out: &mut String) {
    out.clear();
    // lower-casing keeps these letters' UTF-8 length: the room is exact
    out.reserve(text.len());
    for c in text.chars() {
        match crate::normalize::fold_vietnamese(c) {
            Some(lower) => out.push(lower),
            None => {
                out.clear();
                out.push_str(&text.to_lowercase());
                return;
            }
        }
    }
}

/// Kinds of post. Each variant is documented with its Vietnamese forms.
///
/// ```
/// use vngov::Role;
/// assert_eq!(Role::from_title("phó thủ tướng"), Role::PrimeMinister);
/// assert_eq!(Role::from_title("đồn trưởng"), Role::Head);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// "Tổng Bí thư".
    GeneralSecretary,
    /// "Bí thư", "Bí thư thứ nhất".
    Secretary,
    /// "Chủ tịch nước": head of state.
    President,
    /// "Chủ tịch": chair of a council, committee, front or association.
    Chairman,
    /// "Thủ tướng".
    PrimeMinister,
    /// "Bộ trưởng".
    Minister,
    /// "Thứ trưởng".
    ViceMinister,
    /// "Ủy viên", "Tỉnh ủy viên": member of a collective body.
    Member,
    /// "Đại biểu": elected deputy.
    Delegate,
    /// "Tư lệnh".
    Commander,
    /// "Chính ủy".
    PoliticalCommissar,
    /// "Chính trị viên".
    PoliticalOfficer,
    /// "Tham mưu trưởng", "Tổng Tham mưu trưởng".
    ChiefOfStaff,
    /// "Chỉ huy trưởng".
    CommandingOfficer,
    /// "Giám đốc", "Tổng Giám đốc".
    Director,
    /// "Chủ nhiệm".
    Chief,
    /// "Trưởng ban", "Cục trưởng", "Vụ trưởng", "Đồn trưởng", "Trưởng Công an" …: head of a unit.
    Head,
    /// "Chánh án".
    ChiefJustice,
    /// "Viện trưởng".
    ChiefProcurator,
    /// "Chánh Văn phòng".
    ChiefOfOffice,
    /// "Chánh Thanh tra", "Tổng Thanh tra".
    Inspector,
    /// "Tổng Kiểm toán".
    AuditorGeneral,
    /// "Thống đốc".
    Governor,
    /// "Tổng Thư ký", "Thư ký".
    SecretaryGeneral,
    /// "Đại sứ".
    Ambassador,
    /// "Thường trực": standing member ("Thường trực Ban Bí thư").
    Standing,
    /// "Trợ lý".
    Assistant,
    /// Any other title.
    Other,
}

impl Role {
    /// The role of a lower-case title text.
    ///
    /// ```
    /// assert_eq!(vngov::Role::from_title("bí thư"), vngov::Role::Secretary);
    /// ```
    pub fn from_title(folded: &str) -> Role {
        // `trim_start_matches` of each prefix in turn, by `strip_prefix`
        // (a string pattern builds a searcher each time)
        let mut core = folded;
        for prefix in ["quyền ", "nguyên ", "phó "] {
            while let Some(rest) = core.strip_prefix(prefix) {
                core = rest;
            }
        }
        let starts = |p: &str| core.starts_with(p);
        if starts("tổng bí thư") {
            Role::GeneralSecretary
        } else if starts("bí thư") {
            Role::Secretary
        } else if starts("chủ tịch nước") {
            Role::President
        } else if starts("chủ tịch") {
            Role::Chairman
        } else if starts("thủ tướng") {
            Role::PrimeMinister
        } else if starts("bộ trưởng") {
            Role::Minister
        } else if starts("thứ trưởng") {
            Role::ViceMinister
        } else if starts("ủy viên") || core.ends_with("ủy viên") {
            Role::Member
        } else if starts("đại biểu") {
            Role::Delegate
        } else if starts("tư lệnh") {
            Role::Commander
        } else if starts("chính ủy") {
            Role::PoliticalCommissar
        } else if starts("chính trị viên") {
            Role::PoliticalOfficer
        } else if core.contains("tham mưu trưởng") {
            Role::ChiefOfStaff
        } else if starts("chỉ huy trưởng") {
            Role::CommandingOfficer
        } else if starts("giám đốc") || starts("tổng giám đốc") {
            Role::Director
        } else if starts("chủ nhiệm") {
            Role::Chief
        } else if starts("chánh án") {
            Role::ChiefJustice
        } else if starts("viện trưởng") {
            Role::ChiefProcurator
        } else if starts("chánh văn phòng") {
            Role::ChiefOfOffice
        } else if starts("chánh thanh tra") || starts("tổng thanh tra") {
            Role::Inspector
        } else if starts("tổng kiểm toán") {
            Role::AuditorGeneral
        } else if starts("thống đốc") {
            Role::Governor
        } else if starts("tổng thư ký") || starts("thư ký") {
            Role::SecretaryGeneral
        } else if starts("đại sứ") {
            Role::Ambassador
        } else if starts("thường trực") {
            Role::Standing
        } else if starts("trợ lý") {
            Role::Assistant
        } else if starts("trưởng")
            || core.ends_with("trưởng")
            || core.contains("trưởng ")
            || starts("cục phó")
        {
            Role::Head
        } else {
            Role::Other
        }
    }
}

macro_rules! ranks {
    ($( $(#[$doc:meta])* $variant:ident = $vi:literal, $branch:ident; )*) => {
        /// Military and police ranks (Quân đội nhân dân and Công an nhân dân
        /// share the words; the navy has its own flag ranks). Serialized as
        /// the Vietnamese word with normal capitalisation.
        ///
        /// ```
        /// use vngov::Rank;
        /// assert_eq!(Rank::MajorGeneral.vietnamese(), "Thiếu tướng");
        /// assert_eq!(Rank::from_vietnamese("thiếu uý"), Some(Rank::SecondLieutenant));
        /// assert_eq!(serde_json::to_string(&Rank::Colonel).unwrap(), "\"Đại tá\"");
        /// assert!(Rank::General > Rank::Colonel);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Rank {
            $( $(#[$doc])* #[serde(rename = $vi)] $variant, )*
        }

        impl Rank {
            /// Every rank, lowest first.
            ///
            /// ```
            /// use vngov::Rank;
            /// assert_eq!(Rank::ALL.first(), Some(&Rank::PrivateSecondClass));
            /// assert_eq!(Rank::ALL.last(), Some(&Rank::General));
            /// assert!(Rank::ALL.windows(2).all(|w| w[0] < w[1]));
            /// ```
            pub const ALL: &'static [Rank] = &[$(Rank::$variant),*];

            /// The Vietnamese word, normal capitalisation ("Thiếu tướng").
            ///
            /// ```
            /// assert_eq!(vngov::Rank::RearAdmiral.vietnamese(), "Chuẩn Đô đốc");
            /// ```
            pub const fn vietnamese(self) -> &'static str {
                match self { $(Rank::$variant => $vi,)* }
            }

            /// Whether the rank is an enlisted, officer or flag rank.
            ///
            /// ```
            /// assert_eq!(vngov::Rank::Captain.branch(), vngov::RankBranch::Officer);
            /// ```
            pub const fn branch(self) -> RankBranch {
                match self { $(Rank::$variant => RankBranch::$branch,)* }
            }
        }
    };
}

ranks! {
    /// "Binh nhì".
    PrivateSecondClass = "Binh nhì", Enlisted;
    /// "Binh nhất".
    PrivateFirstClass = "Binh nhất", Enlisted;
    /// "Hạ sĩ".
    Corporal = "Hạ sĩ", Enlisted;
    /// "Trung sĩ".
    Sergeant = "Trung sĩ", Enlisted;
    /// "Thượng sĩ".
    SergeantMajor = "Thượng sĩ", Enlisted;
    /// "Thiếu úy".
    SecondLieutenant = "Thiếu úy", Officer;
    /// "Trung úy".
    FirstLieutenant = "Trung úy", Officer;
    /// "Thượng úy".
    SeniorLieutenant = "Thượng úy", Officer;
    /// "Đại úy".
    Captain = "Đại úy", Officer;
    /// "Thiếu tá".
    Major = "Thiếu tá", Officer;
    /// "Trung tá".
    LieutenantColonel = "Trung tá", Officer;
    /// "Thượng tá".
    SeniorColonel = "Thượng tá", Officer;
    /// "Đại tá".
    Colonel = "Đại tá", Officer;
    /// "Chuẩn Đô đốc" (navy, equal to Thiếu tướng).
    RearAdmiral = "Chuẩn Đô đốc", Flag;
    /// "Thiếu tướng".
    MajorGeneral = "Thiếu tướng", Flag;
    /// "Phó Đô đốc" (navy, equal to Trung tướng).
    ViceAdmiral = "Phó Đô đốc", Flag;
    /// "Trung tướng".
    LieutenantGeneral = "Trung tướng", Flag;
    /// "Đô đốc" (navy, equal to Thượng tướng).
    Admiral = "Đô đốc", Flag;
    /// "Thượng tướng".
    ColonelGeneral = "Thượng tướng", Flag;
    /// "Đại tướng".
    General = "Đại tướng", Flag;
}

impl Rank {
    /// Parses a rank word in any case and tone style.
    ///
    /// ```
    /// assert_eq!(vngov::Rank::from_vietnamese("ĐẠI TƯỚNG"), Some(vngov::Rank::General));
    /// assert_eq!(vngov::Rank::from_vietnamese("đại biểu"), None);
    /// ```
    pub fn from_vietnamese(word: &str) -> Option<Rank> {
        let key = crate::normalize::fold_key(word);
        Rank::ALL
            .iter()
            .copied()
            .find(|r| crate::normalize::fold_key(r.vietnamese()) == key)
    }
}

impl std::fmt::Display for Rank {
    /// The Vietnamese word, as [`Rank::vietnamese`].
    ///
    /// ```
    /// assert_eq!(vngov::Rank::Colonel.to_string(), "Đại tá");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.vietnamese())
    }
}

/// The tier of a [`Rank`].
///
/// ```
/// assert_eq!(vngov::Rank::General.branch(), vngov::RankBranch::Flag);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RankBranch {
    /// Soldiers and non-commissioned officers (binh sĩ, hạ sĩ quan).
    Enlisted,
    /// Company and field officers (cấp úy, cấp tá).
    Officer,
    /// Generals and admirals (cấp tướng).
    Flag,
}

/// An academic, professional or honorary title written before a name
/// ("GS", "PGS", "TS", "NGND" …). Kept apart from ranks.
///
/// ```
/// let h = vngov::Honor { abbreviation: "PGS".into(), expansion: "Phó Giáo sư".into() };
/// assert_eq!(h.expansion, "Phó Giáo sư");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Honor {
    /// As written, without dots ("PGS", "TS", "NSND").
    pub abbreviation: String,
    /// Spelled out ("Phó Giáo sư").
    pub expansion: String,
}

#[cfg(test)]
mod tests {
    use super::{Title, to_lowercase};

    #[test]
    fn titles_typed_with_one_buffer_are_typed_alike() {
        let mut folded = String::from("left over ΟΔΟΣ");
        for text in [
            "Phó Chủ tịch Thường trực",
            "ΟΔΟΣ",
            "Quyền Giám đốc",
            "Bí thư",
            "",
            "Phó Thủ tướng",
        ] {
            let typed = Title::new_in(text, &mut folded);
            assert!(typed.text.is_empty(), "{text}");
            let fresh = Title::new_in(text, &mut String::new());
            assert_eq!(typed, fresh, "{text}");
            let plain = Title::new(text);
            assert_eq!(plain.text, text);
            assert_eq!(
                Title {
                    text: plain.text.clone(),
                    ..typed
                },
                plain,
                "{text}"
            );
            assert_eq!(folded, text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn to_lowercase_is_str_to_lowercase() {
        let fast = (0u32..0x200)
            .chain(0x1E00..0x1F10)
            .filter_map(char::from_u32);
        for c in fast {
            let s = format!("{c}Ư ọ{c}");
            assert_eq!(to_lowercase(&s), s.to_lowercase(), "{c:?}");
        }
        for s in ["", "Phó Chủ tịch Thường trực", "ΟΔΟΣ", "İ", "ǅa"] {
            assert_eq!(to_lowercase(s), s.to_lowercase(), "{s:?}");
        }
    }
}
