//! Property tests over the public API: extraction is total, every span is
//! valid in the caller's text, output is deterministic and shift-invariant,
//! normalization is idempotent, and Unicode form / tone style do not change
//! what is found.

use std::sync::Arc;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;
use vngov::{Extraction, Extractor, Span};

/// Every span an extraction reports, with what it marks.
fn spans(x: &Extraction) -> Vec<(&'static str, Span)> {
    let mut out = Vec::new();
    for o in &x.officials {
        out.extend(o.mentions.iter().map(|s| ("official mention", *s)));
        out.extend(o.positions.iter().map(|p| ("position", p.span)));
    }
    for o in &x.organizations {
        out.extend(o.mentions.iter().map(|s| ("organization mention", *s)));
    }
    out.extend(x.dates.iter().map(|d| ("date", d.span)));
    out.extend(x.signings.iter().map(|s| ("signing", s.span)));
    out.extend(x.documents.iter().map(|d| ("document", d.span)));
    out.extend(x.warnings.iter().map(|w| ("warning", w.span)));
    out
}

/// Applies `f` to every span of `x`, in place.
fn for_each_span_mut(x: &mut Extraction, mut f: impl FnMut(&mut Span)) {
    for o in &mut x.officials {
        o.mentions.iter_mut().for_each(&mut f);
        o.positions.iter_mut().for_each(|p| f(&mut p.span));
    }
    for o in &mut x.organizations {
        o.mentions.iter_mut().for_each(&mut f);
    }
    x.dates.iter_mut().for_each(|d| f(&mut d.span));
    x.signings.iter_mut().for_each(|s| f(&mut s.span));
    x.documents.iter_mut().for_each(|d| f(&mut d.span));
    x.warnings.iter_mut().for_each(|w| f(&mut w.span));
}

/// Every span lies in `text`, on char boundaries, and marks some text.
fn check_spans(text: &str, x: &Extraction) -> Result<(), TestCaseError> {
    for (kind, s) in spans(x) {
        prop_assert!(s.start < s.end, "{kind} span {s:?} is empty or reversed");
        prop_assert!(
            s.end <= text.len(),
            "{kind} span {s:?} past the end ({})",
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{kind} span {s:?} not on char boundaries"
        );
        prop_assert!(s.slice(text).is_some());
    }
    Ok(())
}

fn extractor() -> &'static Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(|| {
        Extractor::builder()
            .published("2024-03-14")
            .expect("valid date")
            .build()
    })
}

// ---------------------------------------------------------------- generators

/// A letter followed by a long run of combining marks U+0300–U+036F.
fn combining_runs() -> impl Strategy<Value = String> {
    let run = (
        prop::sample::select(vec!["a", "A", "Đ", "ư", "1", " ", "\n", ""]),
        prop::collection::vec(prop::char::range('\u{0300}', '\u{036F}'), 1..400),
    )
        .prop_map(|(base, marks)| {
            let mut s = base.to_string();
            s.extend(marks);
            s
        });
    prop::collection::vec(run, 1..4).prop_map(|v| v.concat())
}

/// Text laced with C0/C1 control characters, CR/LF and tabs.
fn with_controls() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::char::range('\u{0}', '\u{1F}').prop_map(String::from),
        prop::char::range('\u{7F}', '\u{9F}').prop_map(String::from),
        Just("\r\n".to_string()),
        Just("Tỉnh ủy".to_string()),
        Just("Nguyễn Văn An".to_string()),
        "[a-zA-Z ]{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Mixed scripts, emoji (ZWJ sequences, flags, variation selectors), RTL
/// text and bidi controls, zero-width characters, HTML entities.
fn mixed_scripts() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Привет",
        "Ελλάδα",
        "中华人民共和国",
        "東京",
        "한국",
        "مرحبا بالعالم",
        "שלום",
        "\u{200F}",
        "\u{202E}",
        "\u{202C}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{00AD}",
        "👨\u{200D}👩\u{200D}👧",
        "🇻🇳",
        "❤\u{FE0F}",
        "🙂",
        "𝕍𝕚ệ𝕥",
        "ﬁ",
        "Ǆ",
        "İ",
        "ẞ",
        "Ð",
        "&amp;",
        "&nbsp;",
        "&#7889;",
        "&#x1EA1;",
        "&",
        "Thiếu tướng",
        "Bí thư",
        " ",
        ", ",
        "\n",
        "\u{3000}",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

const WORDS: &[&str] = &[
    "Bí thư",
    "Phó Bí thư",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Đảng ủy",
    "UBND",
    "HĐND",
    "BĐBP",
    "UBND tỉnh",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Thiếu tướng",
    "Đại tá",
    "Trung úy",
    "Thượng tướng",
    "Chuẩn Đô đốc",
    "Chính ủy",
    "Tư lệnh",
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Quân khu",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Bộ Tư lệnh (BTL)",
    "Ủy viên Trung ương Đảng",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Văn",
    "Thị",
    "ông",
    "bà",
    "đồng chí",
    "Đ/c",
    "nguyên",
    "Hà Giang",
    "Khánh Hoà",
    "Lạng Sơn",
    "sáng",
    "chiều",
    "ngày",
    "tháng",
    "năm",
    "hôm qua",
    "Nghị quyết số",
    "Quyết định",
    "ký kết",
    "quy chế phối hợp",
    "số",
    "TW",
    "QĐ-TTg",
    "NQ/TW",
];

