//! Signing events: phrases, roles, one event per act, and what is not a
//! signing — on sentences written for these tests.

use vngov::{Extractor, SignedKind, SigningStatus, extract};

fn ex() -> Extractor {
    Extractor::builder()
        .published("2024-05-20")
        .expect("valid date")
        .build()
}

#[test]
fn each_signing_phrase_gives_its_kind() {
    let cases: &[(&str, SignedKind)] = &[
        (
            "Hai tỉnh ký kết quy chế phối hợp giữa Tỉnh ủy Lào Cai với Tỉnh ủy Yên Bái.",
            SignedKind::Regulation,
        ),
        (
            "Lễ ký thỏa thuận hợp tác giữa Bộ Công an và Bộ Quốc phòng diễn ra trang trọng.",
            SignedKind::Agreement,
        ),
        (
            "Hai bên đã ký biên bản ghi nhớ giữa Ủy ban nhân dân tỉnh Gia Lai với Bộ Y tế.",
            SignedKind::Memorandum,
        ),
        (
            "Các đơn vị ký giao ước thi đua năm 2024.",
            SignedKind::Pledge,
        ),
        (
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Bộ Nội vụ ký chương trình phối hợp.",
            SignedKind::Programme,
        ),
        (
            "Thủ tướng Lê Văn An vừa ký Quyết định số 123/QĐ-TTg về việc thành lập Ban Chỉ đạo.",
            SignedKind::LegalDocument,
        ),
        // diplomatic instruments: a protocol is no decree
        (
            "Hai Bộ trưởng đã ký Nghị định thư sửa đổi Hiệp định hợp tác.",
            SignedKind::Treaty,
        ),
        (
            "Thứ trưởng Bộ Ngoại giao Lê Văn Bình và Đại sứ Hàn Quốc ký Công hàm trao đổi về dự án viện trợ.",
            SignedKind::Other,
        ),
        (
            "Đồn Biên phòng và Ủy ban nhân dân xã ký kết kết nghĩa.",
            SignedKind::Other,
        ),
    ];
    for &(text, kind) in cases {
        let x = ex().extract(text);
        assert_eq!(x.signings.len(), 1, "{text}: {:?}", x.signings);
        assert_eq!(
            x.signings[0].document.as_ref().map(|d| d.kind),
            Some(kind),
            "{text}"
        );
    }
}

#[test]
fn a_leader_signing_a_decision_cites_it() {
    let x = ex().extract(
        "Thủ tướng Lê Văn An vừa ký Quyết định số 123/QĐ-TTg về việc thành lập Ban Chỉ đạo.",
    );
    let s = &x.signings[0];
    assert_eq!(s.signatories, vec!["Lê Văn An"]);
    assert_eq!(
        s.document_ref.as_ref().map(|d| d.number.as_str()),
        Some("123/QĐ-TTg")
    );
    assert_eq!(s.date, None, "a decision's date is only its own");
    // what is signed ends before "đối với" (whom it concerns)
    let x = ex().extract(
        "Bộ trưởng Bộ Quốc phòng ký quyết định thăng quân hàm đối với Đại tá Lê Văn Hùng.",
    );
    assert_eq!(
        x.signings[0].document.as_ref().map(|d| d.text.as_str()),
        Some("quyết định thăng quân hàm")
    );
}

#[test]
fn parties_between_and_the_date_of_the_event() {
    let x = ex().extract(
        "Sáng 18/5, Tỉnh ủy Điện Biên tổ chức hội nghị. Đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy và Đại tá Lò Văn Mừng, \
         Chính ủy Bộ Chỉ huy Quân sự tỉnh đã ký kết quy chế phối hợp giữa Tỉnh ủy Điện Biên và Đảng ủy Quân sự tỉnh.",
    );
    let s = &x.signings[0];
    assert_eq!(s.signatories, vec!["Trần Quốc Cường", "Lò Văn Mừng"]);
    assert_eq!(s.parties[0], "Tỉnh ủy Điện Biên");
    assert_eq!(s.date.map(|d| d.to_string()).as_deref(), Some("2024-05-18"));
}

