//! Properties of document numbers: generated numbers round-trip through
//! `parse` and through extraction from filler text; `from_str` is total.

use proptest::prelude::*;
use vngov::DocumentRef;

const TYPES: &[&str] = &[
    "QĐ", "NQ", "NĐ", "CT", "TT", "KL", "HD", "TB", "KH", "QĐi", "TTLT", "CĐ", "TTr",
];
const ISSUERS: &[&str] = &[
    "TTg", "CP", "TW", "BQP", "BCA", "UBND", "HĐND", "VPTU", "TU", "BNV-BTC", "BGDĐT", "QUTW",
];
const WORDS: &[&str] = &[
    "Quyết định",
    "Nghị quyết",
    "Nghị định",
    "Chỉ thị",
    "Thông tư",
    "Kết luận",
    "Quy định",
    "Kế hoạch",
];

/// A number and the parts it was built from.
#[derive(Clone, Debug)]
struct Gen {
    number: String,
    year: Option<i32>,
    issuer: String,
}

fn number() -> impl Strategy<Value = Gen> {
    (
        "0?[1-9][0-9]{0,3}",
        prop::option::of(1990i32..2031),
        prop::sample::select(TYPES),
        prop::sample::select(ISSUERS),
        any::<bool>(),
    )
        .prop_map(|(n, year, ty, issuer, party)| {
            let number = match (party, year) {
                (true, _) => format!("{n}-{ty}/{issuer}"),
                (false, Some(y)) => format!("{n}/{y}/{ty}-{issuer}"),
                (false, None) => format!("{n}/{ty}-{issuer}"),
            };
            let year = if party { None } else { year };
            Gen {
                number,
                year,
                issuer: issuer.to_string(),
            }
        })
}

proptest! {
    #[test]
    fn generated_numbers_parse_back(g in number()) {
        let d: DocumentRef = g.number.parse().expect("a generated number parses");
        prop_assert_eq!(&d.number, &g.number);
        prop_assert_eq!(d.year, g.year);
        prop_assert_eq!(d.issuer.as_deref(), Some(g.issuer.as_str()));
        prop_assert!(d.kind.is_some());
        let with_so: DocumentRef = format!("số {}", g.number).parse().expect("\"số\" is allowed");
        prop_assert_eq!(with_so.number, g.number);
    }

    #[test]
    fn generated_numbers_are_extracted_from_filler(
        g in number(),
        word in prop::sample::select(WORDS),
        so in any::<bool>(),
        before in "[a-zà-ỹ ]{0,40}",
        after in "[a-zà-ỹ ,.]{0,40}",
    ) {
        let so = if so { "số " } else { "" };
        let text = format!("Hôm nay {before} theo {word} {so}{} ngày 5/3/2024 {after}.", g.number);
        let x = vngov::extract(&text);
        prop_assert_eq!(x.documents.len(), 1, "{}: {:?}", text, x.documents);
        let d = &x.documents[0];
        prop_assert_eq!(&d.number, &g.number);
        prop_assert_eq!(&text[d.span.start..d.span.end], g.number.as_str());
        prop_assert_eq!(d.year, g.year);
    }

    #[test]
    fn from_str_never_panics(s in "\\PC{0,40}") {
        let _ = s.parse::<DocumentRef>();
    }

    #[test]
    fn from_str_never_panics_on_number_like_text(s in "[0-9 /.\\-số:QĐNTWCPgiđ]{0,30}") {
        if let Ok(d) = s.parse::<DocumentRef>() {
            prop_assert!(!d.number.is_empty());
            prop_assert!(!d.number.contains(' '));
        }
    }
}
