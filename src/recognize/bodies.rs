//! Body phrases: a body head from the lexicon and what completes it
//! (parent bodies, a locality, a unit number, a name).

use super::Doc;
use super::names::WordList;
use super::tokens::TokenKind;
use crate::lexicon::bodies::{BodyDef, Shape};
use crate::lexicon::{Class, Province};
use crate::model::{Level, OrgKind};
use std::borrow::Cow;

/// A body written in the text.
#[derive(Clone, Debug)]
pub(crate) struct BodyPhrase {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The head body (the first one written).
    pub head: &'static BodyDef,
    /// Kind of the head body.
    pub kind: OrgKind,
    /// Level, from the head or the locality.
    pub level: Option<Level>,
    /// The locality written in the phrase (province name or place name);
    /// the lexicon's province name when written as it.
    pub locality: Option<Cow<'static, str>>,
    /// The province named in the phrase, if any.
    pub province: Option<&'static Province>,
    /// A level word closing the phrase with no name after it ("Ủy ban nhân
    /// dân tỉnh"), lower case; the lexicon's when written as it.
    pub bare_level: Option<Cow<'static, str>>,
    /// The level word written before the locality ("tỉnh", "huyện"), lower
    /// case; the lexicon's when written as it.
    pub level_word: Option<Cow<'static, str>>,
    /// The phrase is complete on its own (a named body, a unit with its
    /// number, a body with its locality or parent).
    pub complete: bool,
    /// The phrase has a second body written after the head ("Đảng ủy Bộ đội Biên phòng").
    pub has_parent: bool,
    /// Capitalised words follow a local body directly ("Đảng ủy Khối Dân
    /// chính"): the phrase names its unit itself.
    pub tail_words: bool,
    /// First token of the first parent body written after the head.
    pub parent_first: Option<usize>,
    /// Commas between a unit and its parent, left out of the name.
    pub commas: Vec<usize>,
    /// A country is written in the phrase ("Bộ Quốc phòng Lào").
    pub foreign: bool,
    /// A parent body written in parentheses: the token indices of "(" and ")".
    pub paren_parent: Option<(usize, usize)>,
    /// An abbreviation defined in parentheses inside the phrase ("Bộ Tư lệnh
    /// (BTL) Bộ đội Biên phòng"): its token range, left out of the name.
    pub defined: Option<(usize, usize)>,
    /// The last body head written in the phrase ("Tỉnh ủy" in "Ban Thường vụ Tỉnh ủy").
    pub last_body: &'static BodyDef,
    /// Tokens between the head and the name left out of the name: the items
    /// written before this one in a list that shares the head ("các Sở:
    /// Xây dựng, Tư pháp" names "Sở Tư pháp"); see [`super::lists`].
    pub skip: Option<(usize, usize)>,
}

/// Lower-case words that end a body name; sorted by bytes (a [`WordList`]:
/// a body's lower-case words are looked up one by one).
static STOP_WORDS: WordList = WordList::new(&[
    "biết", "bà", "báo", "bảo", "bị", "cao", "cho", "chưa", "chỉ", "chủ", "chức", "các", "có",
    "cùng", "cũng", "cầu", "do", "dưới", "dự", "giá", "gồm", "gửi", "hiện", "hôm", "họp", "hội",
    "khai", "khi", "khóa", "không", "kiểm", "ký", "kết", "kỳ", "luận", "là", "làm", "lên", "lần",
    "mà", "mới", "nay", "nghị", "ngày", "nhiệm", "như", "nhằm", "những", "này", "nêu", "nói",
    "năm", "phát", "quyết", "ra", "rằng", "sau", "sẽ", "tham", "theo", "thuộc", "tháng", "thì",
    "thăm", "thấy", "thực", "tiếp", "trao", "triển", "trong", "trên", "trước", "trả", "tại",
    "tặng", "tổ", "tục", "từ", "và", "vào", "về", "với", "vừa", "xuống", "xử", "yêu", "ông",
    "đang", "đi", "điểm", "đoàn", "đánh", "đã", "đó", "được", "đạo", "đảm", "đến", "đề", "đều",
    "để", "định", "đồng",
]);

impl BodyPhrase {
    /// The phrase of tokens `first..last` headed by `head` and nothing else
    /// known yet: complete when the head is a named body.
    pub fn of_head(first: usize, last: usize, head: &'static BodyDef) -> BodyPhrase {
        BodyPhrase {
            first,
            last,
            head,
            kind: head.kind,
            level: head.level,
            locality: None,
            province: None,
            bare_level: None,
            level_word: None,
            last_body: head,
            defined: None,
            paren_parent: None,
            foreign: false,
            commas: Vec::new(),
            parent_first: None,
            tail_words: false,
            complete: head.shape == Shape::Named,
            has_parent: false,
            skip: None,
        }
    }

