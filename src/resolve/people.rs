//! Officials and organizations: links names to ranks and titles, titles to
//! bodies, completes localities, merges later references.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::lexicon::bodies::Shape;
use crate::lexicon::{Class, Province};
use crate::model::{Honor, Level, Official, OrgKind, OrgRef, Organization, Position, Rank, Title};
use crate::normalize::fold_normalized_into as fold_key_into;
use crate::normalize::fold_normalized_push as push_fold_key;
use crate::recognize::bodies::{self, BodyPhrase, adjacent};
use crate::recognize::titles::{self, TitlePhrase};
use crate::recognize::{Doc, TokenKind, names};
use crate::{Span, normalize::fold_normalized as fold_key};

/// Officials and bodies of one article (spans in normalized bytes).
pub(crate) struct People {
    pub officials: Vec<Official>,
    pub organizations: Vec<Organization>,
}

/// One recognized piece of a sentence. Token and phrase indices are
/// 32 bits (a normalized text holds fewer than 2³² tokens): an item takes
/// 12 bytes, which a long document's list of items is the better for.
#[derive(Debug)]
enum Item {
    /// A title phrase: its index in [`Phrases::titles`] and one past its
    /// last token (the phrases are large and most items are small: they
    /// stand in lists of their own, with no allocation for each).
    Title(u32, u32),
    /// A body phrase: its index in [`Phrases::bodies`] and one past its
    /// last token.
    Body(u32, u32),
    Rank(Rank, u32),
    Honorific(u32),
    /// An honor's abbreviation (first token, one past the last, with a
    /// final '.'): the expansion is its hit's.
    Honor(u32, u32),
    Name(u32, u32),
    /// ',', '-', '(' , ')' and joining words ("và", "kiêm").
    Sep(char, u32),
    /// Sentence or clause end: '.', ';', ':', newline, '!', '?'.
    Stop(u32),
    /// A run of other words and marks (first token, one past the last):
    /// one item for the whole run keeps the list short.
    Other(u32, u32),
}

impl Item {
    fn last(&self) -> usize {
        let last = match *self {
            Item::Title(_, b)
            | Item::Body(_, b)
            | Item::Rank(_, b)
            | Item::Honor(_, b)
            | Item::Name(_, b)
            | Item::Other(_, b) => b,
            Item::Honorific(a) | Item::Sep(_, a) | Item::Stop(a) => a + 1,
        };
        last as usize
    }
}

/// The title and body phrases of an article, which its items point to.
struct Phrases {
    /// The title phrases, in the order of their items.
    titles: Vec<TitlePhrase>,
    /// The body phrases, in the order of their items.
    bodies: Vec<BodyPhrase>,
}

impl Phrases {
    /// The phrase of title item `it` (`None` for any other item).
    fn title(&self, it: &Item) -> Option<&TitlePhrase> {
        match *it {
            Item::Title(t, _) => self.titles.get(t as usize),
            _ => None,
        }
    }

    /// The phrase of body item `it` (`None` for any other item).
    fn body(&self, it: &Item) -> Option<&BodyPhrase> {
        match *it {
            Item::Body(b, _) => self.bodies.get(b as usize),
            _ => None,
        }
    }

    /// The body written in title or body item `it`, if any.
    fn body_in(&self, it: &Item) -> Option<&BodyPhrase> {
        match *it {
            Item::Body(b, _) => self.bodies.get(b as usize),
            Item::Title(t, _) => self.titles.get(t as usize).and_then(|t| t.body.as_ref()),
            _ => None,
        }
    }
}

/// The folded words [`scan`] reads at a word in small letters where no
/// term starts: the prefix words of a title ([`titles::may_start_at`]) and
/// the joining words "và" and "kiêm"; sorted by bytes. Any other such word
/// is one of a run of other words.
static SCAN_WORDS: names::WordList =
    names::WordList::new(&["cựu", "kiêm", "nguyên", "phó", "quyền", "trưởng", "và"]);

/// Adds to `heads` the word tokens of `from..to` where a body's hit starts.
fn note_body_heads(doc: &Doc<'_>, from: usize, to: usize, heads: &mut Vec<usize>) {
    for k in from..to.min(doc.tokens.len()) {
        let Some(h) = doc.hit(k) else {
            continue;
        };
        if matches!(h.term.class, Class::Body(_))
            && doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind() == TokenKind::Word)
        {
            heads.push(k);
        }
    }
}

/// The items of an article, and where some of them are: the later passes
/// read the few items of a kind, not every item.
struct Scan {
    items: Vec<Item>,
    /// The phrases the title and body items point to.
    phrases_of: Phrases,
    /// The word tokens where a body's hit starts, in increasing order.
    body_heads: Vec<usize>,
    /// The indices of the titles.
    titles: Vec<usize>,
    /// The indices of the bodies.
    bodies: Vec<usize>,
    /// The indices of the names.
    names: Vec<usize>,
}

/// The items of the article, and the word tokens where a body's hit
/// starts, in increasing order (the heads [`lists::find_at`] may start
/// at: every such token is read here, at the top of the loop or in the
/// range of a title, body or name; no hit starts inside another's range,
/// where a rank, an honorific or an honor ends, nor at the mark after it).
///
/// [`lists::find_at`]: crate::recognize::lists::find_at
fn scan(doc: &Doc<'_>) -> Scan {
    let mut items: Vec<Item> = Vec::with_capacity(doc.tokens.len() / 2);
    // room for about as many as an article holds, so that the lists
    // seldom grow: titles and bodies mostly start at a hit of the lexicon
    let room = doc.hits.len() / 2 + 8;
    let (mut titles, mut bodies, mut names) = (
        Vec::with_capacity(room),
        Vec::with_capacity(room),
        Vec::with_capacity(room),
    );
    let mut phrases_of = Phrases {
        titles: Vec::with_capacity(room),
        bodies: Vec::with_capacity(room),
    };
    // at most one head per hit: no growing
    let mut heads = Vec::with_capacity(doc.hits.len());
    let n = doc.tokens.len();
    let mut i = 0;
    let (text, folded) = (doc.norm.text.as_bytes(), doc.norm.folded.as_bytes());
    while i < n {
        let t = doc.tokens[i];
        match t.kind() {
            TokenKind::Newline => {
                items.push(Item::Stop(i as u32));
                i += 1;
                continue;
            }
            TokenKind::Punct => {
                let c = doc.text(i).chars().next().unwrap_or(' ');
                match c {
                    '.' | ';' | ':' | '!' | '?' | '|' => items.push(Item::Stop(i as u32)),
                    ',' | '-' | '(' | ')' => items.push(Item::Sep(c, i as u32)),
                    _ => push_other(&mut items, i),
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // the token's hit and folded word, looked up once
        let hit = doc.hit(i);
        let word = t.kind() == TokenKind::Word;
        if word && hit.is_some_and(|h| matches!(h.term.class, Class::Body(_))) {
            heads.push(i);
        }
        // most tokens: no term starts there, and a word in small letters
        // that is none of SCAN_WORDS starts neither a title nor a name, nor
        // joins anything; told from its first bytes and its length
        if hit.is_none()
            && (!word
                || names::surely_no_capital(text, t.start())
                    && !folded
                        .get(t.start())
                        .is_some_and(|&b| SCAN_WORDS.may_hold(b, t.end() - t.start())))
        {
            push_other(&mut items, i);
            i += 1;
            continue;
        }
        let w = if word { doc.folded(i) } else { "" };
        if let Some(tp) = titles::may_start_at(hit, word, w)
            .then(|| titles::parse(doc, i))
            .flatten()
        {
            note_body_heads(doc, i + 1, tp.last, &mut heads);
            i = tp.last;
            titles.push(items.len());
            items.push(Item::Title(phrases_of.titles.len() as u32, tp.last as u32));
            phrases_of.titles.push(tp);
            continue;
        }
        if let Some(h) = hit {
            match h.term.class {
                Class::Rank(r) => {
                    items.push(Item::Rank(r, h.last as u32));
                    i = h.last;
                    continue;
                }
                Class::Honorific => {
                    items.push(Item::Honorific(i as u32));
                    i = h.last;
                    continue;
                }
                Class::Honor(_) => {
                    let mut end = h.last;
                    if end < n && doc.text(end) == "." {
                        end += 1;
                    }
                    items.push(Item::Honor(i as u32, end as u32));
                    i = end;
                    continue;
                }
                Class::Body(_) => {
                    if let Some(bp) = bodies::parse(doc, i) {
                        note_body_heads(doc, i + 1, bp.last, &mut heads);
                        i = bp.last;
                        bodies.push(items.len());
                        items.push(Item::Body(phrases_of.bodies.len() as u32, bp.last as u32));
                        phrases_of.bodies.push(bp);
                        continue;
                    }
                }
                _ => {}
            }
        }
        if word {
            // most words are in lower case: no name starts there
            if names::is_cap_word(doc, i) {
                let introduced = items.last().is_some_and(|it| {
                    matches!(
                        it,
                        Item::Title(..) | Item::Rank(..) | Item::Honorific(_) | Item::Honor(..)
                    ) && adjacent(doc, it.last() - 1, i)
                });
                // a name not introduced is a Vietnamese one, of two words or
                // more: a capital or a hyphen must follow ("Theo", "Sáng",
                // most capitals alone, are no name, with no run to read)
                let may_go_on = introduced
                    || i + 1 < n && (names::is_cap_word(doc, i + 1) || doc.text(i + 1) == "-");
                if let Some(end) = may_go_on
                    .then(|| names::run_at(doc, i, introduced))
                    .flatten()
                {
                    if names::looks_vietnamese(doc, i, end)
                        || (introduced && names::plausible_name(doc, i, end))
                    {
                        names.push(items.len());
                        items.push(Item::Name(i as u32, end as u32));
                        i = end;
                        continue;
                    }
                }
            }
            if w == "và" || w == "kiêm" {
                items.push(Item::Sep(if w == "và" { '&' } else { '+' }, i as u32));
                i += 1;
                continue;
            }
        }
        push_other(&mut items, i);
        i += 1;
    }
    Scan {
        items,
        phrases_of,
        body_heads: heads,
        titles,
        bodies,
        names,
    }
}

/// The (level word, place) pairs of `pairs`, each once, sorted.
fn sorted_pairs<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut sorted = pairs.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted
}

/// Adds token `i` to the run of other tokens it follows, or starts one.
fn push_other(items: &mut Vec<Item>, i: usize) {
    let i = i as u32;
    match items.last_mut() {
        Some(Item::Other(_, end)) if *end == i => *end = i + 1,
        _ => items.push(Item::Other(i, i + 1)),
    }
}

/// Where the article's bare "tỉnh", "Tỉnh ủy", "huyện" … point, when certain.
struct Localities<'a> {
    /// Level word → (place, number of mentions), for the certain ones
    /// (borrowed from the phrases and the lexicon).
    by_level_word: HashMap<&'a str, (&'a str, usize)>,
}

impl<'a> Localities<'a> {
    /// The localities of the article: the places written in the title and
    /// body items `phrases` (in any order: only the counts matter) and the
    /// provinces of the text.
    fn new(
        doc: &Doc<'_>,
        items: &[Item],
        of: &'a Phrases,
        phrases: impl Iterator<Item = usize>,
    ) -> Localities<'a> {
        // (level word, place, mentions), borrowed from the phrases and the
        // lexicon, in one list: a pair may come more than once, its
        // mentions are summed once the list is sorted (places are open
        // text, an article may name thousands: no search per pair)
        let mut counts: Vec<(&'a str, &'a str, usize)> = Vec::new();
        // `n` more mentions of `place` with level word `word`
        let mut add = |word: &'a str, place: &'a str, n: usize| counts.push((word, place, n));
        for it in phrases.filter_map(|k| items.get(k)) {
            if let Some((word, loc)) = of.body_in(it).and_then(written_place) {
                add(word, loc, 1);
            }
        }
        // bare province names and "tỉnh X" outside bodies: counted by
        // province first (the lexicon's are few: the search stays short),
        // then added once each (the counts do not depend on the order)
        let mut provinces: Vec<(&Province, usize)> = Vec::new();
        for h in &doc.hits {
            if let Class::Province(p) = h.term.class {
                match provinces.iter_mut().find(|(q, _)| std::ptr::eq(*q, p)) {
                    Some(e) => e.1 += 1,
                    None => provinces.push((p, 1)),
                }
            }
        }
        for (p, n) in provinces {
            let word = if p.city { "thành phố" } else { "tỉnh" };
            add(word, p.name, n);
        }
        // each pair once, with all its mentions
        counts.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        counts.dedup_by(|later, kept| {
            let same = later.0 == kept.0 && later.1 == kept.1;
            if same {
                kept.2 += later.2;
            }
            same
        });
        // each level word's places, the most mentioned first (the order
        // of places mentioned alike does not matter: none of them is certain)
        counts.sort_unstable_by(|a, b| a.0.cmp(b.0).then(b.2.cmp(&a.2)));
        let mut by_level_word = HashMap::new();
        for list in counts.chunk_by(|a, b| a.0 == b.0) {
            let certain = match list {
                [only] => Some(only),
                [first, second, ..] if first.2 > second.2 => Some(first),
                _ => None,
            };
            if let Some(&(word, place, n)) = certain {
                by_level_word.insert(word, (place, n));
            }
        }
        Localities { by_level_word }
    }

    /// These localities, with the places written in one person's titles
    /// first, then those written earlier in the same sentence: in "Bí thư
    /// Tỉnh ủy, Chủ tịch HĐND tỉnh X" the committee is X's, and so is the
    /// "Sở … tỉnh" of "Bộ CHQS tỉnh X và Sở … tỉnh ký kết …", whatever else
    /// the article names. A level word written with two places in a layer
    /// is certain in none. `None` when nothing changes.
    fn with_written(
        &self,
        own: &[(&'a str, &'a str)],
        sentence: &[(&'a str, &'a str)],
    ) -> Option<Localities<'a>> {
        let mut out: Option<Localities> = None;
        // each layer's pairs sorted, once each: a long chain of titles
        // writes many, and a search of the layer for each would be
        // quadratic
        let (own, sentence) = (sorted_pairs(own), sorted_pairs(sentence));
        for (layer, pairs) in [&own, &sentence].into_iter().enumerate() {
            for places in pairs.chunk_by(|a, b| a.0 == b.0) {
                let &[(word, place)] = places else {
                    // two places for one word: certain in neither
                    continue;
                };
                let decided_before =
                    layer == 1 && own.binary_search_by(|&(w, _)| w.cmp(word)).is_ok();
                if decided_before {
                    continue;
                }
                out.get_or_insert_with(|| Localities {
                    by_level_word: self.by_level_word.clone(),
                })
                .by_level_word
                .insert(word, (place, usize::MAX));
            }
        }
        out
    }

    fn get(&self, level_word: &str) -> Option<&'a str> {
        self.by_level_word.get(level_word).map(|&(p, _)| p)
    }

    /// The article's own province or city: the more mentioned of the two.
    fn province(&self) -> Option<(&'static str, &'a str)> {
        let tinh = self.by_level_word.get("tỉnh").map(|&(p, n)| ("tỉnh", p, n));
        let city = self
            .by_level_word
            .get("thành phố")
            .map(|&(p, n)| ("thành phố", p, n));
        match (tinh, city) {
            (Some(a), Some(b)) if b.2 > a.2 => Some((b.0, b.1)),
            (Some(a), _) => Some((a.0, a.1)),
            (None, Some(b)) => Some((b.0, b.1)),
            (None, None) => None,
        }
    }
}

/// How many items back the places of a sentence are looked for.
const SENTENCE_REACH: usize = 48;

/// The level words and places written in the bodies of the items before
/// item `k` in its sentence (at most [`SENTENCE_REACH`] items back).
fn places_before<'a>(items: &[Item], of: &'a Phrases, k: usize) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    for it in items[..k.min(items.len())]
        .iter()
        .rev()
        .take(SENTENCE_REACH)
    {
        if matches!(it, Item::Stop(_)) {
            break;
        }
        if let Some(pair) = of.body_in(it).and_then(written_place) {
            out.push(pair);
        }
    }
    out
}

/// The level word and the locality written in a body phrase ("tỉnh",
/// "Quảng Ninh"), if it has one.
fn written_place(b: &BodyPhrase) -> Option<(&str, &str)> {
    let place = b.locality.as_deref()?;
    let word = match (&b.level_word, b.province) {
        (Some(w), _) => &**w,
        (None, Some(p)) if p.city => "thành phố",
        (None, Some(_)) => "tỉnh",
        (None, None) => return None,
    };
    Some((word, place))
}

