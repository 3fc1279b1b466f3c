//! Organizations: kinds, levels, abbreviations, localities and exclusions,
//! on sentences written for these tests.

use vngov::{Level, OrgKind, extract};

fn names(text: &str) -> Vec<String> {
    extract(text)
        .organizations
        .into_iter()
        .map(|o| o.name)
        .collect()
}

#[test]
fn kinds_and_levels() {
    let cases: &[(&str, &str, OrgKind, Option<Level>)] = &[
        (
            "Bộ Chính trị họp phiên thường kỳ.",
            "Bộ Chính trị",
            OrgKind::Party,
            Some(Level::Central),
        ),
        (
            "Tỉnh ủy Sơn La ra nghị quyết.",
            "Tỉnh ủy Sơn La",
            OrgKind::Party,
            Some(Level::Province),
        ),
        (
            "Bộ Quốc phòng tổ chức hội nghị.",
            "Bộ Quốc phòng",
            OrgKind::Military,
            Some(Level::Central),
        ),
        (
            "Công an tỉnh Hà Tĩnh triệt phá đường dây.",
            "Công an tỉnh Hà Tĩnh",
            OrgKind::Police,
            Some(Level::Province),
        ),
        (
            "Ủy ban nhân dân huyện Mèo Vạc họp.",
            "Ủy ban nhân dân huyện Mèo Vạc",
            OrgKind::State,
            Some(Level::District),
        ),
        (
            "Hội Nông dân Việt Nam phát động phong trào.",
            "Hội Nông dân Việt Nam",
            OrgKind::Mass,
            Some(Level::Central),
        ),
        (
            "Tòa án nhân dân tối cao ban hành hướng dẫn.",
            "Tòa án nhân dân tối cao",
            OrgKind::Court,
            Some(Level::Central),
        ),
        (
            "Quân khu 2 diễn tập phòng thủ.",
            "Quân khu 2",
            OrgKind::Military,
            None,
        ),
    ];
    for &(text, name, kind, level) in cases {
        let x = extract(text);
        let o = x
            .organizations
            .iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("{name} in {text}: {:?}", names(text)));
        assert_eq!(o.kind, kind, "{text}");
        assert_eq!(o.level, level, "{text}");
    }
}

#[test]
fn abbreviations_are_expanded_and_kept() {
    let x = extract("UBND tỉnh Điện Biên và HĐND tỉnh Điện Biên họp liên tịch.");
    let ubnd = x
        .organizations
        .iter()
        .find(|o| o.name == "Ủy ban nhân dân tỉnh Điện Biên")
        .expect("UBND expanded");
    assert_eq!(ubnd.abbreviation.as_deref(), Some("UBND"));
    assert_eq!(ubnd.locality.as_deref(), Some("Điện Biên"));
    assert!(
        names("Bộ Tư lệnh (BTL) BĐBP chỉ đạo các đồn.")
            .contains(&"Bộ Tư lệnh Bộ đội Biên phòng".to_string())
    );
}

#[test]
fn parents_written_with_the_body_stay_in_its_name() {
    let n = names("Ban Thường vụ Tỉnh ủy Lạng Sơn và Đảng ủy Bộ đội Biên phòng ký kết quy chế.");
    assert!(
        n.contains(&"Ban Thường vụ Tỉnh ủy Lạng Sơn".to_string()),
        "{n:?}"
    );
    assert!(
        n.contains(&"Đảng ủy Bộ đội Biên phòng".to_string()),
        "{n:?}"
    );
    assert!(
        !n.contains(&"Tỉnh ủy Lạng Sơn".to_string()),
        "a parent is listed only when named alone: {n:?}"
    );
}

#[test]
fn locality_is_completed_only_when_certain() {
    let n = names("Tỉnh ủy Hòa Bình họp. Sau đó, UBND tỉnh triển khai kế hoạch.");
    assert!(
        n.contains(&"Ủy ban nhân dân tỉnh Hòa Bình".to_string()),
        "{n:?}"
    );
    let n = names("Đoàn công tác làm việc tại Cao Bằng và Lạng Sơn. UBND tỉnh đã báo cáo.");
    assert!(
        n.contains(&"Ủy ban nhân dân tỉnh".to_string()),
        "two provinces, none certain: {n:?}"
    );
}