    /// "Ban Tổ chức Hội thao", "Ban Tổ chức Giải …": the organizing committee
    /// of an event, not a body. The party's organization department is
    /// followed by its committee or a place ("Ban Tổ chức Tỉnh ủy", "Ban Tổ
    /// chức Trung ương", "Ban Tổ chức Đảng ủy Khối …") and written with
    /// capitals.
    pub fn is_event_committee(&self, doc: &Doc<'_>) -> bool {
        if self.head.name != "Ban Tổ chức" {
            return false;
        }
        let Some(k) = doc.hit(self.first).map(|h| h.last) else {
            return false;
        };
        // "trưởng ban tổ chức hội thi": the department is written with capitals
        if k >= self.last {
            return !is_capitalized(doc, self.first);
        }
        if doc.tokens[k].kind() != TokenKind::Word {
            return false;
        }
        let names_a_committee = doc.hit(k).is_some_and(|h| match h.term.class {
            Class::Body(def) => def.kind == OrgKind::Party,
            Class::Province(_) | Class::LevelWord(_) => true,
            _ => false,
        });
        !names_a_committee && !matches!(doc.folded(k), "trung" | "cán")
    }

    /// The phrase as written, without an abbreviation defined in it:
    /// borrowed from the text when it is so there (nearly always).
    pub fn text<'d>(&self, doc: &'d Doc<'_>) -> Cow<'d, str> {
        if let Some((a, b)) = self.skip {
            return Cow::Owned(format!(
                "{} {}",
                doc.slice(self.first, a),
                doc.slice(b, self.last)
            ));
        }
        if self.defined.is_none() && self.paren_parent.is_none() && self.commas.is_empty() {
            // nearly every phrase: the words as written
            return joined_slice(doc, self.first, self.last);
        }
        let mut raw = match self.defined {
            Some((a, b)) => format!("{} {}", doc.slice(self.first, a), doc.slice(b, self.last)),
            None => doc.slice(self.first, self.last).to_string(),
        };
        if let Some((open, close)) = self.paren_parent {
            let before = match self.defined {
                Some((a, b)) if b <= open => {
                    format!("{} {}", doc.slice(self.first, a), doc.slice(b, open))
                }
                _ => doc.slice(self.first, open).to_string(),
            };
            raw = format!("{before} {}", doc.slice(open + 1, close));
        }
        if !self.commas.is_empty() {
            raw = raw.replace(" ,", " ").replace(", ", " ");
        }
        Cow::Owned(super::join_words(&raw))
    }
}

