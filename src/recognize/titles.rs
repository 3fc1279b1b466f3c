//! Title phrases: "[nguyên] [Quyền] [Phó] HEAD [Thường trực] [BODY]".

use super::Doc;
use super::bodies::{self, BodyPhrase, adjacent};
use super::tokens::TokenKind;
use crate::lexicon::{Class, TitleDef};

/// A title written in the text, with the body that follows it.
#[derive(Clone, Debug)]
pub(crate) struct TitlePhrase {
    /// First token (including "nguyên", "Phó").
    pub first: usize,
    /// One past the last token (including the body).
    pub last: usize,
    /// One past the title's own tokens (before the body).
    pub title_end: usize,
    /// The head from the lexicon.
    pub def: &'static TitleDef,
    /// Canonical title text ("Phó Chủ tịch Thường trực").
    pub text: String,
    /// "nguyên …": a former post.
    pub former: bool,
    /// The body written after the title.
    pub body: Option<BodyPhrase>,
    /// A country written after the title instead of a body ("Thủ tướng Nga").
    pub country: Option<String>,
}

/// Words after the head that belong to the title.
const SUFFIXES: &[(&str, &str)] = &[
    ("thường trực", "Thường trực"),
    ("dự khuyết", "dự khuyết"),
    ("chuyên trách", "chuyên trách"),
];

/// Lower-case words that make "Trưởng X" a title of its own ("Trưởng đoàn").
const TRUONG_UNITS: &[&str] = &[
    "ban", "đoàn", "phòng", "thôn", "bản", "ấp", "khu", "tổ", "trạm",
];

fn word_is(doc: &Doc<'_>, i: usize, w: &str) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && doc.folded(i) == w
}

/// Parses a title phrase starting at token `i` (at a prefix word or the head).
pub(crate) fn parse(doc: &Doc<'_>, i: usize) -> Option<TitlePhrase> {
    let mut j = i;
    let mut former = false;
    let mut prefix = String::new();
    if word_is(doc, j, "nguyên") {
        former = true;
        j += 1;
    }
    if word_is(doc, j, "quyền") {
        prefix.push_str("Quyền ");
        j += 1;
    }
    if word_is(doc, j, "phó") {
        prefix.push_str("Phó ");
        j += 1;
    }
    if j > i && !adjacent(doc, j - 1, j) {
        return None;
    }
    let (head_end, def, mut text) = match doc.hit(j).map(|h| (h, h.term.class)) {
        Some((h, Class::Title(def))) => (h.last, def, def.name.to_string()),
        _ if word_is(doc, j, "trưởng") => (j + 1, &TRUONG, "Trưởng".to_string()),
        _ => return None,
    };
    let mut end = head_end;
    if text == "Trưởng" && end < doc.tokens.len() && adjacent(doc, end - 1, end) {
        let w = doc.folded(end);
        let body_follows = bodies::parse(doc, end).is_some_and(|b| b.complete);
        if !body_follows
            && TRUONG_UNITS.contains(&w)
            && doc.text(end).chars().next().is_some_and(char::is_lowercase)
        {
            text.push(' ');
            text.push_str(doc.text(end));
            end += 1;
        }
    }
    for (surface, canonical) in SUFFIXES {
        let words: Vec<&str> = surface.split(' ').collect();
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| word_is(doc, end + k, w))
            && adjacent(doc, end - 1, end)
        {
            text.push(' ');
            text.push_str(canonical);
            end += words.len();
            break;
        }
    }
    let title_end = end;
    let mut body = None;
    let mut country_end = None;
    if end < doc.tokens.len() && adjacent(doc, end - 1, end) {
        // "Ủy ban Pháp luật của Quốc hội": the body may follow "của"
        if let Some(b) = bodies::parse(doc, end) {
            end = b.last;
            body = Some(b);
        } else if let Some(country) = doc
            .hit(end)
            .filter(|h| matches!(h.term.class, Class::Country))
        {
            // "Thủ tướng Nga", "Tổng thống Hoa Kỳ": the country is the body
            country_end = Some(country.last);
            end = country.last;
        }
    }
    let country = country_end.map(|e| doc.slice(title_end, e).to_string());
    Some(TitlePhrase {
        first: i,
        last: end,
        title_end,
        def,
        text: format!("{prefix}{text}"),
        former,
        body,
        country,
    })
}

/// "Trưởng" written before a body ("Trưởng Ban Tổ chức", "Trưởng Công an xã").
static TRUONG: TitleDef = TitleDef {
    name: "Trưởng",
    aliases: &[],
    standalone: false,
};