/// Whether [`resolve_body`] may complete `b` with a place of the article
/// (a bare level word, a committee that names its level, a provincial
/// body): the bodies for which the places of a sentence or a person's
/// titles are worth gathering.
fn may_take_place(b: &BodyPhrase) -> bool {
    b.bare_level.is_some()
        || b.locality.is_none()
            && !b.tail_words
            && (implied_level_word(b.last_body.name).is_some()
                || b.last_body.level == Some(Level::Province))
}

/// The level word a local body implies ("Tỉnh ủy" → "tỉnh").
fn implied_level_word(name: &str) -> Option<&'static str> {
    Some(match name {
        "Tỉnh ủy" | "Tỉnh đoàn" => "tỉnh",
        "Thành ủy" | "Thành đoàn" => "thành phố",
        "Huyện ủy" | "Huyện đoàn" => "huyện",
        "Quận ủy" => "quận",
        "Thị ủy" => "thị xã",
        _ => return None,
    })
}

/// A body, canonical, ready for the list and for positions. Its strings
/// borrow the lexicon, the article's text or the phrase where they are
/// written there as they are (most bodies are written again and again: a
/// string is made only for one listed or held, or changed).
#[derive(Clone, Debug)]
struct Resolved<'d> {
    name: Cow<'d, str>,
    kind: OrgKind,
    level: Option<Level>,
    locality: Option<Cow<'d, str>>,
    /// A country is written with it.
    foreign: bool,
    /// The parent body written with it ("Tỉnh ủy Lạng Sơn" in "Ban Thường vụ
    /// Tỉnh ủy Lạng Sơn").
    parent: Option<Cow<'d, str>>,
    /// Listed as an organization (complete and specific).
    listed: bool,
}

/// Words before a body that make it a photo credit or a newspaper, not the body.
const CREDIT_BEFORE: &[&str] = &["ảnh", "theo", "nguồn", "báo", "tạp", "chí", "đài", "kênh"];

/// Boards that are a body's own leadership or an event's staff, not bodies
/// ("Ban Giám đốc Công an tỉnh", "Ban Biên tập"); all start with "ban ".
const NOT_A_BODY: &[&str] = &[
    "ban giám đốc",
    "ban thường trực",
    "ban biên tập",
    "ban giám hiệu",
    "ban quản trị",
];

/// "Thường vụ Tỉnh ủy", "Thường vụ Đảng ủy …": the standing committee of a
/// local party committee or mass organization is its "Ban Thường vụ" (the
/// central military commission's is plain "Thường vụ Quân ủy Trung ương").
fn standing_committee_of_local(doc: &Doc<'_>, b: &BodyPhrase) -> bool {
    let head_end = doc.hit(b.first).map(|h| h.last);
    let Some(parent) = b.parent_first.filter(|&p| Some(p) == head_end) else {
        return false;
    };
    doc.hit(parent).is_some_and(|h| match h.term.class {
        Class::Body(def) => {
            def.shape == Shape::Local && matches!(def.kind, OrgKind::Party | OrgKind::Mass)
        }
        _ => false,
    })
}

/// The short names the press gives some ministries, and their names.
const SHORT_MINISTRIES: &[(&str, &str)] = &[
    ("Bộ Giáo dục", "Bộ Giáo dục và Đào tạo"),
    ("Bộ Giao thông", "Bộ Giao thông vận tải"),
    ("Bộ Kế hoạch", "Bộ Kế hoạch và Đầu tư"),
    ("Bộ Khoa học", "Bộ Khoa học và Công nghệ"),
    ("Bộ Tài nguyên", "Bộ Tài nguyên và Môi trường"),
];

/// How far back "tỉnh này" looks for the province it means, in tokens.
const THIS_PLACE_WINDOW: usize = 300;

/// The province last written as "`word` X" (a level word and a known
/// province) before token `i`, within [`THIS_PLACE_WINDOW`] tokens.
fn last_named_place<'a>(doc: &Doc<'a>, i: usize, word: &str) -> Option<&'static str> {
    let from = i.saturating_sub(THIS_PLACE_WINDOW);
    (from..i).rev().find_map(|k| {
        let h = doc.hit(k)?;
        if !matches!(h.term.class, Class::LevelWord(_)) || doc.folded_slice(k, h.last) != word {
            return None;
        }
        match bodies::place_after(doc, h.last) {
            Some((_, Some(p))) => Some(p.name),
            _ => None,
        }
    })
}

/// Words that make a body international or religious, not a state one:
/// "Văn phòng Liên hợp quốc về ma túy …", "Văn phòng Pháp lý Liên hợp
/// quốc" (the United Nations), "Ban Trị sự Giáo hội Phật giáo …" (a
/// church's board).
const FOREIGN_TO_THE_STATE: &[[&str; 3]] = &[
    ["liên", "hợp", "quốc"],
    ["giáo", "hội", ""],
    ["trị", "sự", ""],
];

/// Whether the phrase, or up to two words of its name after it in the same
/// run of words, holds one of [`FOREIGN_TO_THE_STATE`].
fn outside_the_state(doc: &Doc<'_>, b: &BodyPhrase) -> bool {
    let n = doc.tokens.len();
    let word_at = |k: usize, w: &str| w.is_empty() || k < n && doc.folded(k) == w;
    let end = (b.last + 3).min(n);
    let mut k = b.first;
    let folded = doc.norm.folded.as_bytes();
    while k < end {
        let t = doc.tokens[k];
        let stop = t.kind() != TokenKind::Word
            || k >= b.last && matches!(doc.folded(k), "và" | "với" | "của");
        if k > b.first && (stop || !adjacent(doc, k - 1, k)) {
            return false;
        }
        // the first words of the list start with 'l', 'g' or 't': any
        // other word is none of them, with no slice of it compared
        if matches!(folded.get(t.start()), Some(b'l' | b'g' | b't'))
            && FOREIGN_TO_THE_STATE.iter().any(|[first, rest @ ..]| {
                *first == doc.folded(k)
                    && rest.iter().enumerate().all(|(i, w)| word_at(k + 1 + i, w))
            })
        {
            return true;
        }
        k += 1;
    }
    false
}

/// The body of phrase `b`, its name completed with the article's place
/// where the phrase leaves it out; its strings borrow the lexicon, the
/// text and the phrase where they can.
fn resolve_body<'d>(doc: &'d Doc<'_>, b: &'d BodyPhrase, places: &Localities<'d>) -> Resolved<'d> {
    let single_head = doc.hit(b.first).is_some_and(|h| h.last == b.last);
    let mut name = if single_head {
        Cow::Borrowed(b.head.name)
    } else {
        capitalize(b.text(doc))
    };
    if !single_head && b.head.name == "Bộ" {
        // "Bộ Giáo dục trả lời": a ministry's short name
        if let Some(&(_, full)) = SHORT_MINISTRIES
            .iter()
            .find(|(short, _)| same_key(short, &name))
        {
            name = Cow::Borrowed(full);
        }
    }
    let mut locality = b.locality.as_deref().map(Cow::Borrowed);
    let mut complete =
        b.complete || b.tail_words || (b.has_parent && b.last_body.shape == Shape::Named);
    // A committee or a level word that names its level, left bare: listed as
    // written when the article never makes the locality certain.
    let mut bare_but_specific = false;
    if let Some(word) = &b.bare_level {
        bare_but_specific = true;
        // "Sở Tư pháp tỉnh này": the province last named with that level word
        let this = (doc.folded(b.last.min(doc.tokens.len() - 1)) == "này")
            .then(|| last_named_place(doc, b.first, word))
            .flatten();
        if let Some(place) = this {
            push_words(&mut name, &[place]);
            locality = Some(Cow::Borrowed(place));
            complete = true;
        } else if let Some(place) = places.get(word) {
            push_words(&mut name, &[place]);
            locality = Some(Cow::Borrowed(place));
            complete = true;
        }
    } else if locality.is_none() && !b.tail_words {
        // "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy": the committee names its level.
        if let Some(word) = implied_level_word(b.last_body.name) {
            bare_but_specific = true;
            if let Some(place) = places.get(word) {
                push_words(&mut name, &[place]);
                locality = Some(Cow::Borrowed(place));
                complete = true;
            }
        } else if b.last_body.level == Some(Level::Province)
            && (b.last_body.shape == Shape::Local
                || b.last_body.shape == Shape::Generic && b.last > b.first + 1)
        {
            // "Sở Xây dựng", "Bộ Chỉ huy Quân sự", and a department named
            // as the lexicon does not ("Sở Tài nguyên Môi trường"): a
            // provincial body of the article's province.
            if let Some((word, place)) = places.province() {
                push_words(&mut name, &[word, place]);
                locality = Some(Cow::Borrowed(place));
                complete = true;
            }
        }
    }
    // the words around the phrase: a plural, a credit or a byline make
    // it no body to list (read only for a body that may be listed)
    let written_around = || {
        let before = b.first.checked_sub(1).map(|k| doc.folded(k));
        let before2 = b.first.checked_sub(2).map(|k| doc.folded(k));
        let after = doc.tokens.get(b.last).map(|_| doc.folded(b.last));
        let generic_plural = matches!(after, Some("các" | "những"));
        // the paragraph ends after the token after the phrase
        let ends_after_next = doc
            .tokens
            .get(b.last + 1)
            .is_none_or(|t| t.kind() == TokenKind::Newline);
        // "chí" of "tạp chí" (a magazine), not of "đồng chí" (comrade)
        let comrade = before == Some("chí") && before2 == Some("đồng");
        let credit = before.is_some_and(|w| CREDIT_BEFORE.contains(&w)) && !comrade
            || (before == Some(":") && before2.is_some_and(|w| CREDIT_BEFORE.contains(&w)))
            || (before == Some("viên") && before2 == Some("phóng"))
            // a byline or a photo credit: "Minh Hà/TTXVN", "TTXVN/Tin Tức",
            // "P/v TTXVN", "Thu Trang (TTXVN)" ending the paragraph
            || before == Some("/")
            || after == Some("/")
            || (before == Some("v") && before2 == Some("/"))
            || (before == Some("(") && after == Some(")") && ends_after_next)
            || matches!(after, Some("online" | "điện"));
        generic_plural || credit
    };
    // "Đại biểu Quốc hội Hà Nội": a national body with a locality is a
    // delegation, not a body of its own
    let localized_national = b.head.shape == Shape::Named
        && b.head.level == Some(Level::Central)
        && b.province.is_some();
    // the first tests of `listed`; the dearer ones only when they pass
    let may_be_listed = (complete || bare_but_specific) && !localized_national && !written_around();
    let not_state = may_be_listed
        && (holds_olympic(name.as_bytes())
            || name.as_bytes().first().is_some_and(|b| b | 0x20 == b'b')
                && starts_with_folded(&name, "ban ")
                && NOT_A_BODY.iter().any(|w| starts_with_folded(&name, w))
            || outside_the_state(doc, b));
    let parent = b.parent_first.and_then(|pf| {
        let child = bodies::joined_slice(doc, b.first, pf);
        let rest = name.strip_prefix(&*child)?.trim_start_matches([' ', ',']);
        (!rest.is_empty()).then(|| capitalize(suffix_of(&name, rest.len())))
    });
    // "Vụ Pháp chế (Bộ Tư pháp)": the parent in parentheses
    let parent = parent.or_else(|| {
        let (open, close) = b.paren_parent?;
        Some(bodies::joined_slice(doc, open + 1, close)).filter(|p| name.ends_with(&**p))
    });
    if !single_head && b.head.name == "Thường vụ" && standing_committee_of_local(doc, b) {
        name = Cow::Owned(format!("Ban {name}"));
    }
    Resolved {
        listed: may_be_listed
            && !not_state
            && !b.is_event_committee(doc)
            && (b.head.shape != Shape::Generic || b.last > b.first + 1),
        name,
        kind: b.kind,
        level: b.level,
        parent,
        locality,
        foreign: b.foreign,
    }
}

