//! General facts about Vietnamese political language, as Rust statics:
//! titles, ranks, kinds of bodies, abbreviations, provinces, surnames,
//! honorifics. One file per category; entries are written NFC in old tone
//! style ("ủy", "hòa"); they are looked up case-insensitively in the
//! normalized text (word by word at each token, or byte by byte in a
//! phrase), and a few (abbreviations, short country names) are then kept
//! only as written.
//!
//! Nothing here is about one article: no person's name, no sentence.

pub(crate) mod abbreviations;
pub(crate) mod bodies;
pub(crate) mod countries;
pub(crate) mod honorifics;
pub(crate) mod localities;
pub(crate) mod surnames;
pub(crate) mod titles;
mod trie;
mod vocabulary;

use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Level, Rank};
use trie::Trie;
use vocabulary::Vocabulary;

pub(crate) use bodies::BodyDef;
pub(crate) use localities::Province;
pub(crate) use titles::TitleDef;

/// What a lexicon surface stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Class {
    /// A military or police rank word.
    Rank(Rank),
    /// A position title head ("Bí thư", "Chủ tịch nước", "Tư lệnh").
    Title(&'static TitleDef),
    /// A kind of body, or a named body ("Tỉnh ủy", "Bộ Quốc phòng").
    Body(&'static BodyDef),
    /// A word that introduces a person ("đồng chí", "ông", "bà").
    Honorific,
    /// An academic or honorary title written before a name ("PGS", "TS").
    Honor(&'static str),
    /// A province or centrally-run city.
    Province(&'static Province),
    /// A level word ("tỉnh", "huyện", "xã").
    LevelWord(Level),
    /// A foreign country.
    Country,
}

/// One surface of the lexicon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    /// The surface as written in canonical form.
    pub surface: &'static str,
    /// Match only in this exact case (abbreviations, names).
    pub case_sensitive: bool,
    /// What it stands for.
    pub class: Class,
}

/// The compiled lexicon: every surface, folded, in a trie of words (for the
/// tokens of an article) and in a trie of bytes (for a phrase).
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// The folded surfaces, one per pattern number.
    keys: Vec<String>,
    /// For each pattern, the terms that share its folded surface.
    terms: Vec<Vec<&'static Term>>,
    /// The patterns byte by byte, for phrases.
    bytes: Trie<u8>,
    /// The words the patterns are made of.
    vocabulary: Vocabulary,
    /// The patterns word by word, for the tokens of an article: a word
    /// sequence's number is its place in `spellings`.
    words: Trie<u32>,
    /// The words a pattern begins with, numbered as in `vocabulary`: a
    /// table a few times smaller, asked at every token.
    first_words: Vocabulary,
    /// For each word sequence, the patterns spelled with it (they differ in
    /// their spaces: "a-b" and "a - b").
    spellings: Vec<Vec<usize>>,
}

/// The word tokens of a folded surface: its segments at Unicode word
/// boundaries, spaces left out, as the tokenizer splits an article.
fn surface_words(key: &str) -> impl Iterator<Item = &str> {
    key.split_word_bounds()
        .filter(|w| !w.chars().all(char::is_whitespace))
}

impl Lexicon {
    /// Compiles every category into one trie of bytes and one of words.
    pub fn compile() -> Lexicon {
        let mut keys: Vec<String> = Vec::new();
        let mut terms: Vec<Vec<&'static Term>> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for term in all_terms() {
            let key = crate::normalize::fold_key(term.surface);
            if key.is_empty() {
                continue;
            }
            let slot = *index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                terms.push(Vec::new());
                terms.len() - 1
            });
            terms[slot].push(term);
        }
        let bytes = Trie::new(keys.iter().map(String::as_bytes), 256);
        let vocabulary = Vocabulary::new(keys.iter().flat_map(|k| surface_words(k)));
        let mut sequences: Vec<Vec<u32>> = Vec::new();
        let mut spellings: Vec<Vec<usize>> = Vec::new();
        let mut numbered: std::collections::HashMap<Vec<u32>, usize> =
            std::collections::HashMap::new();
        for (pattern, key) in keys.iter().enumerate() {
            let sequence: Vec<u32> = surface_words(key)
                .filter_map(|w| vocabulary.get(w.as_bytes()))
                .collect();
            let n = *numbered.entry(sequence.clone()).or_insert_with(|| {
                sequences.push(sequence);
                spellings.push(Vec::new());
                spellings.len() - 1
            });
            spellings[n].push(pattern);
        }
        let words = Trie::new(sequences.iter().map(Vec::as_slice), vocabulary.len());
        let first_words = vocabulary.subset(|id| words.first(id).is_some());
        Lexicon {
            inner: Arc::new(Inner {
                keys,
                terms,
                bytes,
                vocabulary,
                words,
                first_words,
                spellings,
            }),
        }
    }

    /// The longest term that `folded` (folded text) starts with, and its
    /// length in bytes (it may end inside a word).
    pub fn longest_prefix(&self, folded: &str) -> Option<(usize, &'static Term)> {
        let (len, pattern) = self.inner.bytes.longest_prefix(folded.as_bytes())?;
        self.terms(pattern).next().map(|t| (len, t))
    }

    /// The number of the lexicon word spelled `folded[start..end]`, if it
    /// is a word of some surface.
    #[inline]
    pub fn word(&self, folded: &str, start: usize, end: usize) -> Option<u32> {
        self.inner.vocabulary.get_in(folded.as_bytes(), start, end)
    }

    /// [`Lexicon::word`] for a word some term begins with; `None` for any
    /// other. Asked at every token of an article, from a table that holds
    /// only those words.
    #[inline]
    pub fn first_word(&self, folded: &str, start: usize, end: usize) -> Option<u32> {
        self.inner.first_words.get_in(folded.as_bytes(), start, end)
    }

    /// The longest pattern that starts at the first of `tokens` (byte
    /// ranges of a folded text, in order, no two overlapping) and ends at
    /// the end of one of them: how many tokens it takes, and its number.
    /// The tokens are looked up word by word (a token in no surface ends
    /// the walk), and a pattern is taken only when the text from the first
    /// token to its last is the surface byte for byte (the spaces between
    /// the words included).
    pub fn longest_at_token(
        &self,
        folded: &str,
        tokens: impl IntoIterator<Item = (usize, usize)>,
    ) -> Option<(usize, usize)> {
        let mut tokens = tokens.into_iter();
        let (start, end) = tokens.next()?;
        let first = self.first_word(folded, start, end)?;
        self.longest_from_word(folded, (start, end, first), tokens)
    }

    /// [`Lexicon::longest_at_token`] where the first token's word was found
    /// already ([`Lexicon::first_word`]): the next tokens are looked up
    /// only as far as the walk goes.
    #[inline]
    pub fn longest_from_word(
        &self,
        folded: &str,
        (start, mut end, first): (usize, usize, u32),
        next: impl IntoIterator<Item = (usize, usize)>,
    ) -> Option<(usize, usize)> {
        let inner = &*self.inner;
        let bytes = folded.as_bytes();
        let mut tokens = next.into_iter();
        let mut node = inner.words.first(first)?;
        let mut best = None;
        let mut taken = 1;
        loop {
            if let Some(n) = inner.words.pattern(node)
                && let Some(text) = bytes.get(start..end)
                && let Some(&p) = inner.spellings.get(n).and_then(|s| {
                    s.iter()
                        .find(|&&p| inner.keys.get(p).map(String::as_bytes) == Some(text))
                })
            {
                best = Some((taken, p));
            }
            let Some(next) = tokens.next().and_then(|(s, e)| {
                end = e;
                inner.words.next(node, self.word(folded, s, e)?)
            }) else {
                break;
            };
            node = next;
            taken += 1;
        }
        best
    }

    /// The terms of a pattern, in lexicon order.
    pub fn terms(&self, pattern: usize) -> impl Iterator<Item = &'static Term> + '_ {
        self.inner.terms.get(pattern).into_iter().flatten().copied()
    }
}

