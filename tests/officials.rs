//! Officials: introduction shapes, references and exclusions, on sentences
//! written for these tests.

use proptest::prelude::*;
use vngov::{Extractor, Official, Rank, extract};

fn official<'a>(x: &'a vngov::Extraction, name: &str) -> &'a Official {
    x.officials
        .iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| {
            panic!(
                "{name} not found in {:?}",
                x.officials.iter().map(|o| &o.name).collect::<Vec<_>>()
            )
        })
}

fn phrases(o: &Official) -> Vec<String> {
    o.positions.iter().map(|p| p.phrase()).collect()
}

/// (sentence, name, rank, positions as phrases)
const SHAPES: &[(&str, &str, Option<Rank>, &[&str])] = &[
    // honorific, name, then titles after a comma
    (
        "Dự hội nghị có đồng chí Hoàng Văn Bảy, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Yên Bái.",
        "Hoàng Văn Bảy",
        None,
        &[
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "Bí thư Tỉnh ủy Yên Bái",
        ],
    ),
    // title chain before the name
    (
        "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Minh Đức chủ trì phiên họp.",
        "Trần Minh Đức",
        None,
        &["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"],
    ),
    // rank and a dash
    (
        "Trung tướng Đặng Quốc Việt - Tư lệnh Quân khu 3 kiểm tra đơn vị.",
        "Đặng Quốc Việt",
        Some(Rank::LieutenantGeneral),
        &["Tư lệnh Quân khu 3"],
    ),
    // parenthesis
    (
        "Ông Phan Văn Tùng (Chủ tịch UBND huyện Tân Lạc) cho biết như vậy.",
        "Phan Văn Tùng",
        None,
        &["Chủ tịch Ủy ban nhân dân huyện Tân Lạc"],
    ),
    // shared body: a bare title before a comma
    (
        "Thiếu tướng Lò Văn Sinh, Chính ủy, Bí thư Đảng ủy Bộ đội Biên phòng phát biểu.",
        "Lò Văn Sinh",
        Some(Rank::MajorGeneral),
        &[
            "Chính ủy Bộ đội Biên phòng",
            "Bí thư Đảng ủy Bộ đội Biên phòng",
        ],
    ),
    // rank after the title and a comma
    (
        "Thứ trưởng Bộ Quốc phòng, Thượng tướng Vũ Hải Nam dự lễ.",
        "Vũ Hải Nam",
        Some(Rank::ColonelGeneral),
        &["Thứ trưởng Bộ Quốc phòng"],
    ),
    // self-contained title stays bare
    (
        "Thủ tướng Đinh Công Lý tiếp đoàn.",
        "Đinh Công Lý",
        None,
        &["Thủ tướng"],
    ),
    // deputy and standing modifiers
    (
        "Bà Mai Thị Hồng, Phó Chủ tịch Thường trực HĐND tỉnh Nam Định, trao quà.",
        "Mai Thị Hồng",
        None,
        &["Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh Nam Định"],
    ),
    // a foreign official introduced by a title with a country
    (
        "Thủ tướng Lào Khamtai Phommachan hội đàm với đoàn.",
        "Khamtai Phommachan",
        None,
        &["Thủ tướng Lào"],
    ),
    // a name printed in capitals
    (
        "Đại tá NGUYỄN HỮU TÂM, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cao Bằng.",
        "Nguyễn Hữu Tâm",
        Some(Rank::Colonel),
        &["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cao Bằng"],
    ),
];

#[test]
fn introduction_shapes() {
    for &(text, name, rank, positions) in SHAPES {
        let x = extract(text);
        let o = official(&x, name);
        assert_eq!(o.rank, rank, "{text}");
        assert_eq!(phrases(o), positions, "{text}");
    }
}

