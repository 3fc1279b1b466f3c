//! Title phrases: "[nguyên] [Quyền] [Phó] HEAD [Thường trực] [BODY]".

use std::borrow::Cow;

use super::Doc;
use super::bodies::{self, BodyPhrase, adjacent};
use super::tokens::{Hit, TokenKind};
use crate::lexicon::bodies::Shape;
use crate::lexicon::{Class, Province, TitleDef};

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
    /// Canonical title text ("Phó Chủ tịch Thường trực"); the lexicon's
    /// name itself when the title is just its head (most titles).
    pub text: Cow<'static, str>,
    /// "nguyên …": a former post.
    pub former: bool,
    /// The body written after the title.
    pub body: Option<BodyPhrase>,
    /// A country or a locality written after the title instead of a body
    /// ("Thủ tướng Nga", "Bí thư Bình Định" read as "Tỉnh ủy Bình Định").
    pub place: Option<String>,
}

/// Verbs before "chức" that end a post ("thôi chức", "cách chức", "miễn chức").
const LEAVE_VERBS: &[&str] = &["thôi", "cách", "miễn"];

/// Words after the head that belong to the title (folded words, canonical text).
const SUFFIXES: &[(&[&str], &str)] = &[
    (&["thường", "trực"], "Thường trực"),
    (&["dự", "khuyết"], "dự khuyết"),
    (&["chuyên", "trách"], "chuyên trách"),
];

/// Room for what may follow the head in a title's text: a unit word after
/// "Trưởng" and a suffix, so the text is allocated once.
const TEXT_ROOM: usize = 24;

/// Appends a space and `word` to a title's text; a text borrowed from the
/// lexicon is copied first, with room for what may follow.
fn push_word(text: &mut Cow<'static, str>, word: &str) {
    if let Cow::Borrowed(name) = *text {
        let mut owned = String::with_capacity(name.len() + TEXT_ROOM);
        owned.push_str(name);
        *text = Cow::Owned(owned);
    }
    let owned = text.to_mut();
    owned.push(' ');
    owned.push_str(word);
}

/// Envoys, whose title goes on with the host country ("Đại sứ Việt Nam tại
/// Pháp").
const ENVOYS: &[&str] = &[
    "Đại biện",
    "Đại sứ",
    "Lãnh sự",
    "Tham tán",
    "Tham tán Công sứ",
    "Tổng Lãnh sự",
];

/// Lower-case words that make "Trưởng X" a title of its own ("Trưởng đoàn").
const TRUONG_UNITS: &[&str] = &[
    "ban", "đoàn", "phòng", "thôn", "bản", "ấp", "khu", "tổ", "trạm",
];

#[inline]
fn word_is(doc: &Doc<'_>, i: usize, w: &str) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind() == TokenKind::Word)
        && doc.folded(i) == w
}

/// The folded words that may open a title phrase before its head (or be
/// its head, "Trưởng"), as [`may_start_at`] matches them; for the tests of
/// the lists that must hold them.
#[cfg(test)]
pub(crate) const PREFIX_WORDS: &[&str] = &["nguyên", "cựu", "quyền", "phó", "trưởng"];

/// A cheap test: can a title phrase start at a token (a title in the
/// lexicon, or one of [`PREFIX_WORDS`])? Takes the token's hit, whether it
/// is a word, and its folded text, which the caller has at hand.
#[inline]
pub(crate) fn may_start_at(hit: Option<&Hit>, word: bool, folded: &str) -> bool {
    hit.is_some_and(|h| matches!(h.term.class, Class::Title(_)))
        || word && matches!(folded, "nguyên" | "cựu" | "quyền" | "phó" | "trưởng")
}

