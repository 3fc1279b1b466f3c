//! HTML character references left in scraped text ("&nbsp;", "&#7889;", "&ocirc;").

/// Named references common in Vietnamese pages (Latin-1 letters used by
/// Vietnamese, punctuation and spaces).
const NAMED: &[(&str, char)] = &[
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Agrave", 'À'),
    ("Atilde", 'Ã'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Egrave", 'È'),
    ("Iacute", 'Í'),
    ("Igrave", 'Ì'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Ograve", 'Ò'),
    ("Otilde", 'Õ'),
    ("Uacute", 'Ú'),
    ("Ugrave", 'Ù'),
    ("Yacute", 'Ý'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("agrave", 'à'),
    ("amp", '&'),
    ("apos", '\''),
    ("atilde", 'ã'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("egrave", 'è'),
    ("gt", '>'),
    ("hellip", '…'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("laquo", '«'),
    ("ldquo", '“'),
    ("lsquo", '‘'),
    ("lt", '<'),
    ("mdash", '—'),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("ograve", 'ò'),
    ("otilde", 'õ'),
    ("quot", '"'),
    ("raquo", '»'),
    ("rdquo", '”'),
    ("rsquo", '’'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("yacute", 'ý'),
];

/// Decodes the reference at the start of `s`, returning the char and the
/// reference's length in bytes. An `&amp;` that would form another reference
/// with what follows is left alone, so normalization stays idempotent.
pub(super) fn decode_at(s: &str) -> Option<(char, usize)> {
    let (ch, len) = decode_one(s)?;
    if ch == '&' {
        // `decode_one` reads at most 11 bytes past the '&': look at no more
        // (copying the whole rest made a text of "&amp;"s quadratic).
        let rest = s.get(len..).unwrap_or("");
        let cut = (12..=rest.len())
            .find(|&k| rest.is_char_boundary(k))
            .unwrap_or(rest.len());
        if decode_one(&format!("&{}", rest.get(..cut).unwrap_or(rest))).is_some() {
            return None;
        }
    }
    Some((ch, len))
}

/// Whether all of `s` is one HTML reference that [`decode_at`] would decode
/// but for the double-escape rule ("&amp;", "&#7889;").
pub(super) fn is_reference(s: &str) -> bool {
    decode_one(s).is_some_and(|(_, len)| len == s.len())
}

fn decode_one(s: &str) -> Option<(char, usize)> {
    let rest = s.strip_prefix('&')?;
    let semi = rest.bytes().take(10).position(|b| b == b';')?;
    let body = &rest[..semi];
    let len = semi + 2;
    if let Some(num) = body.strip_prefix('#') {
        let value = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            num.parse::<u32>().ok()?
        };
        let ch = char::from_u32(value).filter(|c| *c != '\0')?;
        return Some((ch, len));
    }
    NAMED
        .iter()
        .find(|(name, _)| *name == body)
        .map(|&(_, ch)| (ch, len))
}

#[cfg(test)]
mod tests {
    use super::decode_at;

    #[test]
    fn decodes_named_and_numeric() {
        assert_eq!(decode_at("&nbsp;x"), Some(('\u{a0}', 6)));
        assert_eq!(decode_at("&#7889;"), Some(('ố', 7)));
        assert_eq!(decode_at("&#x1EDD;"), Some(('ờ', 8)));
        assert_eq!(decode_at("&ocirc;"), Some(('ô', 7)));
        assert_eq!(decode_at("&bogus;"), None);
        assert_eq!(decode_at("& x;"), None);
        assert_eq!(decode_at("&#0;"), None);
    }

    #[test]
    fn double_escaped_reference_is_left_for_idempotence() {
        assert_eq!(decode_at("&amp;lt;"), None);
        assert_eq!(decode_at("&amp; Co"), Some(('&', 5)));
    }
}