#[test]
fn lists_with_semicolons_give_each_person_their_titles() {
    let x = extract(
        "Tham dự có các đồng chí: Lê Thị Thu, Phó Bí thư Tỉnh ủy; Trần Quốc Hưng, Chủ tịch UBND tỉnh Bắc Giang.",
    );
    assert_eq!(
        phrases(official(&x, "Lê Thị Thu")),
        vec!["Phó Bí thư Tỉnh ủy Bắc Giang"]
    );
    assert_eq!(
        phrases(official(&x, "Trần Quốc Hưng")),
        vec!["Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang"]
    );
}

#[test]
fn former_posts_and_acting_titles() {
    let x = extract(
        "Ông Ngô Văn Lực, nguyên Bí thư Tỉnh ủy Phú Yên, và ông Hà Văn Kiên, Quyền Giám đốc Sở Y tế tỉnh Phú Yên.",
    );
    let luc = official(&x, "Ngô Văn Lực");
    assert!(luc.positions[0].former);
    let kien = official(&x, "Hà Văn Kiên");
    assert_eq!(kien.positions[0].title.text, "Quyền Giám đốc");
    assert!(kien.positions[0].title.acting && !kien.positions[0].former);
}

#[test]
fn posts_left_are_former() {
    let x = extract(
        "Đại úy Lê Văn Tư, nguyên Đồn phó Đồn Biên phòng Thanh Thủy, kiêm Trạm trưởng Trạm Kiểm soát Biên phòng Thanh Thủy, bị khởi tố.",
    );
    let tu = official(&x, "Lê Văn Tư");
    assert_eq!(tu.positions.len(), 2, "{:?}", phrases(tu));
    assert!(tu.positions.iter().all(|p| p.former));
    let x = extract("Cựu Thứ trưởng Bộ Công Thương Hồ Văn Dũng bị truy tố.");
    assert!(official(&x, "Hồ Văn Dũng").positions[0].former);
}

#[test]
fn later_references_join_the_first_mention() {
    let text = "Đại tá Lương Minh Sơn, Chính ủy Bộ Chỉ huy Quân sự tỉnh Lào Cai, phát biểu. \
                Theo Đại tá Sơn, đơn vị đã hoàn thành nhiệm vụ. Ông Sơn cảm ơn các đồng chí.";
    let x = extract(text);
    assert_eq!(x.officials.len(), 1);
    let son = &x.officials[0];
    assert_eq!(son.mentions.len(), 3);
    for m in &son.mentions {
        assert!(text[m.start..m.end].ends_with("Sơn"));
    }
}

#[test]
fn article_province_completes_bare_bodies() {
    let x = extract(
        "Tỉnh ủy Quảng Bình tổ chức hội nghị. Đồng chí Võ Văn Phương, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.",
    );
    assert_eq!(
        phrases(official(&x, "Võ Văn Phương")),
        vec![
            "Bí thư Tỉnh ủy Quảng Bình",
            "Chủ tịch Hội đồng nhân dân tỉnh Quảng Bình"
        ]
    );
}

#[test]
fn people_without_a_post_or_rank_are_not_officials() {
    for text in [
        "Ông Nguyễn Văn Bình, nông dân xã Tân Phú, trồng cam.",
        "Đoàn đến thăm Trường THPT Lê Quý Đôn và đường Nguyễn Trãi.",
        "Học tập và làm theo tư tưởng Hồ Chí Minh.",
        "Phóng viên: MINH ANH",
        "Huân chương Hồ Chí Minh được trao cho đơn vị.",
    ] {
        assert!(
            extract(text).officials.is_empty(),
            "{text}: {:?}",
            extract(text).officials
        );
    }
}

#[test]
fn historical_officials_with_a_title_count() {
    let x = extract("Đại tướng Trần Đức Lâm là người học trò xuất sắc của Chủ tịch Hồ Chí Minh.");
    assert_eq!(official(&x, "Trần Đức Lâm").rank, Some(Rank::General));
    assert_eq!(phrases(official(&x, "Hồ Chí Minh")), vec!["Chủ tịch"]);
}

