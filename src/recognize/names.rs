//! Person names: capitalised runs with evidence.

use std::borrow::Cow;

use super::Doc;
use super::bodies::adjacent;
use super::tokens::TokenKind;
use crate::lexicon::Class;
use crate::lexicon::bodies::Shape;

/// The surnames, for look-ups (the list is sorted: a test of the lexicon
/// checks it).
static SURNAMES: WordList = WordList::new(crate::lexicon::surnames::SURNAMES);

/// True when `word` is a known Vietnamese surname.
pub(crate) fn is_surname(word: &str) -> bool {
    SURNAMES.contains(word)
}

/// True when `word`, in any case, is a known surname once title-cased
/// ("NGUYỄN" is "Nguyễn"); no string is built.
fn is_surname_in_any_case(word: &str) -> bool {
    if is_title_case_vietnamese(word) {
        // title-casing would not change it
        return is_surname(word);
    }
    // one-word surnames are short: a longer word is none of them
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut chars = word.chars();
    let first = chars.next().into_iter().flat_map(char::to_uppercase);
    for c in first.chain(chars.flat_map(char::to_lowercase)) {
        let Some(slot) = buf.get_mut(len..len + c.len_utf8()) else {
            return false;
        };
        c.encode_utf8(slot);
        len += c.len_utf8();
    }
    std::str::from_utf8(&buf[..len]).is_ok_and(is_surname)
}

/// Whether `word` is a capital then small letters, all ASCII or Vietnamese
/// (told from their UTF-8 bytes): `title_case` leaves such a word as it is,
/// and nearly every name is written so.
fn is_title_case_vietnamese(word: &str) -> bool {
    let bytes = word.as_bytes();
    // the capital: A–Z, À–Þ but ×, Ă Đ Ĩ Ũ Ơ Ư, the even code points of
    // U+1EA0–U+1EF8
    let rest = match bytes {
        [b'A'..=b'Z', rest @ ..] => rest,
        [0xC3, b, rest @ ..] if (0x80..=0x9E).contains(b) && *b != 0x97 => rest,
        [0xC4, 0x82 | 0x90 | 0xA8, rest @ ..] | [0xC5, 0xA8, rest @ ..] => rest,
        [0xC6, 0xA0 | 0xAF, rest @ ..] => rest,
        [0xE1, 0xBA, b, rest @ ..] if *b >= 0xA0 && b & 1 == 0 => rest,
        [0xE1, 0xBB, b, rest @ ..] if *b <= 0xB8 && b & 1 == 0 => rest,
        _ => return false,
    };
    // small letters: a–z, à–ÿ but ÷, ă đ ĩ ũ ơ ư, the odd code points of
    // U+1EA1–U+1EF9
    let mut k = 0;
    while k < rest.len() {
        k += match rest[k..] {
            [b'a'..=b'z', ..] => 1,
            [0xC3, b, ..] if (0xA0..=0xBF).contains(&b) && b != 0xB7 => 2,
            [0xC4, 0x83 | 0x91 | 0xA9, ..] | [0xC5, 0xA9, ..] | [0xC6, 0xA1 | 0xB0, ..] => 2,
            [0xE1, 0xBA, b, ..] if b >= 0xA1 && b & 1 == 1 => 3,
            [0xE1, 0xBB, b, ..] if b <= 0xB9 && b & 1 == 1 => 3,
            _ => return false,
        };
    }
    true
}

/// A word list sorted by bytes, with a bit for the first byte, last byte
/// and length of each word: nearly every word looked up is not in the
/// list, and most of them are turned away by one table look-up (with no
/// branch that depends on the words compared); the others are compared
/// with the words that have their first byte only (they stand together,
/// sorted), by length and last byte first. [`WordList::may_hold`] tells
/// from the first byte and the length alone.
pub(crate) struct WordList {
    /// The words, sorted by bytes.
    pub words: &'static [&'static str],
    /// Bit `n` of entry `b`: a word of `n` bytes (31 or more for bit 31)
    /// starts with byte `b`.
    lengths: [u32; 256],
    /// Entry `b`: the range of `words` starting with byte `b` (sorted, they
    /// stand together).
    ranges: [(u32, u32); 256],
    /// Bit [`WordList::slot`] of each word set: a word whose bit is clear
    /// is not in the list, told with no compare (few bits are set, so
    /// nearly every word looked up that is not in the list is told so).
    slots: [u64; WordList::SLOTS / 64],
}