/// Whether `bytes` hold "olympic" in any ASCII case: the bytes are read
/// eight at a time for an 'o' or 'O' (most names have none), and only
/// where one may be is "olympic" looked for.
fn holds_olympic(bytes: &[u8]) -> bool {
    use crate::recognize::bytes::{has_byte, word_at};
    const NEEDLE: &[u8; 7] = b"olympic";
    let at = |k: usize| {
        bytes
            .get(k..k + NEEDLE.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(NEEDLE))
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut k = 0;
    for chunk in chunks.by_ref() {
        // 'O' | 0x20 is 'o': a chunk with neither goes by after one test
        let lowered = word_at(chunk, 0) | u64::from_le_bytes([0x20; 8]);
        if has_byte(lowered, b'o') != 0 && (k..k + 8).any(at) {
            return true;
        }
        k += 8;
    }
    (k..k + chunks.remainder().len()).any(at)
}

/// Local bodies written one after another with the locality after the
/// last one only ("Huyện ủy - HĐND - UBND huyện X", "Tỉnh ủy, HĐND, UBND
/// tỉnh Y"): item index → (level word, place) for each earlier one that has
/// no locality of its own.
fn shared_localities(
    doc: &Doc<'_>,
    items: &[Item],
    of: &Phrases,
    bodies: &[usize],
    places: &Localities,
) -> HashMap<usize, (String, String)> {
    let mut out = HashMap::new();
    let bare_local = |b: &BodyPhrase| {
        b.head.shape == Shape::Local
            && b.locality.is_none()
            && b.bare_level.is_none()
            && !b.has_parent
    };
    // the first item not read yet: the bodies of a run are read with its first
    let mut next = 0;
    for &k in bodies {
        let Some(first) = items
            .get(k)
            .filter(|_| k >= next)
            .and_then(|it| of.body(it))
        else {
            continue;
        };
        // "Đảng bộ, chính quyền và nhân dân tỉnh X": the formula names the
        // place of the body that opens it
        if bare_local(first) {
            if let Some(shared) = place_after_formula(doc, first.last) {
                out.insert(k, shared);
                next = k + 1;
                continue;
            }
        }
        // a run of bodies joined by ',', '-' or "và": items k, k + 2, …, last
        let mut last = k;
        while matches!(items.get(last + 1), Some(Item::Sep(',' | '-' | '&', _)))
            && matches!(items.get(last + 2), Some(Item::Body(..)))
        {
            last += 2;
        }
        // the last one names the place itself ("UBND huyện X"), not
        // through a parent ("Ban Thường vụ Đảng ủy UBND tỉnh")
        if let Some(lb) = of.body(&items[last]) {
            if last > k && !lb.has_parent && lb.head.shape == Shape::Local {
                let r = resolve_body(doc, lb, places);
                let word = lb.level_word.clone().or_else(|| lb.bare_level.clone());
                if let (Some(word), Some(place)) = (word, r.locality) {
                    for e in (k..last).step_by(2) {
                        if let Some(b) = of.body(&items[e]) {
                            if bare_local(b) && resolve_body(doc, b, places).locality.is_none() {
                                out.insert(e, (word.to_string(), place.to_string()));
                            }
                        }
                    }
                }
            }
        }
        next = last + 1;
    }
    out
}

/// Words of the formula "…, chính quyền và (các tầng lớp) nhân dân (và lực
/// lượng vũ trang)" that follows a party committee before its place.
const FORMULA_WORDS: &[&str] = &[
    ",", "chính", "quyền", "và", "các", "tầng", "lớp", "nhân", "dân", "lực", "lượng", "vũ", "trang",
];

/// The level word and place after the formula words from token `i` ("…,
/// chính quyền và nhân dân tỉnh X"), when the formula names the government
/// or the people.
fn place_after_formula(doc: &Doc<'_>, i: usize) -> Option<(String, String)> {
    let mut j = i;
    let mut named = false;
    while j < doc.tokens.len() && j < i + 14 && FORMULA_WORDS.contains(&doc.folded(j)) {
        named |= matches!(doc.folded(j), "quyền" | "dân");
        j += 1;
    }
    let h = doc.hit(j).filter(|_| named)?;
    if !matches!(h.term.class, Class::LevelWord(_)) {
        return None;
    }
    let (end, province) = bodies::place_after(doc, h.last)?;
    let place = province.map_or_else(
        || doc.slice(h.last, end).to_string(),
        |p| p.name.to_string(),
    );
    Some((doc.folded_slice(j, h.last).to_string(), place))
}

/// Whether the name at token `a` follows a credit word and a colon
/// ("Ảnh: …", "Nguồn: …").
fn is_credit(doc: &Doc<'_>, a: usize) -> bool {
    doc.folded_before(a, 1) == ":" && matches!(doc.folded_before(a, 2), "ảnh" | "nguồn")
}

/// Whether tokens `first..end` end with "đối với" ("to", after a decision
/// on a post: "bổ nhiệm … đối với đồng chí …"), maybe followed by "các".
fn after_doi_voi(doc: &Doc<'_>, first: usize, end: usize) -> bool {
    let text = doc.folded_slice(first, end);
    let text = text.strip_suffix(" các").unwrap_or(text);
    text == "đối với" || text.ends_with(" đối với")
}

/// Whether the title at token `i` heads a list of people: "các" or "các
/// đồng chí" stands right before it.
fn heads_a_list(doc: &Doc<'_>, i: usize) -> bool {
    let word = |back: usize| doc.folded_before(i, back);
    word(1) == "các" || (word(1) == "chí" && word(2) == "đồng" && word(3) == "các")
}

/// Whether the words before token `i` decide a post ("bổ nhiệm", "miễn
/// nhiệm", "thôi chức", "giữ chức vụ", "phụ trách"): the title after them
/// is the post.
fn after_post_decision(doc: &Doc<'_>, i: usize) -> bool {
    let word = |back: usize| doc.folded_before(i, back);
    matches!(word(1), "chức" | "nhiệm" | "trách")
        || word(1) == "vụ" && matches!(word(2), "chức" | "nhiệm")
}

/// Words of a clause that gives the person named before it the post named
/// after it ("… được bổ nhiệm giữ chức …", "… được bầu làm …", "… thôi giữ
/// chức …"), sorted by bytes.
static POST_VERB_WORDS: names::WordList = names::WordList::new(&[
    "bầu", "bổ", "chính", "chức", "công", "cử", "danh", "giữ", "là", "làm", "lại", "nhiệm", "nhận",
    "phân", "thôi", "thức", "tiếp", "tái", "tục", "từng", "vào", "vụ", "vừa", "điều", "đã", "được",
    "đảm", "đắc", "động",
]);

/// The words among [`POST_VERB_WORDS`] that give a post: to be appointed,
/// elected, to hold, take on, serve as, or to be.
const POST_VERB_HEADS: &[&str] = &["bầu", "cử", "giữ", "là", "làm", "nhiệm", "nhận"];

/// The title after the clause at item `r` that gives the person named
/// before it a post: a few runs of [`POST_VERB_WORDS`], maybe joined by
/// commas ("được điều động, bổ nhiệm giữ chức …"), one of them a verb that
/// gives a post. A bare "làm" or "là" only before a post in a named body
/// ("do A làm Trưởng đoàn" heads a delegation, no post). With it, whether
/// the clause tells a post held before ("từng giữ chức …").
fn decided_title(doc: &Doc<'_>, items: &[Item], of: &Phrases, r: usize) -> Option<(usize, bool)> {
    let (mut words, mut heads, mut once) = (0, 0, false);
    let mut x = r;
    while x < items.len() && x < r + 5 {
        match &items[x] {
            &Item::Other(first, end) => {
                let (first, end) = (first as usize, end as usize);
                if !(first..end).all(|i| POST_VERB_WORDS.contains(doc.folded(i))) {
                    return None;
                }
                words += end - first;
                once |= (first..end).any(|i| doc.folded(i) == "từng");
                heads += (first..end)
                    .filter(|&i| POST_VERB_HEADS.contains(&doc.folded(i)))
                    .count();
            }
            Item::Sep(',', _) if x > r => {}
            it @ Item::Title(..) if words > 0 => {
                let named = of
                    .title(it)
                    .is_some_and(|tp| tp.body.is_some() || tp.place.is_some());
                return (heads > 0 && words <= 8 && (words > 1 || named)).then_some((x, once));
            }
            _ => return None,
        }
        x += 1;
    }
    None
}

/// Whether the clause of the person whose items start at `j` opens with
/// "Trước đó" or "Trước đây" ("earlier"): a post it gives was held before.
fn told_as_before(doc: &Doc<'_>, items: &[Item], j: usize) -> bool {
    let run = match (
        j.checked_sub(1).map(|x| &items[x]),
        j.checked_sub(2).map(|x| &items[x]),
    ) {
        (Some(Item::Sep(',', _)), Some(&Item::Other(first, end)))
        | (Some(&Item::Other(first, end)), _) => (first as usize, end as usize),
        _ => return false,
    };
    let text = doc.folded_slice(run.0, run.1);
    ["trước đó", "trước đây"].iter().any(|w| {
        text.strip_suffix(w)
            .is_some_and(|h| h.is_empty() || h.ends_with(' '))
    })
}

/// Whether a title may be held in a body, for the titles tied to one kind
/// of body: deputies ("Đại biểu") sit in an elected assembly, ministers
/// and deputy ministers ("Bộ trưởng", "Thứ trưởng") in a ministry.
fn may_hold(title: &str, body: &str) -> bool {
    let kinds: &[&str] = match title {
        "Đại biểu" => &["quốc hội", "hội đồng nhân dân"],
        "Bộ trưởng" | "Thứ trưởng" => &["bộ "],
        _ => return true,
    };
    kinds.iter().any(|k| starts_with_folded(body, k))
}

/// Whether `s` starts with `prefix` (lower case) once folded.
fn starts_with_folded(s: &str, prefix: &str) -> bool {
    let mut chars = s.chars().map(crate::normalize::fold_char);
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// Appends each of `words` to `name` after a space (as `format!("{name}
/// {word}")` would); a borrowed name is copied once, with room for them
/// and for a place pushed after them.
fn push_words(name: &mut Cow<'_, str>, words: &[&str]) {
    if let Cow::Borrowed(s) = *name {
        let room: usize = words.iter().map(|w| w.len() + 1).sum::<usize>() + bodies::NAME_ROOM;
        let mut owned = String::with_capacity(s.len() + room);
        owned.push_str(s);
        *name = Cow::Owned(owned);
    }
    let name = name.to_mut();
    for w in words {
        name.push(' ');
        name.push_str(w);
    }
}

/// The last `len` bytes of `name` (empty if that is no char boundary):
/// borrowed from the same text when `name` is borrowed.
fn suffix_of<'d>(name: &Cow<'d, str>, len: usize) -> Cow<'d, str> {
    match name {
        Cow::Borrowed(s) => Cow::Borrowed(s.get(s.len().saturating_sub(len)..).unwrap_or_default()),
        Cow::Owned(s) => Cow::Owned(
            s.get(s.len().saturating_sub(len)..)
                .unwrap_or_default()
                .to_string(),
        ),
    }
}

/// Body names start with a capital ("đoàn đại biểu Quốc hội" after
/// "Trưởng" is "Đoàn đại biểu Quốc hội"); a name that does is kept as it
/// is, borrowed or not.
fn capitalize(s: Cow<'_, str>) -> Cow<'_, str> {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => Cow::Owned(c.to_uppercase().chain(chars).collect()),
        _ => s,
    }
}

struct Person {
    name: String,
    rank: Option<Rank>,
    honors: Vec<Honor>,
    positions: Vec<Position>,
    /// Folded phrases of `positions`, to merge without rescanning; made at
    /// the first merge that brings positions (most persons have none), from
    /// the positions held then.
    position_keys: Option<HashSet<String>>,
    mentions: Vec<Span>,
}

/// Finds officials and bodies.
pub(crate) fn resolve(doc: &Doc<'_>) -> People {
    let Scan {
        items,
        phrases_of: of,
        body_heads,
        titles,
        bodies,
        names,
    } = scan(doc);
    let phrases = titles.iter().chain(&bodies).copied();
    let places = Localities::new(doc, &items, &of, phrases);
    // room for the bodies of most articles: the list seldom grows
    let mut orgs = OrgList::new(SCANNED_BODIES);

    // Bodies written alone, and the abbreviations the article defines for
    // them ("Ban Chỉ đạo Tây Nguyên (BCĐTN)"): a later "BCĐTN" is that body.
    let mut defined: HashMap<&str, Resolved> = HashMap::new();
    let shared = shared_localities(doc, &items, &of, &bodies, &places);
    for &k in &bodies {
        if let Some(b) = items.get(k).and_then(|it| of.body(it)) {
            // a place written earlier in the sentence for its level word
            let own_places = if may_take_place(b) {
                places.with_written(&[], &places_before(&items, &of, k))
            } else {
                None
            };
            let mut r = resolve_body(doc, b, own_places.as_ref().unwrap_or(&places));
            if let Some((word, place)) = shared.get(&k) {
                // a committee names its level ("Huyện ủy Yên Minh")
                match implied_level_word(b.last_body.name) {
                    Some(_) => push_words(&mut r.name, &[place]),
                    None => push_words(&mut r.name, &[word, place]),
                }
                r.locality = Some(Cow::Borrowed(place));
                r.listed = true;
            }
            let Some((open, end)) = b.defined else {
                orgs.add_owned(doc, r, b);
                continue;
            };
            orgs.add(doc, &r, b);
            let abbreviation = doc.slice(open + 1, end - 1);
            let written_as_is = abbreviation.chars().any(char::is_uppercase)
                && abbreviation
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '&');
            if written_as_is && r.listed {
                defined.entry(abbreviation).or_insert(r);
            }
        }
    }
    // "các Sở: Xây dựng, Tư pháp": one head for several bodies
    for b in crate::recognize::lists::find_at(doc, body_heads.into_iter()) {
        let r = resolve_body(doc, &b, &places);
        orgs.add_owned(doc, r, &b);
    }
    if !defined.is_empty() {
        // a token is looked up only when its first byte and length are a
        // defined abbreviation's: most words of the article are not hashed
        let mut firsts = [false; 256];
        let (mut shortest, mut longest) = (usize::MAX, 0);
        for key in defined.keys() {
            if let Some(&b) = key.as_bytes().first() {
                firsts[usize::from(b)] = true;
            }
            shortest = shortest.min(key.len());
            longest = longest.max(key.len());
        }
        let may_be_defined = |w: &str| {
            (shortest..=longest).contains(&w.len())
                && w.as_bytes()
                    .first()
                    .is_some_and(|&b| firsts[usize::from(b)])
        };
        for it in &items {
            let Item::Other(first, end) = *it else {
                continue;
            };
            for i in first as usize..end as usize {
                let word = doc.text(i);
                if !may_be_defined(word) {
                    continue;
                }
                if let Some(r) = defined.get(word) {
                    let span = Span::new(doc.tokens[i].start(), doc.tokens[i].end());
                    orgs.push(&r.name, r, r.parent.as_deref(), span);
                }
            }
        }
    }

    // "Đảng ủy, Bộ Tư lệnh Quân khu 5": the party committee of the unit
    for &k in &bodies {
        if let Some(a) = items.get(k).and_then(|it| of.body(it)) {
            if let Some((unit, span)) = committee_of_commanded_unit(doc, &items, &of, k, a) {
                let mut r = resolve_body(doc, a, &places);
                push_words(&mut r.name, &[&unit]);
                r.parent = Some(Cow::Owned(unit));
                r.listed = true;
                orgs.push(&r.name, &r, r.parent.as_deref(), span);
            }
        }
    }

    // Titles that touch a following name belong to it.
    let touches_name = |k: usize| -> bool {
        let mut j = k + 1;
        while j < items.len() {
            match &items[j] {
                Item::Rank(..) | Item::Honorific(_) | Item::Honor(..) => j += 1,
                Item::Sep(',', _) if matches!(items.get(j + 1), Some(Item::Honor(..))) => j += 1,
                &Item::Name(a, _) => {
                    return adjacent(doc, items[k].last() - 1, a as usize) || j > k + 1;
                }
                _ => return false,
            }
        }
        false
    };

    // room for the persons and titles of most articles: no growing
    let mut people = Registry::new(names.len(), SCANNED_PERSONS);
    let mut typed = Positioning {
        typed: TypedTitles::with_capacity(titles.len()),
        titles: Vec::new(),
        joined_by_kiem: Vec::new(),
    };
    // for each item: claimed by a name's titles on its right, and in a
    // name's chain (one list for both)
    let mut marks = vec![false; 2 * items.len()];
    let (claimed, in_chain) = marks.split_at_mut(items.len());
    // the last name given a post named before "đối với", and that post
    let mut doi_voi: Option<(usize, usize)> = None;
    // each name's titles (item indices), kept from name to name so that
    // the lists are allocated once
    let (mut chain, mut left, mut right) = (Vec::new(), Vec::new(), Vec::new());
    // each name's posts, kept likewise
    let mut posts = Vec::new();
    for &k in &names {
        let Some(&Item::Name(a, b)) = items.get(k) else {
            continue;
        };
        let (a, b) = (a as usize, b as usize);
        // "Ảnh: Nguyễn Văn A", "Nguồn: …": a photo or source credit, not an
        // official, even when the next sentence is glued to it
        if is_credit(doc, a) {
            continue;
        }
        let mut rank = None;
        let mut honors = Vec::new();
        chain.clear();
        left.clear();
        right.clear();
        let mut has_intro = false;
        // left: honors, rank, honorific, titles
        let mut j = k;
        while j > 0 {
            j -= 1;
            match &items[j] {
                &Item::Honor(x, y) => {
                    let (x, y) = (x as usize, y as usize);
                    if let Some(Class::Honor(expansion)) = doc.hit(x).map(|h| h.term.class) {
                        honors.push(Honor {
                            abbreviation: doc.slice(x, y).trim_end_matches('.').to_string(),
                            expansion: expansion.to_string(),
                        });
                    }
                }
                Item::Rank(r, ..) => {
                    rank = Some(*r);
                    has_intro = true;
                }
                Item::Honorific(_) => has_intro = true,
                Item::Sep(',', _)
                    if j > 0
                        && matches!(items.get(j - 1), Some(Item::Rank(..)))
                        && !honors.is_empty() => {}
                _ => {
                    j += 1;
                    break;
                }
            }
        }
        // "… được bổ nhiệm giữ chức Thứ trưởng …": the post after the name;
        // a former one when told as held before ("từng giữ chức …",
        // "Trước đó, ông A giữ chức …")
        let before = told_as_before(doc, &items, j);
        let decided = match decided_title(doc, &items, &of, k + 1) {
            Some((x, once)) if x == k + 2 => {
                if once || before {
                    left.push(x);
                }
                true
            }
            _ => false,
        };
        // titles touching from the left; "Thứ trưởng Bộ Quốc phòng, Thượng
        // tướng Lê Văn A": a rank may follow the title after a comma — but
        // not the author of the decision that gives the person a post
        // ("Quyết định … của Thủ tướng Chính phủ, ông A được bổ nhiệm …")
        let mut t = j;
        if (rank.is_some() || has_intro)
            && j >= 2
            && matches!(items[j - 1], Item::Sep(',' | '-', _))
            && of
                .title(&items[j - 2])
                .is_some_and(|tp| !(decided && doc.folded_before(tp.first, 1) == "của"))
            && !claimed[j - 2]
        {
            chain.push(j - 2);
            t = j - 2;
        }
        while t > 0 {
            let prev = t - 1;
            match &items[prev] {
                Item::Title(..)
                    if !claimed[prev] && (t == j || matches!(items[t], Item::Sep(',', _))) =>
                {
                    chain.push(prev);
                    t = prev;
                }
                Item::Sep(',', _)
                    if prev > 0
                        && matches!(items[prev - 1], Item::Title(..))
                        && !claimed[prev - 1]
                        && !chain.is_empty() =>
                {
                    t = prev;
                }
                _ => break,
            }
        }
        // collected right to left
        chain.reverse();
        // right: separator then titles
        let mut r = k + 1;
        if matches!(items.get(r), Some(Item::Sep(',' | '-' | '(', _))) || decided {
            r += 1;
        }
        while r < items.len() {
            match &items[r] {
                Item::Title(..) if !touches_name(r) => {
                    right.push(r);
                    r += 1;
                    if matches!(items.get(r), Some(Item::Sep(',' | '-' | '&' | '+', _)))
                        && matches!(items.get(r + 1), Some(Item::Title(..)))
                    {
                        r += 1;
                    } else if matches!(items.get(r), Some(Item::Sep(',', _)))
                        && matches!(items.get(r + 1), Some(Item::Sep('+', _)))
                        && matches!(items.get(r + 2), Some(Item::Title(..)))
                    {
                        // ", kiêm …"
                        r += 2;
                    }
                }
                _ => break,
            }
        }
        // "A, Giám đốc Sở Tài chính được điều động, bổ nhiệm giữ chức …":
        // the post decided after the person's titles
        if !right.is_empty() {
            if let Some((x, once)) =
                decided_title(doc, &items, &of, r).filter(|&(x, _)| !touches_name(x))
            {
                right.push(x);
                if once || before {
                    left.push(x);
                }
            }
        }
        for &x in &right {
            claimed[x] = true;
        }
        // no title on the left: one named before "đối với" or heading a
        // list is the person's, first ("thôi chức Phó Trưởng Ban … đối với
        // các đồng chí A và Trung tướng B")
        if chain.is_empty() {
            let title = match j.checked_sub(1).map(|p| &items[p]) {
                Some(&Item::Other(first, end))
                    if j >= 2 && after_doi_voi(doc, first as usize, end as usize) =>
                {
                    match &items[j - 2] {
                        it @ Item::Title(..)
                            if of
                                .title(it)
                                .is_some_and(|tp| after_post_decision(doc, tp.first)) =>
                        {
                            Some(j - 2)
                        }
                        _ => None,
                    }
                }
                // "các đồng chí Phó Tổng Tham mưu trưởng …: Trung tướng A,
                // …; Trung tướng B": the post heads the list after the colon
                Some(&Item::Stop(colon))
                    if j >= 2
                        && doc.text(colon as usize) == ":"
                        && of
                            .title(&items[j - 2])
                            .is_some_and(|tp| heads_a_list(doc, tp.first)) =>
                {
                    Some(j - 2)
                }
                Some(Item::Sep(',' | '&', _)) => {
                    doi_voi.filter(|&(name, _)| name + 2 == j).map(|(_, t)| t)
                }
                // the next one of a list, after ';' (the one before it had
                // titles of its own after a comma)
                Some(&Item::Stop(semi)) if doc.text(semi as usize) == ";" => doi_voi
                    .filter(|&(name, _)| {
                        (name + 1..j - 1).all(|x| in_chain[x] || matches!(items[x], Item::Sep(..)))
                    })
                    .map(|(_, t)| t),
                _ => None,
            };
            if let Some(t) = title {
                chain.push(t);
                doi_voi = Some((k, t));
            }
        }
        chain.extend_from_slice(&right);
        for &x in &chain {
            in_chain[x] = true;
        }
        let name_text = names::display(doc, a, b);
        let single = b - a == 1;
        positions_of(
            doc, &items, &of, &chain, &left, &places, &mut orgs, &mut typed, &mut posts,
        );
        let span = Span::new(doc.tokens[a].start(), doc.tokens[b - 1].end());
        add_person(
            &mut people,
            name_text,
            single,
            rank,
            honors,
            &mut posts,
            span,
        );
    }

    // Titles written with their body but no name ("Thủ tướng Chính phủ nhấn
    // mạnh") complete the bare titles of the one person who holds them.
    let mut bodies_of_title: BodiesOfTitle<'_> = HashMap::new();
    // each such title: its phrase, and where its folded title and folded
    // body stand in `standing_keys` (one buffer, not a string each), for
    // refer_titles_to_holders
    let mut standing_keys = String::with_capacity(32 * titles.len());
    let mut standing: Vec<StandingTitle<'_>> = Vec::with_capacity(titles.len());
    for &k in &titles {
        if let Some(t) = items.get(k).and_then(|it| of.title(it)) {
            if in_chain[k] || t.former {
                continue;
            }
            let title = push_folded(&mut standing_keys, &t.text);
            let mut body_key = None;
            if let Some(b) = &t.body {
                let r = resolve_body(doc, b, &places);
                orgs.add(doc, &r, b);
                body_key = Some(push_folded(&mut standing_keys, &r.name));
                if r.listed {
                    let title = standing_keys.get(title.clone()).unwrap_or_default();
                    match bodies_of_title.get_mut(title) {
                        Some(list) => add_body_of_title(list, r.name),
                        None => {
                            bodies_of_title.insert(title.to_string(), vec![r.name]);
                        }
                    }
                }
            }
            standing.push((t, title, body_key));
        }
    }
    // who holds each post written with its body: a bare title is not
    // completed with a post another person of the article holds. A bare
    // title is completed only with the one body of its title, so only the
    // (title, sole body) pairs of `bodies_of_title` are counted, keyed by
    // its strings.
    let mut holders: HashMap<(&str, &str), usize> = HashMap::new();
    if !bodies_of_title.is_empty() {
        // each title folded into one buffer (with room for most), and looked
        // up there
        let mut title = String::with_capacity(64);
        for (i, p) in people.list.iter().enumerate() {
            for q in p.positions.iter().filter(|q| !q.former) {
                if let Some(o) = &q.organization {
                    fold_key_into(&mut title, &q.title.text);
                    if let Some((t, [only])) = bodies_of_title
                        .get_key_value(title.as_str())
                        .map(|(t, list)| (t, list.as_slice()))
                    {
                        if *only == o.name {
                            holders.insert((t, only), i);
                        }
                    }
                }
            }
        }
    }
    let mut post_keys = PostKeys::default();
    for (i, p) in people.list.iter_mut().enumerate() {
        complete_bare_titles(
            p,
            &bodies_of_title,
            |title, body| holders.get(&(title, body)).is_some_and(|&h| h != i),
            &mut post_keys,
        );
    }
    refer_titles_to_holders(doc, &standing_keys, standing, &mut people.list);
    let mut organizations = orgs.list;
    let short_forms = merge_short_forms(&mut organizations);
    for p in &mut people.list {
        p.positions
            .retain(|q| q.organization.is_some() || !needs_a_body(&q.title.text));
        drop_short_form_posts(&mut p.positions, &short_forms);
    }

    let officials = people
        .list
        .into_iter()
        .filter(|p| p.rank.is_some() || !p.positions.is_empty())
        .map(|p| Official {
            name: p.name,
            rank: p.rank,
            honors: p.honors,
            positions: p.positions,
            mentions: p.mentions,
        })
        .collect();
    for o in &mut organizations {
        o.mentions.sort();
        o.mentions.dedup();
    }
    People {
        officials,
        organizations,
    }
}

