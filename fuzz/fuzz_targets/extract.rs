//! Arbitrary bytes; when they are UTF-8, extraction must not panic and every
//! span listed by `Extraction::spans` must be non-empty, inside the text, on
//! char boundaries, and point at an item that exists. The JSON form must
//! read back to the same extraction.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vngov::{Extraction, SpanKind};

fn item_exists(x: &Extraction, kind: SpanKind) -> bool {
    match kind {
        SpanKind::Official(i) => i < x.officials.len(),
        SpanKind::Position(i, j) => x.officials.get(i).is_some_and(|o| j < o.positions.len()),
        SpanKind::Organization(i) => i < x.organizations.len(),
        SpanKind::Date(i) => i < x.dates.len(),
        SpanKind::Signing(i) => i < x.signings.len(),
        SpanKind::Document(i) => i < x.documents.len(),
        SpanKind::Warning(i) => i < x.warnings.len(),
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let x = vngov::extract(text);
    for (kind, s) in x.spans() {
        assert!(s.start < s.end, "empty {} span {s:?}", kind.name());
        assert!(
            s.slice(text).is_some(),
            "{} span {s:?} outside the text or off char boundaries",
            kind.name()
        );
        assert!(item_exists(&x, kind), "{kind:?} names no item");
    }
    let json = serde_json::to_string(&x).expect("an extraction serializes");
    let back: Extraction = serde_json::from_str(&json).expect("its JSON reads back");
    assert_eq!(back, x, "JSON round trip");
    let once = vngov::normalized_text(text);
    let _ = vngov::normalized_text(&once);
});
