//! Kinds of bodies and named bodies: party, state, military, police and
//! mass organizations, Vietnamese and foreign. Surfaces are written after
//! abbreviation expansion ("Ủy ban nhân dân", not "UBND").

use crate::model::{Level, OrgKind};

/// How a body head is completed in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A named body, complete on its own ("Bộ Quốc phòng", "Quốc hội").
    Named,
    /// A local body that takes a locality ("Tỉnh ủy Lạng Sơn", "Ủy ban nhân
    /// dân tỉnh"); alone it takes the article's own locality when certain.
    Local,
    /// A unit that takes a number or a name ("Quân khu 7", "Sư đoàn 312").
    Unit,
    /// A generic head that takes a name ("Ban …", "Cục …", "Sở …").
    Generic,
}

/// A body head.
#[derive(Debug)]
pub(crate) struct BodyDef {
    /// Canonical form.
    pub name: &'static str,
    /// Other spellings, read as `name` when they stand alone.
    pub aliases: &'static [&'static str],
    /// Kind of body.
    pub kind: OrgKind,
    /// Level, when the head fixes it.
    pub level: Option<Level>,
    /// How it is completed.
    pub shape: Shape,
}

impl BodyDef {
    /// Canonical form and aliases.
    pub fn surfaces(&'static self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name).chain(self.aliases.iter().copied())
    }
}

use Level::{Central, District, Province};
use OrgKind::{Court, Legislature, Mass, Military, Oversight, Party, Police, Procuracy, State};
use Shape::{Generic, Local, Named, Unit};

const fn b(name: &'static str, kind: OrgKind, level: Option<Level>, shape: Shape) -> BodyDef {
    BodyDef {
        name,
        aliases: &[],
        kind,
        level,
        shape,
    }
}

const fn alias(
    name: &'static str,
    aliases: &'static [&'static str],
    kind: OrgKind,
    level: Option<Level>,
    shape: Shape,
) -> BodyDef {
    BodyDef {
        name,
        aliases,
        kind,
        level,
        shape,
    }
}

