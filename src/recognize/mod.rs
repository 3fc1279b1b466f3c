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