#[test]
fn generic_and_non_state_references_are_not_bodies() {
    for text in [
        "Các cấp ủy Đảng và chính quyền cùng vào cuộc.",
        "Đảng ủy các xã biên giới phối hợp tốt.",
        "Chủ trương của Đảng, chính sách của Nhà nước được thực hiện.",
        "Ảnh: TTXVN",
        "Ban tổ chức giải chạy công bố kết quả.",
        "Ủy ban Olympic quốc gia họp.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn abbreviations_defined_in_the_article_are_learned() {
    let text =
        "Ban Chỉ đạo Tây Nguyên (BCĐTN) họp phiên đầu tiên. Sau đó, BCĐTN ban hành kế hoạch.";
    let x = extract(text);
    let body = x
        .organizations
        .iter()
        .find(|o| o.name == "Ban Chỉ đạo Tây Nguyên")
        .expect("listed");
    assert_eq!(body.mentions.len(), 2, "{:?}", body.mentions);
    assert_eq!(&text[body.mentions[1].start..body.mentions[1].end], "BCĐTN");
    assert_eq!(body.abbreviation.as_deref(), Some("BCĐTN"));
}

#[test]
fn a_name_goes_on_after_va_unless_another_body_starts() {
    assert_eq!(
        names("Sở Văn hóa và Thể thao tỉnh Nghệ An tổ chức hội nghị."),
        vec!["Sở Văn hóa và Thể thao tỉnh Nghệ An"]
    );
    assert_eq!(
        names("Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh họp báo."),
        vec!["Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"]
    );
    let two = names("Sở Y tế và Sở Giáo dục tỉnh Nghệ An ký kết quy chế phối hợp.");
    assert_eq!(two.len(), 2, "{two:?}");
    // a "và" before a person's name stays out of the body
    let x = extract("Đại diện Sở Tư pháp và ông Nguyễn Văn Bình dự họp.");
    assert!(
        x.organizations.iter().all(|o| !o.name.contains("và")),
        "{:?}",
        x.organizations
    );
}

#[test]
fn level_abbreviations_expand_in_names() {
    let found = names("Ông Lê Văn Hùng, Chủ tịch UBND TX Ba Đồn, phát biểu tại hội nghị.");
    assert!(
        found.iter().any(|n| n == "Ủy ban nhân dân thị xã Ba Đồn"),
        "{found:?}"
    );
}

#[test]
fn a_caption_glued_to_a_sentence_is_not_part_of_a_body() {
    let found = names("Người dân làm thủ tục tại Chi cục Thuế quận Ba Đình.Ảnh: Minh Hà");
    assert_eq!(found, ["Chi cục Thuế quận Ba Đình"]);
}

#[test]
fn a_head_written_once_for_a_list_names_each_body() {
    let found = names(
        "UBND tỉnh Nam Định giao các Sở: Tư pháp, Kế hoạch và Đầu tư, Nội vụ phối hợp thực hiện.",
    );
    for body in [
        "Sở Tư pháp tỉnh Nam Định",
        "Sở Kế hoạch và Đầu tư tỉnh Nam Định",
        "Sở Nội vụ tỉnh Nam Định",
    ] {
        assert!(found.iter().any(|n| n == body), "{body} not in {found:?}");
    }
    let found = names("Đại diện các Bộ Quốc phòng, Công an và Ngoại giao dự họp.");
    for body in ["Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao"] {
        assert!(found.iter().any(|n| n == body), "{body} not in {found:?}");
    }
    // a body with a head of its own ends the list; one name is no list
    let found =
        names("Làm việc với các Sở: Tư pháp, Nội vụ, Viện Kinh tế và lãnh đạo các Sở Y tế.");
    assert!(!found.iter().any(|n| n.starts_with("Sở Viện")), "{found:?}");
    assert!(
        found.iter().any(|n| n.starts_with("Sở Nội vụ")),
        "{found:?}"
    );
}

#[test]
fn a_department_named_without_the_lexicon_takes_the_article_province() {
    let found = names(
        "UBND tỉnh Nghệ An yêu cầu Sở Tài nguyên Môi trường kiểm tra. Tỉnh ủy Nghệ An chỉ đạo sát sao.",
    );
    assert!(
        found
            .iter()
            .any(|n| n == "Sở Tài nguyên Môi trường tỉnh Nghệ An"),
        "{found:?}"
    );
    // a branch ("Chi cục") may be a district's: no province is added
    let found = names("UBND tỉnh Nghệ An chỉ đạo Chi cục Thuế Cửa Lò đã rà soát.");
    assert!(
        found.iter().any(|n| n == "Chi cục Thuế Cửa Lò"),
        "{found:?}"
    );
}

#[test]
fn doi_voi_ends_a_body_name_but_doi_ngoai_does_not() {
    let found = names("Ban Chỉ đạo Công tác đối ngoại tỉnh Lào Cai họp.");
    assert!(
        found
            .iter()
            .any(|n| n == "Ban Chỉ đạo Công tác đối ngoại tỉnh Lào Cai"),
        "{found:?}"
    );
    let found = names("Ban Chỉ đạo Tây Bắc đối với các tỉnh là chỗ dựa.");
    assert_eq!(found, ["Ban Chỉ đạo Tây Bắc"]);
}

#[test]
fn bylines_and_photo_credits_name_no_body() {
    let text = "Lễ ký kết diễn ra tại Hà Giang. Ảnh: Minh Hà/TTXVN\n\
                Theo P/v TTXVN tại Lào, hai bên thống nhất kế hoạch.\n\
                Thu Trang (TTXVN)\n";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // written in a sentence, the agency is a body
    let found = names("Thông tấn xã Việt Nam tổ chức lễ kỷ niệm.");
    assert_eq!(found, ["Thông tấn xã Việt Nam"]);
}

#[test]
fn local_bodies_in_a_row_share_the_place_written_after_the_last() {
    let found = names("Sáng 18/4, Huyện ủy - HĐND - UBND huyện Yên Minh tổ chức lễ kỷ niệm.");
    for body in [
        "Huyện ủy Yên Minh",
        "Hội đồng nhân dân huyện Yên Minh",
        "Ủy ban nhân dân huyện Yên Minh",
    ] {
        assert!(found.iter().any(|n| n == body), "{body} not in {found:?}");
    }
    // the place of a parent is not shared
    let found = names("Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh Hà Giang họp phiên thường kỳ.");
    assert!(
        !found.iter().any(|n| n == "Đảng ủy tỉnh Hà Giang"),
        "{found:?}"
    );
}

#[test]
fn the_party_committee_government_and_people_formula_names_the_place() {
    let found =
        names("Thủ tướng đánh giá cao nỗ lực của Đảng bộ, chính quyền và nhân dân tỉnh Hà Giang.");
    assert_eq!(found, ["Đảng bộ tỉnh Hà Giang"]);
    let found = names("Đảng bộ và nhân dân tỉnh Hà Giang tự hào.");
    assert_eq!(found, ["Đảng bộ tỉnh Hà Giang"]);
    // other words between: no formula
    let found = names("Đảng bộ tổ chức hội nghị tại tỉnh Hà Giang.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn phong_chong_names_a_body() {
    let found = names(
        "Cục Phòng, chống ma túy và tội phạm họp. Ban Chỉ đạo Phòng, chống tham nhũng Trung ương làm việc.",
    );
    for body in [
        "Cục Phòng, chống ma túy",
        "Ban Chỉ đạo Phòng, chống tham nhũng Trung ương",
    ] {
        assert!(found.iter().any(|n| n == body), "{body} not in {found:?}");
    }
}

#[test]
fn central_committees_of_mass_organizations_and_national_committees() {
    let found = names(
        "Trung ương Hội Nông dân Việt Nam phối hợp với Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam.",
    );
    for body in [
        "Trung ương Hội Nông dân Việt Nam",
        "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam",
    ] {
        assert!(found.iter().any(|n| n == body), "{body} not in {found:?}");
    }
}

#[test]
fn phat_trien_goes_on_in_a_body_name() {
    let found = names(
        "Ban Quản lý Dự án Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang đã bàn giao công trình.",
    );
    assert!(
        found
            .iter()
            .any(|n| n == "Ban Quản lý Dự án Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang"),
        "{found:?}"
    );
}

#[test]
fn a_body_after_dong_chi_is_a_body() {
    let found = names("Hội nghị có các đồng chí Thường trực Tỉnh ủy Hà Giang dự.");
    assert_eq!(found, ["Thường trực Tỉnh ủy Hà Giang"]);
    // after "tạp chí" it is a magazine's name
    let found = names("Bài đăng trên Tạp chí Cộng sản.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_mission_goes_on_with_its_host_country() {
    assert_eq!(
        names("Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm."),
        ["Đại sứ quán Việt Nam tại Lào"]
    );
    // "CHLB" is "Cộng hòa Liên bang"; "Đức" counts after "tại"
    assert_eq!(
        names("Tổng Lãnh sự quán Việt Nam tại CHLB Đức mở cửa."),
        ["Tổng Lãnh sự quán Việt Nam tại Cộng hòa Liên bang Đức"]
    );
    // a delegation visiting a country is not named after its host
    let x = names("Đoàn Ủy ban Đối ngoại Quốc hội Lào tại Việt Nam đã về nước.");
    assert!(x.iter().all(|n| !n.ends_with("tại Việt Nam")), "{x:?}");
}

#[test]
fn a_department_named_with_to_chuc_and_no_ministry_in_can_bo() {
    assert_eq!(
        names("Vụ Tổ chức cán bộ Bộ Nội vụ tổ chức hội nghị."),
        ["Vụ Tổ chức cán bộ Bộ Nội vụ"]
    );
    // "cán bộ Công an tỉnh": the officers of the provincial police, no ministry
    let x = names("Các cán bộ Công an tỉnh Nam Định đã có mặt.");
    assert_eq!(x, ["Công an tỉnh Nam Định"]);
}

#[test]
fn a_bare_level_word_takes_the_place_written_earlier_in_the_sentence() {
    let text = "Bộ Chỉ huy Quân sự tỉnh Kon Tum và Sở Nội vụ tỉnh ký kết quy chế phối hợp. \
                Tỉnh ủy Gia Lai và Sở Tư pháp tỉnh Bình Định cũng có mặt.";
    let x = names(text);
    assert!(x.contains(&"Sở Nội vụ tỉnh Kon Tum".to_string()), "{x:?}");
    // two places in the sentence before it: neither is certain
    let x = names("Tỉnh ủy Gia Lai, Tỉnh ủy Kon Tum và Sở Nội vụ tỉnh dự họp.");
    assert!(x.contains(&"Sở Nội vụ tỉnh".to_string()), "{x:?}");
}

#[test]
fn a_local_standing_committee_is_its_ban_thuong_vu() {
    let text = "Các đồng chí trong Thường vụ Tỉnh ủy Nghệ An và Thường vụ Đảng ủy Quân khu 4 \
                dự họp. Ý kiến của Thường vụ Quân ủy Trung ương được quán triệt.";
    let found = names(text);
    for name in [
        "Ban Thường vụ Tỉnh ủy Nghệ An",
        "Ban Thường vụ Đảng ủy Quân khu 4",
        "Thường vụ Quân ủy Trung ương",
    ] {
        assert!(found.iter().any(|n| n == name), "{name}: {found:?}");
    }
    assert!(
        !found.iter().any(|n| n == "Thường vụ Tỉnh ủy Nghệ An"),
        "{found:?}"
    );
}

#[test]
fn a_department_keeps_its_ministry_and_its_prevention_words() {
    let text = "Cục Thủy lợi và Phòng chống sạt lở (Bộ Nông nghiệp và Môi trường) \
                cảnh báo mưa lớn. Vụ Hợp tác quốc tế (Bộ Tư pháp) góp ý dự thảo. \
                Lữ đoàn 162 (Vùng 4 Hải quân) huấn luyện.";
    let found = names(text);
    for name in [
        "Cục Thủy lợi và Phòng chống sạt lở Bộ Nông nghiệp và Môi trường",
        "Vụ Hợp tác quốc tế Bộ Tư pháp",
        "Lữ đoàn 162",
    ] {
        assert!(found.iter().any(|n| n == name), "{name}: {found:?}");
    }
    assert!(
        !found.iter().any(|n| n == "Vụ Hợp tác quốc tế"),
        "{found:?}"
    );
}

#[test]
fn a_department_named_again_without_its_ministry_is_one_body() {
    let text = "Ông Trần Văn B, cựu Cục trưởng Cục Hóa chất (Bộ Công Thương), \
                bị đề nghị truy tố. Khi đó, cựu Cục trưởng Cục Hóa chất \
                Trần Văn B đã ký văn bản. Tổng cục Thuế (Bộ Tài chính) phối hợp rà soát.";
    let x = extract(text);
    let found = names(text);
    assert!(
        found.iter().any(|n| n == "Cục Hóa chất Bộ Công Thương"),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n == "Cục Hóa chất"), "{found:?}");
    // a general department is one of a kind: listed apart from its ministry
    assert!(found.iter().any(|n| n == "Tổng cục Thuế"), "{found:?}");
    assert!(found.iter().any(|n| n == "Bộ Tài chính"), "{found:?}");
    let b = x.officials.iter().find(|o| o.name == "Trần Văn B").unwrap();
    let posts: Vec<String> = b.positions.iter().map(|p| p.phrase()).collect();
    assert_eq!(posts, vec!["Cục trưởng Cục Hóa chất Bộ Công Thương"]);
}

#[test]
fn united_nations_offices_are_no_bodies() {
    let text = "Văn phòng Liên hợp quốc về ma túy và tội phạm (UNODC) hỗ trợ Bộ Công an. \
                Văn phòng Pháp lý Liên hợp quốc điều hành lễ ký. \
                Bộ Ngoại giao, Liên hợp quốc cùng dự. Văn phòng Chính phủ có công văn.";
    let mut found = names(text);
    found.sort();
    assert_eq!(
        found,
        vec!["Bộ Công an", "Bộ Ngoại giao", "Văn phòng Chính phủ"]
    );
}

#[test]
fn religious_boards_are_no_bodies_and_hold_no_posts() {
    let text = "Ông Nguyễn Văn A, Phó Chủ tịch Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam, \
                phát biểu. Ban Trị sự Giáo hội Phật giáo tỉnh Nam Định tổ chức lễ. \
                Ban Tôn giáo Chính phủ và Ban Dân vận Tỉnh ủy Nam Định dự.";
    let x = extract(text);
    let mut found = names(text);
    found.sort();
    assert_eq!(
        found,
        vec!["Ban Dân vận Tỉnh ủy Nam Định", "Ban Tôn giáo Chính phủ"]
    );
    assert!(x.officials.is_empty(), "{:?}", x.officials);
}

#[test]
fn the_procuracy_written_vien_ksnd() {
    let text = "Thủ tướng đề nghị Viện KSND tối cao, TAND tối cao chỉ đạo xử lý nghiêm. \
                Viện KSND tỉnh Bắc Giang đã phê chuẩn quyết định khởi tố.";
    let mut found = names(text);
    found.sort();
    assert_eq!(
        found,
        vec![
            "Tòa án nhân dân tối cao",
            "Viện kiểm sát nhân dân tỉnh Bắc Giang",
            "Viện kiểm sát nhân dân tối cao",
        ]
    );
}

#[test]
fn investigation_agencies_are_named_by_their_police_or_ministry() {
    let text = "Cơ quan Cảnh sát điều tra, Bộ Công an đã khởi tố vụ án. \
                Cơ quan CSĐT Công an tỉnh Nghệ An bắt giữ 3 đối tượng. \
                Đầu tháng 8, cơ quan điều tra hình sự Bộ Quốc phòng ra quyết định khởi tố. \
                Cơ quan Cảnh sát điều tra (Bộ Công an) vào cuộc.";
    let mut found = names(text);
    found.sort();
    assert_eq!(
        found,
        vec![
            "Cơ quan Cảnh sát điều tra Bộ Công an",
            "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An",
            "Cơ quan điều tra hình sự Bộ Quốc phòng",
        ]
    );
    let x = extract(text);
    let police = x.organizations.iter().find(|o| o.name.ends_with("Nghệ An"));
    assert_eq!(police.map(|o| o.kind), Some(OrgKind::Police));
}

#[test]
fn level_words_glued_to_the_place_by_a_dot() {
    let text = "Công an TP.Vinh phối hợp với Công an H.Thanh Sơn bắt giữ đối tượng. \
                Ông Nguyễn Văn A, Trưởng Công an H.Nam Đàn, cho biết.";
    let mut found = names(text);
    found.sort();
    assert_eq!(
        found,
        vec![
            "Công an huyện Nam Đàn",
            "Công an huyện Thanh Sơn",
            "Công an thành phố Vinh",
        ]
    );
}

#[test]
fn the_party_committee_written_before_a_units_command() {
    let text = "Thay mặt Đảng ủy, Bộ Tư lệnh Quân khu 7, Trung tướng Nguyễn Văn A phát biểu. \
                Tập thể Ban Thường vụ Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng lãnh đạo đơn vị. \
                Thường vụ Đảng ủy, chỉ huy Tổng cục Kỹ thuật quan tâm chỉ đạo. \
                Đảng ủy, Bộ Tư lệnh Thủ đô Hà Nội họp. \
                Thay mặt Đảng ủy, Bộ tư lệnh Vùng 3 hải quân, Đại tá Trần Văn B chúc Tết.";
    let found = names(text);
    for name in [
        "Đảng ủy Quân khu 7",
        "Ban Thường vụ Đảng ủy Bộ đội Biên phòng",
        "Ban Thường vụ Đảng ủy Tổng cục Kỹ thuật",
        "Đảng ủy Vùng 3 hải quân",
        "Bộ tư lệnh Vùng 3 hải quân",
        "Bộ Tư lệnh Thủ đô Hà Nội",
    ] {
        assert!(found.iter().any(|n| n == name), "{name}: {found:?}");
    }
    // the capital's command leads no unit of another name
    assert!(
        !found.iter().any(|n| n.starts_with("Đảng ủy Thủ đô")),
        "{found:?}"
    );
}

#[test]
fn a_department_named_after_a_body_takes_its_parent_after_a_comma() {
    let text = "Đoàn công tác của Cục Bộ đội Biên phòng, Bộ Tổng Tham mưu Quân đội nhân dân Lào \
                sang thăm và làm việc.";
    let found = names(text);
    assert_eq!(
        found,
        vec!["Cục Bộ đội Biên phòng Bộ Tổng Tham mưu Quân đội nhân dân Lào"]
    );
}

#[test]
fn non_governmental_is_not_the_government() {
    let text = "Một tổ chức phi chính phủ tài trợ cho xã 2 tỷ đồng. \
                Kỳ họp của Ủy ban liên chính phủ hai nước diễn ra tại Hà Nội. \
                Chính phủ ban hành nghị định.";
    assert_eq!(names(text), vec!["Chính phủ"]);
    assert!(names("Một tổ chức phi chính phủ tài trợ cho xã 2 tỷ đồng.").is_empty());
}

#[test]
fn this_province_is_the_one_last_named() {
    let text = "Công ty Cao su Gia Lai, Công ty Cà phê Gia Lai và Công ty Xây dựng Gia Lai \
                xin gia hạn dự án. UBND tỉnh Kon Tum yêu cầu Sở Tài chính tỉnh này \
                rà soát các khoản nợ.";
    let found = names(text);
    assert!(
        found.iter().any(|n| n == "Sở Tài chính tỉnh Kon Tum"),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n.ends_with("Gia Lai")), "{found:?}");
}

#[test]
fn a_ministrys_short_name_is_the_ministry() {
    let text = "Bộ Giáo dục trả lời về việc đình chỉ hiệu trưởng. \
                Bộ Giáo dục và Thể thao Lào cử đoàn sang thăm.";
    let found = names(text);
    assert!(
        found.iter().any(|n| n == "Bộ Giáo dục và Đào tạo"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|n| n == "Bộ Giáo dục và Thể thao Lào"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|n| n.starts_with("Bộ Giáo dục trả")),
        "{found:?}"
    );
}

#[test]
fn a_military_region_written_qk_with_its_number() {
    let text = "Đại diện Bộ Tư lệnh QK4 và lực lượng QK 9 cùng tham gia tìm kiếm.";
    let mut found = names(text);
    found.sort();
    assert_eq!(found, vec!["Bộ Tư lệnh Quân khu 4", "Quân khu 9"]);
}

#[test]
fn a_board_or_office_then_its_provincial_department_after_a_comma() {
    let text = "Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Nam Định trình hồ sơ. \
                Phòng Cải cách hành chính, Sở Nội vụ tỉnh Nam Định thẩm định. \
                Ban Thi đua - Khen thưởng Trung ương có ý kiến.";
    let mut found = names(text);
    found.sort();
    assert_eq!(
        found,
        vec![
            "Ban Thi đua - Khen thưởng Sở Nội vụ tỉnh Nam Định",
            "Ban Thi đua - Khen thưởng Trung ương",
            "Phòng Cải cách hành chính Sở Nội vụ tỉnh Nam Định",
        ]
    );
}
