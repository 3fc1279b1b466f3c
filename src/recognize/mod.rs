//! Recognizers: one per kind of mention, each working on the normalized text.
//!
//! They find *mentions* (a rank word, a title, a body, a capitalised name, a
//! date expression, a document number); the [`resolve`](crate::resolve)
//! stage links them into results.

pub(crate) mod bodies;
pub(crate) mod bytes;
pub(crate) mod dates;
pub(crate) mod documents;
pub(crate) mod encoding;
pub(crate) mod lists;
pub(crate) mod names;
pub(crate) mod titles;
pub(crate) mod tokens;

pub(crate) use tokens::{Doc, TokenKind};

/// [`char::is_alphabetic`], told without a table look-up for the letters
/// of Vietnamese (the normalizer's classes).
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    crate::normalize::alphabetic_upper(c).0
}

/// [`char::is_alphanumeric`], with [`is_alphabetic`]'s fast path.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || c.is_numeric()
}

/// The text before byte `pos`, at most `max` bytes of it (starting on a
/// char boundary); empty when `pos` is not a boundary of `text`.
pub(crate) fn text_before(text: &str, pos: usize, max: usize) -> &str {
    let mut from = pos.saturating_sub(max);
    while from < pos && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..pos).unwrap_or("")
}

/// The words of `s` joined by single spaces, as
/// `s.split_whitespace().collect::<Vec<_>>().join(" ")` makes them; `s` is
/// copied whole when it is so already (nearly always), with no list built.
pub(crate) fn join_words(s: &str) -> String {
    // Told from the bytes: no leading, trailing or double space, and no
    // other white space, whose UTF-8 starts with one of 0x09–0x0D, 0xC2
    // (U+0085, U+00A0), 0xE1 0x9A (U+1680), 0xE2 (U+2000–U+205F) or 0xE3
    // (U+3000); a Vietnamese letter may start with 0xE1, never 0xE1 0x9A.
    let bytes = s.as_bytes();
    let mut after_space = true;
    let mut single_spaced = true;
    for (k, &b) in bytes.iter().enumerate() {
        let bad = match b {
            b' ' => after_space,
            0x09..=0x0D | 0xC2 | 0xE2 | 0xE3 => true,
            0xE1 => bytes.get(k + 1) == Some(&0x9A),
            _ => false,
        };
        if bad {
            single_spaced = false;
            break;
        }
        after_space = b == b' ';
    }
    if single_spaced && !after_space {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{is_alphabetic, is_alphanumeric, join_words};

    #[test]
    fn the_letter_tests_agree_with_the_standard_ones() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn join_words_is_split_and_join() {
        for s in [
            "",
            " ",
            "a",
            "Ban Chỉ đạo",
            " Ban",
            "Ban ",
            "Ban  Chỉ",
            "Ban\nChỉ",
            "Ban\u{a0}Chỉ",
            "Ban \u{3000} Chỉ",
            "\tBan",
            "Ban\u{85}Chỉ",
            "Ban\u{1680}Chỉ",
            "Ban\u{2028}Chỉ",
            "Ban\u{205F}Chỉ",
            "Ban\u{3000}",
            "Ạ Ỹ Ban",
            "Ban\u{1c}Chỉ",
        ] {
            let expected = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(join_words(s), expected, "{s:?}");
        }
    }
}
