//! Legal-document numbers ("1234/QĐ-TTg", "36-NQ/TW", "123/2020/NĐ-CP",
//! "59/2020/QH14") and short citations after a document word ("Chỉ thị 05 của
//! Bộ Chính trị").
//!
//! A hand-written scanner reads a number as digits followed by up to
//! [`MAX_PARTS`] parts, each introduced by `/` or `-`: a four-digit year or a
//! code (an upper-case-led run such as "QĐ", "TTg", "QĐi", "UBND", "QH14").
//! A number is cited when a document word precedes it ("Quyết định số …") or
//! when its shape is complete on its own: a type code followed by an issuer
//! ("12/QĐ-UBND", "36-NQ/TW") or a year followed by a code ("59/2020/QH14").
//! A bare unit number ("Ban Chỉ đạo 138/CP") is not a document. Dates,
//! scores and fractions have no code and are never read.
//!
//! Every scan step moves forward and each attempt reads a bounded number of
//! parts, so the whole pass is linear in the text.

use crate::model::{DocumentKind, DocumentRef};
use crate::{Error, Span};

/// Most parts after the leading digits ("01/2016/TTLT-BNV-BTC" has four).
const MAX_PARTS: usize = 6;
/// Most digits in the leading number.
const MAX_DIGITS: usize = 5;
/// Longest code, in chars ("BLĐTBXH", "UBTVQH15").
const MAX_CODE_CHARS: usize = 12;

/// Type codes that name the kind of document, beyond those
/// [`DocumentKind::from_code`] knows (Nghị định 30/2020/NĐ-CP, Appendix III).
const EXTRA_TYPE_CODES: &[&str] = &[
    "BB", "BC", "BGN", "BTT", "CTr", "CĐ", "DA", "GM", "HĐ", "PA", "QC", "QyĐ", "TC", "TTr",
    "VBHN", "ĐA",
];

/// Words that introduce a document number, lower case, NFC, old tone style.
/// The first column gives the kind when [`DocumentKind::from_word`] does not.
const DOC_WORDS: &[&str] = &[
    "báo cáo",
    "bộ luật",
    "chương trình",
    "chỉ thị",
    "công văn",
    "công điện",
    "hướng dẫn",
    "kết luận",
    "kế hoạch",
    "luật",
    "lệnh",
    "nghị quyết",
    "nghị quyết liên tịch",
    "nghị định",
    "pháp lệnh",
    "quy chế",
    "quy định",
    "quyết định",
    "thông báo",
    "thông cáo",
    "thông tri",
    "thông tư",
    "thông tư liên tịch",
    "tờ trình",
    "văn bản",
    "văn bản hợp nhất",
    "đề án",
];

/// Words that may follow a short citation ("Chỉ thị 05 của …"); anything
/// else ("kế hoạch 5 năm", "kết luận 3 nội dung") is a count, not a number.
const SHORT_FOLLOWERS: &[&str] = &[
    "của", "ngày", "về", "và", "do", "đã", "được", "theo", "trái", "có", "thì", "là", "mà", "khóa",
    "nói", "quy", "này", "cũng", "vẫn", "nêu", "đề", "sẽ", "đang",
];

/// A part after the leading digits.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part<'t> {
    Year(i32),
    Code(&'t str),
}

/// A number read by the scanner.
#[derive(Clone, Debug)]
struct Scanned<'t> {
    /// Byte range of the number in the scanned text.
    start: usize,
    end: usize,
    /// The leading digits.
    digits: &'t str,
    parts: Vec<Part<'t>>,
    /// True when spaces surround a separator ("176 - TB/VPTU").
    spaced: bool,
}