/// `written`, borrowed from `canonical` (a string of the lexicon) when the
/// two are equal, as nearly every level word and province is written: no
/// copy is made then.
fn as_lexicon(written: &str, canonical: Option<&'static str>) -> Cow<'static, str> {
    match canonical {
        Some(c) if c == written => Cow::Borrowed(c),
        _ => Cow::Owned(written.to_string()),
    }
}

/// Room left after a body's name when it is copied, for the place that
/// people's resolution may append to it ("… tỉnh Quảng Ninh"), so that the
/// name is allocated once.
pub(crate) const NAME_ROOM: usize = 24;

/// Whether the text of tokens `a..b` is its words joined by single
/// spaces: no line break among the tokens, and nothing but one space or
/// nothing between two of them (no other token holds white space).
pub(crate) fn single_spaced(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let tokens = doc.tokens.get(a..b).unwrap_or_default();
    let text = doc.norm.text.as_bytes();
    tokens.iter().all(|t| t.kind() != TokenKind::Newline)
        && tokens
            .windows(2)
            .all(|w| match w[1].start().checked_sub(w[0].end()) {
                Some(0) => true,
                Some(1) => text.get(w[0].end()) == Some(&b' '),
                _ => false,
            })
}

/// `join_words(doc.slice(a, b))`: the words of tokens `a..b` joined by
/// single spaces. Nearly always the slice is so already: no line break
/// among the tokens, and nothing but one space or nothing between two of
/// them (no other token holds white space); that is told from the tokens'
/// ends and the bytes between them, not from every byte of the slice, and
/// then the slice is borrowed, not copied.
pub(crate) fn joined_slice<'d>(doc: &'d Doc<'_>, a: usize, b: usize) -> Cow<'d, str> {
    let slice = doc.slice(a, b);
    if single_spaced(doc, a, b) {
        Cow::Borrowed(slice)
    } else {
        Cow::Owned(super::join_words(slice))
    }
}

/// "(BTL)", "(TT-TT)": an abbreviation in parentheses at `j`, written in
/// capitals or already expanded by normalization into words of the name
/// before it; returns the index of the closing parenthesis.
fn abbreviation_in_parentheses(doc: &Doc<'_>, j: usize, name: &str) -> Option<usize> {
    if doc.text(j) != "(" {
        return None;
    }
    let mut k = j + 1;
    let mut letters = 0;
    while k < doc.tokens.len() && k < j + 10 {
        let t = doc.text(k);
        if t == ")" {
            return (letters >= 2).then_some(k);
        }
        let capitals = t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        let ok = t == "-" || t == "&" || capitals || name.split(' ').any(|w| w == doc.folded(k));
        if !ok {
            return None;
        }
        letters += t.chars().filter(|c| c.is_alphabetic()).count();
        k += 1;
    }
    None
}

/// Where a unit stands in the chain of command, for reading "A, B" as A
/// under B; 0 for heads that are not units.
fn rank_of(def: &BodyDef) -> u8 {
    match def.name {
        "Phòng" | "Đội" | "Trạm" | "Đồn Biên phòng" | "Ban Thi đua - Khen thưởng" => {
            1
        }
        "Cơ quan Cảnh sát điều tra" | "Cơ quan An ninh điều tra" | "Cơ quan điều tra hình sự" => {
            1
        }
        "Hải đội" | "Tiểu đoàn" => 2,
        "Cục" | "Vụ" | "Trung đoàn" | "Hải đoàn" | "Chi cục" => 3,
        "Lữ đoàn" => 4,
        "Tổng cục" | "Sư đoàn" | "Vùng" => 5,
        "Quân đoàn" | "Quân khu" | "Quân chủng" | "Binh chủng" | "Bộ Tư lệnh" => 6,
        _ if is_general_department(def.name) => 5,
        // a provincial department ("Sở Nội vụ") above its boards and offices
        _ if def.name.starts_with("Sở ") => 3,
        _ if def.name.starts_with("Bộ ") && def.shape == Shape::Named => 7,
        _ if def.name.starts_with("Quân chủng") => 6,
        _ => 0,
    }
}

/// Whether the first two words of `name` (split at each space) are "Tổng
/// cục": a general department; told with no list of words built.
fn is_general_department(name: &str) -> bool {
    name.strip_prefix("Tổng cục")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// Capitalised words that continue a complete body's name.
const NAME_CONTINUATIONS: &[&str] = &[
    "đảng", "trung", "ương", "nhà", "nước", "quốc", "gia", "khóa", "khối",
];

/// Whether token `i` is a word starting with a capital.
pub(crate) fn is_capitalized(doc: &Doc<'_>, i: usize) -> bool {
    super::names::is_cap_word(doc, i)
}

fn is_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind() == TokenKind::Word)
}

/// True when tokens `a` and `b` are separated only by spaces.
#[inline]
pub(crate) fn adjacent(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    if b >= doc.tokens.len() || a >= b {
        return false;
    }
    // tokens end and start on char boundaries: the gap's bytes are its chars
    let gap = &doc.norm.text.as_bytes()[doc.tokens[a].end()..doc.tokens[b].start()];
    gap.iter().all(|&c| c == b' ')
}

/// True when a capitalised run at `i` looks like a person's name (a known
/// surname followed by another capitalised word).
pub(crate) fn starts_person_name(doc: &Doc<'_>, i: usize) -> bool {
    if !is_capitalized(doc, i) || doc.hit(i).is_some() {
        return false;
    }
    let first = doc.text(i);
    super::names::is_surname(first)
        && is_word(doc, i + 1)
        && is_capitalized(doc, i + 1)
        && adjacent(doc, i, i + 1)
}

/// One past a country written after "tại" at token `j` ("… tại Lào"), the
/// host country of a mission or an envoy. The single-word names that are
/// also common words ("Pháp", "Đức") count here, capitalised after "tại".
pub(crate) fn country_after_tai(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let tai = doc.tokens.get(j)?;
    if tai.kind() != TokenKind::Word
        || doc.folded(j) != "tại"
        || !adjacent(doc, j - 1, j)
        || !adjacent(doc, j, j + 1)
    {
        return None;
    }
    match doc.hit(j + 1) {
        Some(h) if matches!(h.term.class, Class::Country) => Some(h.last),
        _ => crate::lexicon::countries::AMBIGUOUS_COUNTRIES
            .contains(&doc.text(j + 1))
            .then_some(j + 2),
    }
}

/// Diplomatic missions, whose name goes on with the host country ("Đại sứ
/// quán Việt Nam tại Lào").
const MISSIONS: &[&str] = &["Đại sứ quán", "Lãnh sự quán", "Tổng Lãnh sự quán"];