/// A department written once with its parent ("Cục X Bộ Y") and once
/// without ("Cục X") is one body: the short entry goes, its mentions join
/// the full one. Returns the fold keys of the short names, each with the
/// fold key of its full name.
fn merge_short_forms(list: &mut Vec<Organization>) -> HashMap<String, String> {
    let mut short: HashMap<String, String> = HashMap::new();
    for o in list.iter() {
        let Some(parent) = &o.parent else { continue };
        let child = o
            .name
            .strip_suffix(parent.as_str())
            .map(|c| c.trim_end_matches([' ', ',']))
            .filter(|c| !c.is_empty() && c.len() + parent.len() < o.name.len());
        if let Some(child) = child.filter(|c| is_department(c)) {
            short
                .entry(fold_key(child))
                .or_insert_with(|| fold_key(&o.name));
        }
    }
    if short.is_empty() {
        return short;
    }
    let mut moved: HashMap<&str, Vec<Span>> = HashMap::new();
    // each name folded into one buffer, and looked up there
    let mut key = String::new();
    list.retain(|o| {
        fold_key_into(&mut key, &o.name);
        match short.get(key.as_str()) {
            Some(full) => {
                moved.entry(full).or_default().extend(&o.mentions);
                false
            }
            None => true,
        }
    });
    for o in list.iter_mut() {
        fold_key_into(&mut key, &o.name);
        if let Some(spans) = moved.remove(key.as_str()) {
            o.mentions.extend(spans);
        }
    }
    short
}

/// Whether `name` is a department's, whose name repeats from one parent
/// body to the next ("Cục Thuế", "Vụ Pháp chế", "Phòng Tham mưu", "Cơ
/// quan Cảnh sát điều tra").
fn is_department(name: &str) -> bool {
    [
        "Cục ",
        "Vụ ",
        "Phòng ",
        "Chi cục ",
        "Văn phòng ",
        "Cơ quan ",
    ]
    .iter()
    .any(|head| name.starts_with(head))
}

/// The folded title and body of each position written with its body.
fn posts_with_body(positions: &[Position]) -> Vec<(String, String)> {
    positions
        .iter()
        .filter_map(|q| {
            let o = q.organization.as_ref()?;
            Some((fold_key(&q.title.text), fold_key(&o.name)))
        })
        .collect()
}

/// Drops a post whose body is the short form of a department when the
/// person holds the same title with the full name.
fn drop_short_form_posts(positions: &mut Vec<Position>, short: &HashMap<String, String>) {
    if short.is_empty() {
        return;
    }
    let held = posts_with_body(positions);
    // more posts than are compared in turn: a hash set of them
    let held_set: Option<HashSet<(&str, &str)>> = (held.len() > SCANNED_POSTS)
        .then(|| held.iter().map(|(t, b)| (t.as_str(), b.as_str())).collect());
    // each body and title folded into one buffer
    let (mut body, mut title) = (String::new(), String::new());
    positions.retain(|q| {
        let Some(o) = &q.organization else {
            return true;
        };
        fold_key_into(&mut body, &o.name);
        let Some(full) = short.get(body.as_str()) else {
            return true;
        };
        fold_key_into(&mut title, &q.title.text);
        match &held_set {
            Some(set) => !set.contains(&(title.as_str(), full.as_str())),
            None => !held.iter().any(|(t, b)| *t == title && b == full),
        }
    });
}

/// Units a command ("Bộ Tư lệnh") leads, whose party committee is named
/// after the unit ("Đảng ủy Quân khu 5", not "Đảng ủy Bộ Tư lệnh").
const COMMANDED_UNITS: &[&str] = &[
    "quân khu ",
    "quân đoàn ",
    "quân chủng ",
    "binh chủng ",
    "binh đoàn ",
    "vùng ",
    "bộ đội biên phòng",
    "hải quân",
    "cảnh sát biển",
];

/// "(Ban Thường vụ) Đảng ủy, Bộ Tư lệnh Quân khu 5", "Thường vụ Đảng ủy,
/// chỉ huy Tổng cục Hậu cần": a bare party committee written before the
/// command of a unit (or "chỉ huy" and a central body) is the unit's party
/// committee. The unit's name, and the span from the committee to the unit.
fn committee_of_commanded_unit(
    doc: &Doc<'_>,
    items: &[Item],
    of: &Phrases,
    k: usize,
    a: &BodyPhrase,
) -> Option<(String, Span)> {
    let committee_end = doc.hit(a.parent_first.unwrap_or(a.first)).map(|h| h.last);
    let bare_committee = a.last_body.name == "Đảng ủy"
        && committee_end == Some(a.last)
        && a.locality.is_none()
        && a.bare_level.is_none();
    if !bare_committee || !matches!(items.get(k + 1), Some(Item::Sep(',' | '-', _))) {
        return None;
    }
    let span =
        |c: &BodyPhrase| Span::new(doc.tokens[a.first].start(), doc.tokens[c.last - 1].end());
    let body = |x: usize| items.get(x).and_then(|it| of.body(it));
    match (items.get(k + 2), body(k + 2), body(k + 3)) {
        (_, Some(c), _) if c.head.name.starts_with("Bộ Tư lệnh") => {
            let text = c.text(doc);
            let unit = text.splitn(4, ' ').nth(3)?;
            let commanded = COMMANDED_UNITS.iter().any(|u| starts_with_folded(unit, u));
            commanded.then(|| (unit.to_string(), span(c)))
        }
        (Some(&Item::Other(f, e)), _, Some(c))
            if e == f + 2
                && doc.folded(f as usize) == "chỉ"
                && doc.folded(f as usize + 1) == "huy"
                && c.head.shape == Shape::Named
                && c.kind == OrgKind::Military =>
        {
            Some((c.text(doc).into_owned(), span(c)))
        }
        _ => None,
    }
}

/// Titles that name no post without their body: a director or a board's
/// head written with no body the article makes certain ("bà A, Giám đốc,
/// cho biết") heads a company, a hospital or an event's board as often as
/// a state body, so the bare title is no position.
fn needs_a_body(title: &str) -> bool {
    matches!(
        titles::base_title(title),
        "Giám đốc" | "Tổng Giám đốc" | "Trưởng ban" | "Trưởng ban Thường trực"
    )
}

/// A title written with no name: its phrase, and where its folded title
/// and folded body (if any) stand in a buffer of keys.
type StandingTitle<'a> = (&'a TitlePhrase, Range<usize>, Option<Range<usize>>);

/// The persons who hold a post, as [`refer_titles_to_holders`] needs
/// them: the first one, and whether any other does.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Holders {
    first: usize,
    more: bool,
}

impl Holders {
    /// Held by person `i` alone.
    fn of(i: usize) -> Holders {
        Holders {
            first: i,
            more: false,
        }
    }

    /// Held by person `i` too.
    fn add(&mut self, i: usize) {
        self.more |= i != self.first;
    }
}

/// A title standing alone ("Thủ tướng nhấn mạnh", "Chủ tịch UBND tỉnh ký
/// quyết định") is a mention of the one person the article gives that post.
fn refer_titles_to_holders(
    doc: &Doc<'_>,
    keys: &str,
    standing: Vec<StandingTitle<'_>>,
    people: &mut [Person],
) {
    let key = |r: &Range<usize>| keys.get(r.clone()).unwrap_or_default();
    // who holds each current post: (title, body) → holders, and title
    // alone → holders, for the titles and bodies standing alone only
    // (the keys borrowed from `keys`)
    let mut with_body: HashMap<(&str, &str), Holders> = HashMap::new();
    let mut by_title: HashMap<&str, Holders> = HashMap::new();
    let wanted: HashSet<&str> = standing.iter().map(|(_, t, _)| key(t)).collect();
    let wanted_bodies: HashSet<&str> = standing
        .iter()
        .filter_map(|(_, _, b)| b.as_ref().map(key))
        .collect();
    // each title and body folded into one buffer, and looked up there
    // (with room for most titles and bodies)
    let room = if wanted.is_empty() { 0 } else { 64 };
    let (mut title, mut body) = (String::with_capacity(room), String::with_capacity(room));
    for (i, p) in people.iter().enumerate() {
        if wanted.is_empty() {
            break;
        }
        for q in p.positions.iter().filter(|q| !q.former) {
            fold_key_into(&mut title, &q.title.text);
            let Some(&t) = wanted.get(title.as_str()) else {
                continue;
            };
            if let Some(o) = &q.organization {
                fold_key_into(&mut body, &o.name);
                if let Some(&b) = wanted_bodies.get(body.as_str()) {
                    with_body
                        .entry((t, b))
                        .and_modify(|h| h.add(i))
                        .or_insert(Holders::of(i));
                }
            }
            by_title
                .entry(t)
                .and_modify(|h| h.add(i))
                .or_insert(Holders::of(i));
        }
    }
    for (t, title, body) in standing {
        let holders = match body {
            Some(body) => with_body.get(&(key(&title), key(&body))),
            None => by_title.get(key(&title)),
        };
        if let Some(&Holders {
            first: only,
            more: false,
        }) = holders
        {
            let span = Span::new(
                doc.tokens[t.first].start(),
                doc.tokens[t.title_end - 1].end(),
            );
            people[only].mentions.push(span);
        }
    }
    for p in people.iter_mut() {
        p.mentions.sort();
        p.mentions.dedup();
    }
}

/// Buffers [`complete_bare_titles`] keeps from one person to the next, so
/// that it makes no string for each position.
#[derive(Default)]
struct PostKeys {
    /// The folded titles and bodies of a person's positions, one after
    /// another.
    text: String,
    /// Each position's folded title and folded body (if any): ranges of
    /// `text`.
    keys: Vec<(Range<usize>, Option<Range<usize>>)>,
    /// Which positions stay.
    keep: Vec<bool>,
    /// The phrase keys of the positions ([`push_joined_key`]).
    joined: Strings,
}

/// How many positions of a person [`complete_bare_titles`] compares in
/// turn for the same post; beyond, it hashes them.
const SCANNED_POSTS: usize = 16;

/// Adds the fold key of `s` to `text`; returns where it stands.
fn push_folded(text: &mut String, s: &str) -> Range<usize> {
    let from = text.len();
    push_fold_key(text, s);
    from..text.len()
}