impl Scanned<'_> {
    fn codes(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            Part::Code(c) => Some(*c),
            Part::Year(_) => None,
        })
    }

    fn year(&self) -> Option<i32> {
        self.parts.iter().find_map(|p| match p {
            Part::Year(y) => Some(*y),
            Part::Code(_) => None,
        })
    }

    /// The number as written, without spaces.
    fn number(&self, text: &str) -> String {
        text[self.start..self.end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    /// The issuer: the codes after the type code (joined by '-'), or the
    /// first code when there is no type code ("238/UBND-KGVX" → "UBND",
    /// "59/2020/QH14" → "QH14").
    fn issuer(&self) -> Option<String> {
        let codes: Vec<&str> = self.codes().collect();
        let first = *codes.first()?;
        if is_term_code(first) {
            return Some(first.to_string());
        }
        if is_type_code(first) {
            if codes.len() > 1 {
                Some(codes[1..].join("-"))
            } else {
                None
            }
        } else {
            Some(first.to_string())
        }
    }

    fn kind_from_code(&self) -> Option<DocumentKind> {
        let first = self.codes().next()?;
        if let Some(k) = DocumentKind::from_code(first) {
            return Some(k);
        }
        let stem = first.trim_end_matches(|c: char| c.is_ascii_digit());
        if stem == "QH" {
            return Some(DocumentKind::Law);
        }
        match first {
            "QyĐ" => Some(DocumentKind::Regulation),
            c if EXTRA_TYPE_CODES.contains(&c) => Some(DocumentKind::Other),
            _ => None,
        }
    }

    /// True when the shape is a complete number on its own, without a
    /// document word before it.
    fn is_complete(&self) -> bool {
        let codes: Vec<&str> = self.codes().collect();
        let Some(&first) = codes.first() else {
            return false;
        };
        if self.spaced {
            // Only the party shape survives loose spacing: "176 - TB/VPTU".
            return is_type_code(first) && codes.len() >= 2;
        }
        (is_type_code(first) && codes.len() >= 2)
            || (self.year().is_some() && (codes.len() >= 2 || is_term_code(first)))
    }

    fn to_ref(&self, text: &str, word_kind: Option<DocumentKind>, span: Span) -> DocumentRef {
        DocumentRef {
            number: self.number(text),
            kind: word_kind.or_else(|| self.kind_from_code()),
            year: self.year(),
            issuer: self.issuer(),
            span,
        }
    }
}

/// A type code ("QĐ", "NQ", "TTLT", "QĐi", "TTr" …).
fn is_type_code(code: &str) -> bool {
    if is_term_code(code) {
        return false;
    }
    DocumentKind::from_code(code).is_some() || EXTRA_TYPE_CODES.contains(&code)
}

/// A National Assembly term code ("QH14", "UBTVQH15").
fn is_term_code(code: &str) -> bool {
    let stem = code.trim_end_matches(|c: char| c.is_ascii_digit());
    stem.len() < code.len() && (stem == "QH" || stem == "UBTVQH")
}

/// A code: an upper-case letter, letters, then optional digits; at least two
/// upper-case letters ("TTg", "QĐi", "UBND") unless it is the order code "L".
fn valid_code(code: &str) -> bool {
    let letters = code.trim_end_matches(|c: char| c.is_ascii_digit());
    if letters.is_empty() || !letters.chars().all(super::is_alphabetic) {
        return false;
    }
    if !letters.chars().next().is_some_and(char::is_uppercase)
        || letters.chars().count() > MAX_CODE_CHARS
    {
        return false;
    }
    let upper = letters.chars().filter(|c| c.is_uppercase()).count();
    upper >= 2 || letters == "L"
}

/// Byte length of the run of ASCII digits at the start of `s`.
fn digit_run(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Byte length of the run of alphanumeric chars at the start of `s`.
fn alnum_run(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !super::is_alphanumeric(c))
        .map_or(s.len(), |(i, _)| i)
}

/// Byte length of the spaces (at most two) at the start of `s`.
fn spaces(s: &str) -> usize {
    s.bytes().take(2).take_while(|&b| b == b' ').count()
}

/// Reads a number starting at `start` (which holds an ASCII digit). Returns
/// `None` when the digits are too long; a result may have no part.
fn scan_at(text: &str, start: usize) -> Option<Scanned<'_>> {
    let n = digit_run(&text[start..]);
    if n == 0 || n > MAX_DIGITS {
        return None;
    }
    let mut end = start + n;
    let mut parts = Vec::new();
    let mut spaced = false;
    let mut seen_code = false;
    while parts.len() < MAX_PARTS {
        let mut p = end;
        let before = spaces(&text[p..]);
        p += before;
        if !text[p..].starts_with(['/', '-']) {
            break;
        }
        p += 1;
        let after = spaces(&text[p..]);
        p += after;
        let rest = &text[p..];
        let Some(first) = rest.chars().next() else {
            break;
        };
        if first.is_ascii_digit() {
            let d = digit_run(rest);
            let follows_alpha = rest[d..].chars().next().is_some_and(super::is_alphanumeric);
            if d != 4
                || seen_code
                || follows_alpha
                || parts.iter().any(|x| matches!(x, Part::Year(_)))
            {
                break;
            }
            let Ok(year) = rest[..d].parse::<i32>() else {
                break;
            };
            if !(1900..=2100).contains(&year) {
                break;
            }
            parts.push(Part::Year(year));
            end = p + d;
        } else if first.is_uppercase() {
            let len = alnum_run(rest);
            let code = &rest[..len];
            if !valid_code(code) {
                break;
            }
            parts.push(Part::Code(code));
            seen_code = true;
            end = p + len;
        } else {
            break;
        }
        if before + after > 0 {
            spaced = true;
        }
    }
    Some(Scanned {
        start,
        end,
        digits: &text[start..start + n],
        parts,
        spaced,
    })
}