/// Parses the body phrase starting at token `i`, which must carry a body hit.
pub(crate) fn parse(doc: &Doc<'_>, i: usize) -> Option<BodyPhrase> {
    // Generic heads written in lower case are common nouns ("ban", "hội", "sở").
    parse_head(doc, i, false)
}

/// [`parse`] of a generic head written in lower case but followed by a
/// capitalised name, as after a title that repeats it ("Trưởng phòng Cảnh
/// sát hình sự …" is the head of "Phòng Cảnh sát hình sự …").
pub(crate) fn parse_lower_head(doc: &Doc<'_>, i: usize) -> Option<BodyPhrase> {
    if !is_capitalized(doc, i + 1) || !adjacent(doc, i, i + 1) {
        return None;
    }
    parse_head(doc, i, true)
}

fn parse_head(doc: &Doc<'_>, i: usize, lower_head: bool) -> Option<BodyPhrase> {
    let hit = doc.hit(i)?;
    let Class::Body(head) = hit.term.class else {
        return None;
    };
    if matches!(head.shape, Shape::Generic | Shape::Unit) && !lower_head && !is_capitalized(doc, i)
    {
        return None;
    }
    // "tổ chức phi chính phủ", "ủy ban liên chính phủ": non-governmental,
    // intergovernmental, not the Government
    if head.name == "Chính phủ" && matches!(doc.folded_before(i, 1), "phi" | "liên") {
        return None;
    }
    let mut p = BodyPhrase::of_head(i, hit.last, head);
    let mut needs_name = matches!(head.shape, Shape::Generic);
    // a named unit head ("Đồn Biên phòng", "Trạm Kiểm soát") goes on with its name
    let mut in_name = head.shape == Shape::Unit && hit.last > i + 1;
    let mut lower_run = 0;
    let mut numbered = false;
    let mut last_shape = head.shape;
    loop {
        let j = p.last;
        if j >= doc.tokens.len() || !adjacent(doc, j - 1, j) {
            break;
        }
        if p.defined.is_none() {
            if let Some(close) = abbreviation_in_parentheses(doc, j, doc.folded_slice(p.first, j)) {
                p.defined = Some((j, close + 1));
                p.last = close + 1;
                continue;
            }
            // "Vụ Hợp tác quốc tế (Bộ Tư pháp)": the parent in parentheses
            if doc.text(j) == "(" && p.paren_parent.is_none() {
                if let Some(parent) = parse(doc, j + 1) {
                    if parent.complete
                        && doc.tokens.get(parent.last).is_some()
                        && doc.text(parent.last) == ")"
                    {
                        p.paren_parent = Some((j, parent.last));
                        p.last = parent.last + 1;
                        p.has_parent = true;
                        p.complete |= matches!(head.shape, Shape::Generic | Shape::Unit) && in_name;
                        break;
                    }
                }
            }
        }
        // "Ủy ban Pháp luật của Quốc hội": a named body of a central one
        if p.complete && !p.has_parent && doc.folded(j) == "của" {
            let parent = doc.hit(j + 1).and_then(|h| match h.term.class {
                Class::Body(def)
                    if def.shape == Shape::Named
                        && def.level == Some(Level::Central)
                        && is_capitalized(doc, j + 1)
                        && adjacent(doc, j, j + 1) =>
                {
                    Some((def, h.last))
                }
                _ => None,
            });
            if let Some((def, end)) = parent {
                p.parent_first = Some(j + 1);
                p.has_parent = true;
                p.last_body = def;
                p.last = end;
                break;
            }
        }
        // "Cục Chính trị, Tổng cục Chính trị", "Hải đội 3, Lữ đoàn 172": a
        // higher unit after a comma is the parent of the one before it
        if doc.text(j) == "," && (p.complete || in_name) {
            let next = doc.hit(j + 1).and_then(|h| match h.term.class {
                Class::Body(def) if is_capitalized(doc, j + 1) => Some(def),
                _ => None,
            });
            // "Cục Bộ đội Biên phòng, Bộ Tổng Tham mưu": a department named
            // after a body right after its head ranks as a department
            let head_end = doc.hit(p.first).map(|h| h.last);
            let named_after = p.head.shape == Shape::Generic
                && p.parent_first.is_some()
                && p.parent_first == head_end
                && p.last_body.shape == Shape::Named;
            let own = if named_after { p.head } else { p.last_body };
            if let Some(def) = next {
                if rank_of(def) > rank_of(own) && rank_of(own) > 0 {
                    p.commas.push(j);
                    p.last = j + 1;
                    continue;
                }
            }
        }
        // "Cục Phòng, chống ma túy": "Phòng" of "phòng, chống" (prevention
        // and control) names the body, it is no office
        if (phong_chong_at(doc, j) || phong_chong_glued(doc, j)) && (needs_name || in_name) {
            p.last = j + 1;
            in_name = true;
            p.complete = true;
            needs_name = false;
            lower_run = 0;
            continue;
        }
        // "Vụ Tổ chức cán bộ": a generic head still waiting for its name
        // takes a capitalised word followed by lower-case ones as its name,
        // even when that word is a head too ("Tổ")
        let name_word = |h: &&crate::recognize::tokens::Hit| {
            needs_name
                && h.last == j + 1
                && matches!(h.term.class, Class::Body(d) if matches!(d.shape, Shape::Generic | Shape::Unit))
                && is_capitalized(doc, j)
                && doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.kind() == TokenKind::Word)
                && adjacent(doc, j, j + 1)
                && !is_capitalized(doc, j + 1)
        };
        // "Vùng 4 hải quân": a naval region's name, whatever the case
        let naval_region = numbered && p.last_body.name == "Vùng";
        if let Some(h) = doc.hit(j).filter(|h| !name_word(h)) {
            match h.term.class {
                Class::Body(def)
                    if is_capitalized(doc, j) || naval_region && def.name == "Hải quân" =>
                {
                    p.parent_first.get_or_insert(j);
                    p.last = h.last;
                    p.has_parent = true;
                    p.last_body = def;
                    numbered = false;
                    p.complete |= def.shape == Shape::Named;
                    if p.level.is_none() {
                        p.level = def.level;
                    }
                    needs_name = def.shape == Shape::Generic;
                    last_shape = def.shape;
                    in_name = false;
                    continue;
                }
                Class::Province(prov) if p.locality.is_none() => {
                    in_name = false;
                    p.last = h.last;
                    p.province = Some(prov);
                    p.locality = Some(Cow::Borrowed(prov.name));
                    p.level = p.level.or(Some(Level::Province));
                    p.complete = true;
                    needs_name = false;
                    continue;
                }
                Class::LevelWord(level) if p.locality.is_none() => {
                    if let Some((end, prov)) = place_after(doc, h.last) {
                        in_name = false;
                        let province = prov.map(|q| q.name);
                        p.locality = Some(as_lexicon(doc.slice(h.last, end), province));
                        p.level_word = Some(as_lexicon(
                            doc.folded_slice(j, h.last),
                            Some(h.term.surface),
                        ));
                        p.province = prov;
                        p.level = Some(level);
                        p.last = end;
                        p.complete = true;
                        needs_name = false;
                        continue;
                    }
                    if doc.text(j).chars().next().is_some_and(char::is_lowercase) {
                        p.bare_level = Some(as_lexicon(
                            doc.folded_slice(j, h.last),
                            Some(h.term.surface),
                        ));
                        p.level = Some(level);
                        p.last = h.last;
                    }
                    break;
                }
                Class::Country => {
                    // "Đại sứ quán Việt Nam tại Lào": the host country too
                    p.last = country_after_tai(doc, h.last)
                        .filter(|_| MISSIONS.contains(&head.name))
                        .unwrap_or(h.last);
                    p.complete = true;
                    p.foreign = true;
                    in_name = false;
                    continue;
                }
                Class::Body(_) => {}
                // "Hai Bà Trưng": other capitalised hits read as words of a name
                _ if is_capitalized(doc, j) => {}
                _ => break,
            }
        }
        let t = doc.tokens[j];
        match t.kind() {
            TokenKind::Number
                if matches!(last_shape, Shape::Unit | Shape::Generic) && !numbered =>
            {
                p.last = j + 1;
                // "Ban Chỉ đạo 138/CP", "Ban Chỉ đạo 389 quốc gia"
                if doc
                    .tokens
                    .get(j + 2)
                    .is_some_and(|t| t.kind() == TokenKind::Word)
                    && doc.text(j + 1) == "/"
                    && doc.tokens[j + 1].start() == doc.tokens[j].end()
                {
                    p.last = j + 3;
                } else if doc.folded(p.last.min(doc.tokens.len() - 1)) == "quốc"
                    && p.last + 1 < doc.tokens.len()
                    && doc.folded(p.last + 1) == "gia"
                {
                    p.last += 2;
                }
                p.complete = true;
                needs_name = false;
                in_name = false;
                numbered = true;
            }
            TokenKind::Word if is_capitalized(doc, j) => {
                if starts_person_name(doc, j) {
                    break;
                }
                // after a named body or a locality, only words that belong to
                // body names go on ("Ban Chấp hành Trung ương Đảng")
                let closed = last_shape == Shape::Named
                    || numbered
                    || p.foreign
                    || p.locality.is_some()
                    || p.bare_level.is_some();
                if closed && !in_name && !NAME_CONTINUATIONS.contains(&doc.folded(j)) {
                    break;
                }
                p.last = j + 1;
                if needs_name || last_shape == Shape::Unit {
                    p.complete = true;
                }
                // two letters or more, all capitals ("HĐND"), with no list
                // built: a capital is a letter, and so is a small letter,
                // which ends the test at once (as in nearly every word)
                let mut capitals = 0;
                let all_capitals = doc.text(j).chars().all(|c| {
                    if c.is_uppercase() {
                        capitals += 1;
                        true
                    } else {
                        !c.is_lowercase() && !c.is_alphabetic()
                    }
                });
                let abbreviation = (all_capitals && capitals > 1)
                    || doc.text(j).chars().any(|c| c.is_ascii_digit());
                // a unit's code goes on through glued '/' and '-' ("DK1/10")
                if last_shape == Shape::Unit && doc.text(j).chars().any(|c| c.is_ascii_digit()) {
                    while glued_code_part(doc, p.last) {
                        p.last += 2;
                    }
                }
                in_name = (needs_name || in_name || last_shape == Shape::Unit) && !abbreviation;
                if !needs_name
                    && last_shape != Shape::Unit
                    && !NAME_CONTINUATIONS.contains(&doc.folded(j))
                {
                    p.tail_words = true;
                }
                lower_run = 0;
            }
            // "phòng, chống": the comma belongs to the name
            TokenKind::Punct if in_name && phong_chong_at(doc, j - 1) => {
                p.last = j + 2;
                // and what is fought, whatever the word ("tham nhũng")
                if adjacent(doc, j + 1, j + 2) && doc.tokens[j + 2].kind() == TokenKind::Word {
                    p.last = j + 3;
                }
            }
            TokenKind::Word if in_name && lower_run < 5 => {
                let w = doc.folded(j);
                // "Sở Kế hoạch và Đầu tư", "Ban Tuyên giáo và Dân vận": a
                // capitalised word after "và" that starts no body of its own
                // and no name goes on with the name (a "và" left last is
                // dropped below)
                if w == "và" && name_goes_on_after_and(doc, j) {
                    p.last = j + 1;
                    continue;
                }
                // "… đối với đồng chí …": "to", not "đối ngoại"
                let doi_voi = doc.doi_voi_at(j);
                // "Phát triển nông thôn": "development", not "triển khai"
                let phat_trien = w == "triển" && doc.folded(j - 1) == "phát";
                // "Vụ Tổ chức cán bộ": "Tổ chức" capitalised is a noun of
                // the name ("organization"), not the verb "tổ chức"
                let to_chuc = w == "chức" && doc.text(j - 1) == "Tổ";
                if STOP_WORDS.contains(w) && !phat_trien && !to_chuc || doi_voi {
                    break;
                }
                p.last = j + 1;
                lower_run += 1;
            }
            _ => break,
        }
    }
    if p.last > p.first + 1 && doc.folded(p.last - 1) == "và" {
        p.last -= 1;
    }
    if needs_name && !in_name && !p.complete {
        return None;
    }
    Some(p)
}

