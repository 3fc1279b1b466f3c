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
    // no leading, trailing or double space and no other white space
    let mut after_space = true;
    let single_spaced = s.chars().all(|c| {
        let ok = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace()
        };
        after_space = c == ' ';
        ok
    }) && !after_space;
    if single_spaced {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::join_words;

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
        ] {
            let expected = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(join_words(s), expected, "{s:?}");
        }
    }
}
