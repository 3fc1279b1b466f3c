//! Foreign countries named in Vietnamese news, as the press writes them:
//! Vietnamese names ("Trung Quốc", "Hoa Kỳ", "Thổ Nhĩ Kỳ"), hyphenated
//! transcriptions ("Ô-xtrây-li-a", "Xin-ga-po") and the international
//! spellings the press also uses ("Australia", "Singapore").
//!
//! Conventions: NFC, old tone style ("Thụy Sĩ"), unique, sorted. The
//! lexicon matches [`COUNTRIES`] case-insensitively, so no entry is an
//! ordinary word. Single-syllable names that are also common words or given
//! names ("Pháp" as in "biện pháp", "Đức", "Anh", "Mỹ", "Nga", "Ý" as in "ý
//! kiến", "Áo" shirt, "Séc" cheque) are kept apart in [`CASED_COUNTRIES`] (matched only capitalised) and [`AMBIGUOUS_COUNTRIES`] (not matched),
//! for matchers that see them capitalised and in context ("nước Pháp",
//! "Đại sứ Đức", "Việt - Mỹ").

/// Country names safe to match case-insensitively.
pub(crate) static COUNTRIES: &[&str] = &[
    "A-déc-bai-gian",
    "Ai Cập",
    "Ai-len",
    "Ai-xơ-len",
    "Algeria",
    "An-giê-ri",
    "Angola",
    "Anh Quốc",
    "Argentina",
    "Australia",
    "Azerbaijan",
    "Ba Lan",
    "Bangladesh",
    "Belarus",
    "Bra-xin",
    "Brazil",
    "Bru-nây",
    "Brunei",
    "Bulgaria",
    "Bun-ga-ri",
    "Bê-la-rút",
    "Băng-la-đét",
    "Bồ Đào Nha",
    "Ca-dắc-xtan",
    "Ca-na-đa",
    "Ca-ta",
    "Cam-pu-chia",
    "Campuchia",
    "Canada",
    "Chi-lê",
    "Chile",
    "Colombia",
    "Cu Ba",
    "Cuba",
    "Các Tiểu vương quốc Ả-rập Thống nhất",
    "Cô-lôm-bi-a",
    "Cô-oét",
    "Cộng hòa Dân chủ Nhân dân Lào",
    "Cộng hòa Liên bang Đức",
    "Cộng hòa Pháp",
    "Cộng hòa Séc",
    "Ethiopia",
    "Hoa Kỳ",
    "Hung-ga-ri",
    "Hungary",
    "Hy Lạp",
    "Hà Lan",
    "Hàn Quốc",
    "I-ran",
    "I-rắc",
    "I-ta-li-a",
    "I-xra-en",
    "Iceland",
    "In-đô-nê-xi-a",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Kazakhstan",
    "Kenya",
    "Kuwait",
    "Kê-ni-a",
    "Liên Xô",
    "Liên bang Nga",
    "Lào",
    "Ma-lai-xi-a",
    "Ma-rốc",
    "Malaysia",
    "Mexico",
    "Mi-an-ma",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Mê-hi-cô",
    "Mô-dăm-bích",
    "Mông Cổ",
    "Na Uy",
    "Nam Phi",
    "Nepal",
    "New Zealand",
    "Nhật Bản",
    "Ni-ca-ra-goa",
    "Ni-giê-ri-a",
    "Nicaragua",
    "Nigeria",
    "Niu Di-lân",
    "Nê-pan",
    "Pa-ki-xtan",
    "Pa-le-xtin",
    "Pakistan",
    "Palestine",
    "Peru",
    "Phi-líp-pin",
    "Philippines",
    "Phần Lan",
    "Pê-ru",
    "Qatar",
    "Romania",
    "Ru-ma-ni",
    "Saudi Arabia",
    "Serbia",
    "Singapore",
    "Slovakia",
    "Sri Lanka",
    "Tan-da-ni-a",
    "Tanzania",
    "Thái Lan",
    "Thổ Nhĩ Kỳ",
    "Thụy Sĩ",
    "Thụy Điển",
    "Timor-Leste",
    "Triều Tiên",
    "Trung Quốc",
    "Tây Ban Nha",
    "U-crai-na",
    "U-dơ-bê-ki-xtan",
    "Ukraine",
    "Uzbekistan",
    "Venezuela",
    "Việt Nam",
    "Vê-nê-xu-ê-la",
    "Vương quốc Anh",
    "Xin-ga-po",
    "Xlô-va-ki-a",
    "Xri Lan-ca",
    "Xéc-bi-a",
    "Ác-hen-ti-na",
    "Ê-ti-ô-pi-a",
    "Ô-xtrây-li-a",
    "Ăng-gô-la",
    "Đan Mạch",
    "Đông Ti-mo",
    "Ả-rập Xê-út",
    "Ấn Độ",
];

/// Short names matched only as written, capitalised: as ordinary words or
/// given names they are lower case or follow a surname ("biện pháp",
/// "Nguyễn Thị Nga" — a name run reads through them).
pub(crate) static CASED_COUNTRIES: &[&str] = &["Bỉ", "Mỹ", "Nga", "Séc", "Úc"];

/// Country names left out of matching altogether: even capitalised they are
/// more often a given name or a sentence-initial word ("Đức", "Anh", "Ý kiến").
#[allow(dead_code)] // documented exclusions, checked by the tests below
pub(crate) static AMBIGUOUS_COUNTRIES: &[&str] = &["Anh", "Pháp", "Áo", "Ý", "Đức"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_sorted_unique() {
        for list in [COUNTRIES, CASED_COUNTRIES, AMBIGUOUS_COUNTRIES] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} / {}", w[0], w[1]);
            }
            for s in list {
                assert_eq!(&crate::normalize::normalize_str(s), s);
            }
        }
        assert!(COUNTRIES.len() >= 80, "{}", COUNTRIES.len());
        assert!(
            !COUNTRIES
                .iter()
                .any(|c| AMBIGUOUS_COUNTRIES.contains(c) || CASED_COUNTRIES.contains(c))
        );
    }
}
