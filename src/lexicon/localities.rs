//! Provinces and centrally-run cities (the 63 before 1 July 2025, the 34
//! after, and the older merged provinces of archives), with their usual
//! variant spellings and, for each one, the province it belongs to since the
//! 2025 merger (Nghị quyết 202/2025/QH15); and the level words that
//! introduce a locality.
//!
//! Conventions: names NFC in old tone style ("Hòa", "Thủy", "Khánh Hòa",
//! "Thanh Hóa"), without the level word ("tỉnh", "thành phố"), sorted by
//! name, unique. Aliases are other spellings seen in the press ("Đắc Lắc",
//! "Thừa Thiên - Huế", "Sài Gòn"); none is a bare common word. "TP.HCM" and
//! similar are expanded by normalization to "Thành phố Hồ Chí Minh", so the
//! name "Hồ Chí Minh" covers them.
//!
//! Caution for matchers: "Hòa Bình" (peace) and "Thái Bình" are also
//! ordinary words or phrases; "Hồ Chí Minh" is also the President's name.

use crate::model::Level;

/// A province or centrally-run city.
#[derive(Debug)]
pub(crate) struct Province {
    /// Canonical name without the level word ("Lạng Sơn", "Hồ Chí Minh").
    pub name: &'static str,
    /// True for a centrally-run city (thành phố trực thuộc Trung ương) in its
    /// latest form (Huế is a city since 1 January 2025; Thừa Thiên Huế was not).
    pub city: bool,
    /// Other spellings and short forms ("Thừa Thiên - Huế", "Đắc Lắc").
    pub aliases: &'static [&'static str],
    /// Since 1 July 2025: the province its territory belongs to (its own name
    /// if it still exists); `None` for an old merged province of the archives
    /// whose territory is now split between several provinces.
    pub since_2025: Option<&'static str>,
    /// True for one of the 34 provinces and cities that exist after 1 July 2025.
    pub current: bool,
    /// True for a province dissolved before 2008 ("Hà Tây", "Nghệ Tĩnh").
    pub historical: bool,
    /// True for one of the 63 units of 2008 – 30 June 2025 (Thừa Thiên Huế,
    /// not the City of Huế it was renamed to on 1 January 2025).
    pub in_63: bool,
}

