//! The HTML page of `examples/highlight.rs`: its article's text content is
//! the original text exactly, the markup is well-formed, and every span is
//! highlighted exactly once (as one element, or as the contiguous pieces of a
//! span split where it crosses another).

use std::collections::BTreeMap;

use proptest::prelude::*;
use vngov::{
    DocumentKind, DocumentRef, Extraction, Official, OrgKind, OrgRef, Organization, Position, Rank,
    Span, Title,
};

#[path = "../examples/common/highlight.rs"]
#[allow(dead_code)]
mod highlight;
#[path = "../examples/common/sample.rs"]
mod sample;

use highlight::{Kind, Mark};

/// A piece of a highlight: its `data-id`, whether it is a continuation, and
/// the byte range of the unescaped text it covers.
#[derive(Debug)]
struct Piece {
    id: usize,
    cont: bool,
    range: std::ops::Range<usize>,
}

fn unescape_entity(entity: &str) -> char {
    match entity {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "#39" => '\'',
        other => panic!("unexpected entity &{other};"),
    }
}

/// Parses the inner HTML of the article: checks every `<span>` is closed in
/// order, returns the unescaped text and the pieces.
fn parse(html: &str) -> (String, Vec<Piece>) {
    let mut text = String::new();
    let mut pieces = Vec::new();
    let mut stack: Vec<(usize, bool, usize)> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</span>") {
            let (id, cont, start) = stack.pop().expect("a </span> closes an open <span>");
            pieces.push(Piece {
                id,
                cont,
                range: start..text.len(),
            });
            rest = after;
        } else if rest.starts_with("<span ") {
            let end = rest.find('>').expect("tag ends");
            let tag = &rest[..end];
            assert!(!tag[1..].contains('<'), "no '<' inside a tag: {tag}");
            let id_at = tag.find("data-id=\"").expect("data-id") + "data-id=\"".len();
            let id_len = tag[id_at..].find('"').expect("closing quote");
            let id: usize = tag[id_at..id_at + id_len].parse().expect("numeric id");
            let class_at = tag.find("class=\"").expect("class") + "class=\"".len();
            let class =
                &tag[class_at..class_at + tag[class_at..].find('"').expect("closing quote")];
            stack.push((id, class.split(' ').any(|c| c == "cont"), text.len()));
            rest = &rest[end + 1..];
        } else if rest.starts_with('<') {
            panic!("unexpected markup: {}", &rest[..rest.len().min(40)]);
        } else if let Some(after) = rest.strip_prefix('&') {
            let semi = after.find(';').expect("entity ends with ';'");
            text.push(unescape_entity(&after[..semi]));
            rest = &after[semi + 1..];
        } else {
            assert!(!rest.starts_with('>'), "a bare '>' must be escaped");
            let c = rest.chars().next().expect("non-empty");
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    assert!(stack.is_empty(), "unclosed <span>s: {stack:?}");
    (text, pieces)
}

/// The article's inner HTML in a full page.
fn article(page: &str) -> &str {
    let start =
        page.find("<article id=\"text\">").expect("article") + "<article id=\"text\">".len();
    let end = page.find("</article>").expect("article end");
    &page[start..end]
}

/// Asserts the round trip and that each mark is highlighted exactly once.
fn check(text: &str, marks: &[Mark], html: &str) {
    let (back, pieces) = parse(html);
    assert_eq!(back, text, "text content differs from the original");
    let mut by_id: BTreeMap<usize, Vec<&Piece>> = BTreeMap::new();
    for p in &pieces {
        by_id.entry(p.id).or_default().push(p);
    }
    assert_eq!(
        by_id.len(),
        marks.len(),
        "every mark has an element, no element without a mark"
    );
    for (id, mut ps) in by_id {
        let span = marks[id].span;
        ps.sort_by_key(|p| p.range.start);
        assert_eq!(
            ps.iter().filter(|p| !p.cont).count(),
            1,
            "mark {id} opens exactly once"
        );
        assert!(
            !ps[0].cont,
            "mark {id}: the first piece is not a continuation"
        );
        assert_eq!(
            ps[0].range.start, span.start,
            "mark {id} starts where its span starts"
        );
        assert_eq!(
            ps.last().map(|p| p.range.end),
            Some(span.end),
            "mark {id} ends where its span ends"
        );
        for w in ps.windows(2) {
            assert_eq!(
                w[0].range.end, w[1].range.start,
                "mark {id}: pieces are contiguous"
            );
        }
    }
}

fn mark(kind: Kind, start: usize, end: usize) -> Mark {
    Mark {
        kind,
        span: Span::new(start, end),
        title: format!("<{kind:?}> \"t\" & 'u'"),
    }
}