#[test]
fn academic_titles_are_honors_not_ranks() {
    let x = extract(
        "Thiếu tướng, PGS.TS Lê Văn Cường, Phó Giám đốc Học viện Quốc phòng, trình bày tham luận.",
    );
    let o = official(&x, "Lê Văn Cường");
    assert_eq!(o.rank, Some(Rank::MajorGeneral));
    assert_eq!(o.honors[0].abbreviation, "PGS.TS");
}

fn name_strategy() -> impl Strategy<Value = String> {
    let surnames = prop::sample::select(vec![
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
    ]);
    let middles = prop::sample::select(vec![
        "Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc",
    ]);
    let givens = prop::sample::select(vec![
        "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Nam", "Phúc", "Tâm",
    ]);
    (surnames, middles, givens).prop_map(|(s, m, g)| format!("{s} {m} {g}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// "[rank] [title] Name" planted in filler gives exactly that official.
    #[test]
    fn planted_rank_title_name_is_found(
        name in name_strategy(),
        rank in prop::sample::select(vec![Rank::Colonel, Rank::MajorGeneral, Rank::LieutenantGeneral, Rank::SeniorColonel]),
        title in prop::sample::select(vec!["Tư lệnh Quân khu 7", "Chính ủy Quân đoàn 12", "Giám đốc Công an tỉnh Nghệ An"]),
        before in "[a-zđ ]{0,40}",
        after in "[a-zđ ]{0,40}",
    ) {
        let text = format!("Hôm nay {before}. {title}, {rank} {name} kiểm tra {after}.", rank = rank.vietnamese());
        let x = Extractor::new().extract(&text);
        prop_assert_eq!(x.officials.len(), 1, "{}: {:?}", text, x.officials);
        let o = &x.officials[0];
        prop_assert_eq!(&o.name, &name);
        prop_assert_eq!(o.rank, Some(rank));
        prop_assert_eq!(o.positions.iter().map(|p| p.phrase()).collect::<Vec<_>>(), vec![title.to_string()]);
    }
}

#[test]
fn a_capitalised_unit_word_after_truong_starts_the_body() {
    let x = extract("Dự buổi làm việc có bà Lê Thị Hoa, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.");
    assert_eq!(
        phrases(official(&x, "Lê Thị Hoa")),
        ["Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"]
    );
}

#[test]
fn a_bare_title_is_not_completed_with_a_post_another_person_holds() {
    let x = extract(
        "Bộ trưởng Lê Văn An phát biểu khai mạc.\n\
         Bộ trưởng Bộ Tài chính Trần Văn Bình cho biết ngân sách đã được bố trí.\n\
         Bộ trưởng Bộ Tài chính nhấn mạnh yêu cầu tiết kiệm.",
    );
    assert_eq!(phrases(official(&x, "Lê Văn An")), ["Bộ trưởng"]);
    assert_eq!(
        phrases(official(&x, "Trần Văn Bình")),
        ["Bộ trưởng Bộ Tài chính"]
    );
}

#[test]
fn a_deputy_does_not_share_a_party_committee() {
    let x = extract(
        "Phóng viên phỏng vấn đại biểu Lê Văn An, Bí thư Tỉnh ủy Cao Bằng, đại biểu Quốc hội tỉnh Cao Bằng.",
    );
    let got = phrases(official(&x, "Lê Văn An"));
    assert!(
        !got.iter().any(|p| p.starts_with("Đại biểu Tỉnh ủy")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|p| p == "Bí thư Tỉnh ủy Cao Bằng"),
        "{got:?}"
    );
}

#[test]
fn phat_is_a_given_name_unless_a_verb_follows() {
    let x = extract("Dự hội nghị có ông Lê Hồng Phát, Bộ trưởng Bộ Tư pháp.");
    assert_eq!(
        phrases(official(&x, "Lê Hồng Phát")),
        ["Bộ trưởng Bộ Tư pháp"]
    );
    let x = extract("Bộ trưởng Bộ Tư pháp Lê Văn An Phát biểu tại hội nghị.");
    assert_eq!(phrases(official(&x, "Lê Văn An")), ["Bộ trưởng Bộ Tư pháp"]);
}

#[test]
fn pct_is_pho_chu_tich() {
    let x = extract("Đoàn do PCT UBND tỉnh Hà Giang Lê Văn An dẫn đầu.");
    assert_eq!(
        phrases(official(&x, "Lê Văn An")),
        ["Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"]
    );
}

#[test]
fn a_post_in_a_company_named_in_english_is_not_a_position() {
    let x =
        extract("Ông Lê Văn An, Tổng Giám đốc Vietnam Airlines cho biết hãng mở thêm đường bay.");
    assert!(x.officials.is_empty(), "{:?}", x.officials);
}

#[test]
fn a_post_in_an_international_sports_body_is_not_a_position() {
    let x = extract(
        "Tham dự có ông John Smith, Phó Chủ tịch Hội đồng Olympic châu Á (OCA), phát biểu.",
    );
    assert!(x.officials.is_empty(), "{:?}", x.officials);
}

#[test]
fn a_minister_named_with_the_ministry_but_not_bo() {
    let x = extract("Bộ trưởng Y tế Lê Thị An cho biết sẽ tăng cường kiểm tra.");
    assert_eq!(phrases(official(&x, "Lê Thị An")), ["Bộ trưởng Bộ Y tế"]);
    let x = extract("Ngày 5/3, Thượng tướng Trần Văn Bình, Thứ trưởng Quốc phòng ký biên bản.");
    assert_eq!(
        phrases(official(&x, "Trần Văn Bình")),
        ["Thứ trưởng Bộ Quốc phòng"]
    );
}

#[test]
fn a_deputy_minister_does_not_share_a_body_that_is_no_ministry() {
    let x = extract("Thứ trưởng, Tổng Giám đốc Kho bạc Nhà nước Lê Văn An phát biểu.");
    let got = phrases(official(&x, "Lê Văn An"));
    assert!(got.iter().any(|p| p == "Thứ trưởng"), "{got:?}");
}

#[test]
fn a_post_decided_for_the_people_named_after_doi_voi() {
    let x = extract(
        "Đồng chí đã công bố quyết định thôi chức Phó Trưởng Ban Chỉ đạo Tây Bắc đối với các đồng chí Lê Văn An và Trung tướng Trần Văn Bình để nghỉ hưu.",
    );
    for name in ["Lê Văn An", "Trần Văn Bình"] {
        let o = official(&x, name);
        assert_eq!(phrases(o), ["Phó Trưởng Ban Chỉ đạo Tây Bắc"], "{name}");
        assert!(o.positions[0].former, "{name}");
    }
    let x = extract(
        "Bộ trưởng trao quyết định bổ nhiệm Phó Giám đốc Sở Tư pháp đối với ông Lê Văn Cường.",
    );
    assert_eq!(
        phrases(official(&x, "Lê Văn Cường")),
        ["Phó Giám đốc Sở Tư pháp"]
    );
    // no decision on a post: "đối với" only says to whom
    let x = extract(
        "Đó là sự tin tưởng của Thủ trưởng Bộ Quốc phòng đối với Thiếu tướng Lê Văn Dũng và đơn vị.",
    );
    assert!(phrases(official(&x, "Lê Văn Dũng")).is_empty());
}

#[test]
fn phuong_is_a_surname_after_a_body() {
    let x = extract("Cục trưởng Cục Điện lực Phương Văn An ký quyết định.");
    assert_eq!(
        phrases(official(&x, "Phương Văn An")),
        ["Cục trưởng Cục Điện lực"]
    );
}

#[test]
fn a_credited_photographer_is_not_an_official() {
    let x = extract(
        "Lễ ra quân diễn ra trang trọng. Ảnh: Lê Văn An Bí thư Tỉnh ủy Hà Giang phát biểu tại buổi lễ.",
    );
    assert!(
        x.officials.iter().all(|o| o.name != "Lê Văn An"),
        "{:?}",
        x.officials
    );
}

#[test]
fn a_post_in_a_research_institute_is_not_a_position() {
    let x = extract("Đại tá Lê Văn An, Viện trưởng Viện Thiết kế, đọc diễn văn.");
    assert!(official(&x, "Lê Văn An").positions.is_empty());
    let x =
        extract("Ông Trần Văn Bình, Viện trưởng Viện kiểm sát nhân dân tỉnh Hà Giang, phát biểu.");
    assert_eq!(
        phrases(official(&x, "Trần Văn Bình")),
        ["Viện trưởng Viện kiểm sát nhân dân tỉnh Hà Giang"]
    );
}

#[test]
fn a_post_heading_a_list_after_a_colon_is_each_one_s() {
    let x = extract(
        "Cùng dự có các đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang: ông Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy; ông Trần Văn Bình.",
    );
    assert_eq!(
        phrases(official(&x, "Lê Văn An")),
        [
            "Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang",
            "Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang"
        ]
    );
    assert_eq!(
        phrases(official(&x, "Trần Văn Bình")),
        ["Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Giang"]
    );
    // one post before a colon, not a list: what follows is what was said
    let x = extract("Bộ trưởng Bộ Tư pháp: ông Lê Văn Cường là người trung thực.");
    assert!(
        x.officials.iter().all(|o| o.name != "Lê Văn Cường"),
        "{:?}",
        x.officials
    );
}

#[test]
fn a_unit_code_with_a_slash_stays_whole() {
    let x =
        extract("Thiếu tá Lê Văn An, Chỉ huy trưởng Nhà giàn DK1/12, báo cáo tình hình đơn vị.");
    assert_eq!(
        phrases(official(&x, "Lê Văn An")),
        ["Chỉ huy trưởng Nhà giàn DK1/12"]
    );
}

#[test]
fn national_assembly_committees_keep_their_whole_names() {
    let x = extract("Ông Lê Văn An, Chủ nhiệm Ủy ban Pháp luật của Quốc hội, phát biểu.");
    assert_eq!(
        phrases(official(&x, "Lê Văn An")),
        ["Chủ nhiệm Ủy ban Pháp luật của Quốc hội"]
    );
    let x = extract("Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách Trần Văn Bình trình bày báo cáo.");
    assert_eq!(
        phrases(official(&x, "Trần Văn Bình")),
        ["Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách"]
    );
}

#[test]
fn a_post_given_after_the_name_by_an_appointment_or_election() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Bà Trần Thị Hoa được bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.",
            "Trần Thị Hoa",
            &["Thứ trưởng Bộ Y tế"],
        ),
        (
            "Ông Lê Minh Quân được bầu làm Chủ tịch UBND tỉnh Tây Ninh.",
            "Lê Minh Quân",
            &["Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh"],
        ),
        (
            "Đồng chí Vũ Đức Hải làm Bí thư Tỉnh ủy Hà Nam.",
            "Vũ Đức Hải",
            &["Bí thư Tỉnh ủy Hà Nam"],
        ),
    ];
    for &(text, name, expected) in cases {
        let x = extract(text);
        assert_eq!(phrases(official(&x, name)), expected, "{text}");
    }
    // leaving a post makes it a former one
    let x = extract("Ông Đỗ Văn Nam thôi giữ chức Giám đốc Sở Tài chính tỉnh Lào Cai.");
    let o = official(&x, "Đỗ Văn Nam");
    assert_eq!(phrases(o), ["Giám đốc Sở Tài chính tỉnh Lào Cai"]);
    assert!(o.positions[0].former);
    // the author of the decision is not the person appointed
    let x = extract(
        "Theo Quyết định số 55/QĐ-TTg của Thủ tướng Chính phủ, ông Hồ Văn Tâm được bổ nhiệm giữ chức Thứ trưởng Bộ Xây dựng.",
    );
    assert_eq!(
        phrases(official(&x, "Hồ Văn Tâm")),
        ["Thứ trưởng Bộ Xây dựng"]
    );
    // heading a delegation is no post
    let x = extract("Đoàn do ông Phạm Quốc Bình làm Trưởng đoàn đã đến thăm tỉnh.");
    assert!(x.officials.iter().all(|o| o.name != "Phạm Quốc Bình"));
}