/// The body of the lexicon that `head` (folded) and the words from token
/// `from` on make, the longest one ending at a word's end ("sở" + "Tư pháp"
/// is "Sở Tư pháp", "bộ" + "Y tế" is "Bộ Y tế"); and one past its last
/// token. At most `max_words` words, joined by spaces.
pub(crate) fn lexicon_body_after(
    doc: &Doc<'_>,
    head: &str,
    from: usize,
    max_words: usize,
) -> Option<(&'static BodyDef, usize)> {
    // the words: tokens `from..last`, and the phrase's length
    let mut last = from;
    let mut room = head.len();
    while last < doc.tokens.len()
        && last < from + max_words
        && (last == from || adjacent(doc, last - 1, last))
        && doc.tokens[last].kind() == TokenKind::Word
    {
        room += 1 + doc.folded(last).len();
        last += 1;
    }
    let mut phrase = String::with_capacity(room);
    phrase.push_str(head);
    for k in from..last {
        phrase.push(' ');
        phrase.push_str(doc.folded(k));
    }
    let (len, term) = doc.lexicon.longest_prefix(&phrase)?;
    let Class::Body(def) = term.class else {
        return None;
    };
    // the token after the word the body ends with
    let mut at = head.len();
    let end = (from..last).find_map(|k| {
        at += 1 + doc.folded(k).len();
        (at == len).then_some(k + 1)
    })?;
    Some((def, end))
}