#[test]
fn nested_equal_and_crossing_spans() {
    let text = "Đồng chí <Lê> Minh & Khoa, \"Bí thư\"\nTỉnh ủy 'Hà' Giang.";
    let b = |s: &str| text.find(s).expect("in text");
    let marks = vec![
        mark(Kind::Signing, 0, text.len()),
        mark(Kind::Official, b("<Lê>"), b(",")),
        mark(Kind::Position, b("\"Bí"), text.len() - 1),
        mark(Kind::Organization, b("Tỉnh"), text.len() - 1),
        mark(Kind::Organization, b("Tỉnh"), text.len() - 1),
        // crosses the official mention and the position
        mark(Kind::Date, b("Khoa"), b("Bí thư") + "Bí".len()),
        mark(Kind::Document, b("& Khoa"), b("& Khoa") + 1),
    ];
    let html = highlight::render_marked(text, &marks);
    check(text, &marks, &html);
    assert!(
        html.contains(" cont\""),
        "the crossing date is split: {html}"
    );
}

#[test]
fn page_of_a_built_extraction() {
    let text = "Thiếu tướng Đỗ Văn Hùng, Chính ủy Bộ đội Biên phòng, ký Quyết định số 12/QĐ-BQP.";
    let at = |s: &str| {
        let i = text.find(s).expect("in text");
        Span::new(i, i + s.len())
    };
    let org = OrgRef {
        name: "Bộ đội Biên phòng".into(),
        kind: OrgKind::Military,
    };
    let x = Extraction {
        officials: vec![Official {
            name: "Đỗ Văn Hùng".into(),
            rank: Some(Rank::MajorGeneral),
            honors: vec![],
            positions: vec![Position {
                title: Title::new("Chính ủy"),
                organization: Some(org),
                former: false,
                span: at("Chính ủy Bộ đội Biên phòng"),
            }],
            mentions: vec![
                at("Thiếu tướng Đỗ Văn Hùng"),
                Span::new(3, 3),
                Span::new(4, 5),
            ],
        }],
        organizations: vec![Organization {
            name: "Bộ đội Biên phòng".into(),
            kind: OrgKind::Military,
            level: None,
            locality: None,
            abbreviation: Some("BĐBP".into()),
            parent: None,
            foreign: false,
            mentions: vec![at("Bộ đội Biên phòng")],
        }],
        documents: vec![DocumentRef {
            number: "12/QĐ-BQP".into(),
            kind: Some(DocumentKind::Decision),
            year: None,
            issuer: Some("BQP".into()),
            span: at("12/QĐ-BQP"),
        }],
        ..Extraction::default()
    };
    let page = highlight::render_page("test", text, &x);
    let (marks, skipped) = highlight::marks_of(text, &x);
    assert_eq!(marks.len(), 4);
    assert_eq!(
        skipped, 2,
        "the empty span and the one inside 'ế' are left out"
    );
    check(text, &marks, article(&page));
    assert!(
        page.contains("title=\"official: Đỗ Văn Hùng, rank Thiếu tướng\""),
        "rank in the tooltip"
    );
    assert!(
        page.contains(
            "<td>Đỗ Văn Hùng</td><td>Thiếu tướng</td><td>Chính ủy Bộ đội Biên phòng</td>"
        )
    );
    for kind in Kind::ALL {
        assert!(
            page.contains(&format!(".k-{}{{", kind.class())),
            "legend style for {kind:?}"
        );
    }
    assert!(
        !page.contains("<script") && !page.contains("http"),
        "self-contained"
    );
}

#[test]
fn page_of_the_sample_round_trips() {
    let x = vngov::Extractor::builder()
        .published("2024-03-14")
        .expect("valid date")
        .build()
        .extract(sample::SAMPLE);
    let page = highlight::render_page("sample", sample::SAMPLE, &x);
    let (marks, _) = highlight::marks_of(sample::SAMPLE, &x);
    check(sample::SAMPLE, &marks, article(&page));
}

fn text_and_marks() -> impl Strategy<Value = (String, Vec<Mark>)> {
    let text = prop::collection::vec(
        prop::sample::select(vec![
            "a", "ễ", "<", ">", "&", "\"", "'", "\n", " ", "🙂", "Đ",
        ]),
        1..40,
    )
    .prop_map(|v| v.concat());
    text.prop_flat_map(|text| {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let n = bounds.len();
        let one = (0..n, 0..n, 0..Kind::ALL.len())
            .prop_filter_map("non-empty", move |(a, b, k)| (a < b).then_some((a, b, k)));
        (
            Just(text),
            prop::collection::vec(one, 0..12).prop_map(move |v| {
                v.into_iter()
                    .map(|(a, b, k)| mark(Kind::ALL[k], bounds[a], bounds[b]))
                    .collect::<Vec<_>>()
            }),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_spans_round_trip((text, marks) in text_and_marks()) {
        let html = highlight::render_marked(&text, &marks);
        check(&text, &marks, &html);
    }
}