impl WordList {
    /// How many bits [`WordList::slots`] holds.
    const SLOTS: usize = 4096;

    /// The bit of a word by its first byte, last byte and length: a mix
    /// of the three, its top twelve bits.
    #[inline(always)]
    const fn slot(first: u8, last: u8, len: usize) -> usize {
        let mixed = (first as u32).wrapping_mul(0x9E37_79B1)
            ^ (last as u32).wrapping_mul(0x85EB_CA77)
            ^ (len as u32).wrapping_mul(0xC2B2_AE3D);
        (mixed >> 20) as usize
    }

    /// The list of `words`, which must be sorted by bytes.
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        let mut lengths = [0u32; 256];
        let mut ranges = [(0u32, 0u32); 256];
        let mut slots = [0u64; WordList::SLOTS / 64];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            if !w.is_empty() {
                let bit = if w.len() < 31 { w.len() } else { 31 };
                let first = w[0] as usize;
                lengths[first] |= 1 << bit;
                let slot = WordList::slot(w[0], w[w.len() - 1], w.len());
                slots[slot / 64] |= 1 << (slot % 64);
                if ranges[first].1 == 0 {
                    ranges[first].0 = k as u32;
                }
                ranges[first].1 = k as u32 + 1;
            }
            k += 1;
        }
        WordList {
            words,
            lengths,
            ranges,
            slots,
        }
    }

    /// Whether a word of the list may start with byte `first` and be `len`
    /// bytes long: `false` when none does (so a word with that first byte
    /// and length is not in the list), told by one table look-up.
    #[inline]
    pub(crate) fn may_hold(&self, first: u8, len: usize) -> bool {
        self.lengths[usize::from(first)] >> len.min(31) & 1 == 1
    }

    /// Whether `word` is in the list.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) else {
            return self.words.contains(&"");
        };
        let slot = WordList::slot(first, last, word.len());
        if self.slots[slot / 64] >> (slot % 64) & 1 == 0 {
            return false;
        }
        // the few words with that first byte, compared by length and last
        // byte before their bytes (cheaper than a binary search's calls)
        let (from, to) = self.ranges[first as usize];
        self.words
            .get(from as usize..to as usize)
            .is_some_and(|same_first| {
                same_first.iter().any(|w| {
                    w.len() == word.len() && w.as_bytes().last() == Some(&last) && *w == word
                })
            })
    }
}

/// Most syllables a name may have.
const MAX_SYLLABLES: usize = 6;

/// Words before a capitalised run that make it the name of a place, a street,
/// an award or a school rather than a person (sorted).
static NAME_OF_THING: WordList = WordList::new(&[
    "bác",
    "bản",
    "bảo",
    "bến",
    "bệnh",
    "chi",
    "chùa",
    "công",
    "cảng",
    "cầu",
    "giải",
    "huy",
    "huyện",
    "huân",
    "học",
    "hồ",
    "khu",
    "làng",
    "lăng",
    "nhà",
    "núi",
    "phường",
    "phố",
    "quảng",
    "quận",
    "sân",
    "sông",
    "thành",
    "thôn",
    "thị",
    "trường",
    "tàu",
    "tư",
    "tập",
    "tỉnh",
    "viện",
    "xã",
    "đường",
    "đảo",
    "đền",
    "ấp",
]);

/// Whether the byte at `start` of `bytes` (the normalized text) settles
/// that no capital starts there, with no char decoded: an ASCII byte other
/// than a capital, or the first byte of a small letter of Vietnamese. A
/// word starting there is no [`is_cap_word`]; `false` tells nothing.
#[inline(always)]
pub(crate) fn surely_no_capital(bytes: &[u8], start: usize) -> bool {
    match bytes.get(start) {
        Some(b) if b.is_ascii() => !b.is_ascii_uppercase(),
        _ => crate::normalize::lower_len(bytes, start) > 0,
    }
}

/// Whether token `i` is a word starting with a capital: only such a word
/// starts a name ([`run_at`] checks it too).
#[inline]
pub(crate) fn is_cap_word(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i).filter(|t| t.kind() == TokenKind::Word) else {
        return false;
    };
    // an ASCII first byte is the first char: no decoding (inlined: most
    // words start so); the others are told apart out of line
    match doc.norm.text.as_bytes().get(t.start()) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => starts_with_capital_beyond_ascii(doc, i),
    }
}

