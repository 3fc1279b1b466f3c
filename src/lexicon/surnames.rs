//! Vietnamese surnames (họ): the common Kinh surnames, two- and
//! more-syllable surnames (royal lineages, Chinese-origin doubles, Jrai and
//! Chăm clan names), and common clan names of the ethnic minorities (Tày,
//! Nùng, Thái, Mường, H'Mông, Dao, Khmer, Ê Đê, Gia Rai, M'Nông, Chăm).
//!
//! Conventions: NFC, old tone style, capitalised as written before a given
//! name, unique, sorted. A capitalised run that starts with one of these is
//! likely a person's name. Clan names that are far more often ordinary
//! words in news ("Phó", "Báo", "Thông", "Quảng", "Mang") are left out. Several are also ordinary words or place-name
//! syllables ("Văn", "Hà", "Giang", "Sơn", "Mai", "Thái", "Bạc"), so a
//! matcher must see a capitalised given name after them. Ê Đê clan names
//! ("Niê", "Ksơr") come last in a name ("Y Hlý Niê Kdăm"); Gia Rai ones
//! ("Ksor", "Siu", "Nay") first.

/// Surnames, one to four syllables, canonical spelling, sorted.
pub(crate) static SURNAMES: &[&str] = &[
    "Buôn Yă",
    "Bàn",
    "Bùi",
    "Bạc",
    "Bạch",
    "Bế",
    "Cao",
    "Chamaléa",
    "Chu",
    "Chá",
    "Châu",
    "Chảo",
    "Công Huyền Tôn Nữ",
    "Công Tằng Tôn Nữ",
    "Cù",
    "Cầm",
    "Cứ",
    "Danh",
    "Diệp",
    "Doãn",
    "Dương",
    "Gia Cát",
    "Giang",
    "Giàng",
    "Hoàng",
    "Hoàng Phủ",
    "Huỳnh",
    "Hà",
    "Hán",
    "Hạng",
    "Hầu",
    "Hồ",
    "Hứa",
    "Katơr",
    "Khúc",
    "Khương",
    "Khằm",
    "Khổng",
    "Kim",
    "Kiều",
    "Kpă",
    "Ksor",
    "Ksơr",
    "La",
    "Ly",
    "Lành",
    "Lâm",
    "Lã",
    "Lê",
    "Lò",
    "Lù",
    "Lý",
    "Lăng",
    "Lưu",
    "Lương",
    "Lường",
    "Lạc",
    "Lại",
    "Lầu",
    "Lềm",
    "Lục",
    "Ma",
    "Mai",
    "Mè",
    "Mông",
    "Mùa",
    "Mạc",
    "Mấu",
    "Nay",
    "Nghiêm",
    "Nguyễn",
    "Nguyễn Phúc",
    "Nguyễn Phước",
    "Ngô",
    "Ngần",
    "Nhữ",
    "Niê",
    "Nông",
    "Phan",
    "Phí",
    "Phùng",
    "Phương",
    "Phạm",
    "Pi Năng",
    "Puih",
    "Quàng",
    "Quách",
    "Rah Lan",
    "Rơ Chăm",
    "Rơ Mah",
    "Siu",
    "Sùng",
    "Sơn",
    "Sầm",
    "Thiên Sanh",
    "Thào",
    "Thái",
    "Thân",
    "Thượng Quan",
    "Thạch",
    "Triệu",
    "Tráng",
    "Trương",
    "Trượng",
    "Trầm",
    "Trần",
    "Trịnh",
    "Tòng",
    "Tô",
    "Tôn",
    "Tôn Nữ",
    "Tôn Thất",
    "Tăng",
    "Tư Mã",
    "Tạ",
    "Tẩn",
    "Tống",
    "Từ",
    "Ung",
    "Vi",
    "Vàng",
    "Võ",
    "Văn",
    "Vũ",
    "Vương",
    "Vừ",
    "Xa",
    "Âu",
    "Âu Dương",
    "Đinh",
    "Điêu",
    "Điểu",
    "Đoàn",
    "Đàm",
    "Đàng",
    "Đào",
    "Đèo",
    "Đặng",
    "Đỗ",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_sorted_unique() {
        for w in SURNAMES.windows(2) {
            assert!(w[0] < w[1], "{} / {}", w[0], w[1]);
        }
        for s in SURNAMES {
            assert_eq!(&crate::normalize::normalize_str(s), s);
            assert!(s.chars().next().is_some_and(char::is_uppercase), "{s}");
        }
        for common in [
            "Nguyễn",
            "Trần",
            "Lê",
            "Tôn Thất",
            "Âu Dương",
            "Giàng",
            "Ksor",
        ] {
            assert!(SURNAMES.contains(&common), "{common}");
        }
    }
}
