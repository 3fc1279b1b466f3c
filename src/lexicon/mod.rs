//! General facts about Vietnamese political language, as Rust statics:
//! titles, ranks, kinds of bodies, abbreviations, provinces, surnames,
//! honorifics. One file per category; entries are written NFC in old tone
//! style ("ủy", "hòa"); the automaton matches them case-insensitively on the
//! normalized text, except abbreviations, which match as written.
//!
//! Nothing here is about one article: no person's name, no sentence.

pub(crate) mod abbreviations;
pub(crate) mod bodies;
pub(crate) mod countries;
pub(crate) mod honorifics;
pub(crate) mod localities;
pub(crate) mod surnames;
pub(crate) mod titles;

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::model::{Level, Rank};

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

/// The compiled lexicon: one leftmost-longest automaton over every surface.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    automaton: AhoCorasick,
    /// For each automaton pattern, the terms that share its folded surface.
    terms: Vec<Vec<&'static Term>>,
}

impl Lexicon {
    /// Compiles every category into one automaton.
    pub fn compile() -> Lexicon {
        let mut patterns: Vec<String> = Vec::new();
        let mut terms: Vec<Vec<&'static Term>> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for term in all_terms() {
            let key = crate::normalize::fold_key(term.surface);
            if key.is_empty() {
                continue;
            }
            let slot = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                terms.push(Vec::new());
                terms.len() - 1
            });
            terms[slot].push(term);
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .unwrap_or_else(|_| {
                AhoCorasick::new(Vec::<String>::new()).expect("empty automaton builds")
            });
        Lexicon {
            inner: Arc::new(Inner { automaton, terms }),
        }
    }

    /// Leftmost-longest matches over folded text.
    pub fn find_iter<'h>(&'h self, folded: &'h str) -> impl Iterator<Item = LexMatch> + 'h {
        self.inner.automaton.find_iter(folded).map(|m| LexMatch {
            start: m.start(),
            end: m.end(),
            pattern: m.pattern().as_usize(),
        })
    }

    /// The longest term that `folded` (folded text) starts with, and its
    /// length in bytes.
    pub fn longest_prefix(&self, folded: &str) -> Option<(usize, &'static Term)> {
        let m = self.find_iter(folded).next().filter(|m| m.start == 0)?;
        self.terms(m.pattern).next().map(|t| (m.end, t))
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

/// A match of the automaton.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LexMatch {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
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
            let m = lexicon.find_iter(&folded).next();
            assert!(
                m.is_some_and(|m| m.start == 0 && m.end == folded.len()),
                "{} is not found as itself",
                term.surface
            );
        }
    }
}
