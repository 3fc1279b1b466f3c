//! Maps every span of an extraction from normalized bytes to the caller's text.

use crate::Span;
use crate::model::Extraction;
use crate::normalize::Normalized;

/// Rewrites every span in `x` (normalized coordinates) into original
/// coordinates, and records the abbreviation each body was written with
/// ("UBND" for "UBND tỉnh Lạng Sơn").
pub(crate) fn to_original(x: &mut Extraction, norm: &Normalized, original: &str) {
    let map = |s: &mut Span| *s = norm.to_original(s.start, s.end);
    for o in &mut x.officials {
        o.mentions.iter_mut().for_each(map);
        for p in &mut o.positions {
            map(&mut p.span);
        }
    }
    for o in &mut x.organizations {
        o.mentions.iter_mut().for_each(map);
        o.abbreviation = o
            .mentions
            .iter()
            .find_map(|m| abbreviation_of(original.get(m.start..m.end)?, &o.name));
    }
    for d in &mut x.dates {
        map(&mut d.span);
    }
    for s in &mut x.signings {
        map(&mut s.span);
        if let Some(d) = &mut s.document_ref {
            map(&mut d.span);
        }
    }
    for d in &mut x.documents {
        map(&mut d.span);
    }
    for w in &mut x.warnings {
        map(&mut w.span);
    }
}

/// The upper-case first word of a mention, when the canonical name spells it out.
fn abbreviation_of(mention: &str, name: &str) -> Option<String> {
    let first = mention.split_whitespace().next()?;
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let spelled_out = !name.split_whitespace().any(|w| w == first);
    (upper && spelled_out).then(|| first.to_string())
}

#[cfg(test)]
mod tests {
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
