//! `DocumentRef::from_str` on arbitrary strings: never panics; what it
//! accepts has a non-empty number that parses again to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vngov::DocumentRef;

fuzz_target!(|s: &str| {
    if let Ok(d) = s.parse::<DocumentRef>() {
        assert!(!d.number.is_empty(), "accepted {s:?} with an empty number");
        let again: DocumentRef = d.number.parse().expect("a parsed number parses again");
        assert_eq!(again.number, d.number);
    }
});