/// True when a number may start at `i`: after a space, punctuation, the
/// start of the text, or a glued "số" ("số31-QĐ/TW").
fn may_start(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let Some(prev) = before.chars().next_back() else {
        return true;
    };
    if super::is_alphanumeric(prev) {
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !super::is_alphanumeric(c))
            .map_or(0, |(k, c)| k + c.len_utf8());
        return is_so(&before[word_start..]);
    }
    !matches!(prev, '/' | '-' | '.' | ',' | '+' | '%' | '&')
        || !before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(super::is_alphanumeric)
}

/// "số" in any case.
fn is_so(w: &str) -> bool {
    matches!(w, "số" | "Số" | "SỐ")
}

/// What precedes a number: the kind named by a document word directly
/// before it (optionally followed by "số"), and whether "số" was written.
struct Before {
    word: Option<Option<DocumentKind>>,
    so: bool,
}

fn lower(s: &str) -> String {
    s.chars().map(crate::normalize::fold_char).collect()
}

/// The last words of [`DOC_WORDS`] (a test checks them), each once.
const DOC_LAST_WORDS: &[&str] = &[
    "án", "báo", "bản", "chế", "cáo", "dẫn", "hoạch", "luận", "luật", "lệnh", "nhất", "quyết",
    "thị", "tri", "trình", "tư", "tịch", "văn", "điện", "định",
];

/// Whether `word` folded is the last word of a document word: a phrase
/// ending with any other word is none (most numbers follow no document
/// word, and this spares folding the phrases before them). Folding keeps
/// the length in bytes.
fn ends_a_doc_word(word: &str) -> bool {
    DOC_LAST_WORDS.iter().any(|w| {
        w.len() == word.len() && word.chars().map(crate::normalize::fold_char).eq(w.chars())
    })
}

