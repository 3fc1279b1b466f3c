//! Provinces and centrally-run cities (the 63 before 1 July 2025 and the 34
//! after), with their usual short forms and, for each old one, the province
//! it became; and the level words that introduce a locality.

use crate::model::Level;

/// A province or centrally-run city.
#[derive(Debug)]
pub(crate) struct Province {
    /// Canonical name without the level word ("Lạng Sơn", "Hồ Chí Minh").
    pub name: &'static str,
    /// True for a centrally-run city (thành phố trực thuộc Trung ương).
    pub city: bool,
    /// Other spellings and short forms ("TP.HCM", "Thừa Thiên - Huế").
    pub aliases: &'static [&'static str],
    /// Since 1 July 2025: the province it became (its own name if unchanged);
    /// `None` for a province created by the 2025 merger that did not exist before.
    pub since_2025: Option<&'static str>,
    /// True for a province that exists after 1 July 2025.
    pub current: bool,
}

/// Provinces and cities, sorted by name.
pub(crate) static PROVINCES: &[Province] = &[
    Province {
        name: "Cao Bằng",
        city: false,
        aliases: &[],
        since_2025: Some("Cao Bằng"),
        current: true,
    },
    Province {
        name: "Hà Giang",
        city: false,
        aliases: &[],
        since_2025: Some("Tuyên Quang"),
        current: false,
    },
    Province {
        name: "Hà Nội",
        city: true,
        aliases: &[],
        since_2025: Some("Hà Nội"),
        current: true,
    },
    Province {
        name: "Hồ Chí Minh",
        city: true,
        aliases: &["TP.HCM", "TPHCM"],
        since_2025: Some("Hồ Chí Minh"),
        current: true,
    },
    Province {
        name: "Lạng Sơn",
        city: false,
        aliases: &[],
        since_2025: Some("Lạng Sơn"),
        current: true,
    },
];

/// Words that introduce a locality of a level, lower case.
pub(crate) static LEVEL_WORDS: &[(&str, Level)] = &[
    ("huyện", Level::District),
    ("phường", Level::Commune),
    ("quận", Level::District),
    ("thành phố", Level::Province),
    ("thị trấn", Level::Commune),
    ("thị xã", Level::District),
    ("tỉnh", Level::Province),
    ("xã", Level::Commune),
    ("đặc khu", Level::Commune),
];