/// Drops a bare title when the same title with a body is known for the
/// person, and completes a bare title from the article when only one body
/// is ever written with it.
fn complete_bare_titles(
    p: &mut Person,
    bodies_of_title: &BodiesOfTitle<'_>,
    held_by_another: impl Fn(&str, &str) -> bool,
    scratch: &mut PostKeys,
) {
    if let [q] = p.positions.as_mut_slice() {
        // one position: none to drop it for, none to merge it with (its
        // title folded into the buffer, and only for a bare title that
        // may be completed)
        if may_be_completed(q, bodies_of_title) {
            fold_key_into(&mut scratch.text, &q.title.text);
            complete_bare_title(q, &scratch.text, bodies_of_title, &held_by_another);
        }
        return;
    }
    // each position's folded title and body, folded once
    scratch.text.clear();
    scratch.keys.clear();
    let PostKeys { text, keys, .. } = scratch;
    // room for the keys (folding seldom changes a length), grown at once
    let room: usize = p
        .positions
        .iter()
        .map(|q| q.title.text.len() + q.organization.as_ref().map_or(0, |o| o.name.len()))
        .sum();
    text.reserve(room + 16);
    for q in &p.positions {
        let title = push_folded(text, &q.title.text);
        let body = q.organization.as_ref().map(|o| push_folded(text, &o.name));
        keys.push((title, body));
    }
    let PostKeys {
        text, keys, keep, ..
    } = scratch;
    let at = |r: &Range<usize>| text.get(r.clone()).unwrap_or_default();
    let longer =
        |t: &str, o: &str| o.len() > t.len() && o.starts_with(t) && o[t.len()..].starts_with(' ');
    keep.clear();
    if keys.len() <= SCANNED_POSTS {
        keep.extend(p.positions.iter().zip(keys.iter()).map(|(q, (t, body))| {
            let t = at(t);
            match body {
                // a bare title is dropped when the same title, or a longer
                // one that starts with it ("Phó Thủ tướng" and "Phó Thủ
                // tướng Thường trực"), is known
                None => !keys.iter().any(|(o, ob)| {
                    let o = at(o);
                    (ob.is_some() && o == t) || longer(t, o)
                }),
                // and so is a title with a body when a longer one starting
                // with it is held in the same body ("Phó Bí thư Tỉnh ủy" and
                // "Phó Bí thư Thường trực Tỉnh ủy")
                Some(b) => {
                    let b = at(b);
                    q.former
                        || !keys
                            .iter()
                            .any(|(w, o)| o.as_ref().map(at) == Some(b) && longer(t, at(w)))
                }
            }
        }));
    } else {
        // more posts than are compared in turn: the same tests, answered
        // by hash sets of what the keys hold
        let known = HeldPosts::new(keys.iter().map(|(t, b)| (at(t), b.as_ref().map(at))));
        keep.extend(p.positions.iter().zip(keys.iter()).map(|(q, (t, body))| {
            let t = at(t);
            match body {
                None => !known.bare_title_is_known(t),
                Some(b) => q.former || !known.longer_in_body(t, at(b)),
            }
        }));
    }
    let mut kept = keep.iter();
    p.positions.retain(|_| kept.next().copied().unwrap_or(true));
    let mut kept = keep.iter();
    keys.retain(|_| kept.next().copied().unwrap_or(true));
    for (q, (title, _)) in p.positions.iter_mut().zip(keys.iter()) {
        complete_bare_title(q, at(title), bodies_of_title, &held_by_another);
    }
    // the bodies just completed, folded
    for (q, (_, body)) in p.positions.iter().zip(keys.iter_mut()) {
        if let (None, Some(o)) = (&body, &q.organization) {
            *body = Some(push_folded(&mut scratch.text, &o.name));
        }
    }
    let PostKeys {
        text,
        keys,
        keep,
        joined,
    } = scratch;
    // the same post twice: the first one stays (keyed as `phrase_key`)
    joined.clear();
    joined.text.reserve(text.len() + keys.len());
    for (title, body) in keys.iter() {
        let title = text.get(title.clone()).unwrap_or_default();
        let body = body
            .as_ref()
            .map(|b| text.get(b.clone()).unwrap_or_default());
        push_joined_key(joined.next_mut(), title, body);
        joined.close();
    }
    let post = |k: usize| joined.get(k);
    keep.clear();
    if joined.len() <= SCANNED_POSTS {
        keep.extend((0..joined.len()).map(|k| (0..k).all(|e| post(e) != post(k))));
    } else {
        let mut seen: HashSet<&str> = HashSet::with_capacity(joined.len());
        keep.extend((0..joined.len()).map(|k| seen.insert(post(k))));
    }
    let mut kept = keep.iter();
    p.positions.retain(|_| kept.next().copied().unwrap_or(true));
}

/// The folded titles and bodies of one person's posts, in hash sets: what
/// [`complete_bare_titles`] asks of them when there are more than
/// [`SCANNED_POSTS`], answered without a search of every post for each.
struct HeldPosts<'k> {
    /// the titles held with a body
    with_body: HashSet<&'k str>,
    /// the titles, each once
    titles: HashSet<&'k str>,
    /// the (body, title) pairs held, each once
    posts: HashSet<(&'k str, &'k str)>,
    /// each proper prefix of a title that a space follows in it: the
    /// titles a longer held title starts with
    prefixes: HashSet<&'k str>,
    /// the same for the titles held with a body, each with its body
    body_prefixes: HashSet<(&'k str, &'k str)>,
}

impl<'k> HeldPosts<'k> {
    /// The sets of the posts `keys` (folded title, folded body if any).
    fn new(keys: impl ExactSizeIterator<Item = (&'k str, Option<&'k str>)>) -> Self {
        let n = keys.len();
        let mut held = HeldPosts {
            with_body: HashSet::with_capacity(n),
            titles: HashSet::with_capacity(n),
            posts: HashSet::with_capacity(n),
            prefixes: HashSet::with_capacity(n),
            body_prefixes: HashSet::with_capacity(n),
        };
        for (title, body) in keys {
            // a title (or post) seen before adds no prefix: each title's
            // words are gone through once
            if held.titles.insert(title) {
                held.prefixes.extend(word_prefixes(title));
            }
            if let Some(body) = body {
                held.with_body.insert(title);
                if held.posts.insert((body, title)) {
                    held.body_prefixes
                        .extend(word_prefixes(title).map(|t| (body, t)));
                }
            }
        }
        held
    }

    /// Whether bare title `title` is held with a body, or a longer title
    /// that starts with it and a space is held.
    fn bare_title_is_known(&self, title: &str) -> bool {
        self.with_body.contains(title) || self.prefixes.contains(title)
    }

    /// Whether a longer title that starts with `title` and a space is held
    /// in `body`.
    fn longer_in_body(&self, title: &str, body: &str) -> bool {
        self.body_prefixes.contains(&(body, title))
    }
}

/// Each proper prefix of `s` that a space follows in `s` (from the
/// shortest): the `t` for which `s` is longer than `t`, starts with it
/// and goes on with a space.
fn word_prefixes(s: &str) -> impl Iterator<Item = &str> {
    s.bytes()
        .enumerate()
        .filter(|&(_, c)| c == b' ')
        .filter_map(move |(i, _)| s.get(..i))
}

/// Appends to `out` the phrase key of folded title `title` and folded
/// body `body`: the title, a space and the body, or either alone when the
/// other is empty (or the body is `None`).
fn push_joined_key(out: &mut String, title: &str, body: Option<&str>) {
    match body {
        Some(body) if title.is_empty() => out.push_str(body),
        Some(body) if !body.is_empty() => {
            out.push_str(title);
            out.push(' ');
            out.push_str(body);
        }
        _ => out.push_str(title),
    }
}

/// Folded title → the names of the bodies the article writes with it
/// (borrowed where resolution borrowed them): the first two, since only
/// whether a title has exactly one body is read.
type BodiesOfTitle<'d> = HashMap<String, Vec<Cow<'d, str>>>;

/// Adds `name` to the bodies of a title, `list`, unless it is there or
/// two are: two names are as many as more, since only whether a title has
/// exactly one body is read (so the list is never searched past one).
fn add_body_of_title<'d>(list: &mut Vec<Cow<'d, str>>, name: Cow<'d, str>) {
    if list.len() < 2 && !list.iter().any(|n| *n == *name) {
        list.push(name);
    }
}

/// Whether [`complete_bare_title`] may complete `q`: a bare current
/// title, in an article that writes titles with their bodies.
fn may_be_completed(q: &Position, bodies_of_title: &BodiesOfTitle<'_>) -> bool {
    q.organization.is_none() && !q.former && !bodies_of_title.is_empty()
}

/// Completes bare title `q` (folded: `title`) with the one body the
/// article writes with that title, unless another person holds that post.
fn complete_bare_title(
    q: &mut Position,
    title: &str,
    bodies_of_title: &BodiesOfTitle<'_>,
    held_by_another: &impl Fn(&str, &str) -> bool,
) {
    if !may_be_completed(q, bodies_of_title) {
        return;
    }
    if let Some([only]) = bodies_of_title.get(title).map(Vec::as_slice) {
        if held_by_another(title, only) {
            return;
        }
        q.organization = Some(OrgRef {
            name: only.to_string(),
            kind: OrgKind::Other,
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn positions_of<'a>(
    doc: &'a Doc<'_>,
    items: &[Item],
    of: &'a Phrases,
    chain: &[usize],
    left: &[usize],
    places: &Localities<'a>,
    orgs: &mut OrgList,
    scratch: &mut Positioning<'a>,
    out: &mut Vec<Post<'a>>,
) {
    out.clear();
    let Positioning {
        typed,
        titles,
        joined_by_kiem,
    } = scratch;
    titles.clear();
    titles.extend(chain.iter().filter_map(|&k| of.title(&items[k])));
    let own_places = if titles
        .iter()
        .filter_map(|t| t.body.as_ref())
        .any(may_take_place)
    {
        let written: Vec<(&str, &str)> = titles
            .iter()
            .filter_map(|t| t.body.as_ref().and_then(written_place))
            .collect();
        let first = chain.iter().copied().min().unwrap_or(0);
        places.with_written(&written, &places_before(items, of, first))
    } else {
        None
    };
    let places = own_places.as_ref().unwrap_or(places);
    // "nguyên Đồn phó …, kiêm Trạm trưởng …": a post joined by "kiêm" to a
    // former one is former too
    joined_by_kiem.clear();
    joined_by_kiem.extend(chain.iter().map(|&k| {
        k > 0 && matches!(items[k - 1], Item::Sep('+', _))
            || k > 1
                && matches!(items[k - 1], Item::Sep(',', _))
                && matches!(items[k - 2], Item::Sep('+', _))
    }));
    // the chain's titles left of the name, looked up in a set when many
    let left_set: Option<HashSet<usize>> =
        (left.len() > SCANNED_POSTS).then(|| left.iter().copied().collect());
    let is_left = |k: usize| {
        left_set
            .as_ref()
            .map_or_else(|| left.contains(&k), |s| s.contains(&k))
    };
    // the fold keys of the posts kept, once there are more than
    // SCANNED_POSTS (a long chain): a post is then a duplicate when its key
    // is there, not after a comparison with each post kept
    let mut kept_keys: Option<HashSet<PostKey>> = None;
    let mut previous_former = false;
    for (n, t) in titles.iter().enumerate() {
        let former = t.former
            || chain.get(n).is_some_and(|&k| is_left(k))
            || previous_former && joined_by_kiem.get(n).copied().unwrap_or(false);
        previous_former = former;
        let span = Span::new(
            doc.tokens[t.first].start(),
            doc.tokens[t.title_end - 1].end(),
        );
        let mut org: Option<Resolved> = t.body.as_ref().map(|b| {
            let r = resolve_body(doc, b, places);
            orgs.add(doc, &r, b);
            r
        });
        // A bare title before a comma shares the next title's body.
        let incomplete = org.as_ref().is_none_or(|o| !o.listed);
        if incomplete && !t.def.standalone {
            if let Some(next) = titles.get(n + 1).and_then(|nt| nt.body.as_ref()) {
                let next_r = resolve_body(doc, next, places);
                let party_title = matches!(t.def.name, "Bí thư" | "Ủy viên");
                let shared = match (&org, next.head.name) {
                    (Some(own), _)
                        if [
                            "Đảng ủy",
                            "Ban Thường vụ",
                            "Ban Thường vụ Đảng ủy",
                            "Thường vụ Đảng ủy",
                        ]
                        .contains(&&*own.name) =>
                    {
                        Some(Resolved {
                            name: Cow::Owned(format!("{} {}", own.name, next_r.name)),
                            listed: true,
                            ..next_r
                        })
                    }
                    (None, "Đảng ủy") if next.has_parent && !party_title => {
                        let parent_first = doc.hit(next.first).map_or(next.first, |h| h.last);
                        Some(Resolved {
                            name: Cow::Borrowed(doc.slice(parent_first, next.last)),
                            ..next_r
                        })
                    }
                    // a deputy sits in an elected assembly, a minister in
                    // a ministry: not in the next title's other body
                    (None, _) if !may_hold(t.def.name, &next_r.name) => None,
                    (None, _) => Some(next_r),
                    _ => None,
                };
                if let Some(s) = shared {
                    if let Some(own_phrase) = &t.body {
                        orgs.add(doc, &s, own_phrase);
                    }
                    org = Some(s);
                }
            }
        }
        let mut org_ref = org.map(|o| (o.name, o.kind));
        if org_ref.is_none() {
            // its own place, or the next title's ("Bí thư, Đô trưởng Thủ đô X")
            let next_place = || {
                (!t.def.standalone && t.body.is_none())
                    .then(|| {
                        titles
                            .get(n + 1)
                            .filter(|nt| nt.body.is_none())
                            .and_then(|nt| nt.place.as_deref())
                    })
                    .flatten()
            };
            org_ref = t
                .place
                .as_deref()
                .or_else(next_place)
                .map(|c| (Cow::Borrowed(c), OrgKind::Other));
        }
        let duplicate = match &mut kept_keys {
            Some(keys) => !keys.insert(post_key(&t.text, org_ref.as_ref().map(|(b, _)| &**b))),
            None => out.iter().any(|p| {
                same_key(p.text, &t.text)
                    && match (p.body(), &org_ref) {
                        (Some(a), Some((b, _))) => same_key(a, b),
                        (a, b) => a.is_none() && b.is_none(),
                    }
            }),
        };
        if !duplicate {
            out.push(Post {
                text: &t.text,
                typed: typed.get(&t.text),
                organization: org_ref,
                former,
                span,
            });
            if kept_keys.is_none() && out.len() > SCANNED_POSTS {
                kept_keys = Some(out.iter().map(|p| post_key(p.text, p.body())).collect());
            }
        }
    }
}

/// A post's title and body as [`same_key`] compares them: their fold keys.
type PostKey = (String, Option<String>);

/// The [`PostKey`] of title `title` in body `body`: two posts are the same
/// for [`positions_of`] when their keys are equal.
fn post_key(title: &str, body: Option<&str>) -> PostKey {
    (fold_key(title), body.map(fold_key))
}

/// A post [`positions_of`] finds for a person, before [`add_person`] keeps
/// it or finds it known: its strings borrow the phrase and the text, and
/// are copied only into a [`Position`] the person is given.
struct Post<'d> {
    /// The title's canonical text.
    text: &'d str,
    /// The title typed, with an empty text.
    typed: Title,
    /// The body's name and kind.
    organization: Option<(Cow<'d, str>, OrgKind)>,
    former: bool,
    span: Span,
}

impl Post<'_> {
    /// The name of the post's body, if any.
    fn body(&self) -> Option<&str> {
        self.organization.as_ref().map(|(name, _)| &**name)
    }

    /// The position the post gives.
    fn into_position(self) -> Position {
        Position {
            title: Title {
                text: self.text.to_string(),
                ..self.typed
            },
            organization: self.organization.map(|(name, kind)| OrgRef {
                name: name.into_owned(),
                kind,
            }),
            former: self.former,
            span: self.span,
        }
    }
}

/// The chars of `fold_key(s)`, one by one, with no string built: `s`
/// without its leading and trailing spaces and line breaks, each run of
/// them one space, each char folded by `fold_char`.
fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut after_space = false;
    s.trim_matches([' ', '\n']).chars().filter_map(move |c| {
        if c == ' ' || c == '\n' {
            let first = !after_space;
            after_space = true;
            first.then_some(' ')
        } else {
            after_space = false;
            Some(crate::normalize::fold_char(c))
        }
    })
}

/// `fold_key(a) == fold_key(b)`, with no string built (nor any folding
/// when `a` and `b` are written alike).
fn same_key(a: &str, b: &str) -> bool {
    a == b || folded_chars(a).eq(folded_chars(b))
}

/// What [`positions_of`] keeps from one person to the next of an article:
/// the typed titles, and its lists for a person's titles, kept so that
/// each person does not allocate them anew.
struct Positioning<'a> {
    typed: TypedTitles<'a>,
    /// The title phrases of the person's chain.
    titles: Vec<&'a TitlePhrase>,
    /// For each entry of the chain: written after "kiêm" (or "kiêm,").
    joined_by_kiem: Vec<bool>,
}