#[test]
fn a_committee_takes_the_place_written_in_the_same_person_s_next_title() {
    let x = extract(
        "Dự hội nghị có đồng chí Ngô Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh; đồng chí Đặng Thị Bình, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Giang.",
    );
    assert_eq!(
        phrases(official(&x, "Ngô Văn An")),
        [
            "Phó Bí thư Tỉnh ủy Quảng Ninh",
            "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"
        ]
    );
    assert_eq!(
        phrases(official(&x, "Đặng Thị Bình")),
        [
            "Bí thư Tỉnh ủy Hà Giang",
            "Chủ tịch Hội đồng nhân dân tỉnh Hà Giang"
        ]
    );
    let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(
        names.contains(&"Tỉnh ủy Quảng Ninh") && names.contains(&"Tỉnh ủy Hà Giang"),
        "{names:?}"
    );
}

#[test]
fn envoys_team_leaders_and_procurators_are_titles() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Bà Lê Thị Thu, Đại sứ Việt Nam tại Pháp cho biết như vậy.",
            "Lê Thị Thu",
            &["Đại sứ Việt Nam tại Pháp"],
        ),
        (
            "Ông Trần Văn Lộc - Tổng Lãnh sự (Tổng Lãnh sự quán Việt Nam tại Nhật Bản) phát biểu.",
            "Trần Văn Lộc",
            &["Tổng Lãnh sự Tổng Lãnh sự quán Việt Nam tại Nhật Bản"],
        ),
        (
            "Thiếu tá Võ Văn Tài, Đội trưởng Đội Cảnh sát giao thông Công an huyện Đông Anh kiểm tra.",
            "Võ Văn Tài",
            &["Đội trưởng Đội Cảnh sát giao thông Công an huyện Đông Anh"],
        ),
        (
            "Bà Mai Thị Hạnh, Kiểm sát viên Viện kiểm sát nhân dân tỉnh Bắc Ninh thực hành quyền công tố.",
            "Mai Thị Hạnh",
            &["Kiểm sát viên Viện kiểm sát nhân dân tỉnh Bắc Ninh"],
        ),
    ];
    for &(text, name, expected) in cases {
        let x = extract(text);
        assert_eq!(phrases(official(&x, name)), expected, "{text}");
    }
}

