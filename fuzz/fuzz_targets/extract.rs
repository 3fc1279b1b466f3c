//! Arbitrary bytes; when they are UTF-8, extraction must not panic and every
//! span must be non-empty, inside the text and on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vngov::{Extraction, Span};

fn spans(x: &Extraction) -> Vec<Span> {
    let mut out = Vec::new();
    for o in &x.officials {
        out.extend(&o.mentions);
        out.extend(o.positions.iter().map(|p| p.span));
    }
    for o in &x.organizations {
        out.extend(&o.mentions);
    }
    out.extend(x.dates.iter().map(|d| d.span));
    out.extend(x.signings.iter().map(|s| s.span));
    out.extend(x.documents.iter().map(|d| d.span));
    out.extend(x.warnings.iter().map(|w| w.span));
    out
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let x = vngov::extract(text);
    for s in spans(&x) {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(
            s.slice(text).is_some(),
            "span {s:?} outside the text or off char boundaries"
        );
    }
    let once = vngov::normalized_text(text);
    let _ = vngov::normalized_text(&once);
});