/// A random capitalised Vietnamese-looking syllable ("Nguyễn", "Thuỷ", "Khoa").
fn syllable() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec![
            "", "B", "C", "Ch", "D", "Đ", "G", "Gi", "H", "Kh", "L", "M", "N", "Ng", "Nh", "Ph",
            "Qu", "S", "T", "Th", "Tr", "V", "X",
        ]),
        prop::sample::select(vec![
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "ươ",
            "iê", "uô",
        ]),
        prop::sample::select(vec![
            "", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}",
        ]),
        prop::sample::select(vec![
            "", "n", "ng", "nh", "m", "c", "ch", "t", "p", "i", "o", "u",
        ]),
        any::<bool>(),
    )
        .prop_map(|(onset, vowel, tone, coda, upper)| {
            let mut s: String = format!("{onset}{vowel}{tone}{coda}").nfc().collect();
            if upper && onset.is_empty() {
                s = s.to_uppercase();
            }
            s
        })
}

/// Vietnamese political-news-like text: lexicon words, random syllables,
/// numbers, dates, document codes, punctuation; sometimes in NFD.
fn vietnamese() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(str::to_string),
        3 => syllable(),
        1 => (1u32..40, 1u32..13, 1990u32..2030).prop_map(|(d, m, y)| format!("{d}/{m}/{y}")),
        1 => (1u32..3000, prop::sample::select(vec!["QĐ-UBND", "NQ/TW", "NĐ-CP", "CT-TTg"]))
            .prop_map(|(n, c)| format!("{n}/{c}")),
        1 => "[0-9]{1,6}",
        1 => prop::sample::select(vec!["/", "-", "(", ")", ",", ".", ";", ":", "\"", "\n", "–", "…"]).prop_map(str::to_string),
    ];
    (
        prop::collection::vec(
            (
                token,
                prop::sample::select(vec![" ", " ", " ", "", ", ", "\n"]),
            ),
            0..60,
        ),
        any::<bool>(),
    )
        .prop_map(|(tokens, nfd)| {
            let text: String = tokens
                .into_iter()
                .flat_map(|(t, sep)| [t, sep.to_string()])
                .collect();
            if nfd { text.nfd().collect() } else { text }
        })
}

/// All the generators, for properties that should hold on any text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        1 => combining_runs(),
        1 => with_controls(),
        1 => mixed_scripts(),
        4 => vietnamese(),
    ]
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn extraction_is_total_and_spans_are_valid(text in any_text()) {
        let x = extractor().extract(&text);
        check_spans(&text, &x)?;
        let y = vngov::extract(&text);
        check_spans(&text, &y)?;
    }

    #[test]
    fn extraction_is_deterministic(text in any_text()) {
        let e = extractor();
        prop_assert_eq!(e.extract(&text), e.extract(&text));
        prop_assert_eq!(Extractor::new().extract(&text), vngov::extract(&text));
    }

    #[test]
    fn normalized_text_is_idempotent(text in any_text()) {
        let once = vngov::normalized_text(&text);
        let twice = vngov::normalized_text(&once);
        prop_assert_eq!(twice, once);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn extraction_is_the_same_on_four_threads(text in any_text()) {
        let e = Arc::new(extractor().clone());
        let expected = e.extract(&text);
        let text = Arc::new(text);
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (e, text) = (Arc::clone(&e), Arc::clone(&text));
                std::thread::spawn(move || e.extract(&text))
            })
            .collect();
        for h in handles {
            let got = h.join().map_err(|_| TestCaseError::fail("extraction thread panicked"))?;
            prop_assert_eq!(&got, &expected);
        }
        let batch = e.extract_batch(&[text.as_str(), text.as_str(), text.as_str(), text.as_str()]);
        prop_assert!(batch.iter().all(|x| *x == expected));
    }

    #[test]
    fn a_prefix_shifts_every_span(text in any_text()) {
        const PREFIX: &str = "Tin tức. \n";
        // Only where the prefix does not change how `text` normalizes: the
        // normalized texts concatenate, and no combining mark of `text` would
        // attach itself to the prefix's final newline.
        let glued = format!("{PREFIX}{text}");
        let starts_with_mark = text.chars().next().is_some_and(|c| canonical_combining_class(c) != 0);
        prop_assume!(!starts_with_mark);
        prop_assume!(
            vngov::normalized_text(&glued)
                == format!("{}{}", vngov::normalized_text(PREFIX), vngov::normalized_text(&text))
        );
        let e = extractor();
        let mut expected = e.extract(&text);
        for_each_span_mut(&mut expected, |s| *s = Span::new(s.start + PREFIX.len(), s.end + PREFIX.len()));
        let got = e.extract(&glued);
        check_spans(&glued, &got)?;
        prop_assert_eq!(got, expected);
    }
}

