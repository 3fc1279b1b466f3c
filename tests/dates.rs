//! Dates through the public API.

use vngov::{Extractor, PartOfDay, Precision, RangeRole, TimeOfDay};

fn dates(published: Option<&str>, text: &str) -> Vec<String> {
    let mut b = Extractor::builder();
    if let Some(p) = published {
        b = b.published(p).expect("valid date");
    }
    b.build()
        .extract(text)
        .dates
        .iter()
        .map(|d| d.value.to_string())
        .collect()
}

#[test]
fn forms_with_a_publication_date() {
    let p = Some("2024-03-05");
    let cases: &[(&str, &[&str])] = &[
        (
            "Ngày 22/7/2013, hai bên ký quy chế phối hợp.",
            &["2013-07-22"],
        ),
        ("Ngày 22-7-2013, hội nghị được tổ chức.", &["2013-07-22"]),
        ("Ngày 22.7.2013, đoàn công tác đến tỉnh.", &["2013-07-22"]),
        ("Hà Nội, ngày 22 tháng 7 năm 2013", &["2013-07-22"]),
        ("Ngày 2/3, Ban Thường vụ Tỉnh ủy họp.", &["2024-03-02"]),
        ("Dịp mùng 2/9, nhân dân cả nước treo cờ.", &["2024-09-02"]),
        ("Tháng 7/2013, công trình khởi công.", &["2013-07"]),
        ("Tháng 7 năm 2013, công trình khởi công.", &["2013-07"]),
        ("Năm 2013, tỉnh đạt nhiều thành tựu.", &["2013"]),
        (
            "Năm 2022 và 2023, tỉnh tập trung xây dựng nông thôn mới.",
            &["2022", "2023"],
        ),
        ("Đã cấp 2020 và 2023 thẻ bảo hiểm.", &[]),
        ("Trong quý I/2024, thu ngân sách tăng.", &["2024"]),
        ("Kinh tế 6 tháng đầu năm 2024 phục hồi.", &["2024"]),
        (
            "Kế hoạch giai đoạn 2021-2025 đã hoàn thành.",
            &["2021", "2025"],
        ),
        (
            "Đại hội nhiệm kỳ 2020 - 2025 thành công.",
            &["2020", "2025"],
        ),
        (
            "Từ ngày 1 đến 3/7/2024, đoàn làm việc tại tỉnh.",
            &["2024-07-01", "2024-07-03"],
        ),
        (
            "Từ 1/7 đến 5/7, đoàn kiểm tra làm việc.",
            &["2024-07-01", "2024-07-05"],
        ),
        ("Hôm qua, Quốc hội bế mạc kỳ họp.", &["2024-03-04"]),
        ("Năm ngoái, sản lượng lúa giảm.", &["2023"]),
        ("Ông Trần Văn B (SN 1970) bị khởi tố.", &["1970"]),
        ("Cuối năm 2024, dự án sẽ hoàn thành.", &["2024"]),
        ("Đến năm 2030, tỉnh trở thành tỉnh khá.", &["2030"]),
    ];
    for (text, want) in cases {
        assert_eq!(dates(p, text), *want, "{text}");
    }
}

#[test]
fn not_dates() {
    let p = Some("2024-03-05");
    for text in [
        "Hơn 6 năm qua, tỉnh đã thay đổi nhiều.",
        "Ông đã công tác 3 tháng tại đơn vị.",
        "Thực hiện Nghị quyết 36-NQ/TW của Bộ Chính trị.",
        "Căn cứ Nghị định 123/2020/NĐ-CP của Chính phủ.",
        "Quyết định 1234/QĐ-TTg được công bố.",
        "Chỉ số chứng khoán đạt 9.888,91 điểm.",
        "Đội nhà thắng 3-1 trong trận cuối.",
        "Đại hội có 1.586 đại biểu tham dự.",
        "Quý I cho thấy dấu hiệu phục hồi.",
        "Quốc hội khóa XIII đã thông qua luật.",
        "Ngày 1/6 Âm lịch là ngày giỗ.",
        "Mùng 1 Tết, người dân đi lễ.",
        "Ngày 31/2/2024 được ghi nhầm.",
        "Ngày 29/2/2023 được ghi nhầm.",
    ] {
        assert_eq!(dates(p, text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn relatives_need_a_publication_date() {
    assert!(dates(None, "Hôm qua, Quốc hội bế mạc kỳ họp.").is_empty());
    assert_eq!(dates(None, "Sáng 22/7, hội nghị khai mạc."), ["XXXX-07-22"]);
    assert_eq!(
        dates(None, "Ngày 3/1/2020, đoàn đến. Sáng 5/1, đoàn về."),
        ["2020-01-03", "2020-01-05"]
    );
}

#[test]
fn early_january_reads_late_december_as_last_year() {
    assert_eq!(
        dates(Some("2024-01-03"), "Ngày 22/12, tỉnh tổng kết."),
        ["2023-12-22"]
    );
}

#[test]
fn fields_and_spans() {
    let e = Extractor::builder()
        .published("2024-07-23")
        .expect("valid")
        .build();
    let text = "Lúc 8 giờ 30 sáng thứ Hai (22/7), hội nghị khai mạc.";
    let x = e.extract(text);
    let d = &x.dates[0];
    assert_eq!(d.value.to_string(), "2024-07-22");
    assert_eq!(d.precision, Precision::Day);
    assert_eq!(d.part_of_day, Some(PartOfDay::Morning));
    assert_eq!(
        d.time,
        Some(TimeOfDay {
            hour: 8,
            minute: 30
        })
    );
    assert!(!d.weekday_mismatch);
    assert!(d.span.slice(text).is_some_and(|s| s.ends_with("22/7")));

    let x = e.extract("Thứ Sáu (22/7), hội nghị khai mạc.");
    assert!(x.dates[0].weekday_mismatch);

    let x = e.extract("Giai đoạn 2021-2025 khép lại.");
    assert_eq!(x.dates[0].range, Some(RangeRole::Start));
    assert_eq!(x.dates[1].range, Some(RangeRole::End));

    let x = e.extract("Chiều qua, đoàn về nước.");
    assert_eq!(x.dates[0].value.to_string(), "2024-07-22");
    assert_eq!(x.dates[0].part_of_day, Some(PartOfDay::Afternoon));
    assert!(x.dates[0].relative.is_some());
}

#[test]
fn a_contradicting_weekday_is_a_warning() {
    // 22/7/2013 was a Monday (thứ Hai), not a Friday (thứ Sáu)
    let x = vngov::extract("Thứ Sáu (22/7/2013), Tỉnh ủy Lạng Sơn họp.");
    assert!(x.dates[0].weekday_mismatch);
    assert_eq!(x.warnings[0].kind, vngov::WarningKind::WeekdayMismatch);
    assert_eq!(x.warnings[0].span, x.dates[0].span);
    let x = vngov::extract("Thứ Hai (22/7/2013), Tỉnh ủy Lạng Sơn họp.");
    assert!(x.warnings.is_empty());
}