#[test]
fn a_unit_word_after_truong_heads_the_body_named_after_it() {
    let x = extract(
        "Thượng tá Lý Văn Sơn, Trưởng phòng Cảnh sát hình sự Công an tỉnh Quảng Bình cho biết.",
    );
    assert_eq!(
        phrases(official(&x, "Lý Văn Sơn")),
        ["Trưởng phòng Phòng Cảnh sát hình sự Công an tỉnh Quảng Bình"]
    );
}

#[test]
fn a_post_decided_after_the_person_s_titles() {
    let x = extract(
        "Ông Đào Văn Khải, Giám đốc Sở Tài chính được điều động, bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh Phú Thọ.",
    );
    assert_eq!(
        phrases(official(&x, "Đào Văn Khải")),
        [
            "Giám đốc Sở Tài chính tỉnh Phú Thọ",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ"
        ]
    );
}

#[test]
fn foreign_leaders_with_their_country_or_chamber() {
    let x = extract("Tổng Bí thư tiếp Tổng thống Pháp Jean Martin tại Hà Nội.");
    assert_eq!(phrases(official(&x, "Jean Martin")), ["Tổng thống Pháp"]);
    let x = extract("Chủ tịch Quốc hội hội kiến Chủ tịch Thượng viện Campuchia Say Chhum.");
    assert_eq!(
        phrases(official(&x, "Say Chhum")),
        ["Chủ tịch Thượng viện Campuchia"]
    );
}

