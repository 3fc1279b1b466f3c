//! Position titles (the head of a post; "Phó", "Quyền", "nguyên" and
//! "Thường trực" are read around it by the recognizer).

/// A title head.
#[derive(Debug)]
pub(crate) struct TitleDef {
    /// Canonical form, normal capitalisation ("Bí thư", "Chủ tịch nước").
    pub name: &'static str,
    /// Other spellings.
    pub aliases: &'static [&'static str],
    /// The title names its body by itself ("Thủ tướng", "Tổng Bí thư",
    /// "Chủ tịch nước", "Tỉnh ủy viên"): it stays bare unless the article
    /// writes the body.
    pub standalone: bool,
}

impl TitleDef {
    /// Canonical form and aliases.
    pub fn surfaces(&'static self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name).chain(self.aliases.iter().copied())
    }
}

const fn t(name: &'static str) -> TitleDef {
    TitleDef {
        name,
        aliases: &[],
        standalone: false,
    }
}

const fn standalone(name: &'static str) -> TitleDef {
    TitleDef {
        name,
        aliases: &[],
        standalone: true,
    }
}

/// Title heads, sorted.
pub(crate) static TITLES: &[TitleDef] = &[
    t("Bí thư"),
    t("Bí thư thứ nhất"),
    t("Bộ trưởng"),
    t("Chánh án"),
    t("Chánh Thanh tra"),
    t("Chánh Văn phòng"),
    t("Chỉ huy phó"),
    t("Chỉ huy trưởng"),
    t("Chính trị viên"),
    t("Chính ủy"),
    t("Chủ nhiệm"),
    t("Chủ nhiệm Chính trị"),
    t("Chủ tịch"),
    standalone("Chủ tịch nước"),
    t("Cục phó"),
    t("Cục trưởng"),
    t("Đại biểu"),
    t("Đại đội trưởng"),
    t("Đại biện"),
    t("Đại sứ"),
    t("Đô trưởng"),
    t("Đồn phó"),
    t("Đồn trưởng"),
    t("Đội trưởng"),
    t("Điều tra viên"),
    standalone("Đảng ủy viên"),
    t("Giám đốc"),
    t("Giám thị"),
    t("Hải đoàn trưởng"),
    t("Hải đội trưởng"),
    standalone("Huyện ủy viên"),
    t("Kiểm sát viên"),
    t("Kiểm toán trưởng"),
    t("Lãnh sự"),
    t("Lữ đoàn trưởng"),
    t("Sư đoàn trưởng"),
    t("Tham mưu trưởng"),
    t("Tham tán"),
    t("Tham tán Công sứ"),
    standalone("Thành ủy viên"),
    t("Thẩm phán"),
    t("Thị trưởng"),
    t("Thống đốc"),
    t("Thủ trưởng"),
    standalone("Thủ tướng"),
    t("Thứ trưởng"),
    t("Thư ký"),
    t("Thuyền trưởng"),
    t("Tiểu đoàn trưởng"),
    t("Tiểu đội trưởng"),
    standalone("Tỉnh ủy viên"),
    t("Tỉnh trưởng"),
    standalone("Tổng Bí thư"),
    t("Tổng cục trưởng"),
    t("Tổng Giám đốc"),
    t("Tổng Kiểm toán Nhà nước"),
    t("Tổng Lãnh sự"),
    standalone("Tổng Tham mưu trưởng"),
    t("Tổng Thanh tra"),
    standalone("Tổng thống"),
    t("Tổng Thư ký"),
    t("Trạm trưởng"),
    t("Trợ lý"),
    t("Trung đoàn trưởng"),
    t("Trung đội trưởng"),
    t("Tư lệnh"),
    t("Ủy viên"),
    t("Vụ trưởng"),
    t("Viện trưởng"),
];