/// Titles typed once per article: [`Title::new`] folds and classifies the
/// text, and an article writes the same few titles again and again. Each
/// is kept with the text of its phrase (borrowed) and an empty text of its
/// own: a title typed anew is not copied to be kept.
#[derive(Default)]
struct TypedTitles<'a> {
    list: Vec<(&'a str, Title)>,
    /// The lower-cased text [`Title::new_in`] types a title from (with
    /// room for most titles).
    folded: String,
}

impl<'a> TypedTitles<'a> {
    /// Most titles kept: the look-up is a linear search, and must stay
    /// constant time however many titles an input holds.
    const MAX: usize = 32;

    /// Room for up to [`TypedTitles::MAX`] titles, as many as `titles`.
    fn with_capacity(titles: usize) -> Self {
        TypedTitles {
            list: Vec::with_capacity(Self::MAX.min(titles)),
            folded: String::with_capacity(64),
        }
    }

    /// The title of canonical text `text`, with an empty text (the
    /// caller copies the text into a title it keeps).
    fn get(&mut self, text: &'a str) -> Title {
        if let Some((_, t)) = self.list.iter().find(|(kept, _)| *kept == text) {
            return t.clone();
        }
        let typed = Title::new_in(text, &mut self.folded);
        if self.list.len() < Self::MAX {
            self.list.push((text, typed.clone()));
        }
        typed
    }
}

/// Persons found so far. Most articles name a few persons: up to
/// `scanned` of them a look-up scans the list; beyond, it goes through
/// indexes (built then, and kept up to date), so that each look-up is
/// constant time.
struct Registry {
    list: Vec<Person>,
    /// `fold_key` of each person's name, in the order of `list`, all in
    /// one buffer; after them, the key [`add_person`] last folded.
    keys: Strings,
    /// How many persons the list holds before the indexes are built.
    scanned: usize,
    /// Folded full name → person (the last one added with it).
    by_key: HashMap<String, usize>,
    /// Folded last syllable → persons whose name ends with it.
    by_last: HashMap<String, Vec<usize>>,
}

/// How many persons [`Registry`] holds before it builds its indexes.
const SCANNED_PERSONS: usize = 16;

/// The last syllable of a fold key.
fn last_syllable(key: &str) -> &str {
    key.rsplit(' ').next().unwrap_or(key)
}

impl Registry {
    /// An empty registry with room for `capacity` persons, scanning up to
    /// `scanned` of them.
    fn new(capacity: usize, scanned: usize) -> Self {
        Registry {
            list: Vec::with_capacity(capacity),
            // room for the keys of most articles' persons
            keys: Strings::with_capacity(capacity, 24 * capacity),
            scanned,
            by_key: HashMap::new(),
            by_last: HashMap::new(),
        }
    }

    /// The fold key of person `i`'s name.
    fn key(&self, i: usize) -> &str {
        self.keys.get(i)
    }

    /// The person last added with fold key `key`.
    fn with_key(&self, key: &str) -> Option<usize> {
        if self.list.len() <= self.scanned {
            (0..self.list.len()).rev().find(|&i| self.key(i) == key)
        } else {
            self.by_key.get(key).copied()
        }
    }

    /// The one person whose fold key ends with the syllable `last`, if
    /// exactly one does.
    fn only_with_last(&self, last: &str) -> Option<usize> {
        if self.list.len() <= self.scanned {
            let mut found = (0..self.list.len()).filter(|&i| last_syllable(self.key(i)) == last);
            match (found.next(), found.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        } else {
            match self.by_last.get(last).map(Vec::as_slice) {
                Some([only]) => Some(*only),
                _ => None,
            }
        }
    }

    /// Adds `person`, whose key is the one written after the keys
    /// (`keys.next()`); builds the indexes when the list outgrows the
    /// scan, and keeps them up to date after.
    fn push(&mut self, person: Person) {
        self.keys.close();
        self.list.push(person);
        let n = self.list.len();
        if n <= self.scanned {
            return;
        }
        let from = if n == self.scanned + 1 { 0 } else { n - 1 };
        for index in from..n {
            let key = self.keys.get(index);
            self.by_key.insert(key.to_string(), index);
            self.by_last
                .entry(last_syllable(key).to_string())
                .or_default()
                .push(index);
        }
    }
}

/// `fold_key(&q.phrase())` without the phrase: folding trims the ends and
/// makes each run of spaces one, char by char, so the folded phrase is the
/// folded title and the folded body joined by a space (or the one of them
/// that does not fold to nothing).
fn phrase_key(q: &Position) -> String {
    phrase_key_of(&q.title.text, org_name(q))
}

/// [`phrase_key`] of the post of title `title` in body `body`, folded
/// into one string: [`push_joined_key`] of their fold keys.
fn phrase_key_of(title: &str, body: Option<&str>) -> String {
    let mut key = String::with_capacity(title.len() + body.map_or(0, |b| b.len() + 1));
    push_fold_key(&mut key, title);
    if let Some(body) = body {
        let title_end = key.len();
        key.push(' ');
        push_fold_key(&mut key, body);
        if key.len() == title_end + 1 {
            // the body folds to nothing: the title alone
            key.truncate(title_end);
        } else if title_end == 0 {
            // the title folds to nothing: the body alone
            key.remove(0);
        }
    }
    key
}

/// [`push_joined_key`] into a new string (what [`phrase_key_of`] is
/// checked against).
#[cfg(test)]
fn joined_key(title: String, body: Option<String>) -> String {
    let mut out = String::new();
    push_joined_key(&mut out, &title, body.as_deref());
    out
}

/// A list of mentions, the first one in it, with room for a few more: most
/// persons and bodies are written more than once, and growing a list from
/// one entry reallocates it.
fn first_mention(span: Span) -> Vec<Span> {
    let mut mentions = Vec::with_capacity(4);
    mentions.push(span);
    mentions
}

/// The name of a position's body, if any.
fn org_name(q: &Position) -> Option<&str> {
    q.organization.as_ref().map(|o| o.name.as_str())
}

/// How many of the last persons a name is compared with as written,
/// before it is folded.
const RECENT_PERSONS: usize = 8;

/// How many of a person's last positions a merged position is compared
/// with as written, before its key is folded.
const RECENT_POSITIONS: usize = 8;

/// Adds the person named `name` with the posts `posts` (emptied), or
/// merges them into the person of the article who has that name; a
/// post's strings are copied only when the person is given it.
fn add_person(
    people: &mut Registry,
    name: Cow<'_, str>,
    single: bool,
    rank: Option<Rank>,
    honors: Vec<Honor>,
    posts: &mut Vec<Post<'_>>,
    span: Span,
) {
    // a name written as one of the last few persons' (most repeats): its
    // key is theirs, with no folding; among the last few only, so that the
    // time stays linear
    let recent = people.list.len().saturating_sub(RECENT_PERSONS);
    let same = (recent..people.list.len())
        .rev()
        .find(|&i| *people.list[i].name == *name);
    // else folded after the registry's keys, where a new person's stays
    if same.is_none() {
        push_fold_key(people.keys.next_mut(), &name);
    }
    let key = same.map_or(people.keys.next(), |i| people.key(i));
    let existing = if single {
        // "ông Sơn": the one person whose name ends with the syllable
        people.only_with_last(key)
    } else {
        people.with_key(key)
    };
    let people_list = &mut people.list;
    match existing {
        Some(i) => {
            let p = &mut people_list[i];
            p.mentions.push(span);
            if p.rank.is_none() {
                p.rank = rank;
            }
            for h in honors {
                if !p.honors.contains(&h) {
                    p.honors.push(h);
                }
            }
            for pos in posts.drain(..) {
                // the same post written as before (most repeats): its key is
                // known to be there, with no folding; among the last few
                // positions only, so that the time stays linear
                let recent = p.positions.len().saturating_sub(RECENT_POSITIONS);
                if p.positions[recent..]
                    .iter()
                    .any(|q| q.title.text == pos.text && org_name(q) == pos.body())
                {
                    continue;
                }
                let keys = p
                    .position_keys
                    .get_or_insert_with(|| p.positions.iter().map(phrase_key).collect());
                if keys.insert(phrase_key_of(pos.text, pos.body())) {
                    p.positions.push(pos.into_position());
                }
            }
        }
        None => {
            // A lone syllable is a short reference; it starts a person of its
            // own only when it reads as a foreign name ("Souphanouvon").
            if single && (posts.is_empty() && rank.is_none() || !names::looks_foreign_word(&name)) {
                posts.clear();
                return;
            }
            if same.is_some() {
                // the key is the person's of the same name: the same folding
                push_fold_key(people.keys.next_mut(), &name);
            }
            people.push(Person {
                name: name.into_owned(),
                rank,
                honors,
                positions: posts.drain(..).map(Post::into_position).collect(),
                position_keys: None,
                mentions: first_mention(span),
            });
        }
    }
}

/// Strings laid end to end in one buffer, so that a list of keys makes no
/// string for each; after the last one, the text of one being written.
#[derive(Default)]
struct Strings {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<usize>,
}

impl Strings {
    /// Room for `count` strings of `bytes` bytes in all.
    fn with_capacity(count: usize, bytes: usize) -> Strings {
        Strings {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(count),
        }
    }

    /// How many strings there are.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// String `i` (empty past the last).
    fn get(&self, i: usize) -> &str {
        let from = i
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .copied()
            .unwrap_or(0);
        let to = self.ends.get(i).copied().unwrap_or(from);
        self.text.get(from..to).unwrap_or_default()
    }

    /// No strings, and no text after them.
    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    /// The text after the last string, emptied, to write the next one in.
    fn next_mut(&mut self) -> &mut String {
        self.text.truncate(self.ends.last().copied().unwrap_or(0));
        &mut self.text
    }

    /// The text written after the last string.
    fn next(&self) -> &str {
        let from = self.ends.last().copied().unwrap_or(0);
        self.text.get(from..).unwrap_or_default()
    }

    /// Makes the text written after the last string a string of the list.
    fn close(&mut self) {
        self.ends.push(self.text.len());
    }
}

/// How many bodies [`OrgList`] holds before it builds its index.
const SCANNED_BODIES: usize = 16;

/// Bodies found so far. Most articles name a few: up to `scanned` of them
/// a look-up compares the fold keys in turn, all kept in one string (no
/// string, nor any hashing, for each); beyond, it goes through an index
/// (built then, and kept up to date), so that each look-up is constant
/// time.
struct OrgList {
    list: Vec<Organization>,
    /// How many bodies the list holds before the index is built.
    scanned: usize,
    /// The fold keys of the bodies of `list` (and after them, the key
    /// [`OrgList::mention`] last looked up).
    keys: Strings,
    /// Folded name → body, once the list outgrows the scan.
    index: HashMap<String, usize>,
}

impl OrgList {
    /// An empty list, scanning up to `scanned` bodies, with room for the
    /// bodies of most articles (it seldom grows).
    fn new(scanned: usize) -> Self {
        OrgList {
            list: Vec::with_capacity(16),
            scanned,
            keys: Strings::with_capacity(16, 16 * 32),
            index: HashMap::new(),
        }
    }

    /// Lists the body `r` resolved from phrase `b`, if it is listed.
    fn add(&mut self, doc: &Doc<'_>, r: &Resolved, b: &BodyPhrase) {
        self.add_cow(doc, Cow::Borrowed(r), b);
    }

    /// [`OrgList::add`] of a body the caller no longer needs: a new entry
    /// takes its name, locality and parent with no copy.
    fn add_owned(&mut self, doc: &Doc<'_>, r: Resolved, b: &BodyPhrase) {
        self.add_cow(doc, Cow::Owned(r), b);
    }

    fn add_cow(&mut self, doc: &Doc<'_>, r: Cow<'_, Resolved>, b: &BodyPhrase) {
        if !r.listed {
            return;
        }
        let span = Span::new(doc.tokens[b.first].start(), doc.tokens[b.last - 1].end());
        // "Lữ đoàn 249 (Binh chủng Công binh)": the unit and its parent are
        // listed apart; positions keep the whole name. A department
        // ("Vụ Pháp chế (Bộ Tư pháp)") is named by its parent: every
        // ministry has its own; a general department ("Tổng cục Thuế") is
        // one of a kind, like a numbered unit.
        let department = || {
            b.head.shape == Shape::Generic && b.head.name != "Tổng cục"
                || is_department(b.head.name)
        };
        if let Some((open, close)) = b.paren_parent.filter(|_| !department()) {
            let parent = bodies::joined_slice(doc, open + 1, close);
            // the name ends with " " and the parent
            let child = r
                .name
                .strip_suffix(&*parent)
                .and_then(|c| c.strip_suffix(' '));
            if let Some(child) = child {
                let child_span = Span::new(
                    span.start,
                    doc.tokens[open.saturating_sub(1).max(b.first)].end(),
                );
                let parent_span =
                    Span::new(doc.tokens[open + 1].start(), doc.tokens[close - 1].end());
                self.push(child, &r, Some(&parent), child_span);
                let parsed = bodies::parse(doc, open + 1);
                let parent_r = Resolved {
                    name: Cow::Borrowed(&parent),
                    locality: None,
                    parent: None,
                    kind: parsed.as_ref().map_or(r.kind, |p| p.kind),
                    level: parsed.as_ref().map_or(r.level, |p| p.level),
                    foreign: r.foreign,
                    listed: r.listed,
                };
                self.push(&parent, &parent_r, None, parent_span);
                return;
            }
        }
        if !self.mention(&r.name, span) {
            return;
        }
        let r = r.into_owned();
        self.insert(Organization {
            name: r.name.into_owned(),
            kind: r.kind,
            level: r.level,
            locality: r.locality.map(Cow::into_owned),
            // read off the original text when spans are mapped back
            abbreviation: None,
            parent: r.parent.map(Cow::into_owned),
            foreign: r.foreign,
            mentions: first_mention(span),
        });
    }

    fn push(&mut self, name: &str, r: &Resolved, parent: Option<&str>, span: Span) {
        if !self.mention(name, span) {
            return;
        }
        self.insert(Organization {
            name: name.to_string(),
            kind: r.kind,
            level: r.level,
            locality: r.locality.as_deref().map(str::to_string),
            // read off the original text when spans are mapped back
            abbreviation: None,
            parent: parent.map(str::to_string),
            foreign: r.foreign,
            mentions: first_mention(span),
        });
    }

    /// Adds `span` to the mentions of the body named `name` if it is
    /// listed already, and returns `false`; else returns `true`, with the
    /// fold key of `name` kept for [`OrgList::insert`].
    fn mention(&mut self, name: &str, span: Span) -> bool {
        // duplicates are removed once, at the end
        // A body written again as first written: found among the last few
        // by its name, without folding (as many as the list holds would
        // make the time quadratic).
        let recent = self.list.len().saturating_sub(16);
        if let Some(o) = self.list[recent..].iter_mut().find(|o| o.name == name) {
            o.mentions.push(span);
            return false;
        }
        // the key folded at the end of `keys`, where a new body's stays
        push_fold_key(self.keys.next_mut(), name);
        let key = self.keys.next();
        let found = if self.list.len() <= self.scanned {
            (0..self.list.len()).find(|&i| self.keys.get(i) == key)
        } else {
            self.index.get(key).copied()
        };
        match found.and_then(|i| self.list.get_mut(i)) {
            Some(o) => {
                o.mentions.push(span);
                false
            }
            None => true,
        }
    }