/// Parses a title phrase starting at token `i` (at a prefix word or the head).
pub(crate) fn parse(doc: &Doc<'_>, i: usize) -> Option<TitlePhrase> {
    let mut j = i;
    let mut former = false;
    if word_is(doc, j, "nguyên") || word_is(doc, j, "cựu") {
        former = true;
        j += 1;
    }
    // "thôi chức Phó Trưởng Ban …", "cách chức Giám đốc …": the post is left
    let left_post = i >= 2
        && word_is(doc, i - 1, "chức")
        && (LEAVE_VERBS.iter().any(|v| word_is(doc, i - 2, v))
            || (i >= 3 && word_is(doc, i - 2, "giữ") && word_is(doc, i - 3, "thôi")));
    if left_post {
        former = true;
    }
    let acting = word_is(doc, j, "quyền");
    if acting {
        j += 1;
    }
    let deputy = word_is(doc, j, "phó");
    if deputy {
        j += 1;
    }
    if j > i && !adjacent(doc, j - 1, j) {
        return None;
    }
    let (head_end, def) = match doc.hit(j).map(|h| (h, h.term.class)) {
        Some((h, Class::Title(def))) => (h.last, def),
        _ if word_is(doc, j, "trưởng") => (j + 1, &TRUONG),
        _ => return None,
    };
    let prefix = match (acting, deputy) {
        (false, false) => "",
        (true, false) => "Quyền ",
        (false, true) => "Phó ",
        (true, true) => "Quyền Phó ",
    };
    // the whole text, prefix first: `text[at..]` is the title without it
    let at = prefix.len();
    let mut text = if prefix.is_empty() {
        Cow::Borrowed(def.name)
    } else {
        let mut text = String::with_capacity(at + def.name.len() + TEXT_ROOM);
        text.push_str(prefix);
        text.push_str(def.name);
        Cow::Owned(text)
    };
    let mut end = head_end;
    if &text[at..] == "Trưởng" && end < doc.tokens.len() && adjacent(doc, end - 1, end) {
        let w = doc.folded(end);
        let following = bodies::parse(doc, end);
        let body_follows = following.as_ref().is_some_and(|b| b.complete);
        // "Trưởng Ban Tuyên giáo và Dân vận": a capitalised unit word with
        // a capitalised name after it is the body's own first word
        let named_unit = bodies::is_capitalized(doc, end) && bodies::is_capitalized(doc, end + 1);
        if !body_follows && !named_unit && TRUONG_UNITS.contains(&w) {
            push_word(&mut text, w);
            // "Trưởng đoàn đại biểu Quốc hội tỉnh", "Trưởng phòng Cảnh sát
            // hình sự …": the word heads the body too
            let following = following.or_else(|| bodies::parse_lower_head(doc, end));
            if let Some(b) = following.filter(|b| b.last > end + 1) {
                if b.is_event_committee(doc) {
                    return None;
                }
                let title_end = end + 1;
                return Some(TitlePhrase {
                    first: i,
                    last: b.last,
                    title_end,
                    def: &TRUONG,
                    text,
                    former,
                    body: Some(b),
                    place: None,
                });
            }
            end += 1;
        }
    }
    for (words, canonical) in SUFFIXES {
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| word_is(doc, end + k, w))
            && adjacent(doc, end - 1, end)
        {
            push_word(&mut text, canonical);
            end += words.len();
            break;
        }
    }
    let title = &text[at..];
    let title_end = end;
    // "Phó Chủ tịch danh dự": an honorary title is no post
    if word_is(doc, end, "danh") && word_is(doc, end + 1, "dự") {
        return None;
    }
    if heads_non_state_body(doc, end) {
        // "Chủ tịch HĐQT Tập đoàn …", "Giám đốc Bệnh viện …": a post in a
        // company, a hospital or an international body is not a position
        return None;
    }
    let mut body = None;
    let mut place = None;
    if end < doc.tokens.len() && adjacent(doc, end - 1, end) {
        // "Ủy ban Pháp luật của Quốc hội": the body may follow "của"
        if let Some(b) = bodies::parse(doc, end) {
            // "Trưởng Ban Tổ chức Hội thao": a post of an event, not a position
            if b.is_event_committee(doc) {
                return None;
            }
            end = b.last;
            body = Some(b);
        } else if let Some(h) = doc.hit(end) {
            match h.term.class {
                // "Thủ tướng Nga", "Tổng thống Hoa Kỳ": the country is the body
                Class::Country => {
                    // "Đại sứ Việt Nam tại Pháp": an envoy's host country too
                    let last = bodies::country_after_tai(doc, h.last)
                        .filter(|_| ENVOYS.contains(&def.name))
                        .unwrap_or(h.last);
                    place = Some(doc.slice(end, last).to_string());
                    end = last;
                }
                // "Bí thư Bình Định", "Chủ tịch Hà Nội": the province's committee
                // (the city is named after the President: "Chủ tịch Hồ Chí Minh" is a person)
                Class::Province(p) if p.name != "Hồ Chí Minh" => {
                    place = Some(province_body(title, p));
                    end = h.last;
                }
                // "Phó Tỉnh trưởng tỉnh Kampong Chhnang"
                Class::LevelWord(_) => match bodies::place_after(doc, h.last) {
                    Some((e, Some(p)))
                        if p.name != "Hồ Chí Minh" || !title.starts_with("Chủ tịch") =>
                    {
                        place = Some(province_body(title, p));
                        end = e;
                    }
                    Some((e, _)) => {
                        place = Some(doc.slice(end, e).to_string());
                        end = e;
                    }
                    None => {}
                },
                _ => {}
            }
        }
        // "Tổng thống Pháp Emmanuel Macron": a country whose name is also a
        // common word ("Pháp", "Đức", "Anh") right after a title and before
        // a capitalised name
        if body.is_none()
            && place.is_none()
            && crate::lexicon::countries::AMBIGUOUS_COUNTRIES.contains(&doc.text(end))
            && bodies::is_capitalized(doc, end + 1)
            && adjacent(doc, end, end + 1)
        {
            place = Some(doc.text(end).to_string());
            end += 1;
        }
        // "Tham tán Công sứ (Đại sứ quán Việt Nam tại Lào)": the body in
        // parentheses
        if body.is_none() && place.is_none() && doc.text(end) == "(" {
            if let Some(b) = bodies::parse(doc, end + 1)
                .filter(|b| b.complete && b.last < doc.tokens.len() && doc.text(b.last) == ")")
            {
                end = b.last + 1;
                body = Some(b);
            }
        }
        // "Bộ trưởng Y tế", "Thứ trưởng Quốc phòng": a minister's title
        // with the ministry's name but not the word "Bộ"
        if body.is_none() && place.is_none() {
            if let Some((ministry, e)) = ministry_after(doc, title, end) {
                place = Some(ministry.to_string());
                end = e;
            }
        }
    }
    Some(TitlePhrase {
        first: i,
        last: end,
        title_end,
        def,
        text,
        former,
        body,
        place,
    })
}

