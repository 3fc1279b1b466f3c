//! Vietnam's provinces and centrally-run cities across the merger of
//! 1 July 2025 (Nghị quyết 202/2025/QH15): 63 units became 34. Use this to
//! join records written before and after the merger.
//!
//! Names are accepted in any case, in either tone style ("Khánh Hoà" /
//! "Khánh Hòa"), with or without the level word ("tỉnh", "thành phố",
//! "TP.") and in the usual variants ("Đắc Lắc", "Thừa Thiên - Huế",
//! "TP.HCM", "Sài Gòn"). Older provinces of the archives ("Hà Tây",
//! "Nghệ Tĩnh") are known too.
//!
//! ```
//! use vngov::provinces;
//! assert_eq!(provinces::successor("tỉnh Hà Giang"), Some("Tuyên Quang"));
//! assert_eq!(provinces::predecessors("Cần Thơ"), vec!["Cần Thơ", "Hậu Giang", "Sóc Trăng"]);
//! ```

use serde::Serialize;

use crate::lexicon::Province;
use crate::lexicon::localities::PROVINCES;
use crate::normalize::fold_key;

/// A province or centrally-run city, as [`lookup`] returns it.
///
/// ```
/// let hg = vngov::provinces::lookup("Hà Giang").unwrap();
/// assert_eq!(hg.name, "Hà Giang");
/// assert!(!hg.current);
/// assert_eq!(hg.since_2025, Some("Tuyên Quang"));
/// let json = serde_json::to_string(&hg).unwrap();
/// assert!(json.contains("\"since_2025\":\"Tuyên Quang\""));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct ProvinceInfo {
    /// Canonical name without the level word, NFC, old tone style
    /// ("Khánh Hòa", "Hồ Chí Minh").
    pub name: &'static str,
    /// True for a centrally-run city (thành phố trực thuộc Trung ương).
    pub city: bool,
    /// True for one of the 34 units that exist from 1 July 2025.
    pub current: bool,
    /// The unit its territory belongs to from 1 July 2025 (its own name when
    /// it still exists); `None` for an old province of the archives whose
    /// territory is now split between several units.
    pub since_2025: Option<&'static str>,
    /// True for one of the 63 units of 1 August 2008 – 30 June 2025.
    pub before_2025: bool,
    /// True for a province dissolved before 2008 ("Hà Tây", "Hải Hưng").
    pub historical: bool,
}

impl From<&'static Province> for ProvinceInfo {
    fn from(p: &'static Province) -> ProvinceInfo {
        ProvinceInfo {
            name: p.name,
            city: p.city,
            current: p.current,
            since_2025: p.since_2025,
            before_2025: p.in_63,
            historical: p.historical,
        }
    }
}

/// Level words that may precede a name, folded.
const LEVEL_PREFIXES: &[&str] = &["thành phố ", "tỉnh ", "tp ", "tp. "];

/// The folded key of a name given by a user, without the level word and a
/// trailing "(cũ)".
fn key(name: &str) -> String {
    let mut k = fold_key(name);
    for suffix in [" (cũ)", " cũ"] {
        if let Some(rest) = k.strip_suffix(suffix) {
            k = rest.to_string();
        }
    }
    for prefix in LEVEL_PREFIXES {
        if let Some(rest) = k.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    k
}

fn find(name: &str) -> Option<&'static Province> {
    let k = key(name);
    if k.is_empty() {
        return None;
    }
    PROVINCES
        .iter()
        .find(|p| fold_key(p.name) == k || p.aliases.iter().any(|a| fold_key(a) == k))
}

/// Looks a province or city up by any of its names.
///
/// ```
/// use vngov::provinces::lookup;
/// let kh = lookup("tỉnh KHÁNH HOÀ").unwrap();
/// assert_eq!(kh.name, "Khánh Hòa");
/// assert!(kh.current);
/// assert_eq!(lookup("TP.HCM").unwrap().name, "Hồ Chí Minh");
/// assert_eq!(lookup("Đắc Lắc").unwrap().name, "Đắk Lắk");
/// assert!(lookup("Paris").is_none());
/// ```
pub fn lookup(name: &str) -> Option<ProvinceInfo> {
    find(name).map(ProvinceInfo::from)
}

/// The unit a province or city belongs to from 1 July 2025: its own name when
/// it still exists, `None` for an unknown name or an old province now split.
///
/// ```
/// use vngov::provinces::successor;
/// assert_eq!(successor("Bình Dương"), Some("Hồ Chí Minh"));
/// assert_eq!(successor("Thừa Thiên - Huế"), Some("Huế"));
/// assert_eq!(successor("Lạng Sơn"), Some("Lạng Sơn"));
/// assert_eq!(successor("Nghệ Tĩnh"), None);
/// ```
pub fn successor(name: &str) -> Option<&'static str> {
    find(name).and_then(|p| p.since_2025)
}

/// The units of before 1 July 2025 that form a current province or city,
/// sorted by name; empty when `new_name` is not one of the 34.
///
/// ```
/// use vngov::provinces::predecessors;
/// assert_eq!(predecessors("Phú Thọ"), vec!["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"]);
/// assert_eq!(predecessors("Huế"), vec!["Thừa Thiên Huế"]);
/// assert_eq!(predecessors("Lai Châu"), vec!["Lai Châu"]);
/// assert!(predecessors("Hà Giang").is_empty());
/// ```
pub fn predecessors(new_name: &str) -> Vec<&'static str> {
    let Some(target) = find(new_name).filter(|p| p.current) else {
        return Vec::new();
    };
    PROVINCES
        .iter()
        .filter(|p| p.in_63 && p.since_2025 == Some(target.name))
        .map(|p| p.name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_old_unit_has_a_current_successor() {
        let old: Vec<&Province> = PROVINCES.iter().filter(|p| p.in_63).collect();
        assert_eq!(old.len(), 63);
        for p in old {
            let s = successor(p.name).expect("a successor");
            assert!(lookup(s).is_some_and(|i| i.current), "{} -> {s}", p.name);
        }
    }

    #[test]
    fn predecessors_partition_the_63() {
        let current: Vec<&Province> = PROVINCES.iter().filter(|p| p.current).collect();
        assert_eq!(current.len(), 34);
        let total: usize = current.iter().map(|p| predecessors(p.name).len()).sum();
        assert_eq!(total, 63);
    }

    #[test]
    fn variants_resolve() {
        for (variant, name) in [
            ("Thừa Thiên Huế", "Thừa Thiên Huế"),
            ("thành phố Huế", "Huế"),
            ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("Sài Gòn", "Hồ Chí Minh"),
            ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
            ("Quảng Nam (cũ)", "Quảng Nam"),
            ("thanh hoá", "Thanh Hóa"),
            ("Hà Tây", "Hà Tây"),
        ] {
            assert_eq!(lookup(variant).map(|p| p.name), Some(name), "{variant}");
        }
        assert!(lookup("").is_none());
        assert!(lookup("tỉnh").is_none());
        assert!(lookup("Huyện Mê Linh").is_none());
    }
}