/// [`is_cap_word`] of word token `i` whose first byte is not ASCII: the
/// small letters of Vietnamese are told from their bytes as normalization
/// tells them, any other char is decoded.
#[inline(never)]
fn starts_with_capital_beyond_ascii(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if crate::normalize::lower_len(doc.norm.text.as_bytes(), t.start()) > 0 {
        return false;
    }
    doc.text(i).chars().next().is_some_and(char::is_uppercase)
}

/// A capitalised run at `i` that may be a name: returns one past its last
/// token. Syllables joined by hyphens ("Xu-căng") count as one word.
/// `introduced` says whether a title, rank or honorific stands right before.
pub(crate) fn run_at(doc: &Doc<'_>, i: usize, introduced: bool) -> Option<usize> {
    if !is_cap_word(doc, i) {
        return None;
    }
    if i > 0 && !introduced && NAME_OF_THING.contains(doc.folded(i - 1)) {
        return None;
    }
    let mut end = i;
    let mut syllables = 0;
    let mut k = i;
    let mut after_hyphen = false;
    while k < doc.tokens.len() && syllables < MAX_SYLLABLES {
        let t = doc.tokens[k];
        if k > i && !adjacent(doc, k - 1, k) {
            break;
        }
        let glued_next = doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.start() == t.end() && n.kind() == TokenKind::Word);
        if t.kind() == TokenKind::Punct
            && k > i
            && doc.text(k) == "-"
            && doc.tokens[k - 1].end() == t.start()
            && glued_next
        {
            after_hyphen = true;
            k += 1;
            continue;
        }
        if t.kind() != TokenKind::Word {
            break;
        }
        let upper = doc.text(k).chars().next().is_some_and(char::is_uppercase);
        if !upper && !after_hyphen {
            break;
        }
        if k > i && NEVER_IN_NAME.contains(doc.folded(k)) && !given_name_here(doc, k) {
            break;
        }
        if let Some(h) = doc.hit(k) {
            let province = matches!(h.term.class, Class::Province(_) | Class::Country);
            let single_generic = matches!(h.term.class, Class::Body(b) if h.last == k + 1 && matches!(b.shape, Shape::Generic | Shape::Unit));
            if k == i && (province && !introduced || matches!(h.term.class, Class::Country)) {
                return None;
            }
            if !(province || single_generic) {
                break;
            }
        }
        after_hyphen = false;
        k += 1;
        end = k;
        syllables += 1;
    }
    (end > i).then_some(end)
}

/// Capitalised nouns that start the names of things, not of people
/// ("Bệnh viện", "Công ty", "Trung tâm"); sorted.
pub(crate) static THING_NOUNS: WordList = WordList::new(&[
    "ban",
    "báo",
    "bệnh",
    "bộ",
    "chi",
    "chính",
    "chương",
    "chỉ",
    "câu",
    "công",
    "cơ",
    "cộng",
    "cục",
    "dân",
    "dự",
    "hiệp",
    "huyện",
    "hãng",
    "học",
    "hội",
    "hợp",
    "khu",
    "kế",
    "liên",
    "luật",
    "lữ",
    "lực",
    "nghị",
    "ngân",
    "nhà",
    "nhân",
    "nhóm",
    "phòng",
    "quyết",
    "quân",
    "quốc",
    "sư",
    "sở",
    "thành",
    "tiểu",
    "trung",
    "trường",
    "trạm",
    "tập",
    "tỉnh",
    "tổ",
    "tổng",
    "viện",
    "vùng",
    "văn",
    "vụ",
    "xã",
    "đoàn",
    "đài",
    "đại",
    "đảng",
    "đề",
    "đồn",
    "đội",
    "ủy",
]);