/// The title without its leading "Quyền " and "Phó " ("Quyền Phó Bộ
/// trưởng" → "Bộ trưởng"); by `strip_prefix`, which is much cheaper than
/// `trim_start_matches` with a string pattern.
pub(crate) fn base_title(title: &str) -> &str {
    let mut s = title;
    while let Some(rest) = s.strip_prefix("Quyền ") {
        s = rest;
    }
    while let Some(rest) = s.strip_prefix("Phó ") {
        s = rest;
    }
    s
}

/// Titles held in a ministry ("Bộ ...").
const MINISTERIAL: &[&str] = &["Bộ trưởng", "Thứ trưởng"];

/// The ministry named by the capitalised words at `i` after a ministerial
/// title, when "Bộ" and those words make a ministry of the lexicon ("Y tế"
/// after "Bộ trưởng" is "Bộ Y tế"); and one past its last token.
fn ministry_after(doc: &Doc<'_>, title: &str, i: usize) -> Option<(&'static str, usize)> {
    if !bodies::is_capitalized(doc, i) || !MINISTERIAL.contains(&base_title(title)) {
        return None;
    }
    let (def, end) = bodies::lexicon_body_after(doc, "bộ", i, 8)?;
    (def.shape == Shape::Named && def.name.starts_with("Bộ ")).then_some((def.name, end))
}

/// Words that open the names of companies, schools, hospitals, newspapers
/// and international organizations (lower case, as folded).
const NON_STATE_BODIES: &[&str] = &[
    "hđqt",
    "hội đồng quản trị",
    "tập đoàn",
    "công ty",
    "tổng công ty",
    "ngân hàng thương mại",
    "ngân hàng thế giới",
    "trường",
    "bệnh viện",
    "đại học",
    "báo",
    "tạp chí",
    "hãng",
    "doanh nghiệp",
    "hợp tác xã",
    "câu lạc bộ",
    "liên hợp quốc",
    "giáo hội",
    "hội đồng trị sự",
    "ban trị sự",
    "hội đồng olympic",
    "ủy ban olympic quốc tế",
    "ioc",
    "oca",
    "wb",
    "asean",
    "eu",
    "imf",
    "adb",
    "unicef",
    "undp",
    "fao",
    "who",
    "unesco",
];