#[test]
fn an_events_organizing_committee_is_no_post() {
    let text = "Bà Trần Thị B, Phó Trưởng Ban Tổ chức Giải đua thuyền, cho biết giải kéo dài ba ngày. \
                Ông Lê Văn C, Trưởng Ban Tổ chức Tỉnh ủy Quảng Nam, dự lễ.";
    let x = extract(text);
    assert!(
        x.officials.iter().all(|o| o.name != "Trần Thị B"),
        "{:?}",
        x.officials
    );
    assert_eq!(
        phrases(official(&x, "Lê Văn C")),
        vec!["Trưởng Ban Tổ chức Tỉnh ủy Quảng Nam"]
    );
    let orgs: Vec<_> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, vec!["Ban Tổ chức Tỉnh ủy Quảng Nam"]);
}

#[test]
fn a_director_or_board_head_with_no_body_is_no_post() {
    let text = "Tại buổi làm việc, Giám đốc Phạm Văn D báo cáo khó khăn của đơn vị. \
                Ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh Quảng Nam, Trưởng ban tổ chức hội thi, phát biểu. \
                Ông Hoàng Văn E, Giám đốc Sở Tư pháp tỉnh Quảng Nam, dự họp.";
    let x = extract(text);
    assert!(
        x.officials.iter().all(|o| o.name != "Phạm Văn D"),
        "{:?}",
        x.officials
    );
    assert_eq!(
        phrases(official(&x, "Nguyễn Văn A")),
        vec!["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"]
    );
    assert_eq!(
        phrases(official(&x, "Hoàng Văn E")),
        vec!["Giám đốc Sở Tư pháp tỉnh Quảng Nam"]
    );
}