#[test]
fn a_date_of_another_act_or_told_later_is_not_the_signing_date() {
    let x = ex().extract(
        "Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã ký quyết định thu hồi giấy chứng nhận đầu tư \
         cấp ngày 12/3/2019 của công ty.",
    );
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
    assert_eq!(
        x.signings[0].date, None,
        "12/3/2019 is the certificate's date"
    );

    let x = ex().extract(
        "Tại diễn đàn, UBND tỉnh Nghệ An đã ký kết thỏa thuận hợp tác đầu tư. \
         Ngày 19/5, đoàn công tác thăm khu công nghiệp.",
    );
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
    assert_eq!(x.signings[0].date, None, "19/5 is told for what followed");

    let x = ex().extract(
        "Sáng 17/5, UBND tỉnh Nghệ An tổ chức diễn đàn. \
         Tại diễn đàn, UBND tỉnh đã ký kết thỏa thuận hợp tác đầu tư.",
    );
    assert_eq!(
        x.signings[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-17"),
        "the event's day told before the signing is its date"
    );
}

#[test]
fn witnesses_and_passive_subjects_do_not_sign() {
    let x = ex().extract(
        "Dưới sự chứng kiến của Thủ tướng Lê Văn An, ông Phạm Quốc Bảo, Chủ tịch UBND tỉnh Bình Phước đã ký thỏa thuận hợp tác.",
    );
    assert_eq!(x.signings[0].signatories, vec!["Phạm Quốc Bảo"]);
    let x = ex().extract(
        "Đại tá Hồ Văn Lâm, Phó Tư lệnh Quân khu 5, vừa được Thủ tướng Chính phủ ký quyết định bổ nhiệm giữ chức Tư lệnh.",
    );
    assert!(
        x.signings[0].signatories.is_empty(),
        "{:?}",
        x.signings[0].signatories
    );
    assert_eq!(x.signings[0].parties, vec!["Chính phủ"]);
}

#[test]
fn one_ceremony_several_instruments_are_several_signings() {
    let x = ex().extract(
        "Tại buổi lễ, Ủy ban nhân dân tỉnh Hà Tĩnh ký biên bản ghi nhớ về năng lượng với đối tác. \
         Ủy ban nhân dân tỉnh Hà Tĩnh cũng ký biên bản ghi nhớ về giáo dục nghề nghiệp.",
    );
    assert_eq!(x.signings.len(), 2, "{:?}", x.signings);
}

#[test]
fn a_signing_told_again_is_one_event() {
    let x = ex().extract(
        "Bộ Công an và Bộ Quốc phòng ký kết quy chế phối hợp. Sau đó, hai bộ đã ký kết quy chế phối hợp trong công tác bảo vệ an ninh.",
    );
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
}

#[test]
fn a_party_committee_signs() {
    let x = ex().extract("Tỉnh ủy Lào Cai và Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp.");
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
    assert!(
        x.signings[0].parties.iter().any(|p| p == "Tỉnh ủy Lào Cai"),
        "{:?}",
        x.signings[0].parties
    );
}

#[test]
fn a_clause_after_a_semicolon_keeps_its_subject() {
    let x = ex().extract(
        "Ban Bí thư nhận thấy, ông Lê Văn Hải, Bí thư Tỉnh ủy, có trách nhiệm trong việc bổ nhiệm \
         cán bộ; thay mặt Ban Thường vụ Tỉnh ủy ký văn bản đề nghị cổ phần hóa cảng biển.",
    );
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
    assert_eq!(x.signings[0].signatories, vec!["Lê Văn Hải"]);

    // a full stop ends the subject's reach
    let x = ex().extract(
        "Ông Lê Văn Hải, Bí thư Tỉnh ủy, phát biểu tại hội nghị. Thay mặt Ban Thường vụ Tỉnh ủy \
         ký văn bản đề nghị cổ phần hóa cảng biển.",
    );
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
    assert!(x.signings[0].signatories.is_empty(), "{:?}", x.signings[0]);
}

#[test]
fn a_signed_letter_keeps_its_own_date() {
    let x = ex().extract(
        "Sáng 17/5, hội nghị diễn ra tại tỉnh. Thay mặt Ban Thường vụ, đồng chí Lê Văn Hải \
         ký văn bản gửi Bộ Nội vụ về công tác cán bộ.",
    );
    assert_eq!(x.signings.len(), 1, "{:?}", x.signings);
    let s = &x.signings[0];
    assert_eq!(
        s.document.as_ref().map(|d| d.kind),
        Some(SignedKind::LegalDocument)
    );
    assert_eq!(s.date, None, "a document's date is only its own");
}

#[test]
fn plans_and_other_senses_are_not_signings() {
    for text in [
        "Hai bên sẽ ký kết thỏa thuận hợp tác vào cuối năm.",
        "Hai nước tiến tới đàm phán và ký kết hiệp định thương mại.",
        "Đồng chí Lê Văn An ký sổ tang tưởng niệm các anh hùng liệt sĩ.",
        "Người dân đến đăng ký tạm trú tại Công an phường.",
        "Bà Nguyễn Thị Hoa là thư ký tòa soạn.",
        "Hai công ty ký hợp đồng cung cấp thiết bị.",
    ] {
        assert!(
            extract(text).signings.is_empty(),
            "{text}: {:?}",
            extract(text).signings
        );
    }
    let planned = Extractor::builder().planned_signings(true).build();
    let x = planned.extract("Hai bên sẽ ký kết thỏa thuận hợp tác vào cuối năm.");
    assert_eq!(x.signings[0].status, SigningStatus::Planned);
}

#[test]
fn a_headline_shortening_the_instrument_is_the_same_signing() {
    let text = "UBND tỉnh Quảng Trị và Bộ Y tế ký thỏa thuận hợp tác\n\
                Ngày 12/5, tại Đông Hà, UBND tỉnh Quảng Trị và Bộ Y tế đã ký thỏa thuận \
                khung về hợp tác phát triển y tế giai đoạn 2024-2028.\n\
                Chiều cùng ngày, hai bên ký biên bản ghi nhớ về đào tạo nhân lực y tế.";
    let x = ex().extract(text);
    assert_eq!(x.signings.len(), 2, "{:?}", x.signings);
    let agreement = &x.signings[0];
    assert_eq!(
        agreement.document.as_ref().map(|d| d.kind),
        Some(SignedKind::Agreement)
    );
    assert!(
        agreement
            .document
            .as_ref()
            .is_some_and(|d| d.text.contains("phát triển")),
        "{agreement:?}"
    );
}