/// Provinces and cities, sorted by name.
#[rustfmt::skip]
pub(crate) static PROVINCES: &[Province] = &[
    Province { name: "An Giang", city: false, aliases: &[], since_2025: Some("An Giang"), current: true, historical: false, in_63: true },
    Province { name: "Bà Rịa - Vũng Tàu", city: false, aliases: &["BR-VT", "Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu"], since_2025: Some("Hồ Chí Minh"), current: false, historical: false, in_63: true },
    Province { name: "Bình Dương", city: false, aliases: &[], since_2025: Some("Hồ Chí Minh"), current: false, historical: false, in_63: true },
    Province { name: "Bình Phước", city: false, aliases: &[], since_2025: Some("Đồng Nai"), current: false, historical: false, in_63: true },
    Province { name: "Bình Thuận", city: false, aliases: &[], since_2025: Some("Lâm Đồng"), current: false, historical: false, in_63: true },
    Province { name: "Bình Trị Thiên", city: false, aliases: &[], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Bình Định", city: false, aliases: &[], since_2025: Some("Gia Lai"), current: false, historical: false, in_63: true },
    Province { name: "Bạc Liêu", city: false, aliases: &[], since_2025: Some("Cà Mau"), current: false, historical: false, in_63: true },
    Province { name: "Bắc Giang", city: false, aliases: &[], since_2025: Some("Bắc Ninh"), current: false, historical: false, in_63: true },
    Province { name: "Bắc Kạn", city: false, aliases: &["Bắc Cạn"], since_2025: Some("Thái Nguyên"), current: false, historical: false, in_63: true },
    Province { name: "Bắc Ninh", city: false, aliases: &[], since_2025: Some("Bắc Ninh"), current: true, historical: false, in_63: true },
    Province { name: "Bắc Thái", city: false, aliases: &[], since_2025: Some("Thái Nguyên"), current: false, historical: true, in_63: false },
    Province { name: "Bến Tre", city: false, aliases: &[], since_2025: Some("Vĩnh Long"), current: false, historical: false, in_63: true },
    Province { name: "Cao Bằng", city: false, aliases: &[], since_2025: Some("Cao Bằng"), current: true, historical: false, in_63: true },
    Province { name: "Cao Lạng", city: false, aliases: &[], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Cà Mau", city: false, aliases: &[], since_2025: Some("Cà Mau"), current: true, historical: false, in_63: true },
    Province { name: "Cần Thơ", city: true, aliases: &[], since_2025: Some("Cần Thơ"), current: true, historical: false, in_63: true },
    Province { name: "Gia Lai", city: false, aliases: &[], since_2025: Some("Gia Lai"), current: true, historical: false, in_63: true },
    Province { name: "Gia Lai - Kon Tum", city: false, aliases: &["Gia Lai-Kon Tum"], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Hoàng Liên Sơn", city: false, aliases: &[], since_2025: Some("Lào Cai"), current: false, historical: true, in_63: false },
    Province { name: "Huế", city: true, aliases: &[], since_2025: Some("Huế"), current: true, historical: false, in_63: false },
    Province { name: "Hà Giang", city: false, aliases: &[], since_2025: Some("Tuyên Quang"), current: false, historical: false, in_63: true },
    Province { name: "Hà Nam", city: false, aliases: &[], since_2025: Some("Ninh Bình"), current: false, historical: false, in_63: true },
    Province { name: "Hà Nam Ninh", city: false, aliases: &[], since_2025: Some("Ninh Bình"), current: false, historical: true, in_63: false },
    Province { name: "Hà Nội", city: true, aliases: &[], since_2025: Some("Hà Nội"), current: true, historical: false, in_63: true },
    Province { name: "Hà Sơn Bình", city: false, aliases: &[], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Hà Tuyên", city: false, aliases: &[], since_2025: Some("Tuyên Quang"), current: false, historical: true, in_63: false },
    Province { name: "Hà Tây", city: false, aliases: &[], since_2025: Some("Hà Nội"), current: false, historical: true, in_63: false },
    Province { name: "Hà Tĩnh", city: false, aliases: &[], since_2025: Some("Hà Tĩnh"), current: true, historical: false, in_63: true },
    Province { name: "Hòa Bình", city: false, aliases: &[], since_2025: Some("Phú Thọ"), current: false, historical: false, in_63: true },
    Province { name: "Hưng Yên", city: false, aliases: &[], since_2025: Some("Hưng Yên"), current: true, historical: false, in_63: true },
    Province { name: "Hải Dương", city: false, aliases: &[], since_2025: Some("Hải Phòng"), current: false, historical: false, in_63: true },
    Province { name: "Hải Hưng", city: false, aliases: &[], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Hải Phòng", city: true, aliases: &[], since_2025: Some("Hải Phòng"), current: true, historical: false, in_63: true },
    Province { name: "Hậu Giang", city: false, aliases: &[], since_2025: Some("Cần Thơ"), current: false, historical: false, in_63: true },
    Province { name: "Hồ Chí Minh", city: true, aliases: &["Sài Gòn"], since_2025: Some("Hồ Chí Minh"), current: true, historical: false, in_63: true },
    Province { name: "Khánh Hòa", city: false, aliases: &[], since_2025: Some("Khánh Hòa"), current: true, historical: false, in_63: true },
    Province { name: "Kiên Giang", city: false, aliases: &[], since_2025: Some("An Giang"), current: false, historical: false, in_63: true },
    Province { name: "Kon Tum", city: false, aliases: &["Kontum"], since_2025: Some("Quảng Ngãi"), current: false, historical: false, in_63: true },
    Province { name: "Lai Châu", city: false, aliases: &[], since_2025: Some("Lai Châu"), current: true, historical: false, in_63: true },
    Province { name: "Long An", city: false, aliases: &[], since_2025: Some("Tây Ninh"), current: false, historical: false, in_63: true },
    Province { name: "Lào Cai", city: false, aliases: &[], since_2025: Some("Lào Cai"), current: true, historical: false, in_63: true },
    Province { name: "Lâm Đồng", city: false, aliases: &[], since_2025: Some("Lâm Đồng"), current: true, historical: false, in_63: true },
    Province { name: "Lạng Sơn", city: false, aliases: &[], since_2025: Some("Lạng Sơn"), current: true, historical: false, in_63: true },
    Province { name: "Nam Định", city: false, aliases: &[], since_2025: Some("Ninh Bình"), current: false, historical: false, in_63: true },
    Province { name: "Nghĩa Bình", city: false, aliases: &[], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Nghệ An", city: false, aliases: &[], since_2025: Some("Nghệ An"), current: true, historical: false, in_63: true },
    Province { name: "Nghệ Tĩnh", city: false, aliases: &[], since_2025: None, current: false, historical: true, in_63: false },
    Province { name: "Ninh Bình", city: false, aliases: &[], since_2025: Some("Ninh Bình"), current: true, historical: false, in_63: true },
    Province { name: "Ninh Thuận", city: false, aliases: &[], since_2025: Some("Khánh Hòa"), current: false, historical: false, in_63: true },
    Province { name: "Phú Thọ", city: false, aliases: &[], since_2025: Some("Phú Thọ"), current: true, historical: false, in_63: true },
    Province { name: "Phú Yên", city: false, aliases: &[], since_2025: Some("Đắk Lắk"), current: false, historical: false, in_63: true },
    Province { name: "Quảng Bình", city: false, aliases: &[], since_2025: Some("Quảng Trị"), current: false, historical: false, in_63: true },
    Province { name: "Quảng Nam", city: false, aliases: &[], since_2025: Some("Đà Nẵng"), current: false, historical: false, in_63: true },
    Province { name: "Quảng Nam - Đà Nẵng", city: false, aliases: &["Quảng Nam-Đà Nẵng"], since_2025: Some("Đà Nẵng"), current: false, historical: true, in_63: false },
    Province { name: "Quảng Ngãi", city: false, aliases: &["Quãng Ngãi"], since_2025: Some("Quảng Ngãi"), current: true, historical: false, in_63: true },
    Province { name: "Quảng Ninh", city: false, aliases: &[], since_2025: Some("Quảng Ninh"), current: true, historical: false, in_63: true },
    Province { name: "Quảng Trị", city: false, aliases: &[], since_2025: Some("Quảng Trị"), current: true, historical: false, in_63: true },
    Province { name: "Sóc Trăng", city: false, aliases: &[], since_2025: Some("Cần Thơ"), current: false, historical: false, in_63: true },
    Province { name: "Sơn La", city: false, aliases: &[], since_2025: Some("Sơn La"), current: true, historical: false, in_63: true },
    Province { name: "Thanh Hóa", city: false, aliases: &[], since_2025: Some("Thanh Hóa"), current: true, historical: false, in_63: true },
    Province { name: "Thái Bình", city: false, aliases: &[], since_2025: Some("Hưng Yên"), current: false, historical: false, in_63: true },
    Province { name: "Thái Nguyên", city: false, aliases: &[], since_2025: Some("Thái Nguyên"), current: true, historical: false, in_63: true },
    Province { name: "Thừa Thiên Huế", city: false, aliases: &["TT-Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"], since_2025: Some("Huế"), current: false, historical: false, in_63: true },
    Province { name: "Tiền Giang", city: false, aliases: &[], since_2025: Some("Đồng Tháp"), current: false, historical: false, in_63: true },
    Province { name: "Trà Vinh", city: false, aliases: &[], since_2025: Some("Vĩnh Long"), current: false, historical: false, in_63: true },
    Province { name: "Tuyên Quang", city: false, aliases: &[], since_2025: Some("Tuyên Quang"), current: true, historical: false, in_63: true },
    Province { name: "Tây Ninh", city: false, aliases: &[], since_2025: Some("Tây Ninh"), current: true, historical: false, in_63: true },
    Province { name: "Vĩnh Long", city: false, aliases: &[], since_2025: Some("Vĩnh Long"), current: true, historical: false, in_63: true },
    Province { name: "Vĩnh Phú", city: false, aliases: &[], since_2025: Some("Phú Thọ"), current: false, historical: true, in_63: false },
    Province { name: "Vĩnh Phúc", city: false, aliases: &[], since_2025: Some("Phú Thọ"), current: false, historical: false, in_63: true },
    Province { name: "Yên Bái", city: false, aliases: &[], since_2025: Some("Lào Cai"), current: false, historical: false, in_63: true },
    Province { name: "Điện Biên", city: false, aliases: &[], since_2025: Some("Điện Biên"), current: true, historical: false, in_63: true },
    Province { name: "Đà Nẵng", city: true, aliases: &[], since_2025: Some("Đà Nẵng"), current: true, historical: false, in_63: true },
    Province { name: "Đắk Lắk", city: false, aliases: &["Daklak", "Đăk Lăk", "Đắc Lắc", "Đắc Lắk", "Đắk Lăk"], since_2025: Some("Đắk Lắk"), current: true, historical: false, in_63: true },
    Province { name: "Đắk Nông", city: false, aliases: &["Daknong", "Đăk Nông", "Đắc Nông"], since_2025: Some("Lâm Đồng"), current: false, historical: false, in_63: true },
    Province { name: "Đồng Nai", city: false, aliases: &[], since_2025: Some("Đồng Nai"), current: true, historical: false, in_63: true },
    Province { name: "Đồng Tháp", city: false, aliases: &[], since_2025: Some("Đồng Tháp"), current: true, historical: false, in_63: true },
];

/// Words that introduce a locality of a level, lower case.
pub(crate) static LEVEL_WORDS: &[(&str, Level)] = &[
    ("huyện", Level::District),
    ("phường", Level::Commune),
    ("quận", Level::District),
    ("thành phố", Level::Province),
    ("thị trấn", Level::Commune),
    ("thị xã", Level::District),
    ("thủ đô", Level::Province),
    ("tỉnh", Level::Province),
    ("xã", Level::Commune),
    ("đặc khu", Level::Commune),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_63_and_the_34() {
        let before: Vec<&Province> = PROVINCES.iter().filter(|p| p.in_63).collect();
        assert_eq!(before.len(), 63);
        let now: Vec<&Province> = PROVINCES.iter().filter(|p| p.current).collect();
        assert_eq!(now.len(), 34);
        assert_eq!(now.iter().filter(|p| p.city).count(), 6);
        for p in PROVINCES {
            if let Some(dest) = p.since_2025 {
                let target = PROVINCES.iter().find(|q| q.name == dest);
                assert!(target.is_some_and(|q| q.current), "{} -> {dest}", p.name);
            }
            assert_eq!(p.current, p.since_2025 == Some(p.name), "{}", p.name);
            assert!(!(p.in_63 && p.historical), "{}", p.name);
        }
    }

    #[test]
    fn sorted_and_unique() {
        for w in PROVINCES.windows(2) {
            assert!(w[0].name < w[1].name, "{} / {}", w[0].name, w[1].name);
        }
        let mut all: Vec<String> = Vec::new();
        for p in PROVINCES {
            all.push(crate::normalize::fold_key(p.name));
            all.extend(p.aliases.iter().map(|a| crate::normalize::fold_key(a)));
        }
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "a surface belongs to two provinces");
    }
}
