//! Tokens and lexicon hits over the normalized text.

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::{Lexicon, Term};
use crate::normalize::Normalized;

/// A word, number or punctuation mark of the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range in the normalized text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

/// Kinds of [`Token`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (maybe with digits, apostrophes or inner dots).
    Word,
    /// Digits only (maybe with inner dots or commas).
    Number,
    /// One punctuation mark.
    Punct,
    /// A line break: a paragraph or caption boundary.
    Newline,
}

/// A lexicon term found at a run of tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    /// First token of the match.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The term.
    pub term: &'static Term,
}

/// One article, tokenized, with its lexicon hits.
pub(crate) struct Doc<'a> {
    /// The normalized text and its map.
    pub norm: &'a Normalized,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Lexicon hits in text order, not overlapping, on token boundaries.
    pub hits: Vec<Hit>,
    /// For each token, the index of the hit starting at it, if any.
    pub hit_at: Vec<Option<u32>>,
}

impl<'a> Doc<'a> {
    /// Tokenizes `norm` and finds the lexicon's terms in it.
    pub fn new(norm: &'a Normalized, lexicon: &Lexicon) -> Doc<'a> {
        let text = norm.text.as_str();
        let mut tokens = Vec::with_capacity(text.len() / 4);
        for (i, w) in text.split_word_bound_indices() {
            let first = w.chars().next().unwrap_or(' ');
            let kind = if w.contains('\n') {
                TokenKind::Newline
            } else if first.is_whitespace() {
                continue;
            } else if w.chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else if w.chars().any(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
            if kind == TokenKind::Newline
                && tokens
                    .last()
                    .is_some_and(|t: &Token| t.kind == TokenKind::Newline)
            {
                continue;
            }
            tokens.push(Token {
                start: i,
                end: i + w.len(),
                kind,
            });
        }
        let mut hits = Vec::new();
        let mut hit_at = vec![None; tokens.len()];
        for m in lexicon.find_iter(&norm.folded) {
            let Some(first) = token_starting_at(&tokens, m.start) else {
                continue;
            };
            let Some(last) = token_ending_at(&tokens, first, m.end) else {
                continue;
            };
            for term in lexicon.terms(m.pattern) {
                if term.case_sensitive && &text[m.start..m.end] != term.surface {
                    continue;
                }
                hit_at[first] = Some(hits.len() as u32);
                hits.push(Hit {
                    first,
                    last: last + 1,
                    term,
                });
                break;
            }
        }
        Doc {
            norm,
            tokens,
            hits,
            hit_at,
        }
    }

    /// The normalized text of a token.
    pub fn text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm.text[t.start..t.end]
    }

    /// The folded (lower-case) text of a token.
    pub fn folded(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm.folded[t.start..t.end]
    }

    /// The normalized text from token `a` to token `b` (exclusive).
    pub fn slice(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        &self.norm.text[self.tokens[a].start..self.tokens[b - 1].end]
    }

    /// The hit starting at token `i`.
    pub fn hit(&self, i: usize) -> Option<&Hit> {
        self.hit_at
            .get(i)
            .copied()
            .flatten()
            .map(|h| &self.hits[h as usize])
    }
}

fn token_starting_at(tokens: &[Token], start: usize) -> Option<usize> {
    tokens.binary_search_by_key(&start, |t| t.start).ok()
}

fn token_ending_at(tokens: &[Token], from: usize, end: usize) -> Option<usize> {
    let mut i = from;
    while i < tokens.len() && tokens[i].end < end {
        i += 1;
    }
    (i < tokens.len() && tokens[i].end == end).then_some(i)
}
