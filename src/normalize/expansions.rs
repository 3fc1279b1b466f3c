//! The abbreviations of [`crate::lexicon::abbreviations`] as normalization
//! looks them up: in an open-addressing table under a fixed hash, each with
//! its expansion already folded.
//!
//! A fixed hash is safe here: the table is built from the static list, not
//! from the input, and a look-up stops at the first empty slot, so it never
//! probes more slots than the longest run of full ones (the table is at
//! least four times as large as the list).

use once_cell::sync::Lazy;

use crate::lexicon::abbreviations::ABBREVIATIONS;

/// An abbreviation's expansion, as written and folded ([`super::push_folded`]).
pub(super) struct Expansion {
    pub text: &'static str,
    pub folded: String,
}

/// The slots: a power of two of them, each empty or an abbreviation with
/// its expansion.
static TABLE: Lazy<Vec<Option<(&'static str, Expansion)>>> = Lazy::new(|| {
    let size = (ABBREVIATIONS.len() * 4).next_power_of_two();
    let mut slots: Vec<Option<(&'static str, Expansion)>> = (0..size).map(|_| None).collect();
    for &(abbreviation, text) in ABBREVIATIONS {
        let mut k = hash(abbreviation.as_bytes()) & (size - 1);
        loop {
            match slots.get(k) {
                // the first entry wins, as a scan of the list would
                Some(Some((key, _))) if *key == abbreviation => break,
                Some(Some(_)) => k = (k + 1) & (size - 1),
                _ => {
                    let mut folded = String::with_capacity(text.len());
                    super::push_folded(&mut folded, text);
                    if let Some(slot) = slots.get_mut(k) {
                        *slot = Some((abbreviation, Expansion { text, folded }));
                    }
                    break;
                }
            }
        }
    }
    slots
});

/// FNV-1a of `bytes`.
fn hash(bytes: &[u8]) -> usize {
    let mut h: u32 = 0x811C_9DC5;
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h as usize
}

/// The expansion of `word` if it is a known abbreviation (the first entry
/// of the list when it has two).
pub(super) fn expand(word: &str) -> Option<&'static Expansion> {
    let slots = &*TABLE;
    let mask = slots.len() - 1;
    let mut k = hash(word.as_bytes()) & mask;
    // at most every slot once (there is always an empty one)
    for _ in 0..slots.len() {
        match slots.get(k)? {
            Some((key, expansion)) if *key == word => return Some(expansion),
            Some(_) => k = (k + 1) & mask,
            None => return None,
        }
    }
    None
}

/// Builds the table now rather than on first use.
pub(super) fn prepare() {
    expand("");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_expands_as_the_lexicon_does() {
        let mut words: Vec<String> = ABBREVIATIONS.iter().map(|(a, _)| a.to_string()).collect();
        for (a, _) in ABBREVIATIONS {
            words.push(format!("{a}."));
            words.push(format!("x{a}"));
            words.push(a.to_lowercase());
            words.push(a.chars().skip(1).collect());
        }
        words.extend(["", "U", "UBNDX", "TPHCMX", "ĐƯ", "H", "Q"].map(String::from));
        for w in &words {
            let found = expand(w);
            // the first entry of the list wins, as a scan of it would
            let first = ABBREVIATIONS.iter().find(|(a, _)| a == w);
            assert_eq!(found.map(|e| e.text), first.map(|&(_, e)| e), "{w:?}");
            if let Some(e) = found {
                let mut folded = String::new();
                crate::normalize::push_folded(&mut folded, e.text);
                assert_eq!(e.folded, folded, "{w:?}");
            }
        }
    }
}