    /// Lists `o`, whose fold key [`OrgList::mention`] has just looked up
    /// and not found (and left at the end of `keys`); builds the index
    /// when the list outgrows the scan, and keeps it up to date after.
    fn insert(&mut self, o: Organization) {
        self.keys.close();
        self.list.push(o);
        let n = self.list.len();
        if n <= self.scanned {
            return;
        }
        let from = if n == self.scanned + 1 { 0 } else { n - 1 };
        for i in from..n {
            let key = self.keys.get(i).to_string();
            self.index.insert(key, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_keep_each_string_and_the_one_being_written() {
        let mut s = Strings::default();
        assert_eq!((s.len(), s.get(0), s.next()), (0, "", ""));
        s.next_mut().push_str("ủy ban");
        assert_eq!((s.len(), s.next()), (0, "ủy ban"));
        s.close();
        s.next_mut().push_str("bộ");
        // written again: the text after the last string starts anew
        s.next_mut().push_str("sở");
        s.close();
        s.close();
        assert_eq!(s.len(), 3);
        assert_eq!(
            (s.get(0), s.get(1), s.get(2), s.get(3)),
            ("ủy ban", "sở", "", "")
        );
        s.clear();
        assert_eq!((s.len(), s.get(0), s.next()), (0, "", ""));
    }

    #[test]
    fn boards_not_bodies_start_with_ban() {
        // resolve_body checks "ban " before the list
        for w in NOT_A_BODY {
            assert!(w.starts_with("ban "), "{w}");
        }
    }

    #[test]
    fn scan_words_are_the_title_prefixes_and_joining_words() {
        let words = SCAN_WORDS.words;
        assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
        let mut expected: Vec<&str> = titles::PREFIX_WORDS.to_vec();
        expected.extend(["và", "kiêm"]);
        expected.sort_unstable();
        assert_eq!(words, expected.as_slice());
    }

    /// Sentences in the style of the news, and their pieces joined at
    /// random, for the tests of the scan.
    fn sample_texts() -> Vec<String> {
        let pieces = [
            "Giám đốc các Sở: Xây dựng, Tư pháp và Nội vụ dự họp.",
            "các Bộ Quốc phòng, Công an phối hợp",
            "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Lạng Sơn,",
            "Phó Bí thư Tỉnh ủy Trần Thị Bình",
            "Thượng tướng Lê Văn Cường, Thứ trưởng Bộ Quốc phòng",
            "Đại tá Hoàng Minh, Chính ủy Bộ Chỉ huy Quân sự tỉnh",
            "đại diện các Ban Tuyên giáo, Dân vận Trung ương",
            "và kiêm Trưởng ban Tổ chức Huyện ủy",
            "nguyên Phó Thủ tướng Chính phủ",
            "UBND các huyện, thị xã, thành phố",
            "các Sở Tài chính - Kế hoạch và Đầu tư (Sở KH&ĐT)",
            "TS. Phạm Quang Huy (Cục Thuế)",
            "\n",
            "; ",
        ];
        let mut texts: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        let mut seed = 7u64;
        for _ in 0..200 {
            let mut t = String::new();
            for _ in 0..6 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                t.push(' ');
            }
            texts.push(t);
        }
        texts
    }

    #[test]
    fn scan_gathers_the_items_of_each_kind_and_the_body_heads() {
        let lexicon = crate::lexicon::Lexicon::compile();
        let mut lists = 0;
        let mut kinds = [0; 3];
        for text in sample_texts() {
            let mut norm = crate::normalize::normalize(&text);
            let doc = Doc::new(&mut norm, &lexicon);
            let Scan {
                items,
                phrases_of,
                body_heads: heads,
                titles,
                bodies,
                names,
            } = scan(&doc);
            // the title and body items point to their phrases, one each, in
            // order, and end where their phrases end
            let pointed = |list: &[usize]| -> Vec<usize> {
                list.iter()
                    .map(|&k| match items[k] {
                        Item::Title(t, last) => {
                            let t = t as usize;
                            assert_eq!(phrases_of.titles[t].last, last as usize, "{text}");
                            t
                        }
                        Item::Body(b, last) => {
                            let b = b as usize;
                            assert_eq!(phrases_of.bodies[b].last, last as usize, "{text}");
                            b
                        }
                        _ => usize::MAX,
                    })
                    .collect()
            };
            let every = |n: usize| (0..n).collect::<Vec<usize>>();
            assert_eq!(pointed(&titles), every(phrases_of.titles.len()), "{text}");
            assert_eq!(pointed(&bodies), every(phrases_of.bodies.len()), "{text}");
            // the lists of items of a kind hold every item of that kind
            let at = |kind: fn(&Item) -> bool| -> Vec<usize> {
                (0..items.len()).filter(|&k| kind(&items[k])).collect()
            };
            assert_eq!(titles, at(|it| matches!(it, Item::Title(..))), "{text}");
            assert_eq!(bodies, at(|it| matches!(it, Item::Body(..))), "{text}");
            assert_eq!(names, at(|it| matches!(it, Item::Name(..))), "{text}");
            kinds[0] += titles.len();
            kinds[1] += bodies.len();
            kinds[2] += names.len();
            let every: Vec<usize> = (0..doc.tokens.len())
                .filter(|&k| {
                    doc.tokens[k].kind() == TokenKind::Word
                        && doc
                            .hit(k)
                            .is_some_and(|h| matches!(h.term.class, Class::Body(_)))
                })
                .collect();
            assert_eq!(heads, every, "{text}");
            let at = crate::recognize::lists::find_at(&doc, heads.into_iter());
            let all = crate::recognize::lists::find(&doc);
            assert_eq!(format!("{at:?}"), format!("{all:?}"), "{text}");
            lists += all.len();
        }
        // the samples hold lists to find, and items of every kind
        assert!(lists > 100, "{lists}");
        assert!(kinds.iter().all(|&n| n > 100), "{kinds:?}");
    }

    #[test]
    fn holds_olympic_is_a_case_blind_search() {
        let plain = |s: &[u8]| s.windows(7).any(|w| w.eq_ignore_ascii_case(b"olympic"));
        let mut texts: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"olympic".to_vec(),
            "Ủy ban Olympic Việt Nam".as_bytes().to_vec(),
            "Hội đồng OLYMPIC châu Á".as_bytes().to_vec(),
            "Ban Tổ chức olympi".as_bytes().to_vec(),
            b"oooooooolympicoooooooo".to_vec(),
            "Sở Văn hóa, Thể thao và Du lịch".as_bytes().to_vec(),
        ];
        // the word at every offset of a longer text, and cut at every length
        for pad in 0..20 {
            let mut t = vec![b'x'; pad];
            t.extend_from_slice(b"oLyMpIc");
            t.extend_from_slice(b"tail o");
            for end in 0..=t.len() {
                texts.push(t[..end].to_vec());
            }
        }
        // bytes whose or with 0x20 is 'o' but for the case bit, and others
        for b in 0..=255u8 {
            texts.push([b'x', b, b'l', b'y', b'm', b'p', b'i', b'c', b, b'o'].to_vec());
        }
        for t in texts {
            assert_eq!(holds_olympic(&t), plain(&t), "{t:?}");
        }
    }

    #[test]
    fn an_item_takes_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Item>(), 12);
    }

    #[test]
    fn a_long_chain_of_titles_keeps_each_post_once() {
        // more posts than are compared in turn: the later ones are told
        // apart by their keys
        let mut text = String::from("Ông Trần Văn Bình, ");
        for i in 1..=SCANNED_POSTS + 4 {
            text.push_str(&format!("Chủ tịch UBND phường {i}, "));
        }
        text.push_str("Chủ tịch UBND phường 3, chủ tịch UBND Phường 7 phát biểu.");
        let x = crate::Extractor::new().extract(&text);
        let posts: Vec<String> = x.officials[0]
            .positions
            .iter()
            .map(|p| p.phrase())
            .collect();
        assert_eq!(posts.len(), SCANNED_POSTS + 4, "{posts:?}");
        assert_eq!(posts[2], "Chủ tịch Ủy ban nhân dân phường 3");
    }