// ------------------------------------------------- Unicode form and tone style

/// A short article, new tone placement ("uỷ", "hoà", "Thuỷ"). My own text.
const ARTICLE_NEW_STYLE: &str = "\
Sáng 12/5/2024, tại Khánh Hoà, Thượng tướng Phan Văn Thuỷ, Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, \
làm việc với Ban Thường vụ Tỉnh uỷ Khánh Hoà.
Cùng dự có ông Trần Quốc Hoà, Phó Bí thư Thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh, và Đại tá Lê Thị Thuý, \
Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.
Hai bên thống nhất triển khai Nghị quyết số 24-NQ/TW trước ngày 30/6/2024.
Chiều cùng ngày, Thượng tướng Thuỷ thăm Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
";

/// The same article in the old tone placement ("ủy", "hòa", "Thủy").
fn old_style(text: &str) -> String {
    const SWAPS: &[(&str, &str)] = &[("uỷ", "ủy"), ("Uỷ", "Ủy"), ("oà", "òa"), ("uý", "úy")];
    SWAPS
        .iter()
        .fold(text.to_string(), |t, (new, old)| t.replace(new, old))
}

/// What an extraction found, without spans: names, ranks, positions, bodies,
/// dates, documents, signings; plus the normalized text under each span.
fn entities(text: &str, x: &Extraction) -> Vec<String> {
    let mut out = Vec::new();
    for o in &x.officials {
        out.push(format!("official {} {:?}", o.name, o.rank));
        for p in &o.positions {
            out.push(format!("  position {} former={}", p.phrase(), p.former));
        }
    }
    for o in &x.organizations {
        out.push(format!(
            "organization {} {:?} {:?} {:?}",
            o.name, o.kind, o.level, o.locality
        ));
    }
    out.extend(x.dates.iter().map(|d| format!("date {}", d.value)));
    out.extend(x.documents.iter().map(|d| format!("document {}", d.number)));
    out.extend(
        x.signings
            .iter()
            .map(|s| format!("signing {:?} {:?}", s.signatories, s.date)),
    );
    for (kind, s) in spans(x) {
        let under = s
            .slice(text)
            .map(vngov::normalized_text)
            .unwrap_or_default();
        out.push(format!("{kind} covers {under:?}"));
    }
    out
}

#[test]
fn unicode_form_and_tone_style_do_not_change_entities() {
    let new_nfc: String = ARTICLE_NEW_STYLE.nfc().collect();
    let old_nfc = old_style(&new_nfc);
    assert_ne!(new_nfc, old_nfc, "the two tone styles must really differ");
    let variants = [
        ("new style, NFC", new_nfc.clone()),
        ("new style, NFD", new_nfc.nfd().collect::<String>()),
        ("old style, NFC", old_nfc.clone()),
        ("old style, NFD", old_nfc.nfd().collect::<String>()),
    ];
    assert_ne!(variants[0].1, variants[1].1, "NFD must differ from NFC");
    let e = Extractor::builder()
        .published("2024-05-12")
        .expect("valid date")
        .build();
    let reference = entities(&variants[0].1, &e.extract(&variants[0].1));
    for (label, text) in &variants {
        let x = e.extract(text);
        check_spans(text, &x).unwrap_or_else(|err| panic!("{label}: {err}"));
        assert_eq!(
            entities(text, &x),
            reference,
            "{label} differs from new style, NFC"
        );
    }
    // Every variant normalizes to one text.
    let normalized: Vec<String> = variants
        .iter()
        .map(|(_, t)| vngov::normalized_text(t))
        .collect();
    assert!(
        normalized.windows(2).all(|w| w[0] == w[1]),
        "{normalized:#?}"
    );
}

/// Found by `normalized_text_is_idempotent`: a toned cluster glued to a
/// capital, a double-escaped reference followed by text, and characters NFC
/// turns into ones the cleaning step maps.
#[test]
fn once_non_idempotent_inputs() {
    for input in [
        "Tỉnh uỷChủ tịch",
        "hoàHội nghị",
        "&amp;amp;",
        "\u{2000}",
        "\u{2001}",
        "\u{1FEF}",
        "\u{1FFD}",
    ] {
        let once = vngov::normalized_text(input);
        assert_eq!(vngov::normalized_text(&once), once, "input {input:?}");
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<vngov::ExtractorBuilder>();
    assert_send_sync::<Extraction>();
    assert_send_sync::<vngov::Official>();
    assert_send_sync::<vngov::Organization>();
    assert_send_sync::<vngov::DateMention>();
    assert_send_sync::<vngov::Signing>();
    assert_send_sync::<vngov::DocumentRef>();
    assert_send_sync::<vngov::Error>();
}