/// True when a run introduced by a title, rank or honorific can be a person's
/// name even without a known surname (foreign and minority names).
pub(crate) fn plausible_name(doc: &Doc<'_>, first: usize, end: usize) -> bool {
    if THING_NOUNS.contains(doc.folded(first)) || NEVER_IN_NAME.contains(doc.folded(first)) {
        return false;
    }
    // the words with a letter, read again for each test (no list made)
    let words = || {
        (first..end)
            .map(|k| doc.text(k))
            .filter(|w| w.chars().any(char::is_alphabetic))
    };
    if words().all(all_caps) {
        let mut two = words();
        return match (two.next(), two.next()) {
            (Some(surname), Some(_)) => is_surname_in_any_case(surname),
            _ => false,
        };
    }
    if words().any(all_caps) {
        return false;
    }
    // "Tổng giám đốc Vietnam Airlines": a company or a country's name
    if words().any(not_in_person_names) {
        return false;
    }
    // a lone syllable is a short reference ("ông Sơn"); resolution keeps it
    // only when it names a known person or reads as a foreign name
    words().next().is_some()
}

/// Words of company names written in English ("Vietnam Airlines",
/// "Viettel Group"), lower case.
pub(crate) const COMPANY_WORDS: &[&str] = &[
    "airlines",
    "airways",
    "group",
    "corporation",
    "corp",
    "company",
    "holdings",
    "bank",
    "jsc",
    "ltd",
    "inc",
    "limited",
    "telecom",
    "motors",
];

/// Words of company and country names that no person's name holds, in
/// any ASCII case: the company words and "Vietnam".
fn not_in_person_names(word: &str) -> bool {
    word.eq_ignore_ascii_case("vietnam")
        || COMPANY_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// True for a word of at least five plain Latin letters (no Vietnamese
/// diacritics): a foreign name written alone.
pub(crate) fn looks_foreign_word(word: &str) -> bool {
    word.chars().count() >= 5
        && word
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'')
}

/// Words of [`NEVER_IN_NAME`] that are also common given names, with the
/// words that make them the verb instead ("Phát biểu", "Phát động").
const GIVEN_NAMES_TOO: &[(&str, &[&str])] = &[(
    "phát",
    &[
        "biểu", "động", "triển", "hiện", "huy", "ngôn", "hành", "sóng", "thanh",
    ],
)];

/// Whether the word at `k`, one of [`NEVER_IN_NAME`], is a given name
/// here: it is one of [`GIVEN_NAMES_TOO`] and the next word does not make
/// it a verb ("Lê Hồng Phát, Bộ trưởng …", not "… Phát biểu tại …").
fn given_name_here(doc: &Doc<'_>, k: usize) -> bool {
    let Some((_, verbs)) = GIVEN_NAMES_TOO.iter().find(|(w, _)| *w == doc.folded(k)) else {
        return false;
    };
    !(adjacent(doc, k, k + 1) && verbs.contains(&doc.folded(k + 1)))
}

/// Capitalised words that open a sentence or a time phrase and never
/// continue a person's name ("… Nguyễn Văn A Chiều nay …"); sorted.
static NEVER_IN_NAME: WordList = WordList::new(&[
    "chiều", "clip", "các", "cùng", "của", "dự", "hôm", "khi", "là", "ngoài", "nguồn", "ngày",
    "nhưng", "những", "phát", "sau", "sáng", "tham", "thay", "theo", "tháng", "trong", "trưa",
    "trước", "tại", "tối", "tới", "từ", "video", "và", "về", "với", "đây", "đêm", "đến", "để",
    "ảnh",
]);

/// True when the run has the shape of a Vietnamese name: a known surname and
/// at least two syllables.
pub(crate) fn looks_vietnamese(doc: &Doc<'_>, first: usize, end: usize) -> bool {
    end - first >= 2 && is_surname_in_any_case(doc.text(first))
}

/// Whether `raw` has two letters or more, all capitals. A capital is a
/// letter, and so is a small letter (every char `is_uppercase` or
/// `is_lowercase` is alphabetic), which ends the test at once (the first
/// small letter of nearly every name) with no look-up of the alphabetic
/// chars.
fn all_caps(raw: &str) -> bool {
    let mut letters = 0;
    raw.chars().all(|c| {
        if c.is_uppercase() {
            letters += 1;
            true
        } else {
            !c.is_lowercase() && !c.is_alphabetic()
        }
    }) && letters > 1
}