/// Whether tokens `k`, `k + 1` and `k + 2` are "phòng", "," and "chống"
/// ("prevention and control", part of a body's name).
fn phong_chong_at(doc: &Doc<'_>, k: usize) -> bool {
    k + 2 < doc.tokens.len()
        && doc.folded(k) == "phòng"
        && doc.text(k + 1) == ","
        && doc.folded(k + 2) == "chống"
}

/// Whether tokens `k` and `k + 1` are "phòng" and "chống" with a space
/// between them ("Phòng chống thiên tai" written without the comma).
fn phong_chong_glued(doc: &Doc<'_>, k: usize) -> bool {
    k + 1 < doc.tokens.len()
        && doc.folded(k) == "phòng"
        && doc.folded(k + 1) == "chống"
        && adjacent(doc, k, k + 1)
}

/// Whether tokens `k` and `k + 1` are a '/' or '-' and a number or a word
/// with a digit, all glued to what comes before ("/10" in "DK1/10").
fn glued_code_part(doc: &Doc<'_>, k: usize) -> bool {
    let glued = |i: usize| {
        i > 0 && i < doc.tokens.len() && doc.tokens[i - 1].end() == doc.tokens[i].start()
    };
    glued(k)
        && glued(k + 1)
        && matches!(doc.text(k), "/" | "-")
        && doc.text(k + 1).chars().any(|c| c.is_ascii_digit())
}

