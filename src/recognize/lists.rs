//! Bodies that share one head written once for a list of names: "các Sở:
//! Xây dựng, Tư pháp và Nội vụ" names "Sở Xây dựng", "Sở Tư pháp" and "Sở
//! Nội vụ"; "các Bộ Quốc phòng, Công an" names two ministries.

use super::Doc;
use super::bodies::{BodyPhrase, adjacent, is_capitalized, lexicon_body_after, starts_person_name};
use super::tokens::TokenKind;
use crate::lexicon::Class;
use crate::lexicon::bodies::{BodyDef, Shape};

/// Most words in one name of the list.
const MAX_NAME_WORDS: usize = 8;

/// Lower-case words that end a name of the list (a verb or a preposition
/// after its last item: "các Bộ Quốc phòng, Công an phối hợp …").
const ENDS_NAME: &[&str] = &[
    "và", "với", "tại", "trong", "cho", "của", "để", "đã", "đang", "sẽ", "cùng", "phối", "chủ",
    "có", "là", "được", "theo", "về", "từ", "đến", "nghiên", "thực", "tham", "báo", "triển",
    "kiểm", "đề",
];

/// The bodies of every list in `doc` whose head is a generic body
/// ("Sở", "Bộ", "Ban") written after "các" and followed by two names or more.
#[cfg(test)]
pub(crate) fn find(doc: &Doc<'_>) -> Vec<BodyPhrase> {
    find_at(doc, 0..doc.tokens.len())
}

/// [`find`] with the tokens a list's head may be at given, in increasing
/// order: they must hold every word token where a body's hit starts (the
/// others are passed over), as the people's scan gathers them without a
/// pass over every token.
pub(crate) fn find_at(doc: &Doc<'_>, heads: impl Iterator<Item = usize>) -> Vec<BodyPhrase> {
    let mut out = Vec::new();
    for i in heads.filter(|&i| i >= 1) {
        let Some(h) = doc.hit(i) else { continue };
        let Class::Body(head) = h.term.class else {
            continue;
        };
        if !is_capitalized(doc, i) || doc.folded(i - 1) != "các" {
            continue;
        }
        // "các Bộ Quốc phòng, Công an": the first name written with the head
        // in the lexicon's own body; the head word alone is the generic one
        let head = if h.last == i + 1 {
            head
        } else {
            match doc.lexicon.longest_prefix(doc.folded(i)) {
                Some((_, t)) => match t.class {
                    Class::Body(generic) => generic,
                    _ => continue,
                },
                None => continue,
            }
        };
        if head.shape != Shape::Generic {
            continue;
        }
        let names = names_after(doc, head, i);
        if names.len() >= 2 {
            out.extend(names);
        }
    }
    out
}

/// The names after the head at `head_at`, each as a body phrase.
fn names_after(doc: &Doc<'_>, head: &'static BodyDef, head_at: usize) -> Vec<BodyPhrase> {
    let mut out = Vec::new();
    let mut j = head_at + 1;
    if doc.tokens.get(j).is_some_and(|_| doc.text(j) == ":") {
        j += 1;
    }
    let mut last_item = false;
    while let Some((end, def)) = name_at(doc, head, head_at, j) {
        let complete = def.shape != Shape::Generic || end > j;
        out.push(BodyPhrase {
            complete,
            skip: (j > head_at + 1).then_some((head_at + 1, j)),
            ..BodyPhrase::of_head(head_at, end, def)
        });
        if last_item || end >= doc.tokens.len() {
            break;
        }
        match (doc.tokens[end].kind(), doc.folded(end)) {
            (TokenKind::Punct, ",") => j = end + 1,
            (TokenKind::Word, "và") => {
                j = end + 1;
                last_item = true;
            }
            _ => break,
        }
    }
    out
}

/// The name of the list starting at token `j` ("Xây dựng", "Kế hoạch và Đầu
/// tư"): one past its last token, and the body the head and the name make
/// when the lexicon knows it ("Sở Tư pháp"), else the head.
fn name_at(
    doc: &Doc<'_>,
    head: &'static BodyDef,
    head_at: usize,
    j: usize,
) -> Option<(usize, &'static BodyDef)> {
    if !is_capitalized(doc, j) || !adjacent(doc, j - 1, j) || starts_person_name(doc, j) {
        return None;
    }
    // the body of the lexicon the head and the words after `j` make
    if let Some((def, end)) = lexicon_body_after(doc, doc.folded(head_at), j, MAX_NAME_WORDS * 2) {
        if def.shape != Shape::Generic {
            return Some((end, def));
        }
    }
    // Not a body the lexicon knows: capitalised words, and lower-case ones
    // after them up to a word that ends the name ("Giao thông vận tải"),
    // unless the first word heads a name of its own ("Viện …", "Trung tâm …").
    let heads_its_own = doc
        .hit(j)
        .is_some_and(|h| matches!(h.term.class, Class::Body(_) | Class::Title(_)));
    if heads_its_own || super::names::THING_NOUNS.contains(doc.folded(j)) {
        return None;
    }
    let mut end = j + 1;
    while end - j < MAX_NAME_WORDS
        && adjacent(doc, end - 1, end)
        && doc.tokens[end].kind() == TokenKind::Word
    {
        let w = doc.folded(end);
        if ENDS_NAME.contains(&w) || doc.hit(end).is_some() {
            break;
        }
        end += 1;
    }
    Some((end, head))
}