fn before_number(text: &str, start: usize) -> Before {
    // The words before `start`, nearest last, stopping at punctuation.
    let head = super::text_before(text, start, 80);
    let mut rest = head;
    // A glued "số" ("số31").
    let glued = rest
        .char_indices()
        .rev()
        .find(|&(_, c)| !super::is_alphanumeric(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let mut so = false;
    if glued < rest.len() {
        if is_so(&rest[glued..]) {
            so = true;
            rest = &rest[..glued];
        } else {
            return Before { word: None, so };
        }
    }
    let rest = rest.trim_end_matches([' ', ':']);
    // the starts of the last five words, nearest first (each runs to the
    // space before the next), read one at a time: most numbers are not
    // cited, and the nearest word (after "số") tells it
    // (kept in an array: the list is short, and most calls end early)
    let mut found_starts = [0usize; 5];
    let mut count = 0;
    let mut end = Some(rest.len());
    let mut read_word = |found_starts: &mut [usize; 5], count: &mut usize| {
        let Some(e) = end.filter(|_| *count < 5) else {
            return;
        };
        let start = rest[..e].rfind(' ').map_or(0, |k| k + 1);
        let w = &rest[start..e];
        if w.is_empty() || !w.chars().all(super::is_alphabetic) {
            end = None;
            return;
        }
        found_starts[*count] = start;
        *count += 1;
        end = start.checked_sub(1);
    };
    read_word(&mut found_starts, &mut count);
    let mut k = 0;
    if !so && count > 0 && is_so(&rest[found_starts[0]..]) {
        so = true;
        k = 1;
        read_word(&mut found_starts, &mut count);
    }
    let starts = &found_starts[..count];
    let Some(&first_end) = starts.get(k) else {
        return Before { word: None, so };
    };
    // the nearest word ends every phrase: a document word ends with it
    let nearest_end = if k == 0 {
        rest.len()
    } else {
        starts[0].saturating_sub(1).max(first_end)
    };
    if !ends_a_doc_word(rest.get(first_end..nearest_end).unwrap_or("")) {
        return Before { word: None, so };
    }
    // (each read past the fifth word or the first non-word does nothing)
    for _ in 0..5 {
        read_word(&mut found_starts, &mut count);
    }
    let starts = &found_starts[..count];
    Before {
        word: doc_word(rest, &starts[k..], first_end, nearest_end),
        so,
    }
}

/// The kind of the longest document word among the phrases of one to four
/// words that end at the nearest word (after "số"): `starts` are the starts
/// of the words, nearest first; the nearest ends at `nearest_end`, and
/// `first_end` is its start. Folded once: folding keeps byte offsets.
fn doc_word(
    rest: &str,
    starts: &[usize],
    first_end: usize,
    nearest_end: usize,
) -> Option<Option<DocumentKind>> {
    let phrases = &starts[..starts.len().min(4)];
    let from = phrases.last().copied().unwrap_or(first_end);
    let folded = lower(&rest[from..nearest_end]);
    let mut found = None;
    for &s in phrases {
        let phrase = &folded[s - from..];
        if DOC_WORDS.contains(&phrase) {
            found = Some(DocumentKind::from_word(phrase).or(Some(DocumentKind::Other)));
        }
    }
    found
}

/// The word after a short citation, or the punctuation that ends it.
fn short_citation_ends(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let Some(c) = rest.chars().next() else {
        return true;
    };
    match c {
        ',' | ';' | ':' | ')' | '"' | '\'' | '(' => true,
        '.' => !rest[1..].starts_with(|c: char| c.is_ascii_digit()),
        ' ' => {
            let word = rest[1..]
                .split(|c: char| !super::is_alphabetic(c))
                .next()
                .unwrap_or("");
            // `word` folded is one of them (folding keeps the length)
            let follower = SHORT_FOLLOWERS.iter().any(|f| {
                f.len() == word.len() && word.chars().map(crate::normalize::fold_char).eq(f.chars())
            });
            follower || rest[1..].starts_with('(')
        }
        '\n' => true,
        _ => false,
    }
}

/// [`find_in_runs`] with the runs of digits found here.
#[cfg(test)]
pub(crate) fn find(text: &str) -> Vec<DocumentRef> {
    find_in_runs(text, super::dates::Marks::of(text).digit_runs())
}

/// Finds document numbers in normalized text (spans in normalized bytes),
/// one entry per distinct number, first mention, in text order. `runs` are
/// the maximal runs of ASCII digits of `text`, in text order
/// ([`super::dates::Marks::digit_runs`]): every number starts in one.
pub(crate) fn find_in_runs(text: &str, runs: &[(usize, usize)]) -> Vec<DocumentRef> {
    let mut full: Vec<DocumentRef> = Vec::new();
    let mut short: Vec<DocumentRef> = Vec::new();
    let mut seen_full = std::collections::HashSet::new();
    let mut seen_short = std::collections::HashSet::new();
    let mut i = 0;
    let mut r = 0; // the runs before `r` end at or before `i`
    loop {
        // the first digit at or after `i`, and the digits from it on
        while runs.get(r).is_some_and(|&(_, end)| end <= i) {
            r += 1;
        }
        let Some(&(from, to)) = runs.get(r) else {
            break;
        };
        i = i.max(from);
        let run = to - i;
        if !may_start(text, i) {
            i += run;
            continue;
        }
        let Some(s) = scan_at(text, i) else {
            i += run;
            continue;
        };
        // the words before are read only for a number that may be cited:
        // one with a code, or a bare one ending like a short citation
        let end = i + run;
        if s.codes().next().is_some() {
            let before = before_number(text, i);
            if s.is_complete() || (before.word.is_some() && !s.spaced) {
                let r = s.to_ref(text, before.word.flatten(), Span::new(s.start, s.end));
                if seen_full.insert(r.number.to_lowercase()) {
                    full.push(r);
                }
                i = s.end.max(end);
                continue;
            }
        } else if s.parts.is_empty() && short_citation_ends(text, end) {
            let before = before_number(text, i);
            if before.word.is_none() {
                i += run;
                continue;
            }
            let year_like = run == 4
                && s.digits
                    .parse::<i32>()
                    .is_ok_and(|y| (1900..=2100).contains(&y));
            if !year_like || before.so {
                let r = DocumentRef {
                    number: s.digits.to_string(),
                    kind: before.word.flatten(),
                    year: None,
                    issuer: None,
                    span: Span::new(i, end),
                };
                if seen_short.insert(r.number.clone()) {
                    short.push(r);
                }
            }
        }
        i += run;
    }
    // A short citation of a number cited in full elsewhere ("Nghị định 99"
    // after "99/2019/NĐ-CP") is the same document.
    let lead = |n: &str| -> String {
        let d = &n[..digit_run(n)];
        d.trim_start_matches('0').to_string()
    };
    let leads: std::collections::HashSet<String> = full.iter().map(|f| lead(&f.number)).collect();
    short.retain(|s| !leads.contains(&lead(&s.number)));
    full.extend(short);
    full.sort_by_key(|d| d.span.start);
    full
}

fn invalid(input: &str, reason: &'static str) -> Error {
    Error::InvalidDocumentNumber {
        input: input.to_string(),
        reason,
    }
}

/// Parses a bare document number ("1234/QĐ-TTg", "số 36-NQ/TW").
pub(crate) fn parse_number(s: &str) -> Result<DocumentRef, Error> {
    let text = crate::normalize::normalize_str(s);
    let mut t = text.trim();
    if t.is_empty() {
        return Err(invalid(s, "empty"));
    }
    for so in ["số", "Số", "SỐ"] {
        if let Some(rest) = t.strip_prefix(so) {
            t = rest.trim_start_matches([' ', ':', '.']);
            break;
        }
    }
    if t.is_empty() {
        return Err(invalid(s, "no number after \"số\""));
    }
    let n = digit_run(t);
    if n == 0 {
        return Err(invalid(s, "a document number starts with digits"));
    }
    if n > MAX_DIGITS {
        return Err(invalid(s, "too many digits in the number"));
    }
    let Some(scanned) = scan_at(t, 0) else {
        return Err(invalid(s, "malformed number"));
    };
    if scanned.codes().next().is_none() {
        return Err(invalid(
            s,
            "no type or issuer code (such as QĐ-TTg or NQ/TW)",
        ));
    }
    if scanned.end != t.len() {
        return Err(invalid(s, "unexpected characters after the number"));
    }
    Ok(scanned.to_ref(t, None, Span::default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_last_words_are_the_last_words_of_the_doc_words() {
        let mut last: Vec<&str> = DOC_WORDS
            .iter()
            .filter_map(|w| w.split(' ').next_back())
            .collect();
        last.sort_unstable();
        last.dedup();
        let mut listed = DOC_LAST_WORDS.to_vec();
        listed.sort_unstable();
        assert_eq!(listed, last);
    }

    /// [`before_number`] without the check of the nearest word.
    fn before_number_plain(text: &str, start: usize) -> Before {
        let head = super::super::text_before(text, start, 80);
        let mut rest = head;
        let glued = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| !super::super::is_alphanumeric(c))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let mut so = false;
        if glued < rest.len() {
            if is_so(&rest[glued..]) {
                so = true;
                rest = &rest[..glued];
            } else {
                return Before { word: None, so };
            }
        }
        let rest = rest.trim_end_matches([' ', ':']);
        let mut starts: Vec<usize> = Vec::with_capacity(5);
        let mut end = rest.len();
        while starts.len() < 5 {
            let start = rest[..end].rfind(' ').map_or(0, |k| k + 1);
            let w = &rest[start..end];
            if w.is_empty() || !w.chars().all(super::super::is_alphabetic) {
                break;
            }
            starts.push(start);
            if start == 0 {
                break;
            }
            end = start - 1;
        }
        let mut k = 0;
        if !so
            && let Some(&s) = starts.first()
            && is_so(&rest[s..])
        {
            so = true;
            k = 1;
        }
        let Some(&first_end) = starts.get(k) else {
            return Before { word: None, so };
        };
        let last_end = if k == 0 {
            rest.len()
        } else {
            starts[0].saturating_sub(1).max(first_end)
        };
        Before {
            word: doc_word(rest, &starts[k..], first_end, last_end),
            so,
        }
    }

    proptest::proptest! {
        #[test]
        fn before_number_is_its_plain_reading(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", ":", ",", "số", "Số", "SỐ", "số ", "Quyết định ", "QUYẾT ĐỊNH ",
                "quyết ", "định ", "Nghị quyết ", "liên tịch ", "Thông tư ", "thông ", "tư",
                "Luật ", "luật", "văn bản ", "hợp nhất ", "Kế hoạch ", "đề án ", "Công văn ",
                "báo cáo ", "ngày ", "năm ", "x", "Đ", "1", "12", "/", "-", "(", "\n",
            ]), 0..16),
        ) {
            let text: String = parts.concat();
            for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                let (fast, plain) = (before_number(&text, at), before_number_plain(&text, at));
                proptest::prop_assert_eq!(fast.word, plain.word, "{:?} at {}", text, at);
                proptest::prop_assert_eq!(fast.so, plain.so, "{:?} at {}", text, at);
            }
        }
    }

    fn numbers(text: &str) -> Vec<String> {
        find(&crate::normalize::normalize_str(text))
            .into_iter()
            .map(|d| d.number)
            .collect()
    }

    fn one(text: &str) -> DocumentRef {
        let norm = crate::normalize::normalize_str(text);
        let found = find(&norm);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let d = found.into_iter().next().expect("one document");
        assert_eq!(&norm[d.span.start..d.span.end].replace(' ', ""), &d.number);
        d
    }

    #[test]
    fn each_kind_with_its_word() {
        use DocumentKind::*;
        type Row = (
            &'static str,
            &'static str,
            Option<DocumentKind>,
            Option<i32>,
            Option<&'static str>,
        );
        let table: &[Row] = &[
            (
                "Thủ tướng đã ký Quyết định số 1234/QĐ-TTg phê duyệt đề án.",
                "1234/QĐ-TTg",
                Some(Decision),
                None,
                Some("TTg"),
            ),
            (
                "Quán triệt Nghị quyết 36-NQ/TW về biển.",
                "36-NQ/TW",
                Some(Resolution),
                None,
                Some("TW"),
            ),
            (
                "Theo Nghị định 123/2020/NĐ-CP của Chính phủ.",
                "123/2020/NĐ-CP",
                Some(Decree),
                Some(2020),
                Some("CP"),
            ),
            (
                "Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.",
                "05-CT/TW",
                Some(Directive),
                None,
                Some("TW"),
            ),
            (
                "Bộ ban hành Thông tư 01/2024/TT-BQP hướng dẫn tuyển quân.",
                "01/2024/TT-BQP",
                Some(Circular),
                Some(2024),
                Some("BQP"),
            ),
            (
                "Tiếp tục thực hiện Kết luận 21-KL/TW.",
                "21-KL/TW",
                Some(Conclusion),
                None,
                Some("TW"),
            ),
            (
                "Luật số 59/2020/QH14 có hiệu lực.",
                "59/2020/QH14",
                Some(Law),
                Some(2020),
                Some("QH14"),
            ),
            (
                "Theo Quy định 08-QĐi/TW về trách nhiệm nêu gương.",
                "08-QĐi/TW",
                Some(Regulation),
                None,
                Some("TW"),
            ),
            (
                "Văn phòng Tỉnh ủy ra Thông báo số 176 - TB/VPTU.",
                "176-TB/VPTU",
                Some(Notice),
                None,
                Some("VPTU"),
            ),
            (
                "căn cứ Quy định số31-QĐ/TW của Ban Bí thư",
                "31-QĐ/TW",
                Some(Regulation),
                None,
                Some("TW"),
            ),
            (
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch 45/KH-UBND.",
                "45/KH-UBND",
                Some(Plan),
                None,
                Some("UBND"),
            ),
            (
                "Công văn 238/UBND-KGVX gửi các sở.",
                "238/UBND-KGVX",
                Some(OfficialLetter),
                None,
                Some("UBND"),
            ),
            (
                "Thông tư liên tịch 01/2016/TTLT-BNV-BTC",
                "01/2016/TTLT-BNV-BTC",
                Some(JointCircular),
                Some(2016),
                Some("BNV-BTC"),
            ),
            (
                "Chủ tịch nước ký Lệnh số 05/2025/L-CTN công bố luật.",
                "05/2025/L-CTN",
                Some(Order),
                Some(2025),
                Some("CTN"),
            ),
        ];
        for &(text, number, kind, year, issuer) in table {
            let d = one(text);
            assert_eq!(d.number, number, "{text}");
            assert_eq!(d.kind, kind, "{text}");
            assert_eq!(d.year, year, "{text}");
            assert_eq!(d.issuer.as_deref(), issuer, "{text}");
        }
    }

    #[test]
    fn kind_from_code_without_a_word() {
        let d = one("Hội nghị quán triệt 57-NQ/TW và các văn bản liên quan.");
        assert_eq!(d.kind, Some(DocumentKind::Resolution));
        let d = one("Trường thực hiện theo Luật sửa đổi số 34/2018/QH14 năm 2018.");
        assert_eq!(d.kind, Some(DocumentKind::Law));
        let d = one("Tỉnh ban hành văn bản 22/CT-TW hướng dẫn.");
        assert_eq!(d.number, "22/CT-TW");
    }

    #[test]
    fn span_points_at_the_number_only() {
        let text = "Quyết định số 12/QĐ-UBND ngày 3/4/2024";
        let d = one(text);
        assert_eq!(&text[d.span.start..d.span.end], "12/QĐ-UBND");
    }

    #[test]
    fn one_entry_per_number_in_text_order() {
        let text = "Nghị quyết 18-NQ/TW và Nghị định 99/2019/NĐ-CP; sau đó Nghị quyết 18-NQ/TW được tổng kết.";
        assert_eq!(numbers(text), vec!["18-NQ/TW", "99/2019/NĐ-CP"]);
    }

    #[test]
    fn short_citations() {
        assert_eq!(
            numbers("Tiếp tục thực hiện Chỉ thị 07 của Ban Bí thư về công tác dân vận."),
            vec!["07"]
        );
        assert_eq!(
            numbers("theo đề nghị tại Tờ trình số 812, Ủy ban nhân dân quyết định."),
            vec!["812"]
        );
        // The short form of a number cited in full is the same document.
        assert_eq!(
            numbers(
                "Nghị định số 45/2021/NĐ-CP quy định rõ; nhưng Nghị định 45 chưa được thực hiện đúng."
            ),
            vec!["45/2021/NĐ-CP"]
        );
        // Counts and years are not numbers.
        assert!(numbers("Tỉnh triển khai kế hoạch 5 năm và kết luận 3 nội dung.").is_empty());
        assert!(numbers("Luật 2013 được sửa đổi.").is_empty());
    }

    #[test]
    fn not_documents() {
        for text in [
            "Ngày 22/7/2013, đoàn công tác làm việc tại tỉnh.",
            "Sáng 30-3-2013, hội nghị khai mạc.",
            "Đội tuyển thắng 3-1 trong trận chung kết.",
            "Đường dây nóng 0243.823.4567 hoạt động 24/7.",
            "Tỷ lệ đạt 3/4 chỉ tiêu.",
            "Ban Chỉ đạo 138/CP họp phiên thường kỳ.",
            "Giai đoạn 2021 - 2025, tỉnh đạt nhiều kết quả.",
            "Sư đoàn 304 và Trung đoàn 9 tham gia diễn tập.",
            "Đoàn kiểm tra số 471 của Bộ Chính trị làm việc.",
            "Bệnh nhân mắc COVID-19 đã khỏi.",
        ] {
            assert!(numbers(text).is_empty(), "{text}: {:?}", numbers(text));
        }
    }

    #[test]
    fn parses_bare_numbers() {
        let d = parse_number("số 1234/QĐ-TTg").expect("valid");
        assert_eq!(d.number, "1234/QĐ-TTg");
        assert_eq!(d.kind, Some(DocumentKind::Decision));
        let d = parse_number("  36-NQ/TW ").expect("valid");
        assert_eq!(d.issuer.as_deref(), Some("TW"));
        let d = parse_number("81/2025/UBTVQH15").expect("valid");
        assert_eq!(
            (d.year, d.issuer.as_deref()),
            (Some(2025), Some("UBTVQH15"))
        );
        let d = parse_number("138/CP").expect("a parsed number needs no document word");
        assert_eq!(d.kind, None);
    }

    #[test]
    fn malformed_numbers_are_refused_with_a_reason() {
        let cases: &[(&str, &str)] = &[
            ("", "empty"),
            ("   ", "empty"),
            ("số", "no number after \"số\""),
            ("QĐ-TTg", "a document number starts with digits"),
            ("123456/QĐ-TTg", "too many digits in the number"),
            (
                "22/7/2013",
                "no type or issuer code (such as QĐ-TTg or NQ/TW)",
            ),
            ("1234", "no type or issuer code (such as QĐ-TTg or NQ/TW)"),
            ("12/Ban", "no type or issuer code (such as QĐ-TTg or NQ/TW)"),
            ("12/QĐ-TTg!", "unexpected characters after the number"),
            (
                "12/QĐ-TTg của Thủ tướng",
                "unexpected characters after the number",
            ),
        ];
        for &(input, reason) in cases {
            match parse_number(input) {
                Err(Error::InvalidDocumentNumber {
                    input: i,
                    reason: r,
                }) => {
                    assert_eq!(i, input);
                    assert_eq!(r, reason, "{input:?}");
                }
                other => panic!("{input:?} gave {other:?}"),
            }
        }
    }
}