/// Whether the name of a body goes on after the "và" at token `j`: the next
/// word is capitalised, glued by a space, and neither a term of the lexicon
/// (another body, a title, a place) nor the start of a person's name.
fn name_goes_on_after_and(doc: &Doc<'_>, j: usize) -> bool {
    let next = j + 1;
    // "… và Phòng, chống thiên tai": prevention, not an office
    let prevention = phong_chong_at(doc, next) || phong_chong_glued(doc, next);
    adjacent(doc, j, next)
        && is_capitalized(doc, next)
        && (doc.hit(next).is_none() || prevention)
        && !starts_person_name(doc, next)
}

/// A place name after a level word: a known province, or a capitalised run.
///
/// Provinces are all in the lexicon, so after "tỉnh"/"thành phố" an unknown
/// run that looks like a person's name is a person ("Phó Chủ tịch UBND tỉnh
/// Nguyễn Văn A"); districts and communes are not listed and are often
/// named after people ("xã Lý Văn Lâm"), so after a lower level word the
/// run is a place.
pub(crate) fn place_after(doc: &Doc<'_>, i: usize) -> Option<(usize, Option<&'static Province>)> {
    if i == 0 || i >= doc.tokens.len() || !adjacent(doc, i - 1, i) {
        return None;
    }
    let provincial = matches!(doc.folded(i - 1), "tỉnh" | "phố");
    if let Some(h) = doc.hit(i) {
        if let Class::Province(p) = h.term.class {
            return Some((h.last, Some(p)));
        }
        if !matches!(h.term.class, Class::Country) {
            return None;
        }
    }
    if provincial && starts_person_name(doc, i) {
        return None;
    }
    let mut end = i;
    while end < doc.tokens.len()
        && end - i < if provincial { 4 } else { 3 }
        && is_capitalized(doc, end)
        && (end == i || adjacent(doc, end - 1, end))
    {
        if end > i && doc.hit(end).is_some() {
            break;
        }
        end += 1;
        // transcribed foreign names: "Chăm-pa-sắc", "Viêng-chăn"
        while end + 1 < doc.tokens.len()
            && doc.text(end) == "-"
            && doc.tokens[end].start() == doc.tokens[end - 1].end()
            && doc.tokens[end + 1].start() == doc.tokens[end].end()
            && doc.tokens[end + 1].kind() == TokenKind::Word
        {
            end += 2;
        }
    }
    // a number can name a commune-level unit ("phường 5")
    if end == i && doc.tokens[i].kind() == TokenKind::Number {
        end = i + 1;
    }
    (end > i).then_some((end, None))
}

#[cfg(test)]
mod tests {
    use super::{Doc, STOP_WORDS, joined_slice};
    use proptest::prelude::*;

    /// [`super::lexicon_body_after`] as it was first written: the phrase
    /// grown word by word, with the length at each word's end kept.
    fn lexicon_body_after_plain(
        doc: &Doc<'_>,
        head: &str,
        from: usize,
        max_words: usize,
    ) -> Option<(&'static str, usize)> {
        let mut phrase = String::from(head);
        let mut ends = Vec::new();
        let mut k = from;
        while k < doc.tokens.len()
            && k < from + max_words
            && (k == from || super::adjacent(doc, k - 1, k))
            && doc.tokens[k].kind() == super::TokenKind::Word
        {
            phrase.push(' ');
            phrase.push_str(doc.folded(k));
            ends.push((phrase.len(), k + 1));
            k += 1;
        }
        let (len, term) = doc.lexicon.longest_prefix(&phrase)?;
        let crate::lexicon::Class::Body(def) = term.class else {
            return None;
        };
        let &(_, end) = ends.iter().find(|&&(e, _)| e == len)?;
        Some((def.name, end))
    }

