//! Inputs found by fuzzing (`fuzz/`), each kept as a test through the public
//! API: extraction must not panic, every span must be a non-empty slice of
//! the text on char boundaries, and the JSON form must read back.

use vngov::{Extraction, SpanKind};

/// The invariants the `extract` fuzz target checks.
fn check(text: &str) -> Extraction {
    let x = vngov::extract(text);
    for (kind, span) in x.spans() {
        assert!(
            !span.is_empty(),
            "empty {} span {span:?} in {text:?}",
            kind.name()
        );
        assert!(
            span.slice(text).is_some(),
            "{} span {span:?} is not a slice of {text:?}",
            kind.name()
        );
        if let SpanKind::Position(i, j) = kind {
            assert!(j < x.officials[i].positions.len());
        }
    }
    let json = serde_json::to_string(&x).expect("serializes");
    let back: Extraction = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, x);
    x
}

/// Found by `cargo fuzz run extract` (minimized from 274 bytes): a comma as
/// the very first token before a name made the look-back for a rank in
/// `resolve/people.rs` compute `j - 1` with `j == 0`, an arithmetic
/// overflow (a panic in debug builds, a wrapped index in release).
#[test]
fn leading_comma_before_a_name_does_not_overflow() {
    check(",Lê M");
    check(", Thiếu tướng Nguyễn Văn An phát biểu.");
    let x = check(",Đại tá Trần Văn Bình, Chỉ huy trưởng, phát biểu.");
    assert_eq!(
        x.officials.first().map(|o| o.name.as_str()),
        Some("Trần Văn Bình")
    );
}