fn heads_non_state_body(doc: &Doc<'_>, i: usize) -> bool {
    if i >= doc.tokens.len() {
        return false;
    }
    // "Tổng Giám đốc Vietnam Airlines": a company named in English
    let mut k = i;
    while k < doc.tokens.len().min(i + 4) && bodies::is_capitalized(doc, k) {
        if super::names::COMPANY_WORDS.contains(&doc.folded(k)) {
            return true;
        }
        k += 1;
    }
    // the folded text from the token on: every name below is shorter than
    // 24 chars, so looking further than that changes nothing
    let rest = &doc.norm.folded[doc.tokens[i].start()..];
    // research and design institutes ("Viện Thiết kế", "Viện Nghiên cứu …")
    // are like schools; the procuracy ("Viện kiểm sát") and the national
    // academies ("Viện Hàn lâm …") are state bodies
    if rest.starts_with("viện ")
        && !rest.starts_with("viện kiểm sát")
        && !rest.starts_with("viện hàn lâm")
    {
        return true;
    }
    // only the names with the text's first byte are compared
    let Some(&first) = rest.as_bytes().first() else {
        return false;
    };
    let mut candidates = NON_STATE_BY_FIRST_BYTE[usize::from(first)];
    while candidates != 0 {
        let w = NON_STATE_BODIES[candidates.trailing_zeros() as usize];
        candidates &= candidates - 1;
        if rest.starts_with(w)
            && rest[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            return true;
        }
    }
    false
}

/// Entry `b`: bit `j` is set when [`NON_STATE_BODIES`]`[j]` starts with
/// byte `b` (there are fewer than 64 names).
static NON_STATE_BY_FIRST_BYTE: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut j = 0;
    while j < NON_STATE_BODIES.len() {
        let first = NON_STATE_BODIES[j].as_bytes()[0];
        table[first as usize] |= 1 << j;
        j += 1;
    }
    table
};

/// The body a title names when followed by a bare province: party
/// secretaries lead the Tỉnh ủy/Thành ủy, chairs the Ủy ban nhân dân.
fn province_body(title: &str, p: &Province) -> String {
    let (committee, level) = if p.city {
        ("Thành ủy", "thành phố")
    } else {
        ("Tỉnh ủy", "tỉnh")
    };
    match base_title(title) {
        "Bí thư" | "Bí thư Thường trực" => format!("{committee} {}", p.name),
        "Chủ tịch" | "Chủ tịch Thường trực" => {
            format!("Ủy ban nhân dân {level} {}", p.name)
        }
        _ => p.name.to_string(),
    }
}

/// "Trưởng" written before a body ("Trưởng Ban Tổ chức", "Trưởng Công an xã").
static TRUONG: TitleDef = TitleDef {
    name: "Trưởng",
    aliases: &[],
    standalone: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_word_reads_as_a_string_built_in_place() {
        for name in ["Chủ tịch", "Trưởng", "Phó Thủ tướng", ""] {
            for words in [&["Thường trực"][..], &["ban", "chuyên trách"], &[]] {
                let mut borrowed = Cow::Borrowed(name);
                let mut owned: Cow<'static, str> = Cow::Owned(name.to_string());
                let mut plain = name.to_string();
                for w in words {
                    push_word(&mut borrowed, w);
                    push_word(&mut owned, w);
                    plain.push(' ');
                    plain.push_str(w);
                }
                assert_eq!(borrowed, plain);
                assert_eq!(owned, plain);
            }
        }
    }

    #[test]
    fn may_start_at_takes_the_prefix_words_only() {
        for w in PREFIX_WORDS {
            assert!(may_start_at(None, true, w), "{w}");
            assert!(!may_start_at(None, false, w), "{w}");
            // one char more or less, or another case, is no prefix word
            assert!(!may_start_at(None, true, &format!("{w}x")), "{w}");
            assert!(!may_start_at(None, true, &w[1..]), "{w}");
            assert!(!may_start_at(None, true, &w.to_uppercase()), "{w}");
        }
        for w in ["", "nguyen", "pho", "truong", "chủ", "tịch", "và", "kiêm"] {
            assert!(!may_start_at(None, true, w), "{w}");
        }
    }

    #[test]
    fn non_state_names_are_indexed_by_first_byte() {
        assert!(NON_STATE_BODIES.len() < 64);
        for b in 0..=255u8 {
            let expected: u64 = NON_STATE_BODIES
                .iter()
                .enumerate()
                .filter(|(_, w)| w.as_bytes().first() == Some(&b))
                .map(|(j, _)| 1 << j)
                .sum();
            assert_eq!(NON_STATE_BY_FIRST_BYTE[usize::from(b)], expected, "{b}");
        }
    }

    #[test]
    fn non_state_names_are_short() {
        // heads_non_state_body reads no further than 24 chars
        for w in NON_STATE_BODIES {
            assert!(!w.is_empty() && w.chars().count() < 24, "{w}");
        }
    }
}
