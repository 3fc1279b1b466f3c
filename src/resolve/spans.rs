//! Maps every span of an extraction from normalized bytes to the caller's text.

use crate::Span;
use crate::model::Extraction;
use crate::normalize::Normalized;

/// Rewrites every span in `x` (normalized coordinates) into original
/// coordinates, and records the abbreviation each body was written with
/// ("UBND" for "UBND tỉnh Lạng Sơn").
pub(crate) fn to_original(x: &mut Extraction, norm: &Normalized, original: &str) {
    // spans of a kind mostly come in text order: each search of the offset
    // map starts where the last span's did (see `to_original_from`)
    let mut hint = 0;
    for_each_span(x, |s| *s = norm.to_original_from(s.start, s.end, &mut hint));
    for o in &mut x.organizations {
        o.abbreviation = o
            .mentions
            .iter()
            .find_map(|m| abbreviation_of(original.get(m.start..m.end)?, &o.name));
    }
}

/// Appends the items of `x`, a piece of a text that starts `by` bytes into
/// it, to `into`, the extraction of the text so far, with every span of
/// `x` moved `by` bytes on.
pub(crate) fn append_shifted(into: &mut Extraction, mut x: Extraction, by: usize) {
    for_each_span(&mut x, |s| *s = Span::new(s.start + by, s.end + by));
    into.officials.append(&mut x.officials);
    into.organizations.append(&mut x.organizations);
    into.dates.append(&mut x.dates);
    into.signings.append(&mut x.signings);
    into.documents.append(&mut x.documents);
    into.warnings.append(&mut x.warnings);
}

/// Calls `f` on every span of `x`.
fn for_each_span(x: &mut Extraction, mut f: impl FnMut(&mut Span)) {
    for o in &mut x.officials {
        o.mentions.iter_mut().for_each(&mut f);
        for p in &mut o.positions {
            f(&mut p.span);
        }
    }
    for o in &mut x.organizations {
        o.mentions.iter_mut().for_each(&mut f);
    }
    for d in &mut x.dates {
        f(&mut d.span);
    }
    for s in &mut x.signings {
        f(&mut s.span);
        if let Some(d) = &mut s.document_ref {
            f(&mut d.span);
        }
    }
    for d in &mut x.documents {
        f(&mut d.span);
    }
    for w in &mut x.warnings {
        f(&mut w.span);
    }
}

/// The upper-case first word of a mention, when the canonical name spells it out.
///
/// The letters are counted, not collected: the first one that is not upper
/// case ends the test (most mentions start with a capitalised word, whose
/// second letter is lower case), and the name is searched only for a word
/// of two capitals or more, as when the letters were collected first.
fn abbreviation_of(mention: &str, name: &str) -> Option<String> {
    let first = mention.split_whitespace().next()?;
    let mut letters = 0usize;
    for c in first.chars() {
        if c.is_ascii_lowercase() {
            return None;
        }
        match crate::normalize::alphabetic_upper(c) {
            (true, false) => return None,
            (true, true) => letters += 1,
            (false, _) => {}
        }
    }
    if letters < 2 {
        return None;
    }
    let spelled_out = !name.split_whitespace().any(|w| w == first);
    spelled_out.then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::abbreviation_of;

    /// The letters collected, as [`abbreviation_of`] did before it counted them.
    fn abbreviation_by_collecting(mention: &str, name: &str) -> Option<String> {
        let first = mention.split_whitespace().next()?;
        let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
        let upper = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        let spelled_out = !name.split_whitespace().any(|w| w == first);
        (upper && spelled_out).then(|| first.to_string())
    }

    #[test]
    fn counting_the_letters_finds_what_collecting_them_did() {
        let words = [
            "",
            " ",
            "UBND",
            "Ủy",
            "ỦY",
            "HĐND",
            "Đ",
            "ĐB",
            "A1",
            "A-B",
            "12/QĐ-UBND",
            "QĐ",
            "Ab",
            "aB",
            "ǅZ",
            "ᾼΣ",
            "ΣΣ",
            "Ⅻ",
            "ⅫA",
            "ÀÉ",
            "Àé",
            "ß",
            "\u{2000}UB",
        ];
        let names = ["", "Ủy ban nhân dân", "UBND tỉnh", "QĐ ĐB", "a A-B"];
        for a in words {
            for b in words {
                let mention = format!("{a}{b} x");
                for name in names {
                    assert_eq!(
                        abbreviation_of(&mention, name),
                        abbreviation_by_collecting(&mention, name),
                        "{mention:?} {name:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn bodies_written_abbreviated_keep_their_abbreviation() {
        let x = crate::extract(
            "Chủ tịch UBND tỉnh Lạng Sơn Lê Văn Hai phát biểu tại Tỉnh ủy Lạng Sơn.",
        );
        let ubnd = x
            .organizations
            .iter()
            .find(|o| o.name == "Ủy ban nhân dân tỉnh Lạng Sơn");
        assert_eq!(ubnd.and_then(|o| o.abbreviation.as_deref()), Some("UBND"));
        let tu = x
            .organizations
            .iter()
            .find(|o| o.name == "Tỉnh ủy Lạng Sơn");
        assert_eq!(tu.map(|o| o.abbreviation.is_none()), Some(true));
    }
}