/// Body heads and named bodies.
pub(crate) static BODIES: &[BodyDef] = &[
    // Party, central
    alias(
        "Ban Chấp hành Trung ương Đảng",
        &["Trung ương Đảng"],
        Party,
        Some(Central),
        Named,
    ),
    b("Ban Chấp hành Trung ương", Party, Some(Central), Named),
    b("Ban Chấp hành", Party, None, Local),
    b("Bộ Chính trị", Party, Some(Central), Named),
    b("Ban Bí thư", Party, Some(Central), Named),
    b("Quân ủy Trung ương", Party, Some(Central), Named),
    b("Đảng ủy Quân sự Trung ương", Party, Some(Central), Named),
    b("Đảng ủy Công an Trung ương", Party, Some(Central), Named),
    b("Đảng ủy Chính phủ", Party, Some(Central), Named),
    b("Đảng ủy Quốc hội", Party, Some(Central), Named),
    b(
        "Đảng ủy các cơ quan Đảng Trung ương",
        Party,
        Some(Central),
        Named,
    ),
    b(
        "Đảng ủy Khối các cơ quan Trung ương",
        Party,
        Some(Central),
        Named,
    ),
    b(
        "Đảng ủy Khối Doanh nghiệp Trung ương",
        Party,
        Some(Central),
        Named,
    ),
    b("Ủy ban Kiểm tra Trung ương", Party, Some(Central), Named),
    b("Văn phòng Trung ương Đảng", Party, Some(Central), Named),
    b("Ban Tổ chức Trung ương", Party, Some(Central), Named),
    b("Ban Tuyên giáo Trung ương", Party, Some(Central), Named),
    b("Ban Dân vận Trung ương", Party, Some(Central), Named),
    b("Ban Nội chính Trung ương", Party, Some(Central), Named),
    b("Ban Kinh tế Trung ương", Party, Some(Central), Named),
    b("Ban Đối ngoại Trung ương", Party, Some(Central), Named),
    b(
        "Ban Tuyên giáo và Dân vận Trung ương",
        Party,
        Some(Central),
        Named,
    ),
    b(
        "Ban Chính sách, chiến lược Trung ương",
        Party,
        Some(Central),
        Named,
    ),
    b("Hội đồng Lý luận Trung ương", Party, Some(Central), Named),
    b("Đảng Cộng sản Việt Nam", Party, Some(Central), Named),
    // Party, local
    b("Tỉnh ủy", Party, Some(Province), Local),
    b("Thành ủy", Party, Some(Province), Local),
    b("Huyện ủy", Party, Some(District), Local),
    b("Quận ủy", Party, Some(District), Local),
    b("Thị ủy", Party, Some(District), Local),
    b("Đảng ủy", Party, None, Local),
    b("Đảng ủy Khối", Party, None, Local),
    b("Đảng ủy Quân sự", Party, None, Local),
    b("Đảng ủy Công an", Party, None, Local),
    b("Đảng bộ", Party, None, Local),
    b("Đảng đoàn", Party, None, Local),
    b("Ban cán sự đảng", Party, None, Local),
    b("Chi bộ", Party, None, Generic),
    b("Ban Thường vụ", Party, None, Local),
    b("Thường trực", Party, None, Local),
    b("Ủy ban Kiểm tra", Party, None, Local),
    b("Ban Tổ chức", Party, None, Local),
    b("Ban Tuyên giáo", Party, None, Local),
    b("Ban Dân vận", Party, None, Local),
    b("Ban Nội chính", Party, None, Local),
    b("Ban Tuyên giáo và Dân vận", Party, None, Local),
    // State, central
    b("Quốc hội", Legislature, Some(Central), Named),
    // foreign parliaments' chambers ("Thượng viện Campuchia", "Hạ viện Hoa Kỳ")
    b("Thượng viện", Legislature, Some(Central), Named),
    b("Hạ viện", Legislature, Some(Central), Named),
    b(
        "Ủy ban Thường vụ Quốc hội",
        Legislature,
        Some(Central),
        Named,
    ),
    b("Văn phòng Quốc hội", Legislature, Some(Central), Named),
    b("Hội đồng Dân tộc", Legislature, Some(Central), Named),
    // the National Assembly's committees, before and after February 2025
    b("Ủy ban Pháp luật", Legislature, Some(Central), Named),
    b("Ủy ban Tư pháp", Legislature, Some(Central), Named),
    b(
        "Ủy ban Pháp luật và Tư pháp",
        Legislature,
        Some(Central),
        Named,
    ),
    b("Ủy ban Kinh tế", Legislature, Some(Central), Named),
    b(
        "Ủy ban Tài chính, Ngân sách",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Kinh tế và Tài chính",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Quốc phòng và An ninh",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Quốc phòng, An ninh và Đối ngoại",
        Legislature,
        Some(Central),
        Named,
    ),
    b("Ủy ban Đối ngoại", Legislature, Some(Central), Named),
    b(
        "Ủy ban Văn hóa, Giáo dục",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
        Legislature,
        Some(Central),
        Named,
    ),
    // as the press shortens it
    b(
        "Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Văn hóa và Xã hội",
        Legislature,
        Some(Central),
        Named,
    ),
    b("Ủy ban Xã hội", Legislature, Some(Central), Named),
    b(
        "Ủy ban Khoa học, Công nghệ và Môi trường",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Công tác đại biểu",
        Legislature,
        Some(Central),
        Named,
    ),
    b(
        "Ủy ban Dân nguyện và Giám sát",
        Legislature,
        Some(Central),
        Named,
    ),
    b("Ban Công tác đại biểu", Legislature, Some(Central), Named),
    b("Ban Dân nguyện", Legislature, Some(Central), Named),
    b("Đoàn đại biểu Quốc hội", Legislature, Some(Province), Local),
    b("Chính phủ", State, Some(Central), Named),
    b("Văn phòng Chính phủ", State, Some(Central), Named),
    b(
        "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam",
        State,
        Some(Central),
        Named,
    ),
    b("Văn phòng Chủ tịch nước", State, Some(Central), Named),
    b("Thanh tra Chính phủ", Oversight, Some(Central), Named),
    b("Kiểm toán Nhà nước", Oversight, Some(Central), Named),
    b("Ngân hàng Nhà nước Việt Nam", State, Some(Central), Named),
    b("Ngân hàng Nhà nước", State, Some(Central), Named),
    b("Ủy ban Dân tộc", State, Some(Central), Named),
    b("Bộ Quốc phòng", Military, Some(Central), Named),
    b("Bộ Công an", Police, Some(Central), Named),
    b("Bộ Ngoại giao", State, Some(Central), Named),
    b("Bộ Nội vụ", State, Some(Central), Named),
    b("Bộ Tư pháp", State, Some(Central), Named),
    b("Bộ Tài chính", State, Some(Central), Named),
    b("Bộ Kế hoạch và Đầu tư", State, Some(Central), Named),
    b("Bộ Công Thương", State, Some(Central), Named),
    b(
        "Bộ Nông nghiệp và Phát triển nông thôn",
        State,
        Some(Central),
        Named,
    ),
    b("Bộ Nông nghiệp và Môi trường", State, Some(Central), Named),
    b("Bộ Giao thông vận tải", State, Some(Central), Named),
    b("Bộ Xây dựng", State, Some(Central), Named),
    b("Bộ Tài nguyên và Môi trường", State, Some(Central), Named),
    b("Bộ Thông tin và Truyền thông", State, Some(Central), Named),
    b(
        "Bộ Lao động - Thương binh và Xã hội",
        State,
        Some(Central),
        Named,
    ),
    b(
        "Bộ Văn hóa, Thể thao và Du lịch",
        State,
        Some(Central),
        Named,
    ),
    b("Bộ Khoa học và Công nghệ", State, Some(Central), Named),
    b("Bộ Giáo dục và Đào tạo", State, Some(Central), Named),
    b("Bộ Y tế", State, Some(Central), Named),
    b("Bộ Dân tộc và Tôn giáo", State, Some(Central), Named),
    b("Tòa án nhân dân tối cao", Court, Some(Central), Named),
    b(
        "Viện kiểm sát nhân dân tối cao",
        Procuracy,
        Some(Central),
        Named,
    ),
    b(
        "Viện Hàn lâm Khoa học xã hội Việt Nam",
        State,
        Some(Central),
        Named,
    ),
    b(
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
        State,
        Some(Central),
        Named,
    ),
    b(
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        Party,
        Some(Central),
        Named,
    ),
    b("Bảo hiểm xã hội Việt Nam", State, Some(Central), Named),
    b("Kho bạc Nhà nước", State, Some(Central), Named),
    b("Thông tấn xã Việt Nam", State, Some(Central), Named),
    b("Đài Tiếng nói Việt Nam", State, Some(Central), Named),
    b("Đài Truyền hình Việt Nam", State, Some(Central), Named),
    // State, local
    b("Ủy ban nhân dân", State, None, Local),
    b("Hội đồng nhân dân", Legislature, None, Local),
    b("Tòa án nhân dân", Court, None, Local),
    b("Viện kiểm sát nhân dân", Procuracy, None, Local),
    b("Thanh tra", Oversight, None, Local),
    b("Công an", Police, None, Local),
    b("Bộ", State, Some(Central), Generic),
    b("Sở", State, Some(Province), Generic),
    b("Sở Nội vụ", State, Some(Province), Local),
    b("Sở Tư pháp", State, Some(Province), Local),
    b("Sở Tài chính", State, Some(Province), Local),
    b("Sở Kế hoạch và Đầu tư", State, Some(Province), Local),
    b("Sở Công Thương", State, Some(Province), Local),
    b(
        "Sở Nông nghiệp và Phát triển nông thôn",
        State,
        Some(Province),
        Local,
    ),
    b("Sở Nông nghiệp và Môi trường", State, Some(Province), Local),
    b("Sở Xây dựng", State, Some(Province), Local),
    b("Sở Giao thông vận tải", State, Some(Province), Local),
    b("Sở Tài nguyên và Môi trường", State, Some(Province), Local),
    b("Sở Thông tin và Truyền thông", State, Some(Province), Local),
    b(
        "Sở Lao động - Thương binh và Xã hội",
        State,
        Some(Province),
        Local,
    ),
    b(
        "Sở Văn hóa, Thể thao và Du lịch",
        State,
        Some(Province),
        Local,
    ),
    b("Sở Văn hóa và Thể thao", State, Some(Province), Local),
    b("Sở Du lịch", State, Some(Province), Local),
    b("Sở Khoa học và Công nghệ", State, Some(Province), Local),
    b("Sở Giáo dục và Đào tạo", State, Some(Province), Local),
    b("Sở Y tế", State, Some(Province), Local),
    b("Sở Ngoại vụ", State, Some(Province), Local),
    b("Sở Dân tộc và Tôn giáo", State, Some(Province), Local),
    b("Sở Quy hoạch - Kiến trúc", State, Some(Province), Local),
    b("Phòng", State, None, Generic),
    b("Ban", Party, None, Generic),
    b("Cục", State, Some(Central), Generic),
    b("Tổng cục", State, Some(Central), Generic),
    // provincial ("Chi cục Kiểm lâm tỉnh …") or district ("Chi cục Thuế quận …")
    b("Chi cục", State, None, Generic),
    b("Vụ", State, Some(Central), Generic),
    b("Văn phòng", State, None, Local),
    // the emulation and commendation boards of the home affairs service
    b("Ban Thi đua - Khen thưởng", State, None, Named),
    b(
        "Ban Thi đua - Khen thưởng Trung ương",
        State,
        Some(Central),
        Named,
    ),
    b("Ban Chỉ đạo", OrgKind::Other, None, Generic),
    b("Ủy ban", State, None, Generic),
    b("Hội đồng", State, None, Generic),
    // Military
    b("Quân đội nhân dân Việt Nam", Military, Some(Central), Named),
    b("Quân đội nhân dân", Military, Some(Central), Named),
    b("Bộ Tổng Tham mưu", Military, Some(Central), Named),
    b("Tổng cục Chính trị", Military, Some(Central), Named),
    b("Tổng cục Hậu cần", Military, Some(Central), Named),
    b("Tổng cục Kỹ thuật", Military, Some(Central), Named),
    b(
        "Tổng cục Hậu cần - Kỹ thuật",
        Military,
        Some(Central),
        Named,
    ),
    b(
        "Tổng cục Công nghiệp quốc phòng",
        Military,
        Some(Central),
        Named,
    ),
    b("Bộ đội Biên phòng", Military, None, Named),
    b("Cảnh sát biển Việt Nam", Military, Some(Central), Named),
    b("Cảnh sát biển", Military, None, Named),
    b("Bộ Tư lệnh", Military, None, Generic),
    alias(
        "Bộ Tư lệnh Bộ đội Biên phòng",
        &["Bộ Tư lệnh Biên phòng"],
        Military,
        Some(Central),
        Named,
    ),
    b("Bộ Tư lệnh Thủ đô Hà Nội", Military, Some(Central), Named),
    b("Bộ Tư lệnh Thủ đô", Military, Some(Central), Named),
    b("Bộ Chỉ huy Quân sự", Military, Some(Province), Local),
    b("Ban Chỉ huy Quân sự", Military, None, Local),
    b(
        "Bộ Chỉ huy Bộ đội Biên phòng",
        Military,
        Some(Province),
        Local,
    ),
    b("Quân khu", Military, None, Unit),
    b("Đội", OrgKind::Other, None, Unit),
    b("Trạm", Military, None, Generic),
    b("Cơ quan", State, None, Generic),
    // the investigation agencies of the police and the army, named by the
    // police or the ministry they belong to
    b("Cơ quan Cảnh sát điều tra", Police, None, Named),
    b("Cơ quan An ninh điều tra", Police, None, Named),
    b("Cơ quan điều tra hình sự", Military, None, Named),
    b(
        "Cơ quan điều tra hình sự Quân đội",
        Military,
        Some(Central),
        Named,
    ),
    b("Đại sứ quán", State, None, Generic),
    b("Lãnh sự quán", State, None, Generic),
    b("Tổng Lãnh sự quán", State, None, Generic),
    b("Đoàn Chủ tịch", Mass, None, Local),
    b("Thường vụ", Party, None, Local),
    b("Tiểu khu", Military, None, Unit),
    b("Quân đội", Military, None, Generic),
    b("Quân đoàn", Military, None, Unit),
    b("Quân chủng", Military, None, Unit),
    b("Binh chủng", Military, None, Unit),
    b("Binh đoàn", Military, None, Unit),
    b("Sư đoàn", Military, None, Unit),
    b("Lữ đoàn", Military, None, Unit),
    b("Trung đoàn", Military, None, Unit),
    b("Tiểu đoàn", Military, None, Unit),
    b("Hải đoàn", Military, None, Unit),
    b("Hải đội", Military, None, Unit),
    // the DK1 platforms of the continental shelf ("Nhà giàn DK1/10")
    b("Nhà giàn", Military, None, Unit),
    b("Vùng", Military, None, Unit),
    b("Đồn Biên phòng", Military, None, Unit),
    b("Hải quân", Military, Some(Central), Named),
    b("Quân chủng Hải quân", Military, Some(Central), Named),
    b(
        "Quân chủng Phòng không - Không quân",
        Military,
        Some(Central),
        Named,
    ),
    // Police
    b("Công an nhân dân", Police, Some(Central), Named),
    b("Bộ Tư lệnh Cảnh sát cơ động", Police, Some(Central), Named),
    b("Bộ Tư lệnh Cảnh vệ", Police, Some(Central), Named),
    // Mass organizations
    b("Mặt trận Tổ quốc Việt Nam", Mass, Some(Central), Named),
    b("Mặt trận Tổ quốc", Mass, None, Local),
    b("Ủy ban Mặt trận Tổ quốc Việt Nam", Mass, None, Local),
    b("Ủy ban Mặt trận Tổ quốc", Mass, None, Local),
    b(
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        Mass,
        Some(Central),
        Named,
    ),
    b(
        "Tổng Liên đoàn Lao động Việt Nam",
        Mass,
        Some(Central),
        Named,
    ),
    b("Liên đoàn Lao động", Mass, None, Local),
    b("Hội Nông dân Việt Nam", Mass, Some(Central), Named),
    b("Hội Nông dân", Mass, None, Local),
    b("Hội Liên hiệp Phụ nữ Việt Nam", Mass, Some(Central), Named),
    // the central committees of the mass organizations
    b(
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        Mass,
        Some(Central),
        Named,
    ),
    b(
        "Trung ương Hội Nông dân Việt Nam",
        Mass,
        Some(Central),
        Named,
    ),
    b(
        "Trung ương Hội Cựu chiến binh Việt Nam",
        Mass,
        Some(Central),
        Named,
    ),
    b("Hội Liên hiệp Phụ nữ", Mass, None, Local),
    b("Hội Cựu chiến binh Việt Nam", Mass, Some(Central), Named),
    b("Hội Cựu chiến binh", Mass, None, Local),
    b(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        Mass,
        Some(Central),
        Named,
    ),
    b("Đoàn Thanh niên", Mass, None, Local),
    b("Trung ương Đoàn", Mass, Some(Central), Named),
    b("Tỉnh đoàn", Mass, Some(Province), Local),
    b("Thành đoàn", Mass, Some(Province), Local),
    b("Huyện đoàn", Mass, Some(District), Local),
    b(
        "Hội Liên hiệp Thanh niên Việt Nam",
        Mass,
        Some(Central),
        Named,
    ),
    b("Hội", Mass, None, Generic),
];