    /// [`Localities::with_written`] as it was written first: each pair
    /// looked for in its layer (quadratic in a long chain).
    fn with_written_by_search<'a>(
        base: &Localities<'a>,
        own: &[(&'a str, &'a str)],
        sentence: &[(&'a str, &'a str)],
    ) -> Option<HashMap<&'a str, (&'a str, usize)>> {
        let mut out: Option<HashMap<&'a str, (&'a str, usize)>> = None;
        for (layer, pairs) in [own, sentence].into_iter().enumerate() {
            for &(word, place) in pairs {
                let decided_before = layer == 1 && own.iter().any(|&(w, _)| w == word);
                let conflict = pairs.iter().any(|&(w, p)| w == word && p != place);
                if decided_before || conflict {
                    continue;
                }
                out.get_or_insert_with(|| base.by_level_word.clone())
                    .insert(word, (place, usize::MAX));
            }
        }
        out
    }

    proptest::proptest! {
        /// Layers sorted once give the localities a search of each layer
        /// for each pair gives.
        #[test]
        fn written_places_sorted_are_those_searched(
            own in proptest::collection::vec((0usize..3, 0usize..3), 0..30),
            sentence in proptest::collection::vec((0usize..3, 0usize..3), 0..30),
        ) {
            let words = ["tỉnh", "huyện", "xã"];
            let places = ["Lạng Sơn", "Cao Bằng", "Hà Giang"];
            let pairs = |v: &[(usize, usize)]| -> Vec<(&str, &str)> {
                v.iter().map(|&(w, p)| (words[w], places[p])).collect()
            };
            let base = Localities {
                by_level_word: HashMap::from([("tỉnh", ("Hà Giang", 2)), ("xã", ("Cao Bằng", 1))]),
            };
            let (own, sentence) = (pairs(&own), pairs(&sentence));
            proptest::prop_assert_eq!(
                base.with_written(&own, &sentence).map(|l| l.by_level_word),
                with_written_by_search(&base, &own, &sentence)
            );
        }

        /// The registry's scan of its first persons finds what its indexes
        /// find: the same persons come out, with the same mentions, of a
        /// registry that scans up to the limit and one that always uses
        /// its indexes.
        #[test]
        fn a_registry_scans_as_its_indexes_find(
            adds in proptest::collection::vec((0usize..6, 0usize..4, proptest::bool::ANY), 0..40),
        ) {
            let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Souphanouvong", "Vũ"];
            let given = ["Văn An", "Thị Bình", "An", "Minh"];
            let mut scanning = Registry::new(0, SCANNED_PERSONS);
            let mut indexed = Registry::new(0, 0);
            for (k, &(f, g, single)) in adds.iter().enumerate() {
                let name = if single {
                    given[g].rsplit(' ').next().unwrap_or(given[g]).to_string()
                } else {
                    format!("{} {}", families[f], given[g])
                };
                let rank = (k % 3 == 0).then_some(Rank::Colonel);
                for people in [&mut scanning, &mut indexed] {
                    let span = Span::new(k, k + 1);
                    add_person(people, name.as_str().into(), single, rank, vec![], &mut Vec::new(), span);
                }
            }
            let persons = |r: &Registry| -> Vec<(String, Vec<Span>)> {
                r.list.iter().map(|p| (p.name.clone(), p.mentions.clone())).collect()
            };
            proptest::prop_assert_eq!(persons(&scanning), persons(&indexed));
        }

        #[test]
        fn folded_chars_are_the_fold_key(
            s in "[ \n\t\u{a0}aAzZđĐưƯẠạỆệÀàİıKΣσςẞß\u{301}\u{212a}-]{0,12}",
            t in "[ \naAđĐưƯẠạİıΣσ]{0,6}",
        ) {
            let key: String = folded_chars(&s).collect();
            proptest::prop_assert_eq!(&key, &fold_key(&s));
            proptest::prop_assert_eq!(same_key(&s, &t), fold_key(&s) == fold_key(&t));
        }

        #[test]
        fn holders_tell_the_one_holder_as_a_list_would(
            adds in proptest::collection::vec(0usize..4, 1..12),
        ) {
            // persons are read in order: the indices added never go down
            let mut adds = adds;
            adds.sort_unstable();
            let mut list: Vec<usize> = Vec::new();
            let mut holders = Holders::of(adds[0]);
            for &i in &adds {
                if list.last() != Some(&i) {
                    list.push(i);
                }
                holders.add(i);
            }
            let only = match list.as_slice() {
                [only] => Some(*only),
                _ => None,
            };
            proptest::prop_assert_eq!((!holders.more).then_some(holders.first), only);
        }

        #[test]
        fn phrase_keys_are_the_joined_fold_keys(
            title in "[ \n\taAđĐưƯẠạİıΣσ\u{301}]{0,8}",
            body in proptest::option::of("[ \n\taAđĐưƯẠạİıΣσ\u{301}]{0,8}"),
        ) {
            let plain = joined_key(fold_key(&title), body.as_deref().map(fold_key));
            proptest::prop_assert_eq!(phrase_key_of(&title, body.as_deref()), plain);
        }
    }

    #[test]
    fn borrowed_names_change_as_strings_do() {
        let written = "Sở Tư pháp tỉnh Cao Bằng";
        for words in [&[][..], &["tỉnh"], &["thành phố", "Hải Phòng"]] {
            let mut plain = written.to_string();
            for w in words {
                plain = format!("{plain} {w}");
            }
            for mut name in [Cow::Borrowed(written), Cow::Owned(written.to_string())] {
                push_words(&mut name, words);
                assert_eq!(name, plain);
            }
        }
        for len in 0..=written.len() + 1 {
            let tail = written.get(written.len().saturating_sub(len)..);
            let tail = tail.unwrap_or_default();
            let borrowed = suffix_of(&Cow::Borrowed(written), len);
            assert!(matches!(borrowed, Cow::Borrowed(_)));
            assert_eq!(borrowed, tail);
            assert_eq!(suffix_of(&Cow::Owned(written.to_string()), len), tail);
        }
        for (s, capital) in [("", ""), ("đoàn x", "Đoàn x"), ("Bộ", "Bộ"), ("1 a", "1 a")] {
            assert_eq!(capitalize(Cow::Borrowed(s)), capital);
        }
    }

    #[test]
    fn same_key_is_the_equality_of_fold_keys() {
        for (a, b) in [
            ("Phó Chủ tịch", "phó chủ tịch"),
            (" Phó  Chủ tịch\n", "phó chủ tịch"),
            ("Bộ Quốc phòng", "Bộ Công an"),
            ("", " \n "),
            ("Ủy ban", "ủy Ban"),
            ("Ủy ban", "Ủy ban "),
        ] {
            assert_eq!(same_key(a, b), fold_key(a) == fold_key(b), "{a:?} {b:?}");
        }
    }

    #[test]
    fn words_outside_the_state_start_with_l_g_or_t() {
        // outside_the_state compares only the words with those first bytes
        for [first, ..] in FOREIGN_TO_THE_STATE {
            assert!(matches!(first.as_bytes()[0], b'l' | b'g' | b't'), "{first}");
        }
    }

    #[test]
    fn provinces_counted_first_make_the_same_localities() {
        let lexicon = crate::lexicon::Lexicon::compile();
        let mut texts = sample_texts();
        texts.push("tỉnh Lạng Sơn, Lạng Sơn, thành phố Hà Nội, Hà Nội, Hà Nội. Lạng Sơn".into());
        // places mentioned alike, and a level word with three places
        texts.push(
            "Sở Y tế tỉnh Lạng Sơn và Sở Tư pháp tỉnh Cao Bằng họp. UBND huyện Yên Minh, \
             UBND huyện Đồng Văn, Huyện ủy huyện Yên Minh và UBND xã Lũng Cú, UBND xã Sủng Là."
                .into(),
        );
        for text in texts {
            let mut norm = crate::normalize::normalize(&text);
            let doc = Doc::new(&mut norm, &lexicon);
            let scanned = scan(&doc);
            let places = Localities::new(&doc, &scanned.items, &scanned.phrases_of, {
                // the titles first, then the bodies
                scanned.titles.iter().chain(&scanned.bodies).copied()
            });
            // the places counted one hit at a time, in text order
            let mut counts: HashMap<String, Vec<(String, usize)>> = HashMap::new();
            let mut add = |word: &str, place: &str| {
                let list = counts.entry(word.to_string()).or_default();
                match list.iter_mut().find(|(p, _)| p == place) {
                    Some(e) => e.1 += 1,
                    None => list.push((place.to_string(), 1)),
                }
            };
            // the title and body items in text order
            let mut phrases: Vec<usize> = scanned.titles.clone();
            phrases.extend(&scanned.bodies);
            phrases.sort_unstable();
            for &k in &phrases {
                let body = scanned.phrases_of.body_in(&scanned.items[k]);
                if let Some((word, place)) = body.and_then(written_place) {
                    add(word, place);
                }
            }
            for h in &doc.hits {
                if let Class::Province(p) = h.term.class {
                    add(if p.city { "thành phố" } else { "tỉnh" }, p.name);
                }
            }
            let mut expected = HashMap::new();
            for (word, mut list) in counts {
                list.sort_by_key(|e| std::cmp::Reverse(e.1));
                match list.as_slice() {
                    [only] => expected.insert(word, only.clone()),
                    [first, second, ..] if first.1 > second.1 => {
                        expected.insert(word, first.clone())
                    }
                    _ => None,
                };
            }
            let got: HashMap<String, (String, usize)> = places
                .by_level_word
                .iter()
                .map(|(w, (p, n))| (w.to_string(), (p.to_string(), *n)))
                .collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn a_name_written_again_finds_its_person_without_folding() {
        let mut people = Registry::new(0, SCANNED_PERSONS);
        let names = [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "nguyễn văn an",
            "Nguyễn Văn An",
            "Lê  Văn Cường",
            "Trần Thị Bình",
            "Lê Văn Cường",
        ];
        let rank = Some(Rank::Colonel);
        for (k, name) in names.into_iter().enumerate() {
            let span = Span::new(k, k + 1);
            add_person(
                &mut people,
                name.into(),
                false,
                rank,
                vec![],
                &mut Vec::new(),
                span,
            );
        }
        // one person per fold key, each with the mentions of its names
        let persons: Vec<(&str, usize)> = people
            .list
            .iter()
            .map(|p| (p.name.as_str(), p.mentions.len()))
            .collect();
        assert_eq!(
            persons,
            [
                ("Nguyễn Văn An", 3),
                ("Trần Thị Bình", 2),
                ("Lê  Văn Cường", 2)
            ]
        );
        for (i, p) in people.list.iter().enumerate() {
            assert_eq!(people.key(i), fold_key(&p.name));
        }
    }

    /// The names and mention counts of the bodies an [`OrgList`] scanning
    /// up to `scanned` of them lists from `names`, in turn.
    fn listed(names: &[String], scanned: usize) -> Vec<(String, usize)> {
        let mut orgs = OrgList::new(scanned);
        for (k, name) in names.iter().enumerate() {
            let r = Resolved {
                name: Cow::Borrowed(name),
                kind: OrgKind::Other,
                level: None,
                locality: None,
                foreign: false,
                parent: None,
                listed: true,
            };
            orgs.push(name, &r, None, Span::new(k, k + 1));
        }
        orgs.list
            .iter()
            .map(|o| (o.name.clone(), o.mentions.len()))
            .collect()
    }

    /// The bodies listed from `names`, one for each fold key: the plain
    /// definition of [`OrgList`]'s look-ups.
    fn listed_by_key(names: &[String]) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for name in names {
            match index.get(&fold_key(name)) {
                Some(&i) => out[i].1 += 1,
                None => {
                    index.insert(fold_key(name), out.len());
                    out.push((name.clone(), 1));
                }
            }
        }
        out
    }

    #[test]
    fn a_body_written_again_is_found_by_its_fold_key() {
        let mut names: Vec<String> = ["Sở Tư pháp", "sở tư  pháp", "Bộ Quốc phòng", "Sở Tư pháp"]
            .map(String::from)
            .to_vec();
        // more bodies than are scanned: the index takes over
        for k in 0..40 {
            names.push(format!("Ban Chỉ đạo {}", k % 25));
            names.push(format!("BAN CHỈ ĐẠO {}", (k * 7) % 30));
        }
        let expected = listed_by_key(&names);
        assert_eq!(expected[0], ("Sở Tư pháp".to_string(), 3));
        for scanned in [0, 1, SCANNED_BODIES, usize::MAX] {
            assert_eq!(listed(&names, scanned), expected, "{scanned}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_body_written_again_is_found_by_its_fold_key_anywhere(
            names in proptest::collection::vec("(Sở|sở|SỞ|Bộ|bộ) ?(Y|y|Ý|ý|Tế|TẾ) ?[0-9]{0,2}", 0..80)
        ) {
            let expected = listed_by_key(&names);
            for scanned in [0, 3, SCANNED_BODIES] {
                proptest::prop_assert_eq!(&listed(&names, scanned), &expected);
            }
        }
    }

    /// [`complete_bare_titles`] as it was: a string for each key, and a hash
    /// set of the phrase keys.
    fn complete_bare_titles_plain(
        p: &mut Person,
        bodies_of_title: &BodiesOfTitle<'_>,
        held_by_another: impl Fn(&str, &str) -> bool,
    ) {
        if p.positions.len() == 1 {
            // one position: none to drop it for, none to merge it with
            let title = fold_key(&p.positions[0].title.text);
            complete_bare_title(
                &mut p.positions[0],
                &title,
                bodies_of_title,
                &held_by_another,
            );
            return;
        }
        // each position's folded title and body, folded once
        let mut keys: Vec<(String, Option<String>)> = p
            .positions
            .iter()
            .map(|q| {
                let body = q.organization.as_ref().map(|o| fold_key(&o.name));
                (fold_key(&q.title.text), body)
            })
            .collect();
        let longer = |t: &str, o: &str| {
            o.len() > t.len() && o.starts_with(t) && o[t.len()..].starts_with(' ')
        };
        let keep: Vec<bool> = p
            .positions
            .iter()
            .zip(&keys)
            .map(|(q, (t, body))| match body {
                // a bare title is dropped when the same title, or a longer one
                // that starts with it ("Phó Thủ tướng" and "Phó Thủ tướng
                // Thường trực"), is known
                None => !keys
                    .iter()
                    .any(|(o, ob)| (ob.is_some() && o == t) || longer(t, o)),
                // and so is a title with a body when a longer one starting with
                // it is held in the same body ("Phó Bí thư Tỉnh ủy" and "Phó Bí
                // thư Thường trực Tỉnh ủy")
                Some(b) => {
                    q.former
                        || !keys
                            .iter()
                            .any(|(w, o)| o.as_ref() == Some(b) && longer(t, w))
                }
            })
            .collect();
        let mut kept = keep.iter();
        p.positions.retain(|_| kept.next().copied().unwrap_or(true));
        let mut kept = keep.iter();
        keys.retain(|_| kept.next().copied().unwrap_or(true));
        for (q, (title, body)) in p.positions.iter_mut().zip(&mut keys) {
            complete_bare_title(q, title, bodies_of_title, &held_by_another);
            if body.is_none() {
                *body = q.organization.as_ref().map(|o| fold_key(&o.name));
            }
        }
        // the same post twice: the first one stays (keyed as `phrase_key`)
        let mut seen: HashSet<String> = HashSet::new();
        let mut key = keys
            .into_iter()
            .map(|(title, body)| joined_key(title, body));
        p.positions
            .retain(|_| seen.insert(key.next().unwrap_or_default()));
    }

    /// A person with the positions `posts` (title, body, former).
    fn person_with(posts: &[(&str, Option<&str>, bool)]) -> Person {
        let positions: Vec<Position> = posts
            .iter()
            .enumerate()
            .map(|(k, &(title, body, former))| Position {
                title: Title::new(title),
                organization: body.map(|b| OrgRef {
                    name: b.to_string(),
                    kind: OrgKind::Other,
                }),
                former,
                span: Span::new(k, k + 1),
            })
            .collect();
        Person {
            name: "Nguyễn Văn An".into(),
            rank: None,
            honors: vec![],
            positions,
            position_keys: None,
            mentions: vec![],
        }
    }

    /// The positions kept and completed by both ways, for `posts`.
    fn completed_both_ways(
        posts: &[(&str, Option<&str>, bool)],
        bodies_of_title: &BodiesOfTitle<'_>,
        scratch: &mut PostKeys,
    ) -> (String, String) {
        let held = |title: &str, body: &str| title.len() % 3 == 0 && body.len() % 2 == 0;
        let mut fast = person_with(posts);
        complete_bare_titles(&mut fast, bodies_of_title, held, scratch);
        let mut plain = person_with(posts);
        complete_bare_titles_plain(&mut plain, bodies_of_title, held);
        (
            format!("{:?}", fast.positions),
            format!("{:?}", plain.positions),
        )
    }

    const TITLES: [&str; 8] = [
        "Phó Thủ tướng",
        "phó thủ  tướng",
        "Phó Thủ tướng Thường trực",
        "Bí thư",
        "Phó Bí thư",
        "Phó Bí thư Thường trực",
        "Giám đốc",
        "",
    ];
    const BODIES: [&str; 6] = ["Tỉnh ủy", "tỉnh ủy", "Chính phủ", "Sở Y tế", "SỞ Y TẾ", ""];

    #[test]
    fn bare_titles_are_completed_as_with_a_string_for_each_key() {
        let mut bodies_of_title: BodiesOfTitle<'_> = HashMap::new();
        bodies_of_title.insert("bí thư".into(), vec!["Tỉnh ủy".into()]);
        bodies_of_title.insert("giám đốc".into(), vec!["Sở Y tế".into(), "Sở".into()]);
        bodies_of_title.insert("phó bí thư".into(), vec!["Chính phủ".into()]);
        let mut scratch = PostKeys::default();
        let posts = [
            ("Phó Thủ tướng", None, false),
            ("Phó Thủ tướng Thường trực", Some("Chính phủ"), false),
            ("Bí thư", None, false),
            ("Bí thư", Some("Tỉnh ủy"), false),
            ("bí thư", Some("tỉnh  ủy"), false),
            ("Phó Bí thư", Some("Tỉnh ủy"), true),
            ("Phó Bí thư Thường trực", Some("Tỉnh ủy"), false),
            ("Phó Bí thư", None, false),
        ];
        let (fast, plain) = completed_both_ways(&posts, &bodies_of_title, &mut scratch);
        assert_eq!(fast, plain);
        // more posts than are compared in turn: the hash set takes over
        let many: Vec<(&str, Option<&str>, bool)> = (0..40)
            .map(|k| {
                (
                    TITLES[k % 8],
                    Some(BODIES[k % 6]).filter(|_| k % 5 != 0),
                    k % 7 == 0,
                )
            })
            .collect();
        let (fast, plain) = completed_both_ways(&many, &bodies_of_title, &mut scratch);
        assert_eq!(fast, plain);
    }

    proptest::proptest! {
        #[test]
        fn bare_titles_are_completed_as_with_a_string_for_each_key_anywhere(
            posts in proptest::collection::vec((0usize..8, 0usize..7, proptest::bool::ANY), 0..24),
            completing in proptest::collection::vec((0usize..8, 0usize..6), 0..4),
        ) {
            let mut bodies_of_title: BodiesOfTitle<'_> = HashMap::new();
            for (t, b) in completing {
                bodies_of_title
                    .entry(fold_key(TITLES[t]))
                    .or_default()
                    .push(BODIES[b].into());
            }
            let posts: Vec<(&str, Option<&str>, bool)> = posts
                .into_iter()
                .map(|(t, b, former)| (TITLES[t], BODIES.get(b).copied(), former))
                .collect();
            let mut scratch = PostKeys::default();
            let (fast, plain) = completed_both_ways(&posts, &bodies_of_title, &mut scratch);
            proptest::prop_assert_eq!(fast, plain);
        }
    }

    proptest::proptest! {
        #[test]
        fn held_posts_answer_as_a_search_of_every_post(
            posts in proptest::collection::vec((0usize..8, 0usize..7), 0..60),
            asked in proptest::collection::vec((0usize..8, 0usize..6), 0..8),
        ) {
            // folded, as complete_bare_titles asks
            let titles = TITLES.map(fold_key);
            let bodies = BODIES.map(fold_key);
            let keys: Vec<(&str, Option<&str>)> = posts
                .iter()
                .map(|&(t, b)| (titles[t].as_str(), bodies.get(b).map(String::as_str)))
                .collect();
            let held = HeldPosts::new(keys.iter().copied());
            let longer = |t: &str, o: &str| {
                o.len() > t.len() && o.starts_with(t) && o[t.len()..].starts_with(' ')
            };
            // the asked titles and bodies, and those of the posts
            let asked = asked
                .iter()
                .map(|&(t, b)| (titles[t].as_str(), bodies[b].as_str()))
                .chain(keys.iter().map(|&(t, b)| (t, b.unwrap_or_default())));
            for (t, b) in asked {
                let bare = keys.iter().any(|&(o, ob)| (ob.is_some() && o == t) || longer(t, o));
                proptest::prop_assert_eq!(held.bare_title_is_known(t), bare, "{}", t);
                let in_body = keys.iter().any(|&(w, o)| o == Some(b) && longer(t, w));
                proptest::prop_assert_eq!(held.longer_in_body(t, b), in_body, "{} {}", t, b);
            }
        }

        #[test]
        fn a_title_has_one_body_as_with_every_body_listed(
            names in proptest::collection::vec(0usize..4, 1..40),
        ) {
            let names = names.into_iter().map(|k| Cow::Borrowed(BODIES[k]));
            let mut capped: Vec<Cow<'_, str>> = Vec::new();
            let mut every: Vec<Cow<'_, str>> = Vec::new();
            for name in names {
                add_body_of_title(&mut capped, name.clone());
                if !every.contains(&name) {
                    every.push(name);
                }
                let sole = |list: &[Cow<'_, str>]| match list {
                    [only] => Some(only.to_string()),
                    _ => None,
                };
                proptest::prop_assert_eq!(sole(&capped), sole(&every));
            }
        }
    }

    #[test]
    fn short_form_posts_are_dropped_as_with_a_search_of_every_post() {
        let mut short: HashMap<String, String> = HashMap::new();
        short.insert(fold_key("Cục Thuế"), fold_key("Cục Thuế Bộ Tài chính"));
        short.insert(fold_key("Vụ Pháp chế"), fold_key("Vụ Pháp chế Bộ Tư pháp"));
        for n in [3, SCANNED_POSTS, SCANNED_POSTS + 1, 50] {
            let mut posts: Vec<(String, Option<&str>)> = Vec::new();
            for k in 0..n {
                let body = [
                    "Cục Thuế",
                    "Cục Thuế Bộ Tài chính",
                    "Vụ Pháp chế",
                    "Sở Y tế",
                ][k % 4];
                posts.push((format!("Phó Cục trưởng {}", k % 5), Some(body)));
            }
            // a short form not held with the full name: kept
            posts.push(("Cục trưởng".into(), Some("Cục Thuế")));
            let posts: Vec<(&str, Option<&str>, bool)> =
                posts.iter().map(|(t, b)| (t.as_str(), *b, false)).collect();
            let mut fast = person_with(&posts).positions;
            drop_short_form_posts(&mut fast, &short);
            // the plain search
            let mut plain = person_with(&posts).positions;
            let held = posts_with_body(&plain);
            plain.retain(|q| {
                let Some(o) = &q.organization else {
                    return true;
                };
                let Some(full) = short.get(&fold_key(&o.name)) else {
                    return true;
                };
                let title = fold_key(&q.title.text);
                !held.iter().any(|(t, b)| *t == title && b == full)
            });
            assert_eq!(fast, plain, "{n}");
            // some dropped (past the first few), the last one kept
            let last = fast.last().map(|q| q.title.text.as_str());
            assert!(
                (n < 5 || fast.len() < n) && last == Some("Cục trưởng"),
                "{n}"
            );
        }
    }

    #[test]
    fn typed_titles_are_the_titles_of_their_texts() {
        let mut texts: Vec<String> = ["Bí thư", "Phó Bí thư", "Bí thư", "Quyền Giám đốc", ""]
            .map(String::from)
            .to_vec();
        // more titles than are kept
        texts.extend((0..80).map(|k| format!("Phó Trưởng ban {}", k % 40)));
        let mut typed = TypedTitles::with_capacity(texts.len());
        for text in &texts {
            // typed with an empty text: the caller keeps the text
            let t = typed.get(text);
            assert!(t.text.is_empty(), "{text}");
            let t = Title {
                text: text.clone(),
                ..t
            };
            assert_eq!(t, Title::new(text), "{text}");
        }
        assert_eq!(typed.list.len(), TypedTitles::MAX);
    }

    #[test]
    fn post_verb_words_are_sorted_and_hold_the_heads() {
        let words = POST_VERB_WORDS.words;
        assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
        for head in POST_VERB_HEADS {
            assert!(POST_VERB_WORDS.contains(head), "{head}");
        }
    }
}
