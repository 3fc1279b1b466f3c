//! Abbreviations expanded during normalization, so that every later stage
//! reads "Ủy ban nhân dân" where the article wrote "UBND" (spans still point
//! at "UBND"). Only unambiguous ones: "BCT" (Bộ Chính trị or Bộ Công
//! Thương), "BTC", "QĐ", "CT", "TT" and the like are left as written.
//! Matched as written (case-sensitive), whole word, never inside a document
//! number ("12/QĐ-UBND").

/// (abbreviation, expansion), sorted by abbreviation.
pub(crate) static ABBREVIATIONS: &[(&str, &str)] = &[
    ("BCHQS", "Bộ Chỉ huy Quân sự"),
    ("BCHTW", "Ban Chấp hành Trung ương"),
    ("BCHTƯ", "Ban Chấp hành Trung ương"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("BQP", "Bộ Quốc phòng"),
    ("BTL", "Bộ Tư lệnh"),
    ("BTTM", "Bộ Tổng Tham mưu"),
    ("BĐBP", "Bộ đội Biên phòng"),
    ("CAND", "Công an nhân dân"),
    ("CCB", "Cựu chiến binh"),
    ("CHDCND", "Cộng hòa Dân chủ Nhân dân"),
    ("CHLB", "Cộng hòa Liên bang"),
    ("CHQS", "Chỉ huy Quân sự"),
    ("CHXHCN", "Cộng hòa xã hội chủ nghĩa"),
    ("CSCĐ", "Cảnh sát cơ động"),
    ("CSGT", "Cảnh sát giao thông"),
    ("CSĐT", "Cảnh sát điều tra"),
    ("GD&ĐT", "Giáo dục và Đào tạo"),
    ("GTVT", "Giao thông vận tải"),
    ("HCM", "Hồ Chí Minh"),
    ("HĐND", "Hội đồng nhân dân"),
    ("KH&CN", "Khoa học và Công nghệ"),
    ("KH&ĐT", "Kế hoạch và Đầu tư"),
    ("KTNN", "Kiểm toán Nhà nước"),
    ("LĐ-TB&XH", "Lao động - Thương binh và Xã hội"),
    ("KSND", "kiểm sát nhân dân"),
    ("LB", "Liên bang"),
    ("LĐLĐ", "Liên đoàn Lao động"),
    ("LĐTB&XH", "Lao động - Thương binh và Xã hội"),
    ("LĐTBXH", "Lao động - Thương binh và Xã hội"),
    ("LĐ-TBXH", "Lao động - Thương binh và Xã hội"),
    ("LHPN", "Liên hiệp Phụ nữ"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("MTTQVN", "Mặt trận Tổ quốc Việt Nam"),
    ("NHNN", "Ngân hàng Nhà nước"),
    ("NN&MT", "Nông nghiệp và Môi trường"),
    ("NN&PTNT", "Nông nghiệp và Phát triển nông thôn"),
    ("QH-KT", "Quy hoạch - Kiến trúc"),
    ("PCT", "Phó Chủ tịch"),
    ("PK-KQ", "Phòng không - Không quân"),
    ("QK", "Quân khu"),
    ("QUTW", "Quân ủy Trung ương"),
    ("QĐND", "Quân đội nhân dân"),
    ("TAND", "Tòa án nhân dân"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("TCCT", "Tổng cục Chính trị"),
    ("TDTT", "Thể dục thể thao"),
    ("TN&MT", "Tài nguyên và Môi trường"),
    ("TNCS", "Thanh niên Cộng sản"),
    ("TP", "thành phố"),
    ("TP.", "thành phố"),
    ("TP.HCM", "Thành phố Hồ Chí Minh"),
    ("TPHCM", "Thành phố Hồ Chí Minh"),
    ("TT&TT", "Thông tin và Truyền thông"),
    ("TT-TT", "Thông tin và Truyền thông"),
    ("TTXVN", "Thông tấn xã Việt Nam"),
    ("TW", "Trung ương"),
    ("TX", "thị xã"),
    ("TX.", "thị xã"),
    ("Tp", "thành phố"),
    ("Tp.", "thành phố"),
    ("Tp.HCM", "Thành phố Hồ Chí Minh"),
    ("TƯ", "Trung ương"),
    ("T.Ư", "Trung ương"),
    ("UBKT", "Ủy ban Kiểm tra"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("UBND", "Ủy ban nhân dân"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("UVBCHTW", "Ủy viên Ban Chấp hành Trung ương Đảng"),
    ("UVBCT", "Ủy viên Bộ Chính trị"),
    ("UVBTV", "Ủy viên Ban Thường vụ"),
    ("UVTW", "Ủy viên Ban Chấp hành Trung ương Đảng"),
    ("VH-TT&DL", "Văn hóa, Thể thao và Du lịch"),
    ("VKSND", "Viện kiểm sát nhân dân"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("ĐBQH", "đại biểu Quốc hội"),
    ("ĐCSVN", "Đảng Cộng sản Việt Nam"),
];

/// Builds the table of [`may_continue`] now rather than on first use.
pub(crate) fn prepare() {
    may_continue('a');
}

/// Whether `c` occurs in some abbreviation after its first char (so a word
/// holding any other char past its first is no abbreviation).
pub(crate) fn may_continue(c: char) -> bool {
    use once_cell::sync::Lazy;
    /// The ASCII chars as a table, the others sorted.
    static CHARS: Lazy<([bool; 128], Vec<char>)> = Lazy::new(|| {
        let mut ascii = [false; 128];
        let mut other = Vec::new();
        for c in ABBREVIATIONS.iter().flat_map(|(a, _)| a.chars().skip(1)) {
            match ascii.get_mut(c as usize) {
                Some(slot) => *slot = true,
                None => other.push(c),
            }
        }
        other.sort_unstable();
        other.dedup();
        (ascii, other)
    });
    let (ascii, other) = &*CHARS;
    match ascii.get(c as usize) {
        Some(&yes) => yes,
        None => other.binary_search(&c).is_ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_abbreviation_is_found_and_starts_upper_case() {
        for &(abbreviation, expansion) in ABBREVIATIONS {
            // The normalizer only tries words that start with an upper-case letter.
            assert!(
                abbreviation.chars().next().is_some_and(char::is_uppercase),
                "{abbreviation}"
            );
            // Two to twelve chars, each past the first one `may_continue` accepts.
            let n = abbreviation.chars().count();
            assert!((2..=12).contains(&n), "{abbreviation}");
            assert!(abbreviation.chars().skip(1).all(may_continue));
            assert!(!expansion.is_empty());
        }
        assert!(!may_continue('h') && !may_continue('ủ') && may_continue('p'));
    }
}