/// A name in normal case ("PHẠM VĂN AN" → "Phạm Văn An"); mixed case is kept.
/// Borrowed from the text when written as it is shown (nearly every name).
pub(crate) fn display<'d>(doc: &'d Doc<'_>, first: usize, end: usize) -> Cow<'d, str> {
    let raw = doc.slice(first, end);
    if !all_caps(raw) {
        // single spaces already (nearly always): the slice as it is, told
        // from the tokens' ends, or else from the bytes
        if super::bodies::single_spaced(doc, first, end) {
            return Cow::Borrowed(raw);
        }
        let bytes = raw.as_bytes();
        let spaced = !bytes.windows(2).any(|w| w == b"  ")
            && !bytes.iter().any(|b| matches!(b, b'\n' | b'\t' | b'\r'));
        if spaced && !raw.starts_with(' ') && !raw.ends_with(' ') {
            return Cow::Borrowed(raw);
        }
        return Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    Cow::Owned(
        raw.split_whitespace()
            .map(title_case)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// "NGUYỄN" → "Nguyễn"; "XU-CĂNG" → "Xu-căng".
pub(crate) fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut first = true;
    for c in word.chars() {
        if first {
            out.extend(c.to_uppercase());
            first = false;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_caps_is_two_letters_or_more_all_capitals() {
        // the plain definition: the alphabetic chars, two or more, all
        // upper-case
        let plainly = |w: &str| {
            let mut letters = w.chars().filter(|c| c.is_alphabetic());
            letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
        };
        for w in [
            "UBND",
            "Đ/C",
            "PHẠM",
            "Phạm",
            "A",
            "A1",
            "A-B",
            "",
            "12",
            "ǅA",
            "ẞSS",
            "ⒶⒷ",
            "ªB",
            "ΣΑ",
            "ĐẢNG-ủy",
        ] {
            assert_eq!(all_caps(w), plainly(w), "{w}");
        }
        // every char either case calls upper or lower is a letter
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(!(c.is_uppercase() || c.is_lowercase()) || c.is_alphabetic());
        }
    }

    #[test]
    fn one_word_surnames_fit_the_title_case_buffer() {
        for s in crate::lexicon::surnames::SURNAMES {
            assert!(s.len() <= 32, "{s}");
        }
        assert!(is_surname_in_any_case("NGUYỄN"));
        assert!(is_surname_in_any_case("Nguyễn"));
        assert!(is_surname_in_any_case("nguyễn"));
        assert!(!is_surname_in_any_case(
            "Nguyễnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"
        ));
    }

    #[test]
    fn title_case_words_are_told_from_their_bytes() {
        // every char the byte test takes, as a capital and as a small letter
        let capitals = ('A'..='Z')
            .chain('\u{C0}'..='\u{DE}')
            .chain(['Ă', 'Đ', 'Ĩ', 'Ũ', 'Ơ', 'Ư'])
            .chain(('\u{1EA0}'..='\u{1EF8}').step_by(2));
        for c in capitals.filter(|&c| c != '×') {
            let word = format!("{c}ươngÀ");
            assert!(!is_title_case_vietnamese(&word), "{word}");
            let small: String = ('a'..='z')
                .chain('\u{E0}'..='\u{FF}')
                .chain(['ă', 'đ', 'ĩ', 'ũ', 'ơ', 'ư'])
                .chain(('\u{1EA1}'..='\u{1EF9}').step_by(2))
                .filter(|&c| c != '÷')
                .collect();
            let word = format!("{c}{small}");
            assert!(is_title_case_vietnamese(&word), "{word}");
            assert_eq!(title_case(&word), word);
        }
        for word in [
            "", "a", "nguyễn", "NGUYỄN", "NguyễN", "×a", "A÷", "Ǆa", "1a", "A-b",
        ] {
            assert!(!is_title_case_vietnamese(word), "{word}");
        }
    }

    #[test]
    fn surely_no_capital_is_never_said_of_a_capital() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let word = format!("{c}a");
            if surely_no_capital(word.as_bytes(), 0) {
                assert!(!c.is_uppercase(), "{c:?}");
            }
            // and it is said of every small letter of Vietnamese
            if c.is_ascii_lowercase() || crate::normalize::lower_len(word.as_bytes(), 0) > 0 {
                assert!(surely_no_capital(word.as_bytes(), 0), "{c:?}");
            }
        }
        assert!(!surely_no_capital(b"", 0));
        for w in ["nguyễn", "đã", "ở", "ưu", "1", "-"] {
            assert!(surely_no_capital(w.as_bytes(), 0), "{w}");
        }
        for w in ["Nguyễn", "Đà", "Ở", "Ưu", "É"] {
            assert!(!surely_no_capital(w.as_bytes(), 0), "{w}");
        }
    }

    /// [`display`] as it was, reading the slice's bytes for its spacing.
    fn display_by_bytes(doc: &Doc<'_>, first: usize, end: usize) -> String {
        let raw = doc.slice(first, end);
        if !all_caps(raw) {
            let bytes = raw.as_bytes();
            let spaced = !bytes.windows(2).any(|w| w == b"  ")
                && !bytes.iter().any(|b| matches!(b, b'\n' | b'\t' | b'\r'));
            if spaced && !raw.starts_with(' ') && !raw.ends_with(' ') {
                return raw.to_string();
            }
            return raw.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        raw.split_whitespace()
            .map(title_case)
            .collect::<Vec<_>>()
            .join(" ")
    }

    thread_local! {
        static LEXICON: crate::lexicon::Lexicon = crate::lexicon::Lexicon::compile();
    }

    proptest::proptest! {
        #[test]
        fn display_is_told_from_the_tokens_as_from_the_bytes(
            text in "[ \\t\\n\\r\u{a0}\u{85}\u{2003}\u{3000}\u{200b}aAnNĐđƯư-]{0,30}"
        ) {
            LEXICON.with(|lexicon| {
                let mut norm = crate::normalize::normalize(&text);
                let doc = Doc::new(&mut norm, lexicon);
                let n = doc.tokens.len();
                for a in 0..=n {
                    for b in a..=(a + 6).min(n) {
                        assert_eq!(display(&doc, a, b), display_by_bytes(&doc, a, b), "{text:?}");
                    }
                }
            });
        }
    }

    #[test]
    fn word_lists_find_their_words_only() {
        for list in [&NAME_OF_THING, &THING_NOUNS, &NEVER_IN_NAME, &SURNAMES] {
            for w in list.words {
                assert!(list.contains(w), "{w}");
                assert!(!list.contains(&format!("{w}x")), "{w}x");
                let tail = w.chars().skip(1).collect::<String>();
                assert_eq!(list.contains(&tail), list.words.contains(&tail.as_str()));
                // every prefix, and the word with its last char changed
                for (k, _) in w.char_indices() {
                    let head = &w[..k];
                    assert_eq!(list.contains(head), list.words.contains(&head), "{head}");
                    for c in ['a', 'n', 'ế'] {
                        let other = format!("{head}{c}");
                        let listed = list.words.contains(&other.as_str());
                        assert_eq!(list.contains(&other), listed, "{other}");
                    }
                }
            }
            assert!(!list.contains(""));
        }
    }

    #[test]
    fn the_bit_of_every_word_is_set() {
        for list in [&NAME_OF_THING, &THING_NOUNS, &NEVER_IN_NAME, &SURNAMES] {
            for w in list.words.iter().map(|w| w.as_bytes()) {
                let slot = WordList::slot(w[0], w[w.len() - 1], w.len());
                assert!(list.slots[slot / 64] >> (slot % 64) & 1 == 1, "{w:?}");
            }
            // few bits are set: most words not in the list are told so
            let set: u32 = list.slots.iter().map(|s| s.count_ones()).sum();
            assert!(set as usize <= list.words.len() && set < 600, "{set}");
        }
    }

    proptest::proptest! {
        #[test]
        fn word_lists_find_their_words_only_anywhere(word in "[a-zđăâêôơưáàảãạếềểễệốồổỗộớờởỡợ ]{0,9}") {
            for list in [&NAME_OF_THING, &THING_NOUNS, &NEVER_IN_NAME, &SURNAMES] {
                proptest::prop_assert_eq!(list.contains(&word), list.words.contains(&word.as_str()));
            }
        }
    }

    #[test]
    fn may_hold_is_said_of_every_word_of_a_list() {
        for list in [&NAME_OF_THING, &THING_NOUNS, &NEVER_IN_NAME, &SURNAMES] {
            for w in list.words {
                assert!(list.may_hold(w.as_bytes()[0], w.len()), "{w}");
            }
        }
        assert!(!NEVER_IN_NAME.may_hold(b'x', 3));
        assert!(!NEVER_IN_NAME.may_hold(b'v', 40));
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [NAME_OF_THING.words, THING_NOUNS.words, NEVER_IN_NAME.words] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