    #[test]
    fn lexicon_bodies_after_a_head_are_found_as_word_by_word() {
        let lexicon = crate::lexicon::Lexicon::compile();
        for text in [
            "Bộ trưởng Bộ Y tế và Sở Tư pháp tỉnh Cao Bằng họp",
            "các Sở: Xây dựng, Tư pháp, Tài chính; các bộ Quốc phòng, Công an",
            "Y tế  Tư pháp\nGiáo dục và Đào tạo, Khoa học và Công nghệ",
            "",
        ] {
            let mut norm = crate::normalize::normalize(text);
            let doc = Doc::new(&mut norm, &lexicon);
            for from in 0..=doc.tokens.len() {
                for head in ["bộ", "sở", "", "ban"] {
                    for max_words in [0, 1, 3, 8] {
                        let found = super::lexicon_body_after(&doc, head, from, max_words)
                            .map(|(def, end)| (def.name, end));
                        let plain = lexicon_body_after_plain(&doc, head, from, max_words);
                        assert_eq!(found, plain, "{text:?} {head} {from} {max_words}");
                    }
                }
            }
        }
    }

    #[test]
    fn lexicon_strings_are_borrowed_only_when_written_alike() {
        for written in ["tỉnh", "Tỉnh", "thành phố", "thành  phố", "Quảng Ninh", ""] {
            for canonical in [None, Some("tỉnh"), Some("thành phố"), Some("Quảng Ninh")] {
                let s = super::as_lexicon(written, canonical);
                assert_eq!(s, written);
                let borrowed = matches!(s, std::borrow::Cow::Borrowed(_));
                assert_eq!(borrowed, canonical == Some(written), "{written:?}");
            }
        }
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        let words = STOP_WORDS.words;
        assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
    }

    #[test]
    fn general_departments_are_told_by_their_first_two_words() {
        let names = crate::lexicon::bodies::BODIES.iter().map(|d| d.name);
        let odd = [
            "",
            "Tổng",
            "Tổng cục",
            "Tổng cục Thuế",
            "Tổng cụcX",
            "Tổng  cục",
            " Tổng cục",
            "Tổng cục ",
            "Cục",
        ];
        for name in names.chain(odd) {
            let first = name.split(' ').take(2).collect::<Vec<_>>().join(" ");
            assert_eq!(
                super::is_general_department(name),
                first == "Tổng cục",
                "{name}"
            );
        }
    }

    /// [`joined_slice`] of every range of up to eight tokens of `text` is
    /// `join_words` of the slice.
    fn joins_as_join_words(text: &str, lexicon: &crate::lexicon::Lexicon) {
        let mut norm = crate::normalize::normalize(text);
        let doc = Doc::new(&mut norm, lexicon);
        let n = doc.tokens.len();
        for a in 0..=n {
            for b in a..=(a + 8).min(n) {
                let plain = crate::recognize::join_words(doc.slice(a, b));
                assert_eq!(joined_slice(&doc, a, b), plain, "{text:?} {a}..{b}");
            }
        }
    }

    #[test]
    fn joined_slices_are_joined_words() {
        let lexicon = crate::lexicon::Lexicon::compile();
        for text in [
            "",
            "Sở Tài chính tỉnh Bắc Giang",
            "Ban  Chỉ đạo\nTây Nguyên (BCĐTN) , Bộ Quốc phòng",
            "Ủy ban\u{a0}nhân dân \u{2003}huyện\t Yên Minh\r\n\r\nxã",
            " Cục\u{85}Thuế \u{1680}Vụ\u{3000}Pháp chế\u{205f}x \u{200b}y ",
        ] {
            joins_as_join_words(text, &lexicon);
        }
    }

    thread_local! {
        static LEXICON: crate::lexicon::Lexicon = crate::lexicon::Lexicon::compile();
    }

    proptest! {
        #[test]
        fn joined_slices_are_joined_words_anywhere(
            text in "[ \\t\\n\\r\u{a0}\u{85}\u{1680}\u{2003}\u{2028}\u{3000}\u{200b}\u{301}aUyĐư()&,.:-]{0,40}"
        ) {
            LEXICON.with(|lexicon| joins_as_join_words(&text, lexicon));
        }
    }
}