/// Every surface form the lexicon matches, each once, in lexicon order.
///
/// The vocabulary vngov recognizes on its own (ranks, titles, kinds of
/// bodies, honorifics, provinces, level words, countries): general terms,
/// no names. Useful to build a gazetteer of your own, or to measure the
/// cost of one Aho–Corasick pass over the same vocabulary.
///
/// ```
/// let terms: Vec<&str> = vngov::lexicon_terms().collect();
/// assert!(terms.contains(&"Thiếu tướng"));
/// assert!(terms.contains(&"Bộ Quốc phòng"));
/// assert!(terms.len() > 500);
/// ```
pub fn lexicon_terms() -> impl Iterator<Item = &'static str> {
    let mut seen = std::collections::HashSet::new();
    all_terms()
        .iter()
        .map(|t| t.surface)
        .filter(move |s| seen.insert(*s))
}

/// Every term of every category, built once.
fn all_terms() -> &'static [Term] {
    use once_cell::sync::Lazy;
    static TERMS: Lazy<Vec<Term>> = Lazy::new(build_terms);
    &TERMS
}

fn build_terms() -> Vec<Term> {
    let mut out = Vec::new();
    let plain = |surface: &'static str, class: Class| Term {
        surface,
        case_sensitive: false,
        class,
    };
    for &rank in Rank::ALL {
        out.push(plain(rank.vietnamese(), Class::Rank(rank)));
    }
    for t in titles::TITLES {
        for s in t.surfaces() {
            out.push(plain(s, Class::Title(t)));
        }
    }
    for b in bodies::BODIES {
        for s in b.surfaces() {
            out.push(plain(s, Class::Body(b)));
        }
    }
    for &h in honorifics::HONORIFICS {
        out.push(plain(h, Class::Honorific));
    }
    for &(abbr, expansion) in honorifics::HONORS {
        out.push(Term {
            surface: abbr,
            case_sensitive: true,
            class: Class::Honor(expansion),
        });
    }
    for p in localities::PROVINCES {
        out.push(Term {
            surface: p.name,
            case_sensitive: false,
            class: Class::Province(p),
        });
        for &alias in p.aliases {
            out.push(Term {
                surface: alias,
                case_sensitive: false,
                class: Class::Province(p),
            });
        }
    }
    for &(word, level) in localities::LEVEL_WORDS {
        out.push(plain(word, Class::LevelWord(level)));
    }
    for &c in countries::COUNTRIES {
        out.push(Term {
            surface: c,
            case_sensitive: false,
            class: Class::Country,
        });
    }
    // short country names that are also common words or given names match
    // only as written, capitalised ("Thủ tướng Nga", not "biện pháp")
    for &c in countries::CASED_COUNTRIES {
        out.push(Term {
            surface: c,
            case_sensitive: true,
            class: Class::Country,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize_str;

    /// The word tokens of `s` with their byte ranges.
    fn ranges(s: &str) -> Vec<(usize, usize)> {
        s.split_word_bound_indices()
            .filter(|(_, w)| !w.chars().all(char::is_whitespace))
            .map(|(i, w)| (i, i + w.len()))
            .collect()
    }

    #[test]
    fn a_term_is_found_at_its_first_token_and_ends_at_a_token_end() {
        let lexicon = Lexicon::compile();
        for key in &lexicon.inner.keys {
            let text = format!("{key} và");
            let tokens = ranges(&text);
            let words = ranges(key).len();
            let (taken, pattern) = lexicon
                .longest_at_token(&text, tokens.iter().copied())
                .unwrap_or_else(|| panic!("{key} is not found"));
            assert_eq!(taken, words, "{key}");
            assert_eq!(&lexicon.inner.keys[pattern], key);
            // glued to a letter, the last word is another word: a shorter
            // term may be found, never this one
            let glued = format!("{key}x");
            let found = lexicon.longest_at_token(&glued, ranges(&glued));
            assert!(found.is_none_or(|(taken, _)| taken < words), "{glued}");
        }
    }

    #[test]
    fn a_term_is_matched_with_its_spaces_as_written() {
        let lexicon = Lexicon::compile();
        let at = |s: &str| {
            lexicon
                .longest_at_token(s, ranges(s))
                .map(|(taken, p)| (taken, lexicon.inner.keys[p].as_str()))
        };
        assert_eq!(at("ủy ban nhân dân xã"), Some((4, "ủy ban nhân dân")));
        // the same words, spaced otherwise: the words match, the bytes do not
        assert_ne!(at("ủy ban nhân  dân xã"), Some((4, "ủy ban nhân dân")));
        assert_eq!(at("và ủy ban"), None);
        // two spellings of one sequence of words are two patterns
        assert_eq!(at("bà rịa-vũng tàu"), Some((5, "bà rịa-vũng tàu")));
        assert_eq!(at("bà rịa - vũng tàu"), Some((5, "bà rịa - vũng tàu")));
    }

    #[test]
    fn every_surface_is_canonical_and_found_alone() {
        let lexicon = Lexicon::compile();
        for term in all_terms() {
            assert_eq!(
                normalize_str(term.surface),
                term.surface,
                "not canonical: {}",
                term.surface
            );
            let folded = crate::normalize::normalize(term.surface).folded;
            let m = lexicon.longest_prefix(&folded);
            assert!(
                m.is_some_and(|(len, _)| len == folded.len()),
                "{} is not found as itself",
                term.surface
            );
        }
    }
}