#[test]
fn a_standing_deputy_is_one_post_with_the_deputy() {
    let text = "Phó Bí thư Tỉnh ủy Hà Giang Nguyễn Văn A chủ trì hội nghị. \
                Phát biểu kết luận, Phó Bí thư Thường trực Tỉnh ủy Hà Giang Nguyễn Văn A đề nghị các cấp ủy tập trung lãnh đạo.";
    let x = extract(text);
    assert_eq!(
        phrases(official(&x, "Nguyễn Văn A")),
        vec!["Phó Bí thư Thường trực Tỉnh ủy Hà Giang"]
    );
}

#[test]
fn an_honorary_title_is_no_post() {
    let text = "Ông Trần Văn C, Phó Chủ tịch danh dự, phát biểu tại lễ khai mạc. \
                Ông Lê Văn D, Phó Chủ tịch UBND tỉnh Nam Định, dự lễ.";
    let x = extract(text);
    assert!(
        x.officials.iter().all(|o| o.name != "Trần Văn C"),
        "{:?}",
        x.officials
    );
    assert_eq!(
        phrases(official(&x, "Lê Văn D")),
        vec!["Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định"]
    );
}

#[test]
fn a_post_told_as_held_before_is_former() {
    let x = extract(
        "Ông Phạm Minh Đức từng giữ chức Chủ tịch UBND tỉnh Yên Bái. \
         Trước đó, bà Lò Thị Mai giữ chức Giám đốc Sở Y tế tỉnh Sơn La. \
         Ông Triệu Văn Hòa là Bí thư Huyện ủy Bảo Lâm.",
    );
    let former = |name: &str| -> Vec<bool> {
        official(&x, name)
            .positions
            .iter()
            .map(|p| p.former)
            .collect()
    };
    assert_eq!(former("Phạm Minh Đức"), [true]);
    assert_eq!(former("Lò Thị Mai"), [true]);
    assert_eq!(
        phrases(official(&x, "Triệu Văn Hòa")),
        ["Bí thư Huyện ủy Bảo Lâm"]
    );
    assert_eq!(former("Triệu Văn Hòa"), [false]);
}
