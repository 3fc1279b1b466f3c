//! The built-in sample article shared by the examples (`#[path]`-included).

/// A fictional article in the style of a provincial party paper.
pub const SAMPLE: &str = "\
Hội nghị ký kết quy chế phối hợp giữa Tỉnh uỷ Hà Giang với Đảng uỷ Bộ đội Biên phòng
HG-Sáng 14/3/2024, Tỉnh uỷ Hà Giang tổ chức hội nghị ký kết quy chế phối hợp lãnh đạo giữa Tỉnh uỷ với Đảng uỷ Bộ đội Biên phòng (BĐBP).
Tới dự có đồng chí Lê Minh Khoa, Ủy viên Trung ương Đảng, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh; Thiếu tướng Đỗ Văn Hùng, Chính uỷ, Bí thư Đảng uỷ BĐBP; ông Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh.
Thực hiện Nghị quyết số 33-NQ/TW và Quyết định 1521/QĐ-TTg ngày 6/10/2023 của Thủ tướng Chính phủ, hai bên đã phối hợp chặt chẽ trong giai đoạn 2021-2025.
Phát biểu tại hội nghị, Thiếu tướng Hùng đánh giá cao sự phối hợp của các cấp uỷ, chính quyền tỉnh với Bộ Chỉ huy BĐBP tỉnh.
Đồng chí Lê Minh Khoa, Bí thư Tỉnh uỷ và Thiếu tướng Đỗ Văn Hùng, Chính uỷ BĐBP đã ký kết quy chế phối hợp lãnh đạo giữa Tỉnh uỷ Hà Giang với Đảng uỷ Bộ Tư lệnh BĐBP.
THU HÀ
";
