//! Date expressions: calendar days, months, years, periods that name a year,
//! ranges, weekdays, parts of the day, clock times and relative words.
//!
//! The recognizer only reads what is written; years left implicit are filled
//! in by [`crate::resolve::dates`]. Every pattern has a bounded length, so a
//! rejected match costs a bounded amount of work and the scan stays linear.

use std::borrow::Cow;

use aho_corasick::Span;
use aho_corasick::packed::{Config, MatchKind, Searcher};
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use crate::model::{PartOfDay, Precision, RangeRole, Relative, TimeOfDay};

/// The calendar value as written (before the year is filled in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RawValue {
    /// A day; `year` is `None` when not written.
    Day {
        year: Option<i32>,
        month: u8,
        day: u8,
    },
    /// A month; `year` is `None` when not written ("giữa tháng 3").
    Month { year: Option<i32>, month: u8 },
    /// A year.
    Year(i32),
    /// A relative expression ("hôm qua", "năm ngoái"), resolved from the
    /// publication date only.
    Relative(Relative),
}

/// A date expression found in the normalized text, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawDate {
    /// Byte range in the normalized text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// What is written.
    pub value: RawValue,
    /// End of a range, when it is one.
    pub range: Option<RangeRole>,
    /// Part of the day written with it.
    pub part_of_day: Option<PartOfDay>,
    /// Clock time written with it.
    pub time: Option<TimeOfDay>,
    /// Weekday written with it, 0 = Sunday … 6 = Saturday.
    pub weekday: Option<u8>,
    /// A relative word written just before an explicit day ("hôm qua (6/7)").
    pub relative: Option<Relative>,
    /// A year written as a bound ("đến năm 2030", "từ năm 2007").
    pub target: bool,
}

const POD: &str = r"(?:rạng\s{1,3}sáng|sáng|trưa|chiều|tối|đêm|khuya)";
const WEEKDAY: &str = r"(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật)";
const CLOCK: &str = r"(?:(?:lúc|vào\s{1,3}lúc)\s{1,3})?[0-9]{1,2}\s?(?:giờ|h|g)(?:\s?[0-9]{1,2}(?:\s?phút|')?)?|(?:lúc\s{1,3})?[0-9]{1,2}:[0-9]{2}";

/// Optional words before a day: clock, part of day, weekday, "ngày".
fn prefix() -> String {
    format!(
        r"(?:(?P<pclock>{CLOCK})\s{{0,2}},?\s{{0,2}})?(?:(?P<pod>{POD})\s{{1,3}}(?:ngày\s{{1,3}})?)?(?:(?P<wd>{WEEKDAY})\s{{0,2}}[,(]?\s{{0,2}})?(?P<ngay>(?:ngày|mùng|mồng)\s{{1,3}})?"
    )
}

/// Optional clock after a day ("…, lúc 8h30", "15/12/2024 11:54").
fn suffix() -> String {
    format!(
        r"(?:\s{{0,2}},?\s{{0,2}}(?P<sclock>(?:vào\s{{1,3}})?lúc\s{{1,3}}(?:{CLOCK})|[0-9]{{1,2}}:[0-9]{{2}}))?"
    )
}

fn re(pattern: &str) -> Regex {
    // The patterns are constants of this module; a test compiles every one.
    #[allow(clippy::expect_used)]
    Regex::new(&format!("(?i){pattern}")).expect("date patterns are valid")
}

/// D/M/YYYY, D-M-YYYY, D.M.YYYY, and D/M (year optional).
static NUMERIC_DAY: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"{}(?P<d>[0-9]{{1,2}})(?P<s1>[/.-])(?P<m>[0-9]{{1,2}})(?:(?P<s2>[/.-])(?P<y>[0-9]{{4}})|\s{{1,3}}năm\s{{1,3}}(?P<y2>[0-9]{{4}}))?{}",
        prefix(),
        suffix()
    ))
});

/// ngày D tháng M [năm YYYY].
static WORD_DAY: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"{}(?P<d>[0-9]{{1,2}})\s{{1,3}}tháng\s{{1,3}}(?P<m>[0-9]{{1,2}})(?:\s{{0,2}},?\s{{0,2}}năm\s{{1,3}}(?P<y>[0-9]{{4}}))?{}",
        prefix(),
        suffix()
    ))
});

/// Several days sharing a month: "từ 19 đến 23/1", "23 và 24/1/2025", "19-23/1".
static DAY_LIST: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"{}(?P<list>(?:[0-9]{{1,2}}\s{{0,2}}(?:,|và|-|đến|tới)\s{{0,2}}(?:ngày\s{{1,3}})?){{1,5}})(?P<d>[0-9]{{1,2}})(?:(?P<s1>[/.-])(?P<m>[0-9]{{1,2}})(?:(?P<s2>[/.-])(?P<y>[0-9]{{4}}))?|\s{{1,3}}tháng\s{{1,3}}(?P<m2>[0-9]{{1,2}})(?:\s{{0,2}},?\s{{0,2}}năm\s{{1,3}}(?P<y2>[0-9]{{4}}))?)",
        prefix()
    ))
});

/// tháng M/YYYY, tháng M-YYYY, tháng M năm YYYY, bare tháng M.
static MONTH: Lazy<Regex> = Lazy::new(|| {
    re(
        r"tháng\s{0,3}(?P<m>[0-9]{1,2})(?:\s{0,2}(?:[/.-]|,?\s{0,2}năm\s{1,3})\s{0,2}(?P<y>[0-9]{4}))?",
    )
});

/// Year ranges: "2021-2025", "nhiệm kỳ 2020 - 2025", "từ năm 2019 đến năm 2024".
static YEAR_RANGE: Lazy<Regex> =
    Lazy::new(|| re(r"(?P<y1>[0-9]{4})\s{0,3}(?:-|đến|tới)\s{0,3}(?:năm\s{1,3})?(?P<y2>[0-9]{4})"));

/// Single years with a marker: "năm 2013", "SN 1970", "quý I/2024", "(2013)".
static YEAR: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?:năm|sn\s{0,2}:?|quý\s{1,3}(?:iv|i{1,3}|[1-4])\s{0,2}(?:[/-]|,?\s{0,2}năm\s{1,3}))\s{0,3}(?P<y>[0-9]{4})|\((?P<py>[0-9]{4})\)",
    )
});

/// A bare year after a word that makes it one ("đầu 2017", "Xuân 1975").
static BARE_YEAR: Lazy<Regex> = Lazy::new(|| re(r"(?P<y>[0-9]{4})"));

/// Words after which a bare four-digit number is a year.
const YEAR_TRIGGERS: &[&str] = &[
    "đầu", "cuối", "giữa", "từ", "đến", "tới", "trước", "sau", "trong", "vào", "xuân", "hè", "thu",
    "đông", "tết", "dịp",
];

/// Relative words, in three patterns (one alternation of the three costs
/// three times as much to search: its common first words, "năm" and
/// "tháng", hide the rare ones from the literal prefilter).
/// A part of the day: "sáng nay", "chiều hôm qua".
static RELATIVE_POD: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        r"(?P<pod>{POD})\s{{1,3}}(?:hôm\s{{1,3}})?(?P<podrel>nay|qua|mai)"
    ))
});

/// "hôm nay", "hôm qua", "hôm kia", "ngày mai".
static RELATIVE_DAY: Lazy<Regex> =
    Lazy::new(|| re(r"hôm\s{1,3}(?P<hom>nay|qua|kia)|ngày\s{1,3}mai"));

/// A week, month or year: "tháng trước", "năm nay".
static RELATIVE_UNIT: Lazy<Regex> =
    Lazy::new(|| re(r"(?P<unit>tuần|tháng|năm)\s{1,3}(?P<rel>này|nay|trước|qua|tới|sau|ngoái)"));

/// A clock time inside a prefix or suffix.
static CLOCK_PARTS: Lazy<Regex> =
    Lazy::new(|| re(r"(?P<h>[0-9]{1,2})\s?(?:giờ|h|g|:)(?:\s?(?P<m>[0-9]{1,2}))?"));

/// A token that is a legal-document number ("36-NQ/TW", "123/2020/NĐ-CP").
static DOC_NUMBER: Lazy<Regex> = Lazy::new(|| {
    re(
        r"(?-i)[0-9][0-9A-Za-zĐđ.]*(?:[/-][0-9A-Za-zĐđ.]*)*[/-][0-9A-Za-zĐđ.-]*[A-ZĐ][0-9A-Za-zĐđ./-]*",
    )
});

/// Words after which a day without a year may stand alone ("từ 1/7").
const TRIGGERS: &[&str] = &[
    "từ", "đến", "tới", "trước", "sau", "vào", "hết", "nay", "qua", "hôm", "dịp", "ngày", "sáng",
    "trưa", "chiều", "tối", "đêm", "khuya", "mùng", "mồng", "lúc", "chiều", "tính",
];

/// Words that, after a number pair, make it a quantity or a ratio.
const UNITS: &[&str] = &[
    "ngày", "tháng", "năm", "tuần", "giờ", "phút", "lần", "người", "triệu", "tỷ", "nghìn", "ngàn",
    "trăm", "km", "m", "ha", "tấn", "kg", "đồng", "usd", "tỉnh", "xã", "huyện", "thành", "điểm",
    "tuổi", "đại", "học", "hộ", "căn", "chiếc", "con", "cái", "ca", "bàn", "đơn", "vụ", "mét",
    "lít", "trận",
];

/// Quantifiers that turn "năm trước" into a duration ("3 năm trước").
const QUANTIFIERS: &[&str] = &[
    "những", "các", "mấy", "nhiều", "vài", "hàng", "mỗi", "một", "hai", "ba", "bốn", "năm",
];

/// Compiles the date patterns now (they are compiled once per process, on
/// first use otherwise), so that building an `Extractor` pays for them and
/// the first article does not.
pub(crate) fn prepare() {
    for r in [
        &NUMERIC_DAY,
        &WORD_DAY,
        &DAY_LIST,
        &MONTH,
        &YEAR_RANGE,
        &YEAR,
        &BARE_YEAR,
        &RELATIVE_POD,
        &RELATIVE_DAY,
        &RELATIVE_UNIT,
        &CLOCK_PARTS,
        &DOC_NUMBER,
        &FULL_AHEAD,
    ] {
        Lazy::force(r);
    }
    Lazy::force(&RELATIVE_WORDS);
}

/// [`find_marked`] with the marks made here.
#[cfg(test)]
pub(crate) fn find(text: &str, folded: &str) -> Vec<RawDate> {
    find_marked(text, folded, Marks::of(text))
}

/// Finds date expressions in normalized text, in text order, not overlapping.
/// `folded` is the text lower-cased char by char where that keeps the UTF-8
/// length (`Normalized::folded`), so its byte offsets are the text's;
/// `marks` are the text's ([`Marks::of`]), which the extractor makes first
/// for the document numbers too.
pub(crate) fn find_marked(text: &str, folded: &str, marks: Marks) -> Vec<RawDate> {
    find_in(text, &Windows::of_marks(text, folded, marks))
}

/// The digits and separators of a text, from one pass over its bytes: the
/// anchors of the date patterns, and the runs of digits that the document
/// numbers start with.
pub(crate) struct Marks(Anchors);

impl Marks {
    /// The marks of `text`. Thirty-two bytes at a time (four words of
    /// eight, one test for all: most chunks of prose hold none), each byte
    /// of the chunk that may matter in turn: digits and separators. Skipped
    /// bytes are neither.
    pub(crate) fn of(text: &str) -> Marks {
        let bytes = text.as_bytes();
        // room for a digit or a separator every 128 bytes, more than prose
        // has: the lists seldom grow
        let room = text.len() / 128;
        let mut a = Anchors {
            seps: Vec::with_capacity(room),
            fours: Vec::with_capacity(room),
            joins: Vec::with_capacity(room),
            digit_runs: Vec::with_capacity(room),
            ..Anchors::default()
        };
        let mut i = 0;
        for c in bytes.chunks_exact(32) {
            let word = |k: usize| super::bytes::in_range(super::bytes::word_at(c, k), b'-', b'9');
            let masks = [word(0), word(8), word(16), word(24)];
            if masks[0] | masks[1] | masks[2] | masks[3] != 0 {
                for (n, mask) in masks.into_iter().enumerate() {
                    for k in super::bytes::flagged(mask) {
                        a.step(bytes, i + 8 * n + k);
                    }
                }
            }
            i += 32;
        }
        for k in i..bytes.len() {
            a.step(bytes, k);
        }
        a.end_run();
        Marks(a)
    }

    /// The maximal runs of ASCII digits, as byte ranges in text order.
    pub(crate) fn digit_runs(&self) -> &[(usize, usize)] {
        &self.0.digit_runs
    }
}

/// The first words of the relative patterns as the folded text has them,
/// each with the pattern it starts (0 `RELATIVE_POD`, 1 `RELATIVE_DAY`, 2
/// `RELATIVE_UNIT`). Every match of a pattern starts with one of its words,
/// and a char that `(?i)` lets match a letter of these words folds to that
/// letter, but for 'ſ' (`(?i)s`) and the Kelvin sign (`(?i)k`), which fold
/// to themselves: their spellings are here too. So the places where these
/// words start in the folded text are a superset of where matches start.
/// No word is a prefix of another: one word at most starts at a place.
const RELATIVE_FIRST_WORDS: &[(&str, usize)] = &[
    ("rạng", 0),
    ("sáng", 0),
    ("ſáng", 0),
    ("trưa", 0),
    ("chiều", 0),
    ("tối", 0),
    ("đêm", 0),
    ("khuya", 0),
    ("\u{212A}huya", 0),
    ("hôm", 1),
    ("ngày", 1),
    ("tuần", 2),
    ("tháng", 2),
    ("năm", 2),
];

/// The words that come after the first word of each relative pattern and
/// its spaces, as the folded text has them ('ſ' and the Kelvin sign too):
/// "sáng" after "rạng", "hôm" after a part of the day, and the relative
/// words proper. Most first words are followed by other words or numbers
/// ("năm 2024", "ngày 3"), and the pattern is not tried there.
const RELATIVE_NEXT_WORDS: [&[&str]; 3] = [
    &["sáng", "ſáng", "hôm", "nay", "qua", "mai"],
    &["nay", "qua", "kia", "\u{212A}ia", "mai"],
    &["này", "nay", "trước", "qua", "tới", "sau", "ſau", "ngoái"],
];

/// Whether the first word of a relative pattern of `kind` ending at `end`
/// of the folded text is followed by a space and one of its next words, as
/// every match of the pattern is: the `\s` of the patterns is the
/// `White_Space` chars that `trim_start` skips, and folding keeps them.
fn next_word_follows(folded: &str, end: usize, kind: usize) -> bool {
    let rest = folded.get(end..).unwrap_or("");
    let after = rest.trim_start();
    // the first bytes told apart before the words are compared
    let first = after.as_bytes().first();
    after.len() < rest.len()
        && RELATIVE_NEXT_WORDS.get(kind).is_some_and(|words| {
            words
                .iter()
                .any(|w| w.as_bytes().first() == first && after.starts_with(w))
        })
}

/// The relative patterns, in the order of the indices of
/// [`RELATIVE_FIRST_WORDS`], and how far a match reaches from its start:
/// `RELATIVE_POD` "rạng sáng hôm nay" with 3 spaces for each space, 23
/// chars; `RELATIVE_DAY` "ngày mai", 10; `RELATIVE_UNIT` "tháng ngoái", 13
/// (4 bytes a char).
fn relative_patterns() -> [(&'static Regex, usize); 3] {
    [
        (&RELATIVE_POD, 4 * 23),
        (&RELATIVE_DAY, 4 * 10),
        (&RELATIVE_UNIT, 4 * 13),
    ]
}

/// A searcher for [`RELATIVE_FIRST_WORDS`]: the packed (SIMD) searcher
/// alone, without the automaton of `AhoCorasick` around it, which costs
/// more than the search at each of the many words found. `None` where it
/// cannot be built (then the relative patterns run over the whole text).
static RELATIVE_WORDS: Lazy<Option<Searcher>> = Lazy::new(|| {
    Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .builder()
        .extend(RELATIVE_FIRST_WORDS.iter().map(|&(w, _)| w))
        .build()
});

/// Where "tháng" starts, and where each relative pattern may match: the
/// places in the folded text where one of its first words starts, each
/// list sorted. `folded` is folded here when it is not the text's folded
/// form byte for byte (it is). `None` when the searcher could not be built.
fn first_words(text: &str, folded: &str) -> Option<(Vec<usize>, [Vec<usize>; 3])> {
    let ac = RELATIVE_WORDS.as_ref()?;
    let refolded: String;
    let folded = if folded.len() == text.len() {
        folded
    } else {
        refolded = text.chars().map(crate::normalize::fold_char).collect();
        &refolded
    };
    let mut thang = Vec::new();
    let mut out: [Vec<usize>; 3] = Default::default();
    let mut at = 0;
    // Each search restarts one byte after the last word's start, so words
    // that overlap ("thángày") are all found.
    while let Some(m) = ac.find_in(folded, Span::from(at..folded.len())) {
        let (word, kind) = RELATIVE_FIRST_WORDS.get(m.pattern().as_usize())?;
        if next_word_follows(folded, m.end(), *kind) {
            out.get_mut(*kind)?.push(m.start());
        }
        if *word == "tháng" {
            // `is_thang` holds here and nowhere else: only 'T' folds to
            // 't', only 'Á' to 'á', and so on for each letter of it
            thang.push(m.start());
        }
        at = m.start() + 1;
    }
    Some((thang, out))
}

/// Byte ranges of a text, in order and disjoint, that hold every match of
/// a pattern, so the pattern runs on them alone.
type Ranges = Vec<(usize, usize)>;

/// Where a pattern with anchors can match: ranges that hold every match,
/// and the anchors they were made around, sorted. Every match the pattern's
/// reader accepts holds one of the anchors at or after its start, so a
/// search from past the last anchor of a range finds nothing to keep
/// ([`scan`] does not run it). `anchors` is `None` when the ranges were not
/// made around anchors (the whole text).
struct Anchored {
    ranges: Ranges,
    anchors: Option<Vec<usize>>,
}

impl Anchored {
    /// The whole text, no anchors.
    #[cfg(test)]
    fn whole(text: &str) -> Anchored {
        Anchored {
            ranges: vec![(0, text.len())],
            anchors: None,
        }
    }

    /// `ranges` made around `anchors`.
    fn of(ranges: Ranges, anchors: Vec<usize>) -> Anchored {
        Anchored {
            ranges,
            anchors: Some(anchors),
        }
    }
}

/// Where each pattern can match. Every pattern but the relative words
/// needs digits or "tháng" (`MONTH` starts with it), and both are few:
/// each of those patterns has anchors, places every match holds one
/// of, and a bound on how far a match reaches before and after its anchor
/// (every pattern has a bounded length). The bounds are counted in chars
/// from the patterns, 4 bytes each (no char is longer). Digits are ASCII
/// (`[0-9]`): a day or year in other digits could not be read as a number.
struct Windows {
    numeric_day: Anchored,
    word_day: Anchored,
    day_list: Anchored,
    month: Anchored,
    year_range: Anchored,
    year: Anchored,
    /// Where `BARE_YEAR` matches: the starts of four digits in a row, or
    /// `None` to run it over the whole text.
    bare_year: Option<Vec<usize>>,
    /// Maximal runs of the chars a document number is made of that hold
    /// a digit and a '/' or '-'.
    doc_number: Ranges,
    /// Where the relative patterns may match (see [`first_words`]), or
    /// `None` to run them over the whole text.
    relative: Option<[Vec<usize>; 3]>,
}

/// A match of `NUMERIC_DAY` reaches this far before the separator after
/// its day (prefix 74 chars, day 2) and after it (separator 1, month 2,
/// year 13, suffix 43).
const NUMERIC_DAY_REACH: (usize, usize) = (4 * 76, 4 * 59);
/// `WORD_DAY` around its "tháng": prefix 74, day 2, spaces 3 before; the
/// word 5, spaces 3, month 2, year 15, suffix 43 from it.
const WORD_DAY_REACH: (usize, usize) = (4 * 79, 4 * 68);
/// `DAY_LIST` around the separator or the "tháng" after its last day:
/// prefix 74, list 5 × 16, day 2, spaces 3 before; 25 from it.
const DAY_LIST_REACH: (usize, usize) = (4 * 159, 4 * 25);
/// `MONTH` from its "tháng": the word 5, spaces 3, month 2, spaces 2,
/// ',' 1, spaces 2, "năm" 3, spaces 3, spaces 2, year 4.
const MONTH_REACH: (usize, usize) = (0, 4 * 27);
/// `YEAR_RANGE` from its first year: 23.
const YEAR_RANGE_REACH: (usize, usize) = (0, 4 * 23);
/// `YEAR` around its year: "quý IV, năm " 23 before, the year and ')' 5.
const YEAR_REACH: (usize, usize) = (4 * 23, 4 * 5);
/// Windows closer than this many bytes are searched as one: each search
/// has a fixed cost, a few dozen bytes more of scanning cost less.
const MERGE_GAP: usize = 64;

impl Windows {
    /// The windows of `text`, from one pass over its bytes, and the starts
    /// of the relative patterns, from a search of `folded`.
    #[cfg(test)]
    fn of(text: &str, folded: &str) -> Windows {
        Windows::of_marks(text, folded, Marks::of(text))
    }

    /// The windows of `text` from its marks ([`Marks::of`]), and the starts
    /// of the relative patterns, from a search of `folded`.
    fn of_marks(text: &str, folded: &str, marks: Marks) -> Windows {
        let bytes = text.as_bytes();
        let Anchors {
            seps,
            fours,
            joins,
            digit_runs,
            ..
        } = marks.0;
        // "tháng" from the search for the relative words' first words (one
        // of them), or, were that search to fail, from the bytes
        let (thang, relative) = match first_words(text, folded) {
            Some((thang, relative)) => (thang, Some(relative)),
            None => {
                let thang = (0..bytes.len())
                    .filter(|&k| is_thang(bytes.get(k..k + 6)))
                    .collect();
                (thang, None)
            }
        };
        let seps_or_thang = merge_sorted(&seps, &thang);
        let lists = list_anchors(text, &seps_or_thang, &digit_runs);
        Windows {
            numeric_day: Anchored::of(around_day(text, &seps, NUMERIC_DAY_REACH), seps),
            // the day of a match is right before its "tháng", and the month
            // right after
            word_day: around_with(
                text,
                &thang,
                WORD_DAY_REACH,
                (in_day_head, in_day_tail),
                day_thang_month,
            ),
            day_list: Anchored::of(around_day(text, &lists, DAY_LIST_REACH), lists),
            month: Anchored::of(around(text, &thang, MONTH_REACH), thang),
            // a range is two years and a joining char or word: 9 bytes
            // at least from its first year on
            year_range: around_with(
                text,
                &fours,
                YEAR_RANGE_REACH,
                (|_| true, in_year_range_tail),
                |_, tail| tail.len() >= 9,
            ),
            // a year with a marker has it before, or '(' ("(2013)")
            year: around_with(
                text,
                &fours,
                YEAR_REACH,
                (in_year_head, |c| c.is_ascii_digit() || c == ')'),
                |head, _| year_marker_ends(head),
            ),
            bare_year: Some(fours),
            doc_number: doc_runs(text, &joins),
            relative,
        }
    }

    /// Every pattern runs over the whole text (what `of` must agree with).
    #[cfg(test)]
    fn whole(text: &str) -> Windows {
        Windows {
            numeric_day: Anchored::whole(text),
            word_day: Anchored::whole(text),
            day_list: Anchored::whole(text),
            month: Anchored::whole(text),
            year_range: Anchored::whole(text),
            year: Anchored::whole(text),
            bare_year: None,
            doc_number: vec![(0, text.len())],
            relative: None,
        }
    }
}

/// What [`Marks::of`] finds in its pass over the bytes, and where it is.
#[derive(Default)]
struct Anchors {
    /// '/', '.' or '-' between a day and a month (one or two digits each).
    seps: Vec<usize>,
    /// Starts of four digits in a row.
    fours: Vec<usize>,
    /// Every '/' and '-'.
    joins: Vec<usize>,
    /// The places of the last four digits of the run, by `run % 4`.
    last4: [usize; 4],
    /// Digits in a row before the byte looked at.
    run: usize,
    /// A '/', '.' or '-' right after one or two digits.
    sep_after_digit: Option<usize>,
    /// Such a separator followed by a digit, kept if one or two follow: a
    /// day and a month have at most two digits each ("1.000" holds none).
    pending: Option<usize>,
    /// One past the last byte looked at, when it was the one before.
    next: usize,
    /// Maximal runs of digits, as byte ranges.
    digit_runs: Vec<(usize, usize)>,
}

impl Anchors {
    /// The run of digits ends.
    #[inline]
    fn end_run(&mut self) {
        if let Some(s) = self.pending.take() {
            if self.run <= 2 {
                self.seps.push(s);
            }
        }
        if self.run > 0 {
            let last = self.last4[(self.run - 1) % 4];
            self.digit_runs.push((last + 1 - self.run, last + 1));
        }
        self.run = 0;
    }

    /// Looks at byte `i` of `bytes`; the bytes skipped since the last one
    /// looked at are neither digits nor separators.
    #[inline(always)]
    fn step(&mut self, bytes: &[u8], i: usize) {
        let Some(&b) = bytes.get(i) else { return };
        if self.next != i {
            self.end_run();
        }
        self.next = i + 1;
        if b.is_ascii_digit() {
            if self.run == 0 {
                self.pending = self.sep_after_digit.filter(|&s| s + 1 == i);
            }
            self.last4[self.run % 4] = i;
            self.run += 1;
            if self.run >= 4 {
                self.fours.push(self.last4[(self.run - 4) % 4]);
            }
            return;
        }
        let digits = self.run;
        self.end_run();
        match b {
            b'/' | b'-' | b'.' => {
                if b != b'.' {
                    self.joins.push(i);
                }
                self.sep_after_digit = (1..=2).contains(&digits).then_some(i);
            }
            _ => {}
        }
    }
}

/// The ASCII chars of [`in_day_head`], a bit each.
const DAY_HEAD_ASCII: u128 =
    ascii_set(b"abcghiklmnoprstuvyABCGHIKLMNOPRSTUVY0123456789,(:'-\t\n\x0b\x0c\r ");

/// Whether `c` may be in a match of a day pattern before its anchor: a
/// char that `(?i)` matches to a letter of the words of a prefix (a
/// clock, a part of the day, a weekday, "ngày") or of the words joining
/// the days of a list ("và", "đến", "tới"), a space
/// (`\s`), a digit, or ',', '(', ':', '\'' or '-' (a test checks this
/// against the patterns' chars).
fn in_day_head(c: char) -> bool {
    if c.is_ascii() {
        return DAY_HEAD_ASCII & (1 << (c as u32)) != 0;
    }
    c.is_whitespace()
        || matches!(c, 'ſ' | '\u{212A}')
        || matches!(
            crate::normalize::fold_char(c),
            'à' | 'á'
                | 'ú'
                | 'ù'
                | 'ư'
                | 'ờ'
                | 'ạ'
                | 'ề'
                | 'ố'
                | 'đ'
                | 'ê'
                | 'ứ'
                | 'ă'
                | 'ả'
                | 'ủ'
                | 'ậ'
                | 'ồ'
                | 'ế'
                | 'ớ'
        )
}

/// The ASCII chars of [`in_day_tail`], a bit each.
const DAY_TAIL_ASCII: u128 = ascii_set(b"cghilmnoptvCGHILMNOPTV0123456789/.-,:'\t\n\x0b\x0c\r ");

/// Whether `c` may be in a match of a day pattern from its anchor on: a
/// char that `(?i)` matches to a letter of "tháng", "năm" or a clock's
/// words ("vào lúc", "giờ", "h", "g", "phút"), a space (`\s`), a digit,
/// or '/', '.', '-', ',', ':' or '\'' (a test checks this against the
/// patterns' chars).
fn in_day_tail(c: char) -> bool {
    if c.is_ascii() {
        return DAY_TAIL_ASCII & (1 << (c as u32)) != 0;
    }
    c.is_whitespace() || matches!(crate::normalize::fold_char(c), 'á' | 'ă' | 'à' | 'ú' | 'ờ')
}

/// The ASCII chars of [`in_year_head`], a bit each.
const YEAR_HEAD_ASCII: u128 = ascii_set(b"nmsquivNMSQUIV0123456789:/-,(\t\n\x0b\x0c\r ");

/// Whether `c` may be in a match of `YEAR` before its year: a char that
/// `(?i)` matches to a letter of "năm", "sn" or "quý iv", a space, a
/// digit (of a quarter), or ':', '/', '-', ',' or '(' (a test checks this
/// against the pattern's chars).
fn in_year_head(c: char) -> bool {
    if c.is_ascii() {
        return YEAR_HEAD_ASCII & (1 << (c as u32)) != 0;
    }
    c.is_whitespace() || c == 'ſ' || matches!(crate::normalize::fold_char(c), 'ă' | 'ý')
}

/// Whether `head`, the text before a year, may end with the marker of a
/// match of `YEAR` there: '(' right before the year, or, spaces after it
/// aside, "năm" ('m'), "sn" ('n') or "sn:" (':'), or a quarter and '/' or
/// '-' ("quý I/", "quý 3 -"), a quarter being 'i's and 'v's or a digit
/// after a space. A date's year ("12/3/2024") has none of them.
fn year_marker_ends(head: &str) -> bool {
    let t = head.trim_end();
    match t.chars().next_back() {
        Some('m' | 'M' | 'n' | 'N' | ':') => true,
        Some('/' | '-') => {
            let q = t.get(..t.len() - 1).unwrap_or("").trim_end();
            let before = match q.chars().next_back() {
                Some('1'..='4') => q.get(..q.len() - 1).unwrap_or(""),
                Some('i' | 'I' | 'v' | 'V') => q.trim_end_matches(['i', 'I', 'v', 'V']),
                _ => return false,
            };
            before.chars().next_back().is_some_and(char::is_whitespace)
        }
        _ => head.ends_with('('),
    }
}

/// Whether `head`, the text before a "tháng", ends with a digit and 1 to 3
/// spaces, and `tail`, from it on, has 1 to 3 spaces and a digit after the
/// word: what a match of `WORD_DAY` holds around its "tháng" (`[0-9]\s{1,3}`
/// before it, `\s{1,3}[0-9]` after). Most "tháng" are of months alone
/// ("tháng 3", "tháng trước").
fn day_thang_month(head: &str, tail: &str) -> bool {
    let day = head.trim_end_matches(char::is_whitespace);
    let before = head.get(day.len()..).unwrap_or("").chars().count();
    let after = tail.get(6..).unwrap_or("");
    let month = after.trim_start_matches(char::is_whitespace);
    let between = after
        .get(..after.len() - month.len())
        .unwrap_or("")
        .chars()
        .count();
    (1..=3).contains(&before)
        && day.ends_with(|c: char| c.is_ascii_digit())
        && (1..=3).contains(&between)
        && month.starts_with(|c: char| c.is_ascii_digit())
}

/// The ASCII chars of [`in_year_range_tail`], a bit each.
const YEAR_RANGE_TAIL_ASCII: u128 = ascii_set(b"ntimNTIM0123456789-\t\n\x0b\x0c\r ");

/// Whether `c` may be in a match of `YEAR_RANGE` (which starts with its
/// first year): a char that `(?i)` matches to a letter of "đến", "tới" or
/// "năm", a space, a digit or '-' (a test checks this against the
/// pattern's chars).
fn in_year_range_tail(c: char) -> bool {
    if c.is_ascii() {
        return YEAR_RANGE_TAIL_ASCII & (1 << (c as u32)) != 0;
    }
    c.is_whitespace() || matches!(crate::normalize::fold_char(c), 'đ' | 'ế' | 'ớ' | 'ă')
}

/// The set of the ASCII chars `chars`, a bit each.
const fn ascii_set(chars: &[u8]) -> u128 {
    let mut set = 0u128;
    let mut k = 0;
    while k < chars.len() {
        set |= 1 << chars[k];
        k += 1;
    }
    set
}

/// Whether `c` may be in a document number: a superset of the chars of
/// `DOC_NUMBER`.
fn in_doc_number(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-' | 'Đ' | 'đ')
}

/// The maximal runs of [`in_doc_number`] chars holding a '/' or '-' (at
/// the sorted positions `joins`), a digit and a capital (`[A-ZĐ]`): every
/// match of `DOC_NUMBER` lies in one (it holds all three). Most runs are
/// dates, which hold no capital, and the pattern is not run on them.
fn doc_runs(text: &str, joins: &[usize]) -> Ranges {
    let mut out = Vec::new();
    let mut done = 0usize;
    for &p in joins {
        if p < done {
            continue;
        }
        let head = text.get(done..p).unwrap_or("");
        let start = p - head
            .chars()
            .rev()
            .take_while(|&c| in_doc_number(c))
            .map(char::len_utf8)
            .sum::<usize>();
        let tail = text.get(p..).unwrap_or("");
        let end = p + tail
            .chars()
            .take_while(|&c| in_doc_number(c))
            .map(char::len_utf8)
            .sum::<usize>();
        // a capital: ASCII, or 'Đ' (C4 90; no other char of a run has a
        // byte 0x90)
        let may_match = text.get(start..end).is_some_and(|r| {
            r.bytes().any(|b| b.is_ascii_digit())
                && r.bytes().any(|b| b.is_ascii_uppercase() || b == 0x90)
        });
        if may_match {
            out.push((start, end));
        }
        done = end;
    }
    out
}

/// "tháng" (as `(?i)tháng` matches it) in the bytes given.
fn is_thang(b: Option<&[u8]>) -> bool {
    matches!(
        b,
        Some([
            b't' | b'T',
            b'h' | b'H',
            0xC3,
            0xA1 | 0x81,
            b'n' | b'N',
            b'g' | b'G'
        ])
    )
}

/// The anchors of `DAY_LIST` (separators and "tháng", sorted) that can
/// follow the last day of a list: that day is the run of digits (`runs`,
/// sorted) ending at the anchor or at most 3 spaces (12 bytes) before it,
/// one or two digits after the words that end a day of the list
/// ([`ends_list_item`]), and the run before it is a day of the list, at
/// most 14 chars (56 bytes: spaces, "đến", "ngày") before it. Anchors
/// without such runs start no list, and searching around them costs most
/// of what `DAY_LIST` costs.
fn list_anchors(text: &str, anchors: &[usize], runs: &[(usize, usize)]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = 0; // runs before `k` end at or before the anchor
    for &a in anchors {
        while runs.get(k).is_some_and(|&(_, end)| end <= a) {
            k += 1;
        }
        let (Some(&(day, end)), Some(&(_, before))) =
            (runs.get(k.wrapping_sub(1)), runs.get(k.wrapping_sub(2)))
        else {
            continue;
        };
        if a - end <= 12 && day - before <= 56 && end - day <= 2 && ends_list_item(text, day) {
            out.push(a);
        }
    }
    out
}

/// Whether the text before `day` may end as a day of a list of `DAY_LIST`
/// does before the next day (`\s{0,2}(?:,|và|-|đến|tới)\s{0,2}(?:ngày\s{1,3})?`,
/// `(?i)`): spaces aside, and the four chars of "ngày" when the text ends
/// with 'y' or 'Y' (no other word of it does) and the spaces before them,
/// the last char is ',', '-', or the last letter of "và", "đến" or "tới"
/// in either case. A day after other words ("ngày 3/4", "tháng 5 năm
/// 2024") ends no list.
fn ends_list_item(text: &str, day: usize) -> bool {
    let head = text.get(..day).unwrap_or("").trim_end();
    let head = if head.ends_with(['y', 'Y']) {
        let ngay: usize = head.chars().rev().take(4).map(char::len_utf8).sum();
        head.get(..head.len() - ngay).unwrap_or("").trim_end()
    } else {
        head
    };
    head.ends_with([',', '-', 'à', 'À', 'n', 'N', 'i', 'I'])
}

/// The sorted lists `a` and `b` merged, in linear time.
fn merge_sorted(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if x <= y {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(a.get(i..).unwrap_or(&[]));
    out.extend_from_slice(b.get(j..).unwrap_or(&[]));
    out
}

/// The ranges `anchor - before .. anchor + after` of sorted anchors, on
/// char boundaries (the start moved back to one, the end on), clipped to
/// the text and merged as [`around_with`] merges them: what it makes when
/// every char is a head and a tail char, without reading them.
fn around(text: &str, anchors: &[usize], (before, after): (usize, usize)) -> Ranges {
    let mut out: Ranges = Vec::new();
    for &a in anchors {
        let mut s = a.saturating_sub(before);
        while s > 0 && !text.is_char_boundary(s) {
            s -= 1;
        }
        let mut e = a.saturating_add(after).min(text.len());
        while e < text.len() && !text.is_char_boundary(e) {
            e += 1;
        }
        match out.last_mut() {
            Some(last) if s <= last.1 + MERGE_GAP => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// [`around`] for the day patterns (`NUMERIC_DAY`, `WORD_DAY`, `DAY_LIST`),
/// each range starting no earlier than the chars before its anchor that
/// may be in such a match ([`in_day_head`]), and ending no later than
/// those from the anchor on ([`in_day_tail`]): what a match holds before
/// its anchor is its prefix, days and list words, so it starts after the
/// last other char, and from the anchor on its month, year and clock, so
/// it ends before the next other char. Prose around a date mostly has one
/// a few words away, and a range cut short there costs the searches less
/// than the full reach.
fn around_day(text: &str, anchors: &[usize], reach: (usize, usize)) -> Ranges {
    let every = |_: &str, _: &str| true;
    ranges_around(
        text,
        anchors,
        reach,
        (in_day_head, in_day_tail),
        every,
        None,
    )
}

/// [`around`], each range starting after the last char before its anchor
/// that `head` rejects, and ending at the first from the anchor on that
/// `tail` rejects: `head` and `tail` accept every char a match may hold
/// before its anchor and from it on. An anchor whose range, before and
/// from it (`head`, `tail`), `viable` rejects is dropped: no match holds
/// it. The anchors kept are given back with the ranges.
fn around_with(
    text: &str,
    anchors: &[usize],
    reach: (usize, usize),
    sets: (impl Fn(char) -> bool, impl Fn(char) -> bool),
    viable: impl Fn(&str, &str) -> bool,
) -> Anchored {
    let mut kept = Vec::with_capacity(anchors.len());
    let ranges = ranges_around(text, anchors, reach, sets, viable, Some(&mut kept));
    Anchored::of(ranges, kept)
}

/// The ranges of [`around_with`]; the anchors kept are pushed to `kept`
/// when it is given ([`around_day`] keeps none: it rejects no anchor).
fn ranges_around(
    text: &str,
    anchors: &[usize],
    (before, after): (usize, usize),
    (head, tail): (impl Fn(char) -> bool, impl Fn(char) -> bool),
    viable: impl Fn(&str, &str) -> bool,
    mut kept: Option<&mut Vec<usize>>,
) -> Ranges {
    let mut out: Ranges = Vec::new();
    // What the scans of the last anchor found, so that anchors close
    // together (a run of digits and slashes) do not read the same chars
    // again, and the work stays linear in the text whatever the reach:
    // the last anchor and where its range started, and the last run of
    // tail chars read (from, to, and whether a char that is no tail char
    // ended it).
    let mut last_head: Option<(usize, usize)> = None;
    let mut last_tail: Option<(usize, usize, bool)> = None;
    for &a in anchors {
        let mut s = a.saturating_sub(before);
        while s > 0 && !text.is_char_boundary(s) {
            s -= 1;
        }
        // the start of the run of head chars ending at the anchor: read back
        // to the last anchor at most; when all of that is head chars, the
        // run goes on as far as the last anchor's did (its range started
        // no later than this one's may)
        let lo = match last_head {
            Some((pa, _)) if pa >= s && pa <= a => pa,
            _ => s,
        };
        if let Some(before) = text.get(lo..a) {
            let run: usize = before
                .chars()
                .rev()
                .take_while(|&c| head(c))
                .map(char::len_utf8)
                .sum();
            s = match last_head {
                Some((pa, ps)) if lo == pa && run == a - lo => ps.max(s),
                _ => a - run,
            };
            last_head = Some((a, s));
        }
        let mut e = a.saturating_add(after).min(text.len());
        while e < text.len() && !text.is_char_boundary(e) {
            e += 1;
        }
        // the end of the run of tail chars from the anchor: a run read from
        // an earlier anchor that holds this one is not read again
        let from = match last_tail {
            Some((ta, te, _)) if ta <= a && a <= te => te.min(e),
            _ => a,
        };
        let known_end = matches!(last_tail, Some((ta, te, true)) if ta <= a && a <= te);
        if known_end {
            e = from;
        } else if let Some(rest) = text.get(from..e) {
            let run: usize = rest
                .chars()
                .take_while(|&c| tail(c))
                .map(char::len_utf8)
                .sum();
            let stopped = from + run < e;
            e = from + run;
            last_tail = Some((a, e, stopped));
        }
        if !viable(text.get(s..a).unwrap_or(""), text.get(a..e).unwrap_or("")) {
            continue;
        }
        if let Some(kept) = kept.as_deref_mut() {
            kept.push(a);
        }
        match out.last_mut() {
            Some(last) if s <= last.1 + MERGE_GAP => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn find_in(text: &str, w: &Windows) -> Vec<RawDate> {
    let whole = || Anchored {
        ranges: vec![(0, text.len())],
        anchors: None,
    };
    let mut docs: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in &w.doc_number {
        let Some(run) = text.get(a..b) else { continue };
        docs.extend(
            DOC_NUMBER
                .find_iter(run)
                .map(|m| (a + m.start(), a + m.end())),
        );
    }
    let mut cands: Vec<Group> = Vec::new();
    scan(
        text,
        &w.numeric_day,
        &NUMERIC_DAY,
        |h| numeric_day(text, h),
        &mut cands,
    );
    scan(
        text,
        &w.word_day,
        &WORD_DAY,
        |h| word_day(text, &h.captures()?),
        &mut cands,
    );
    scan(
        text,
        &w.day_list,
        &DAY_LIST,
        |h| day_list(text, &h.captures()?),
        &mut cands,
    );
    // MONTH, YEAR_RANGE and YEAR are read by hand on the ranges made
    // around anchors; on the whole text (in tests) the regexes run
    let hand = w.year.anchors.is_some();
    let thang_first = |b: u8| matches!(b, b't' | b'T');
    if hand {
        let month_by_hand = (&*MONTH, thang_first as fn(u8) -> bool, month_at as _);
        scan_by_hand(
            text,
            &w.month.ranges,
            month_by_hand,
            |h| month(text, h),
            &mut cands,
        );
        let range_by_hand = (
            &*YEAR_RANGE,
            (|b: u8| b.is_ascii_digit()) as fn(u8) -> bool,
            year_range_at as _,
        );
        scan_by_hand(
            text,
            &w.year_range.ranges,
            range_by_hand,
            year_range,
            &mut cands,
        );
        let year_by_hand = (&*YEAR, year_first as fn(u8) -> bool, year_at as _);
        scan_by_hand(
            text,
            &w.year.ranges,
            year_by_hand,
            |h| year(text, h),
            &mut cands,
        );
    } else {
        scan(text, &w.month, &MONTH, |h| month(text, h), &mut cands);
        scan(text, &w.year_range, &YEAR_RANGE, year_range, &mut cands);
        scan(text, &w.year, &YEAR, |h| year(text, h), &mut cands);
    }
    match &w.bare_year {
        // Every match of `[0-9]{4}` is four digits at one of the starts:
        // `scan` without the regex searches, which cost more than the match.
        Some(starts) => {
            let mut pos = 0;
            for &start in starts {
                let end = start + 4;
                if start < pos || !bounded(text, start, end) {
                    continue;
                }
                if let Some(g) = bare_year(text, start, end) {
                    cands.push(g);
                    pos = end;
                }
            }
        }
        None => scan(
            text,
            &whole(),
            &BARE_YEAR,
            |h| bare_year(text, h.start, h.end),
            &mut cands,
        ),
    }
    match &w.relative {
        Some(starts) => {
            for (kind, ((r, reach), starts)) in
                relative_patterns().into_iter().zip(starts).enumerate()
            {
                scan_starts(
                    text,
                    starts,
                    r,
                    reach,
                    |h| relative(text, kind, h),
                    &mut cands,
                );
            }
        }
        None => {
            for (kind, (r, _)) in relative_patterns().into_iter().enumerate() {
                scan(text, &whole(), r, |h| relative(text, kind, h), &mut cands);
            }
        }
    }

    // Longest group first; a group is kept only when it overlaps nothing kept
    // and no document number.
    let extent = |g: &Group| {
        let g = g.as_slice();
        let s = g.iter().map(|r| r.start).min().unwrap_or(0);
        let e = g.iter().map(|r| r.end).max().unwrap_or(0);
        (s, e)
    };
    cands.sort_by_key(|g| {
        let (s, e) = extent(g);
        (std::cmp::Reverse(e - s), s)
    });
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    // room for every date read: one list, never grown
    let mut out = Vec::with_capacity(cands.iter().map(|g| g.as_slice().len()).sum());
    for g in cands {
        let (s, e) = extent(&g);
        // document numbers are sorted and disjoint: the first one ending after
        // `s` is the only one that can overlap
        let next_doc = docs.partition_point(|&(_, b)| b <= s);
        if g.as_slice().is_empty() || docs.get(next_doc).is_some_and(|&(a, _)| a < e) {
            continue;
        }
        let clash = taken
            .range(..e)
            .next_back()
            .is_some_and(|(_, &end)| end > s);
        if clash {
            continue;
        }
        taken.insert(s, e);
        g.push_to(&mut out);
    }
    out.sort_by_key(|r| (r.start, r.end));
    link(text, out)
}

/// The dates one match of a pattern reads: one, nearly always (held with
/// no list), or a list (the days of a list, the two years of a range).
#[derive(Debug)]
enum Group {
    One(RawDate),
    Many(Vec<RawDate>),
}

impl Group {
    /// The dates, in the order read.
    fn as_slice(&self) -> &[RawDate] {
        match self {
            Group::One(r) => std::slice::from_ref(r),
            Group::Many(list) => list,
        }
    }

    /// Moves the dates, in the order read, to the end of `out`.
    fn push_to(self, out: &mut Vec<RawDate>) {
        match self {
            Group::One(r) => out.push(r),
            Group::Many(list) => out.extend(list),
        }
    }
}

/// Joins neighbours: a relative word followed by the explicit day it names
/// becomes one mention; "từ 1/7 đến 5/7" marks both ends of a range.
/// The dates linked are moved to the front of `raw` (no second list).
fn link(text: &str, mut raw: Vec<RawDate>) -> Vec<RawDate> {
    // `raw[..n]`: the dates linked so far
    let mut n = 0;
    for i in 0..raw.len() {
        // the date read, moved to right after them
        raw.swap(n, i);
        let (out, rest) = raw.split_at_mut(n);
        let Some(r) = rest.first_mut() else { break };
        // it takes the place of the last one
        let mut replaces = false;
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.end..r.start).unwrap_or("x");
            let gap = between.trim_matches([' ', '(', ',']);
            if let (RawValue::Relative(rel), RawValue::Day { .. }) = (prev.value, r.value) {
                if gap.is_empty() && rel.unit == Precision::Day {
                    r.part_of_day = r.part_of_day.or(prev.part_of_day);
                    r.relative = Some(rel);
                    r.start = prev.start;
                    replaces = true;
                }
            } else if prev.range.is_none() && r.range.is_none() && same_kind(prev.value, r.value) {
                // the joining words are short: a longer gap joins nothing
                let joined = gap.len() <= 16
                    && matches!(
                        gap.to_lowercase().as_str(),
                        "-" | "đến" | "tới" | "đến ngày" | "tới ngày" | "đến năm" | "tới năm"
                    );
                let from = || {
                    lower_word_before(text, prev.start) == "từ"
                        || text.get(prev.start..prev.end).is_some_and(|t| {
                            t.chars()
                                .take(2)
                                .flat_map(char::to_lowercase)
                                .take(2)
                                .eq("từ".chars())
                        })
                };
                if joined && (gap == "-" || from()) {
                    prev.range = Some(RangeRole::Start);
                    r.range = Some(RangeRole::End);
                }
            }
        }
        if replaces {
            raw.swap(n - 1, n);
        } else {
            n += 1;
        }
    }
    raw.truncate(n);
    raw
}

fn same_kind(a: RawValue, b: RawValue) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b) && !matches!(a, RawValue::Relative(_))
}

/// A match of a pattern that starts and ends clean, for the pattern's
/// reader: its span, and its groups when the reader asks for them.
struct Hit<'t> {
    text: &'t str,
    re: &'t Regex,
    start: usize,
    end: usize,
}

impl<'t> Hit<'t> {
    /// The matched text.
    fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or("")
    }

    /// The groups of the match, taken on the whole text (a capture search
    /// costs thousands of instructions: readers look at the matched text
    /// first where that tells the groups).
    fn captures(&self) -> Option<Captures<'t>> {
        self.re.captures_at(self.text, self.start).filter(|c| {
            c.get(0)
                .is_some_and(|g| g.start() == self.start && g.end() == self.end)
        })
    }
}

/// Runs `re` over the ranges of `text` in `w` (which hold all its
/// matches), restarting one char after a rejected match. Matches are found
/// on a range alone, and read by `accept` on the whole text. With anchors,
/// a range is searched only while one of them is left in it at or after
/// the place searched from: a match found from there that `accept` could
/// keep holds one, at or after its start (see [`Anchored`]).
fn scan<F>(text: &str, w: &Anchored, re: &Regex, mut accept: F, out: &mut Vec<Group>)
where
    F: FnMut(&Hit) -> Option<Group>,
{
    // anchors before `k` are before the place searched from
    let mut k = 0;
    for &(from, to) in &w.ranges {
        let Some(hay) = text.get(from..to) else {
            continue;
        };
        let mut pos = 0;
        while pos <= hay.len() {
            if let Some(anchors) = &w.anchors {
                while anchors.get(k).is_some_and(|&a| a < from + pos) {
                    k += 1;
                }
                if anchors.get(k).is_none_or(|&a| a >= to) {
                    break;
                }
            }
            let Some(m) = re.find_at(hay, pos) else {
                break;
            };
            let (start, end) = (from + m.start(), from + m.end());
            let found = accepted(text, re, start, end, &mut accept);
            match found {
                Some(g) => {
                    out.push(g);
                    pos = m.end().max(m.start() + 1);
                }
                None => pos = m.start() + 1,
            }
            while pos < hay.len() && !hay.is_char_boundary(pos) {
                pos += 1;
            }
        }
    }
}

/// What `accept` makes of the match `start..end` of `re`, if the match is
/// bounded as a date must be.
fn accepted<F>(text: &str, re: &Regex, start: usize, end: usize, accept: &mut F) -> Option<Group>
where
    F: FnMut(&Hit) -> Option<Group>,
{
    if bounded(text, start, end) {
        accept(&Hit {
            text,
            re,
            start,
            end,
        })
    } else {
        None
    }
}

/// [`scan`] over the whole text for a pattern whose matches all start at
/// one of the sorted char boundaries `starts` and reach at most `reach`
/// bytes: what `scan` finds from a place `pos` is the match at the first
/// start at or after `pos` where the pattern matches (the patterns have no
/// look-around: whether and how far a pattern matches at a place depends
/// only on the text from there on), so trying the starts in turn finds the
/// same matches. The search at a start runs on the text cut `reach` bytes
/// later, which keeps every match there whole (and a leftmost-first match
/// is the same when no longer match was cut off).
fn scan_starts<F>(
    text: &str,
    starts: &[usize],
    re: &Regex,
    reach: usize,
    mut accept: F,
    out: &mut Vec<Group>,
) where
    F: FnMut(&Hit) -> Option<Group>,
{
    let mut pos = 0;
    for &start in starts {
        if start < pos {
            continue;
        }
        let mut cut = start.saturating_add(reach).min(text.len());
        while cut < text.len() && !text.is_char_boundary(cut) {
            cut += 1;
        }
        let Some(hay) = text.get(..cut) else { continue };
        let Some(m) = re.find_at(hay, start).filter(|m| m.start() == start) else {
            continue;
        };
        let end = m.end();
        let found = accepted(text, re, start, end, &mut accept);
        pos = match found {
            Some(g) => {
                out.push(g);
                end.max(start + 1)
            }
            None => start + 1,
        };
    }
}

/// A match at `start..end` starts and ends clean, or joins full dates.
fn bounded(text: &str, start: usize, end: usize) -> bool {
    (starts_clean(text, start) || full_date_before(text, start))
        && (ends_clean(text, end) || full_date_after(text, end))
}

/// "3/9/1975-3/9/2025": a full date, a joining '-' or '/', then `pos`.
fn full_date_before(text: &str, pos: usize) -> bool {
    static R: Lazy<Regex> = Lazy::new(|| {
        re(r"(?:^|[^0-9./-])[0-9]{1,2}([/.-])[0-9]{1,2}[/.-][0-9]{4}\s{0,2}[/-]\s{0,2}$")
    });
    // a full date starts with a digit: most places are told by it alone
    if !text.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut from = pos.saturating_sub(24);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..pos).is_some_and(|t| R.is_match(t))
        && text.get(pos..).is_some_and(|t| FULL_AHEAD.is_match(t))
}

static FULL_AHEAD: Lazy<Regex> =
    Lazy::new(|| re(r"^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}(?:[^0-9]|$)"));

/// `pos` ends a full date followed by a joining '-' or '/' and another full date.
fn full_date_after(text: &str, pos: usize) -> bool {
    static JOIN: Lazy<Regex> = Lazy::new(|| re(r"^\s{0,2}[/-]\s{0,2}"));
    let mut from = pos.saturating_sub(10);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    let ends_year = text.get(from..pos).is_some_and(|t| {
        let digits = t.chars().rev().take_while(char::is_ascii_digit).count();
        digits == 4
            && t.chars()
                .rev()
                .nth(4)
                .is_some_and(|c| matches!(c, '/' | '.' | '-'))
    });
    if !ends_year {
        return false;
    }
    let Some(rest) = text.get(pos..) else {
        return false;
    };
    let Some(j) = JOIN.find(rest) else {
        return false;
    };
    rest.get(j.end()..).is_some_and(|t| FULL_AHEAD.is_match(t))
}

/// The match does not start inside a word or a number.
fn starts_clean(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("").chars().rev();
    match before.next() {
        None => true,
        Some(c) if super::is_alphanumeric(c) => false,
        Some('/' | '.' | ',' | '-' | ':') => !before.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

/// The match does not end inside a word or a number.
fn ends_clean(text: &str, end: usize) -> bool {
    let mut after = text.get(end..).unwrap_or("").chars();
    match after.next() {
        None => true,
        Some(c) if super::is_alphanumeric(c) => false,
        Some('%') => false,
        Some('/' | '.' | ',' | '-' | ':') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

fn num<T: std::str::FromStr>(c: &Captures, name: &str) -> Option<T> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

fn plausible_year(y: i32) -> bool {
    (1000..=2199).contains(&y)
}

fn lower_word_before(text: &str, pos: usize) -> Cow<'_, str> {
    let head = text.get(..pos).unwrap_or("").trim_end();
    let len: usize = head
        .chars()
        .rev()
        .take_while(|&c| super::is_alphanumeric(c))
        .map(char::len_utf8)
        .sum();
    lower(head.get(head.len() - len..).unwrap_or(""))
}

/// `word` lower-cased char by char (`char::to_lowercase`), in one string
/// of the right size: an ASCII word (many are) without the Unicode tables,
/// and the letters of Vietnamese from their code points
/// (`normalize::fold_vietnamese`, which lower-cases them as
/// `char::to_lowercase` does: a test checks every char).
/// A word already in lower case (most are) is given back as it is.
fn lower(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(word.to_ascii_lowercase());
        }
        return Cow::Borrowed(word);
    }
    if word
        .chars()
        .all(|c| crate::normalize::fold_vietnamese(c) == Some(c))
    {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match crate::normalize::fold_vietnamese(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

fn lower_word_after(text: &str, pos: usize) -> Cow<'_, str> {
    let tail = text.get(pos..).unwrap_or("");
    let tail = tail.trim_start_matches([' ', '(']);
    let len: usize = tail
        .chars()
        .take_while(|&c| super::is_alphanumeric(c) || c == '%')
        .map(char::len_utf8)
        .sum();
    lower(tail.get(..len).unwrap_or(""))
}

/// "ngày 1/6 âm lịch", "15/7 (ÂL)".
fn lunar_after(text: &str, pos: usize) -> bool {
    // Mostly a char other than 'a', 'l' or 'â' comes first (in either
    // case; no other char lower-cases to one of them), and no lower-cased
    // tail starts with one: no need to build it.
    let first = text
        .get(pos..)
        .unwrap_or("")
        .chars()
        .take(16)
        .find(|c| !matches!(c, ' ' | '(' | ','));
    match first {
        None => return false,
        Some(c) if !matches!(c, 'a' | 'A' | 'l' | 'L' | 'â' | 'Â') => return false,
        Some(_) => {}
    }
    let tail: String = text
        .get(pos..)
        .unwrap_or("")
        .chars()
        .take(16)
        .flat_map(char::to_lowercase)
        .collect();
    let tail = tail.trim_start_matches([' ', '(', ',']);
    tail.starts_with("âm lịch")
        || tail.starts_with("âl")
        || tail.starts_with("al)")
        || tail.starts_with("lịch âm")
}

fn part_of_day(s: &str) -> Option<PartOfDay> {
    let s = lower(s);
    let last = s.split_whitespace().last().unwrap_or("");
    if s.starts_with("rạng") {
        return Some(PartOfDay::Morning);
    }
    match last {
        "sáng" => Some(PartOfDay::Morning),
        "trưa" => Some(PartOfDay::Noon),
        "chiều" => Some(PartOfDay::Afternoon),
        "tối" => Some(PartOfDay::Evening),
        "đêm" | "khuya" => Some(PartOfDay::Night),
        _ => None,
    }
}

fn weekday(s: &str) -> Option<u8> {
    let s = lower(s);
    let last = s.split_whitespace().last().unwrap_or("");
    if s.starts_with("chủ") {
        return Some(0);
    }
    match last {
        "hai" | "2" => Some(1),
        "ba" | "3" => Some(2),
        "tư" | "4" => Some(3),
        "năm" | "5" => Some(4),
        "sáu" | "6" => Some(5),
        "bảy" | "7" => Some(6),
        _ => None,
    }
}

fn clock(s: &str) -> Option<TimeOfDay> {
    let c = CLOCK_PARTS.captures(s)?;
    let hour: u8 = num(&c, "h")?;
    let minute: u8 = num(&c, "m").unwrap_or(0);
    (hour <= 24 && minute <= 59).then_some(TimeOfDay {
        hour: hour % 24,
        minute,
    })
}

/// Fields shared by the day patterns, and whether a strong marker was written.
#[derive(Debug, PartialEq, Eq)]
struct Prefix {
    part_of_day: Option<PartOfDay>,
    time: Option<TimeOfDay>,
    weekday: Option<u8>,
    marked: bool,
}

fn prefix_of(c: &Captures) -> Prefix {
    let part_of_day = c.name("pod").and_then(|m| part_of_day(m.as_str()));
    let weekday = c.name("wd").and_then(|m| weekday(m.as_str()));
    let time = c
        .name("pclock")
        .or_else(|| c.name("sclock"))
        .and_then(|m| clock(m.as_str()));
    let marked = part_of_day.is_some() || weekday.is_some() || c.name("ngay").is_some();
    Prefix {
        part_of_day,
        time,
        weekday,
        marked,
    }
}

/// A day without its year needs a marker, a trigger word before it, or
/// parentheses around it; and no unit word after it.
fn yearless_ok(text: &str, start: usize, end: usize, number_start: usize, p: &Prefix) -> bool {
    let after = lower_word_after(text, end);
    if UNITS.contains(&&*after) {
        return false;
    }
    if p.marked {
        return true;
    }
    let before = lower_word_before(text, number_start);
    if TRIGGERS.contains(&&*before) {
        return true;
    }
    let prev = text.get(..start).unwrap_or("").chars().next_back();
    let next = text.get(end..).unwrap_or("").chars().next();
    prev == Some('(') && matches!(next, Some(')' | ',')) || after_holiday_name(text, start)
}

/// Whether a holiday's name ends right before `pos`: "Ngày" and capitalised
/// words, maybe joined by dashes ("Ngày Quốc khánh 2/9", "Ngày Thương binh
/// – Liệt sĩ 27/7", "Ngày Nhà giáo Việt Nam 20/11").
fn after_holiday_name(text: &str, pos: usize) -> bool {
    let before = super::text_before(text, pos, 96);
    // the words of the name, last first, then the one after "Ngày"
    let mut after_ngay = None;
    for w in before.split_whitespace().rev().take(8) {
        if w == "Ngày" {
            return after_ngay
                .is_some_and(|a: &str| a.chars().next().is_some_and(char::is_uppercase));
        }
        if !(w.chars().all(super::is_alphabetic) || matches!(w, "–" | "-")) {
            return false;
        }
        after_ngay = Some(w);
    }
    false
}

fn valid_day(year: Option<i32>, month: u8, day: u8) -> bool {
    crate::model::PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
    .is_valid()
}

fn day_raw(start: usize, end: usize, value: RawValue, p: &Prefix) -> RawDate {
    RawDate {
        start,
        end,
        value,
        range: None,
        part_of_day: p.part_of_day,
        time: p.time,
        weekday: p.weekday,
        relative: None,
        target: false,
    }
}

/// What [`numeric_day`] reads of a match of `NUMERIC_DAY`.
#[derive(Debug, PartialEq, Eq)]
struct NumericDay<'t> {
    prefix: Prefix,
    /// Where the day starts, and its digits.
    day_start: usize,
    day: &'t str,
    s1: &'t str,
    month: &'t str,
    s2: Option<&'t str>,
    /// `y` or `y2`.
    year: Option<&'t str>,
}

impl<'t> NumericDay<'t> {
    /// The groups of the match.
    fn of(c: &Captures<'t>) -> Option<NumericDay<'t>> {
        let d = c.name("d")?;
        Some(NumericDay {
            prefix: prefix_of(c),
            day_start: d.start(),
            day: d.as_str(),
            s1: c.name("s1")?.as_str(),
            month: c.name("m")?.as_str(),
            s2: c.name("s2").map(|g| g.as_str()),
            year: c.name("y").or_else(|| c.name("y2")).map(|g| g.as_str()),
        })
    }

    /// The groups of the commonest matches, read from the matched text
    /// `m` (at `start`): no clock, weekday or "năm", only [`quick_prefix`]
    /// words before the day, and nothing but digits and separators from
    /// it on. `None` for other matches.
    ///
    /// Every parse of such a match has the same groups: the prefix has no
    /// '/', '.' or '-', so the first of them is `s1`; the day is the digits
    /// before it, all of them, since the prefix has no digit but in a
    /// clock or a weekday "thứ 2" (not read here); after `s1`, the suffix
    /// and "năm" need letters or ':', so the rest is `m` or `m s2 y`, split
    /// by its one separator.
    fn quick(m: &'t str, start: usize) -> Option<NumericDay<'t>> {
        let bytes = m.as_bytes();
        let s1_at = bytes
            .iter()
            .position(|&b| matches!(b, b'/' | b'.' | b'-'))?;
        let digits = bytes
            .get(..s1_at)?
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let day_at = s1_at - digits;
        let pre = m.get(..day_at)?;
        if !(1..=2).contains(&digits) || pre.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let rest = m.get(s1_at + 1..)?;
        if !rest
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        {
            return None;
        }
        let month_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (s2, year) = match rest.get(month_len..)? {
            "" => (None, None),
            tail => (Some(tail.get(..1)?), Some(tail.get(1..)?)),
        };
        Some(NumericDay {
            prefix: quick_prefix(pre)?,
            day_start: start + day_at,
            day: m.get(day_at..s1_at)?,
            s1: m.get(s1_at..s1_at + 1)?,
            month: rest.get(..month_len)?,
            s2,
            year,
        })
    }
}

/// The prefix of a day when the words before it (`pre`, with the spaces
/// after them) are none, "ngày" (or "mùng", "mồng"), a part of the day,
/// or a part of the day and "ngày"; `None` for other words.
///
/// `pre` is the prefix of a match, so its words are its groups' words. A
/// part of the day can only be the `pod` group, "ngày" alone only `ngay`,
/// and after a part of the day it is in `pod`'s tail or in `ngay`, which
/// mark the day the same. A word is compared folded char by char: a word
/// that folds to a lower-case word is that word lower-cased (what
/// `part_of_day` reads); one that does not is not read here.
fn quick_prefix(pre: &str) -> Option<Prefix> {
    const PODS: &[&str] = &["sáng", "trưa", "chiều", "tối", "đêm", "khuya"];
    let none = Prefix {
        part_of_day: None,
        time: None,
        weekday: None,
        marked: false,
    };
    if pre.is_empty() {
        return Some(none);
    }
    let is = |w: &str, word: &str| w.chars().map(crate::normalize::fold_char).eq(word.chars());
    let is_pod = |w: &str| PODS.iter().any(|p| is(w, p));
    let mut words = pre.split_whitespace();
    let words = (words.next(), words.next(), words.next(), words.next());
    let pod = match words {
        (Some(w), None, _, _) if ["ngày", "mùng", "mồng"].iter().any(|n| is(w, n)) => {
            return Some(Prefix {
                marked: true,
                ..none
            });
        }
        (Some(w), None, _, _) if is_pod(w) => w,
        (Some(w), Some(n), None, _) if is_pod(w) && is(n, "ngày") => w,
        (Some(r), Some(w), ngay, None)
            if is(r, "rạng") && is(w, "sáng") && ngay.is_none_or(|n| is(n, "ngày")) =>
        {
            // the group is "rạng sáng" with the spaces between
            pre.get(..pre.find(w)? + w.len())?
        }
        _ => return None,
    };
    let part_of_day = part_of_day(pod);
    Some(Prefix {
        part_of_day,
        marked: part_of_day.is_some(),
        ..none
    })
}

fn numeric_day(text: &str, h: &Hit) -> Option<Group> {
    let captured;
    let g = match NumericDay::quick(h.as_str(), h.start) {
        Some(g) => g,
        None => {
            captured = h.captures()?;
            NumericDay::of(&captured)?
        }
    };
    let p = &g.prefix;
    let day: u8 = g.day.parse().ok()?;
    let month: u8 = g.month.parse().ok()?;
    let year: Option<i32> = g.year.and_then(|y| y.parse().ok());
    if g.s2.is_some_and(|s2| s2 != g.s1) {
        return None;
    }
    if lunar_after(text, h.end) {
        return None;
    }
    match year {
        Some(y) if !plausible_year(y) => return None,
        Some(_) => {}
        None => {
            if !yearless_ok(text, h.start, h.end, g.day_start, p) {
                return None;
            }
            // "8.5" and "2.3" are numbers more often than days.
            if g.s1 == "." && !p.marked {
                return None;
            }
        }
    }
    one_day(h.start, h.end, year, month, day, p)
}

/// The single day `day/month[/year]` at `start..end`, if it is a real date.
fn one_day(
    start: usize,
    end: usize,
    year: Option<i32>,
    month: u8,
    day: u8,
    p: &Prefix,
) -> Option<Group> {
    valid_day(year, month, day)
        .then(|| Group::One(day_raw(start, end, RawValue::Day { year, month, day }, p)))
}

fn word_day(text: &str, c: &Captures) -> Option<Group> {
    let m = c.get(0)?;
    let p = prefix_of(c);
    let day: u8 = num(c, "d")?;
    let month: u8 = num(c, "m")?;
    let year: Option<i32> = num(c, "y");
    if lunar_after(text, m.end()) || year.is_some_and(|y| !plausible_year(y)) {
        return None;
    }
    if year.is_none() && !p.marked {
        return None;
    }
    one_day(m.start(), m.end(), year, month, day, &p)
}

fn day_list(text: &str, c: &Captures) -> Option<Group> {
    static DIGITS: Lazy<Regex> = Lazy::new(|| re(r"[0-9]{1,2}"));
    static RANGE_SEP: Lazy<Regex> = Lazy::new(|| re(r"-|đến|tới"));
    let m = c.get(0)?;
    let p = prefix_of(c);
    let list = c.name("list")?;
    let last: u8 = num(c, "d")?;
    let month: u8 = num(c, "m").or_else(|| num(c, "m2"))?;
    let year: Option<i32> = num(c, "y").or_else(|| num(c, "y2"));
    if lunar_after(text, m.end()) || year.is_some_and(|y| !plausible_year(y)) {
        return None;
    }
    if let (Some(s1), Some(s2)) = (c.name("s1"), c.name("s2")) {
        if s1.as_str() != s2.as_str() {
            return None;
        }
    }
    let before = lower_word_before(text, list.start());
    let prev = text.get(..m.start()).unwrap_or("").chars().next_back();
    let next = text.get(m.end()..).unwrap_or("").chars().next();
    let wrapped = prev == Some('(') && matches!(next, Some(')' | ','));
    let triggered = p.marked || wrapped || TRIGGERS.contains(&&*before);
    if !triggered || UNITS.contains(&&*lower_word_after(text, m.end())) {
        return None;
    }
    let ranged = RANGE_SEP.is_match(list.as_str());
    let mut days: Vec<(usize, usize, u8)> = DIGITS
        .find_iter(list.as_str())
        .filter_map(|d| {
            Some((
                list.start() + d.start(),
                list.start() + d.end(),
                d.as_str().parse().ok()?,
            ))
        })
        .collect();
    let last_m = c.name("d")?;
    days.push((last_m.start(), m.end(), last));
    if ranged && days.len() != 2 {
        return None;
    }
    if days.windows(2).any(|w| w[0].2 >= w[1].2) {
        return None;
    }
    let n = days.len();
    let mut out = Vec::with_capacity(n);
    for (k, &(s, e, day)) in days.iter().enumerate() {
        if !valid_day(year, month, day) {
            return None;
        }
        let start = if k == 0 { m.start() } else { s };
        let range = match (ranged, k) {
            (false, _) => None,
            (true, 0) => Some(RangeRole::Start),
            (true, _) => Some(RangeRole::End),
        };
        let mut r = day_raw(start, e, RawValue::Day { year, month, day }, &p);
        r.range = range;
        if k > 0 {
            r.weekday = None;
            r.part_of_day = None;
        }
        out.push(r);
    }
    if n == 1 {
        return None;
    }
    Some(Group::Many(out))
}

/// The groups `m` and `y` of a match `m` of `MONTH`, read from it (no
/// capture search): the month is its first digits (the word and spaces
/// before it have none, and what may follow it starts with a space, a
/// separator, ',' or "năm"), and the year, when more follows, its last
/// four bytes (the pattern ends with it).
fn month_groups(m: &str) -> Option<(&str, Option<&str>)> {
    let at = m.find(|c: char| c.is_ascii_digit())?;
    let len = m.get(at..)?.bytes().take_while(u8::is_ascii_digit).count();
    let year = if at + len < m.len() {
        Some(m.get(m.len().checked_sub(4)?..)?)
    } else {
        None
    };
    Some((m.get(at..at + len)?, year))
}

fn month(text: &str, h: &Hit) -> Option<Group> {
    let (month, year) = month_groups(h.as_str())?;
    let month: u8 = month.parse().ok()?;
    let year: Option<i32> = year.and_then(|y| y.parse().ok());
    if !(1..=12).contains(&month)
        || year.is_some_and(|y| !plausible_year(y))
        || lunar_after(text, h.end)
    {
        return None;
    }
    if year.is_none() {
        // "3 tháng 7" is a duration-like count; "tháng 7 năm ngoái" is relative.
        let before = lower_word_before(text, h.start);
        if before.chars().all(|ch| ch.is_ascii_digit()) && !before.is_empty() {
            return None;
        }
    }
    Some(Group::One(RawDate {
        start: h.start,
        end: h.end,
        value: RawValue::Month { year, month },
        range: None,
        part_of_day: None,
        time: None,
        weekday: None,
        relative: None,
        target: false,
    }))
}

fn year_raw(start: usize, end: usize, y: i32, range: Option<RangeRole>) -> RawDate {
    RawDate {
        start,
        end,
        value: RawValue::Year(y),
        range,
        part_of_day: None,
        time: None,
        weekday: None,
        relative: None,
        target: false,
    }
}

/// A match of `YEAR_RANGE` starts with its first year and ends with its
/// second, four bytes each: no capture search is needed.
fn year_range(h: &Hit) -> Option<Group> {
    let (a, b) = (h.start, h.end.checked_sub(4)?);
    let y1: i32 = h.text.get(a..a + 4)?.parse().ok()?;
    let y2: i32 = h.text.get(b..h.end)?.parse().ok()?;
    if !(1900..=2100).contains(&y1) || !(1900..=2100).contains(&y2) || y2 <= y1 || y2 - y1 > 100 {
        return None;
    }
    Some(Group::Many(vec![
        year_raw(a, a + 4, y1, Some(RangeRole::Start)),
        year_raw(b, h.end, y2, Some(RangeRole::End)),
    ]))
}

/// The whitespace chars (`\s`) from `at` of `hay`, counted up to `max + 1`
/// (more tells no pattern anything more), and where they end.
fn spaces(hay: &str, at: usize, max: usize) -> (usize, usize) {
    let mut n = 0;
    let mut end = at;
    for c in hay.get(at..).unwrap_or("").chars() {
        if n > max || !c.is_whitespace() {
            break;
        }
        n += 1;
        end += c.len_utf8();
    }
    (n, end)
}

/// Whether four ASCII digits start at `at` of `hay`.
fn four_digits(hay: &str, at: usize) -> bool {
    hay.as_bytes()
        .get(at..at + 4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// The end of "năm" as `(?i)năm` matches it at `at` of `hay`.
fn nam_at(hay: &str, at: usize) -> Option<usize> {
    matches!(
        hay.as_bytes().get(at..at + 4)?,
        [b'n' | b'N', 0xC4, 0x83 | 0x82, b'm' | b'M']
    )
    .then_some(at + 4)
}

/// The end of the match of `YEAR` that starts at `s` of `hay`, if one
/// does: what `YEAR.find_at(hay, s)` finds when it finds a match starting
/// at `s` (a test checks this at every place of many texts). Read by hand:
/// the first char tells the alternative ("năm", "sn", "quý" or '('), and
/// in each the greedy choices are the only ones that can go on (a run of
/// spaces is taken whole or fails: no part of the pattern after one starts
/// with a space; the quarter "iv", else all its 'i's, else a digit, is
/// followed by no 'i' or 'v' in any match).
fn year_at(hay: &str, s: usize) -> Option<usize> {
    let b = hay.as_bytes();
    // "năm", spaces (`lo..=hi` of them) and the year
    let nam_year = |at: usize, lo: usize, hi: usize| {
        let (n, e) = spaces(hay, nam_at(hay, at)?, hi);
        (lo <= n && n <= hi && four_digits(hay, e)).then_some(e + 4)
    };
    // spaces (at most `hi`) and the year
    let year = |at: usize, hi: usize| {
        let (n, e) = spaces(hay, at, hi);
        (n <= hi && four_digits(hay, e)).then_some(e + 4)
    };
    match *b.get(s)? {
        b'(' => (four_digits(hay, s + 1) && b.get(s + 5) == Some(&b')')).then_some(s + 6),
        b'n' | b'N' => nam_year(s, 0, 3),
        b's' | b'S' | 0xC5 => {
            // 's', 'S' or 'ſ' (C5 BF), then 'n'
            let at = match b.get(s..s + 2)? {
                [0xC5, 0xBF] => s + 2,
                [0xC5, _] => return None,
                _ => s + 1,
            };
            if !matches!(b.get(at)?, b'n' | b'N') {
                return None;
            }
            let (n, e) = spaces(hay, at + 1, 5);
            match b.get(e) {
                Some(b':') if n <= 2 => year(e + 1, 3),
                _ => (n <= 5 && four_digits(hay, e)).then_some(e + 4),
            }
        }
        b'q' | b'Q' => {
            if !matches!(
                b.get(s..s + 4)?,
                [b'q' | b'Q', b'u' | b'U', 0xC3, 0xBD | 0x9D]
            ) {
                return None;
            }
            let (n, e) = spaces(hay, s + 4, 3);
            if !(1..=3).contains(&n) {
                return None;
            }
            let is = |k: usize, set: &[u8]| b.get(k).is_some_and(|c| set.contains(c));
            let q_end = if is(e, b"iI") && is(e + 1, b"vV") {
                e + 2
            } else if is(e, b"iI") {
                let run = (e..e + 4).take_while(|&k| is(k, b"iI")).count();
                if run > 3 {
                    return None;
                }
                e + run
            } else if is(e, b"1234") {
                e + 1
            } else {
                return None;
            };
            let (n, e) = spaces(hay, q_end, 4);
            match *b.get(e)? {
                b'/' | b'-' if n <= 2 => year(e + 1, 3),
                b',' if n <= 2 => {
                    let (m, e) = spaces(hay, e + 1, 2);
                    if m > 2 {
                        return None;
                    }
                    nam_year(e, 1, 6)
                }
                b'n' | b'N' if n <= 4 => nam_year(e, 1, 6),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A pattern, the bytes its matches start with, and its hand reader (see
/// [`scan_by_hand`]).
type HandReader<'r> = (&'r Regex, fn(u8) -> bool, fn(&str, usize) -> Option<usize>);

/// [`scan`] of `re` over `ranges` of `text`, with the hand reader `at`
/// of `re` (what `re` matches from a place, when a match starts there, and
/// where it ends) tried at each place of a range whose byte `first`
/// accepts (every match starts at such a byte) instead of the regex
/// searches: the first place from where the last search left off that a
/// match starts at is where the regex finds its leftmost match, and the
/// match is the same. `at` reads the text up to the range's end only, as
/// the regex, which runs on the range, does.
fn scan_by_hand<F>(
    text: &str,
    ranges: &[(usize, usize)],
    (re, first, at): HandReader,
    mut accept: F,
    out: &mut Vec<Group>,
) where
    F: FnMut(&Hit) -> Option<Group>,
{
    for &(from, to) in ranges {
        let Some(hay) = text.get(..to) else { continue };
        let mut pos = from;
        for (s, &b) in hay.as_bytes().iter().enumerate().skip(from) {
            if s < pos || !first(b) {
                continue;
            }
            let Some(e) = at(hay, s) else { continue };
            pos = match accepted(text, re, s, e, &mut accept) {
                Some(g) => {
                    out.push(g);
                    e
                }
                None => s + 1,
            };
        }
    }
}

/// The bytes a match of `YEAR` starts with: of "năm", "sn" ('ſ' is C5
/// BF), "quý" or "(YYYY)".
fn year_first(b: u8) -> bool {
    matches!(b, b'(' | b'n' | b'N' | b's' | b'S' | 0xC5 | b'q' | b'Q')
}

/// The end of the match of `YEAR_RANGE` that starts at `s` of `hay`, if
/// one does, as [`year_at`] for `YEAR` (a test checks it against the
/// regex): a year, at most 3 spaces, '-', "đến" or "tới" (`(?i)`), at most
/// 3 spaces, maybe "năm" and 1 to 3 spaces, and a year.
fn year_range_at(hay: &str, s: usize) -> Option<usize> {
    let b = hay.as_bytes();
    if !four_digits(hay, s) {
        return None;
    }
    let (n, e) = spaces(hay, s + 4, 3);
    if n > 3 {
        return None;
    }
    let e = match b.get(e..)? {
        [b'-', ..] => e + 1,
        // "đến": 'đ' C4 91 or 'Đ' C4 90, 'ế' E1 BA BF or 'Ế' E1 BA BE, 'n'
        [0xC4, 0x91 | 0x90, 0xE1, 0xBA, 0xBF | 0xBE, b'n' | b'N', ..] => e + 6,
        // "tới": 't', 'ớ' E1 BB 9B or 'Ớ' E1 BB 9A, 'i'
        [b't' | b'T', 0xE1, 0xBB, 0x9B | 0x9A, b'i' | b'I', ..] => e + 5,
        _ => return None,
    };
    let (n, e) = spaces(hay, e, 3);
    if n > 3 {
        return None;
    }
    if let Some(after) = nam_at(hay, e) {
        let (m, y) = spaces(hay, after, 3);
        if (1..=3).contains(&m) && four_digits(hay, y) {
            return Some(y + 4);
        }
    }
    four_digits(hay, e).then_some(e + 4)
}

/// The end of the match of `MONTH` that starts at `s` of `hay`, if one
/// does, as [`year_at`] for `YEAR` (a test checks it against the regex):
/// "tháng" ([`is_thang`]), at most 3 spaces, the month's one or two digits
/// (both when there are two: no part of the pattern after it starts with
/// a digit), then, if it follows, the year: at most 2 spaces, '/', '.' or
/// '-' and at most 2 spaces, or at most 2 spaces, ',' and at most 2
/// spaces, or at most 4 spaces, then "năm" and 1 to 5 spaces; and four
/// digits.
fn month_at(hay: &str, s: usize) -> Option<usize> {
    let b = hay.as_bytes();
    if !is_thang(b.get(s..s + 6)) {
        return None;
    }
    let (n, e) = spaces(hay, s + 6, 3);
    let digits = b
        .get(e..)?
        .iter()
        .take(2)
        .take_while(|d| d.is_ascii_digit())
        .count();
    if n > 3 || digits == 0 {
        return None;
    }
    let month_end = e + digits;
    // "năm" at `at` and 1 to 5 spaces: where the year must start
    let after_nam = |at: usize| {
        let (m, y) = spaces(hay, nam_at(hay, at)?, 5);
        (1..=5).contains(&m).then_some(y)
    };
    let (n, e) = spaces(hay, month_end, 4);
    let year_from = match b.get(e) {
        Some(b'/' | b'.' | b'-') if n <= 2 => {
            let (m, y) = spaces(hay, e + 1, 2);
            (m <= 2).then_some(y)
        }
        Some(b',') if n <= 2 => {
            let (m, y) = spaces(hay, e + 1, 2);
            (m <= 2).then_some(y).and_then(after_nam)
        }
        Some(b'n' | b'N') if n <= 4 => after_nam(e),
        _ => None,
    };
    match year_from {
        Some(y) if four_digits(hay, y) => Some(y + 4),
        _ => Some(month_end),
    }
}

/// The year of a match `m` of `YEAR`, and whether it is `py`, in
/// parentheses: a match starting with '(' is "(YYYY)", any other ends with
/// its year `y` (no capture search is needed).
fn year_group(m: &str) -> Option<(&str, bool)> {
    match m.strip_prefix('(') {
        Some(rest) => Some((rest.get(..4)?, true)),
        None => Some((m.get(m.len().checked_sub(4)?..)?, false)),
    }
}

fn year(text: &str, h: &Hit) -> Option<Group> {
    let (y, paren) = year_group(h.as_str())?;
    let y: i32 = y.parse().ok()?;
    let ok = if paren {
        (1900..=2100).contains(&y)
    } else {
        plausible_year(y)
    };
    ok.then(|| Group::One(target_year(text, h.start, h.end, y)))
}

fn target_year(text: &str, start: usize, end: usize, y: i32) -> RawDate {
    let mut r = year_raw(start, end, y, None);
    r.target =
        matches!(&*lower_word_before(text, start), "đến" | "tới" | "từ") || since_then(text, end);
    r
}

/// "năm 2002 đến nay": a year followed by "đến nay" / "tới nay" is where a
/// period starts, not the article's current year.
fn since_then(text: &str, end: usize) -> bool {
    if !matches!(&*lower_word_after(text, end), "đến" | "tới") {
        return false;
    }
    let tail = text.get(end..).unwrap_or("").trim_start();
    let next = tail.split_whitespace().nth(1).unwrap_or("");
    next.trim_end_matches(|c: char| !super::is_alphanumeric(c))
        .eq_ignore_ascii_case("nay")
}

/// The bare year of four digits at `start..end`.
fn bare_year(text: &str, start: usize, end: usize) -> Option<Group> {
    let y: i32 = text.get(start..end)?.parse().ok()?;
    let gap = text.get(..start).unwrap_or("");
    let spaced = gap.ends_with(' ') && !gap.trim_end().ends_with([',', '.', ';', ':']);
    if !(1900..=2100).contains(&y) || !spaced {
        return None;
    }
    let before = lower_word_before(text, start);
    let ok = YEAR_TRIGGERS.contains(&&*before) || before == "và" && after_year_and(gap);
    ok.then(|| Group::One(target_year(text, start, end, y)))
}

/// Whether `head` ends with "năm YYYY và " ("năm 2024 và 2025"): the year
/// after it is the second of a pair.
fn after_year_and(head: &str) -> bool {
    let Some(rest) = head.trim_end().strip_suffix("và") else {
        return false;
    };
    let rest = rest.trim_end();
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let Some(before) = rest.get(..rest.len() - digits) else {
        return false;
    };
    digits == 4 && before.ends_with(' ') && lower_word_before(rest, rest.len() - digits) == "năm"
}

/// What [`relative`] reads of a match of a relative pattern.
#[derive(Debug, Default, PartialEq, Eq)]
struct RelativeWords<'t> {
    pod: Option<&'t str>,
    podrel: Option<&'t str>,
    hom: Option<&'t str>,
    unit: Option<&'t str>,
    rel: Option<&'t str>,
}

impl<'t> RelativeWords<'t> {
    /// The groups of the match.
    #[cfg(test)]
    fn of(c: &Captures<'t>) -> RelativeWords<'t> {
        let g = |name| c.name(name).map(|g| g.as_str());
        RelativeWords {
            pod: g("pod"),
            podrel: g("podrel"),
            hom: g("hom"),
            unit: g("unit"),
            rel: g("rel"),
        }
    }

    /// The groups of a match `m` of the relative pattern `kind` (as in
    /// [`RELATIVE_FIRST_WORDS`]), read from it: every group but `pod` is a
    /// word (no space in it) with spaces (`\s`, which `split_whitespace`
    /// splits at) on its sides, the first or the last of the match. In
    /// `RELATIVE_POD` the last word is `podrel`, and `pod` is what comes
    /// before it and its spaces, but for a last "hôm" and its spaces (no
    /// part of the day ends with it). `RELATIVE_DAY`'s last word is `hom`
    /// when the match starts with "hôm" (not "ngày"); `RELATIVE_UNIT`'s
    /// first is `unit`, its last `rel`.
    fn quick(kind: usize, m: &'t str) -> Option<RelativeWords<'t>> {
        let is_hom = |w: &str| w.chars().map(crate::normalize::fold_char).eq("hôm".chars());
        let mut words = m.split_whitespace();
        let first = words.next()?;
        let last = words.next_back()?;
        Some(match kind {
            0 => {
                let mut pod = m.get(..m.len() - last.len())?.trim_end();
                if let Some(hom) = pod.rsplit(char::is_whitespace).next().filter(|w| is_hom(w)) {
                    if hom.len() < pod.len() {
                        pod = pod.get(..pod.len() - hom.len())?.trim_end();
                    }
                }
                RelativeWords {
                    pod: Some(pod),
                    podrel: Some(last),
                    ..RelativeWords::default()
                }
            }
            1 => RelativeWords {
                hom: is_hom(first).then_some(last),
                ..RelativeWords::default()
            },
            _ => RelativeWords {
                unit: Some(first),
                rel: Some(last),
                ..RelativeWords::default()
            },
        })
    }
}

fn relative(text: &str, kind: usize, h: &Hit) -> Option<Group> {
    let c = RelativeWords::quick(kind, h.as_str())?;
    let mut pod = None;
    let rel = if let Some(w) = c.podrel {
        pod = c.pod.and_then(part_of_day);
        let offset = match &*lower(w) {
            "nay" => 0,
            "qua" => -1,
            _ => 1,
        };
        Relative {
            unit: Precision::Day,
            offset,
        }
    } else if let Some(w) = c.hom {
        let offset = match &*lower(w) {
            "nay" => 0,
            "qua" => -1,
            _ => -2,
        };
        Relative {
            unit: Precision::Day,
            offset,
        }
    } else if lower(h.as_str()).starts_with("ngày") {
        Relative {
            unit: Precision::Day,
            offset: 1,
        }
    } else {
        let unit = lower(c.unit?);
        let w = lower(c.rel?);
        // A count before it makes a duration ("3 năm trước", "những năm qua").
        let before = lower_word_before(text, h.start);
        if before.chars().any(|ch| ch.is_ascii_digit()) || QUANTIFIERS.contains(&&*before) {
            return None;
        }
        let offset = match &*w {
            "này" | "nay" => 0,
            "trước" | "ngoái" => -1,
            "qua" => return None,
            _ => 1,
        };
        let unit = match &*unit {
            "tháng" => Precision::Month,
            "năm" => Precision::Year,
            // Weeks have no calendar value in the output.
            _ => return None,
        };
        if unit == Precision::Month && w == "ngoái" || unit == Precision::Year && w == "này" {
            return None;
        }
        // "năm sau", "năm trước" are relative only when nothing follows that
        // makes them part of a longer phrase ("năm trước đó").
        if unit == Precision::Year && lower_word_after(text, h.end) == "đó" {
            return None;
        }
        Relative { unit, offset }
    };
    Some(Group::One(RawDate {
        start: h.start,
        end: h.end,
        value: RawValue::Relative(rel),
        range: None,
        part_of_day: pod,
        time: None,
        weekday: None,
        relative: None,
        target: false,
    }))
}

/// `text` folded char by char, as `Normalized::folded` is.
#[cfg(test)]
pub(crate) fn folded(text: &str) -> String {
    text.chars().map(crate::normalize::fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`link`] as it was written first: each date moved to a second list.
    fn link_to_a_new_list(text: &str, raw: Vec<RawDate>) -> Vec<RawDate> {
        let mut out: Vec<RawDate> = Vec::with_capacity(raw.len());
        for mut r in raw {
            if let Some(prev) = out.last() {
                let between = text.get(prev.end..r.start).unwrap_or("x");
                let gap = between.trim_matches([' ', '(', ',']);
                if let (RawValue::Relative(rel), RawValue::Day { .. }) = (prev.value, r.value) {
                    if gap.is_empty() && rel.unit == Precision::Day {
                        r.part_of_day = r.part_of_day.or(prev.part_of_day);
                        r.relative = Some(rel);
                        r.start = prev.start;
                        out.pop();
                    }
                } else if prev.range.is_none()
                    && r.range.is_none()
                    && same_kind(prev.value, r.value)
                {
                    let joined = gap.len() <= 16
                        && matches!(
                            gap.to_lowercase().as_str(),
                            "-" | "đến" | "tới" | "đến ngày" | "tới ngày" | "đến năm" | "tới năm"
                        );
                    let from = || {
                        lower_word_before(text, prev.start) == "từ"
                            || text.get(prev.start..prev.end).is_some_and(|t| {
                                t.chars()
                                    .take(2)
                                    .flat_map(char::to_lowercase)
                                    .take(2)
                                    .eq("từ".chars())
                            })
                    };
                    if joined && (gap == "-" || from()) {
                        if let Some(p) = out.last_mut() {
                            p.range = Some(RangeRole::Start);
                        }
                        r.range = Some(RangeRole::End);
                    }
                }
            }
            out.push(r);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn linking_in_place_links_as_a_new_list_does(
            pieces in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["", " ", " - ", " đến ", "từ ", " (", ", ", " Tới năm ", "x"]),
                    0usize..5,
                    proptest::option::of(proptest::sample::select(vec![RangeRole::Start, RangeRole::End])),
                    proptest::bool::ANY,
                ),
                0..10,
            )
        ) {
            // dates one after another, each written after its gap
            let mut text = String::new();
            let mut raw = Vec::new();
            for (gap, kind, range, morning) in pieces {
                text.push_str(gap);
                let (written, value) = match kind {
                    0 => ("hôm qua", RawValue::Relative(Relative { unit: Precision::Day, offset: -1 })),
                    1 => ("năm nay", RawValue::Relative(Relative { unit: Precision::Year, offset: 0 })),
                    2 => ("1/7", RawValue::Day { year: None, month: 7, day: 1 }),
                    3 => ("tháng 7", RawValue::Month { year: None, month: 7 }),
                    _ => ("2024", RawValue::Year(2024)),
                };
                let start = text.len();
                text.push_str(written);
                raw.push(RawDate {
                    start,
                    end: text.len(),
                    value,
                    range,
                    part_of_day: morning.then_some(PartOfDay::Morning),
                    time: None,
                    weekday: None,
                    relative: None,
                    target: false,
                });
            }
            proptest::prop_assert_eq!(link(&text, raw.clone()), link_to_a_new_list(&text, raw));
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_is_lower_casing_char_by_char(
            word in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'A', 'đ', 'Đ', 'ế', 'Ế', 'ư', 'Ư', 'ß', 'İ', 'Σ', 'σ', 'K', '\u{212A}', '1', '%',
            ]), 0..6),
        ) {
            let word: String = word.into_iter().collect();
            let plain: String = word.chars().flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(&*lower(&word), plain.as_str(), "{:?}", word);
        }
    }

    #[test]
    fn a_year_marker_ends_the_text_before_a_year_of_year() {
        for head in [
            "năm ",
            "NĂM",
            "SN ",
            "sn: ",
            "quý I/",
            "Quý IV - ",
            "quý 3/",
            "(",
        ] {
            assert!(year_marker_ends(head), "{head:?}");
        }
        for head in ["12/3/", "1-", "từ ", "( ", "quý II,", "xI/"] {
            assert!(!year_marker_ends(head), "{head:?}");
        }
    }

    /// A set of chars.
    type CharSet = fn(char) -> bool;

    fn windows_agree(text: &str) {
        assert_eq!(
            find_in(text, &Windows::of(text, &folded(text))),
            find_in(text, &Windows::whole(text)),
            "{text:?}"
        );
    }

    #[test]
    fn windows_hold_every_match() {
        let pad = "x".repeat(400);
        for text in [
            "Sáng thứ Hai, ngày 15/12/2024 lúc 8h30, từ 19 đến 23/1 và 23 và 24 tháng 1 năm 2025."
                .to_string(),
            format!(
                "lúc 8 giờ 30 phút, sáng thứ bảy ({pad}) ngày 1/7 {pad} quý IV, năm 2024 (2013) 2021-2025"
            ),
            format!(
                "vào lúc 10 giờ 15 phút , rạng   sáng   ngày   thứ   hai  , mùng   3  tháng  4 ,  năm  2024 , vào  lúc  9 giờ 5 phút {pad}"
            ),
            "THÁNG 3 NĂM 2024, Tháng 12/2024, số 36-NQ/TW ngày 1/2/2024, 123/2020/NĐ-CP."
                .to_string(),
            "3/9/1975-3/9/2025 đầu 2017 ١٢/٣/٢٠٢٤ ngày ١٥ tháng 3".to_string(),
            // years alone, with their marker only: a parenthesis, "SN"
            format!("Sách (2013) hay {pad} tác giả (SN 1970) {pad} quý II/2024 {pad}"),
            "Vào lúc 10 giờ 15 phút, rạng sáng ngày thứ hai, mùng 3/4/2024, vào lúc 9 giờ 5 phút."
                .to_string(),
            "Rạng sáng ngày thứ hai, 1 , 2 và 3 đến ngày 4 - 5 - 6 tháng 4, năm 2024.".to_string(),
            // the longest month: 3-byte spaces wherever spaces may be
            format!(
                "{pad}{pad} tháng\u{3000}\u{3000}\u{3000}12\u{3000}\u{3000},\u{3000}\u{3000}năm\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2024 {pad}{pad}"
            ),
            // the widest gaps of a list: 3-byte spaces around "đến ngày"
            format!(
                "{pad}{pad} sáng 1\u{3000}\u{3000}đến\u{3000}\u{3000}ngày\u{3000}\u{3000}\u{3000}2\u{3000}\u{3000}\u{3000}tháng 3 {pad}{pad} 11\u{3000}\u{3000}tới\u{3000}\u{3000}ngày\u{3000}\u{3000}\u{3000}12/3 {pad}{pad}"
            ),
        ] {
            windows_agree(&text);
        }
    }

    /// What [`first_words`] finds, by a plain search of the folded text
    /// for each word at each char.
    fn first_words_plainly(folded: &str) -> (Vec<usize>, [Vec<usize>; 3]) {
        let mut thang = Vec::new();
        let mut out: [Vec<usize>; 3] = Default::default();
        for (i, _) in folded.char_indices() {
            for &(w, kind) in RELATIVE_FIRST_WORDS {
                if folded[i..].starts_with(w) {
                    if next_word_follows(folded, i + w.len(), kind) {
                        out[kind].push(i);
                    }
                    if w == "tháng" {
                        thang.push(i);
                    }
                }
            }
        }
        (thang, out)
    }

    proptest::proptest! {
        #[test]
        fn the_searcher_finds_the_first_words_a_plain_search_finds(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "rạng", "sáng", "ſáng", "trưa", "chiều", "tối", "đêm", "khuya",
                "\u{212A}huya", "hôm", "ngày", "tuần", "tháng", "năm", "nay", "qua",
                "mai", "kia", "này", "trước", "tới", "sau", "ngoái", "hôm", "ng",
                "thán", "nă", "á", "ày mai", "ạng", "ăm nay", "x", " ", "  ", "\u{3000}", "\n", "3", ",",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ]), 0..60),
        ) {
            let text: String = parts.concat();
            let folded = folded(&text);
            proptest::prop_assert_eq!(
                first_words(&text, &folded),
                Some(first_words_plainly(&folded)),
                "{:?}",
                text
            );
        }
    }

    /// Texts shaped like the matches of `DAY_LIST` and near misses: a
    /// marker, a day, spaces, a joining char or word in some case, spaces,
    /// maybe "ngày", a day, the month and year, each maybe left out or odd.
    fn listed() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::sample::select;
        use proptest::strategy::Strategy;
        let spaces = || select(vec!["", " ", "  ", "\u{3000}", "   ", "\u{3000} \t"]);
        (
            select(vec!["", "ngày ", "Sáng ", "từ ", "x "]),
            select(vec!["1", "12", "123", "x1"]),
            spaces(),
            select(vec![
                ",", "-", "và", "VÀ", "Và", "vÀ", "đến", "ĐẾN", "Đến", "tới", "TỚI", "Tới", "x",
                "y", "/",
            ]),
            spaces(),
            select(vec![
                "",
                "ngày ",
                "NGÀY ",
                "ngàY\u{3000}",
                "ngày",
                "ngày  ",
                "ngay ",
            ]),
            select(vec!["2", "23", "234"]),
            select(vec![
                "/3",
                "/3/2024",
                " tháng 3",
                " tháng 3 năm 2024",
                ".3",
                "-3-2024",
                "",
                " 3",
            ]),
            select(vec!["", " x", ".", "1"]),
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i)| [a, b, c, d, e, f, g, h, i].concat())
    }

    proptest::proptest! {
        #[test]
        fn lists_found_from_the_anchors_kept(
            texts in proptest::collection::vec(listed(), 1..4),
        ) {
            windows_agree(&texts.join(" "));
        }
    }

    #[test]
    fn relatives_found_from_their_first_words() {
        for text in [
            "Sáng nay, chiều HÔM QUA, tối mai và đêm hôm kia; ngày mai, hôm nay.".to_string(),
            "Tuần này, tháng trước, NĂM NGOÁI, năm tới, tháng sau, năm qua.".to_string(),
            // spellings (?i) accepts that fold to themselves
            "ſáng nay, \u{212A}huya qua, Khuya nay.".to_string(),
            "rạng ſáng nay, hôm \u{212A}ia, năm ſau, sáng hôm qua; hôm\u{a0}kia".to_string(),
            // more than three spaces, none, a line break, and other words
            "năm    nay, nămnay, năm\nqua, năm 2024, ngày 3, tháng này, tháng mười".to_string(),
            // the longest of each pattern, and one cut by the text's end
            "x rạng\u{3000}\u{3000}\u{3000}sáng\u{3000}\u{3000}\u{3000}hôm\u{3000}\u{3000}\u{3000}nay x"
                .to_string(),
            "x ngày\u{3000}\u{3000}\u{3000}mai, tháng\u{3000}\u{3000}\u{3000}ngoái, hôm\u{3000}\u{3000}\u{3000}kia"
                .to_string(),
            // words inside words, and overlapping ones
            "thángày mai, rạngày mai, xsáng nay, tuầnăm nay, ngàyngày mai".to_string(),
            // a match accepted right after a rejected one at the same word
            "3 năm trước, năm nay; những tháng qua tháng trước".to_string(),
        ] {
            windows_agree(&text);
        }
        assert!(!find("ſáng nay").is_empty());
        assert!(!find("x rạng\u{3000}\u{3000}\u{3000}sáng\u{3000}\u{3000}\u{3000}hôm\u{3000}\u{3000}\u{3000}nay x").is_empty());
    }

    #[test]
    fn thang_is_where_the_folded_text_has_it() {
        // `first_words` takes "tháng" from the folded text: the chars that
        // fold to its letters are those `is_thang` reads as them
        let reads = |c: char| {
            let mut six = *b"th\xC3\xA1ng";
            let k = "tháng".find(crate::normalize::fold_char(c)).unwrap_or(0);
            let mut b = [0; 4];
            let bytes = c.encode_utf8(&mut b).as_bytes();
            six.get_mut(k..k + bytes.len())
                .map(|s| s.copy_from_slice(bytes))
                .is_some()
                && is_thang(Some(&six))
        };
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let folds_in = "tháng".contains(crate::normalize::fold_char(c));
            assert_eq!(folds_in, "thángTHÁNG".contains(c), "{c:?}");
            assert!(!folds_in || reads(c), "{c:?}");
        }
        for t in ["tháng", "THÁNG", "tHáNg", "Tháng"] {
            let (thang, _) = first_words(t, &folded(t)).unwrap_or_default();
            assert_eq!(thang, [0], "{t}");
            let (thang, _) = first_words(t, "").unwrap_or_default();
            assert_eq!(thang, [0], "{t}");
        }
        for t in ["thang", "thàng", "tháng", "xtháng", "thángthángy"] {
            let t = t.replace('y', "THÁNG");
            let (thang, _) = first_words(&t, &folded(&t)).unwrap_or_default();
            let want: Vec<usize> = (0..t.len())
                .filter(|&k| is_thang(t.as_bytes().get(k..k + 6)))
                .collect();
            assert_eq!(thang, want, "{t}");
        }
    }

    /// The words of what the day patterns match before their anchors: the
    /// prefix (a clock, a part of the day, a weekday, "ngày") and the words
    /// joining the days of a list.
    const DAY_HEAD_WORDS: &str = "lúc vào giờ h g phút rạng sáng trưa chiều tối đêm khuya \
        thứ hai ba tư năm sáu bảy chủ nhật ngày mùng mồng và đến tới";

    /// `set` accepts the chars `(?i)` matches to a letter of `words`, the
    /// spaces and the `others` (a char class's insides), and no other.
    fn set_is(set: fn(char) -> bool, words: &str, others: &str) {
        let letters: String = words.split_whitespace().collect();
        let class = re(&format!(r"^(?:[{letters}]|\s|[{others}])$"));
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut b = [0; 4];
            assert_eq!(set(c), class.is_match(c.encode_utf8(&mut b)), "{c:?}");
        }
    }

    #[test]
    fn year_chars_are_the_patterns_chars() {
        set_is(in_year_head, "năm sn quý iv", "0-9:/,(-");
        set_is(in_year_range_tail, "đến tới năm", "0-9-");
        // the pattern's words and chars, but for the year itself
        let year = YEAR.as_str().replace("(?P<y>[0-9]{4})", "");
        let range = YEAR_RANGE
            .as_str()
            .replace("(?P<y1>", "")
            .replace("(?P<y2>", "");
        for (pattern, set) in [
            (year, in_year_head as fn(char) -> bool),
            (range, in_year_range_tail),
        ] {
            let words = pattern
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !matches!(*w, "i" | "s" | "P" | "py"))
                .collect::<String>();
            assert!(words.chars().all(set), "{pattern}");
        }
    }

    /// The words of what the day patterns match from their anchors on.
    const DAY_TAIL_WORDS: &str = "tháng năm vào lúc giờ h g phút";

    #[test]
    fn day_tail_chars_are_the_patterns_chars() {
        let letters: String = DAY_TAIL_WORDS.split_whitespace().collect();
        set_is(in_day_tail, DAY_TAIL_WORDS, "0-9/.,:'-");
        // every word after the day of the day patterns is there
        let words = format!(
            "{} {}",
            suffix(),
            r"\s{1,3}năm\s{1,3}(?P<y2>[0-9]{4}) \s{1,3}tháng\s{1,3}(?P<m>[0-9]{1,2})"
        );
        for w in words
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() > 1 || *w == "h" || *w == "g")
            .filter(|w| !matches!(*w, "P" | "sclock" | "y2"))
        {
            assert!(
                w.chars().all(|c| letters.contains(c)),
                "{w} in {DAY_TAIL_WORDS}"
            );
        }
    }

    #[test]
    fn day_head_chars_are_the_patterns_chars() {
        let letters: String = DAY_HEAD_WORDS.split_whitespace().collect();
        set_is(in_day_head, DAY_HEAD_WORDS, "0-9,(:'-");
        // every word of the prefixes and lists is there
        for w in prefix()
            .split(|c: char| !c.is_alphabetic())
            .chain(["và", "đến", "tới", "ngày"])
            .filter(|w| w.chars().count() > 1 || *w == "h" || *w == "g")
            .filter(|w| !matches!(*w, "P" | "pclock" | "pod" | "wd" | "ngay"))
        {
            assert!(
                w.chars().all(|c| letters.contains(c)),
                "{w} in {DAY_HEAD_WORDS}"
            );
        }
    }

    #[test]
    fn relative_first_words_are_folded_spellings() {
        let words: Vec<&str> = RELATIVE_FIRST_WORDS.iter().map(|&(w, _)| w).collect();
        for a in &words {
            for b in &words {
                assert!(a == b || !b.starts_with(a), "{a} starts {b}");
            }
        }
        // Each list holds the folded form of every spelling `(?i)` matches
        // to one of its words: the first words of each pattern, and the
        // next words of each.
        let mut lists: Vec<Vec<&str>> = (0..3)
            .map(|k| {
                RELATIVE_FIRST_WORDS
                    .iter()
                    .filter(|&&(_, kind)| kind == k)
                    .map(|&(w, _)| w)
                    .collect()
            })
            .collect();
        lists.extend(RELATIVE_NEXT_WORDS.iter().map(|l| l.to_vec()));
        let letters: String = lists.concat().concat();
        let any = Regex::new(&format!("(?i)[{letters}]")).unwrap_or_else(|_| re("x"));
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let matched: Vec<char> = any
            .find_iter(&all)
            .filter_map(|m| m.as_str().chars().next())
            .collect();
        // the folded forms of the chars `(?i)` matches to `l`
        let folds = |l: char| -> Vec<char> {
            let one = re(&format!("^{l}$"));
            let mut out: Vec<char> = matched
                .iter()
                .filter(|c| one.is_match(c.encode_utf8(&mut [0; 4])))
                .map(|&c| crate::normalize::fold_char(c))
                .collect();
            out.sort_unstable();
            out.dedup();
            out
        };
        for list in &lists {
            for w in list {
                let mut spellings = vec![String::new()];
                for l in w.chars() {
                    let f = folds(l);
                    spellings = spellings
                        .iter()
                        .flat_map(|s| f.iter().map(move |&c| format!("{s}{c}")))
                        .collect();
                }
                for s in spellings {
                    assert!(list.contains(&s.as_str()), "{s:?} ({w}) missing");
                }
            }
        }
        assert!(RELATIVE_POD.is_match("ſáng nay") && RELATIVE_POD.is_match("\u{212A}huya nay"));
    }

    /// At every place of `text` where a pattern matches, the groups read
    /// from the matched text are the captured ones; returns where the
    /// `NUMERIC_DAY` matches read without captures start.
    fn quick_reads_agree(text: &str) -> Vec<usize> {
        let mut quick = Vec::new();
        for (start, _) in text.char_indices() {
            let at = |re: &Regex| {
                let c = re.captures_at(text, start)?;
                (c.get(0)?.start() == start).then_some(c)
            };
            if let Some(c) = at(&NUMERIC_DAY) {
                let m = c.get(0).map_or("", |m| m.as_str());
                if let Some(g) = NumericDay::quick(m, start) {
                    assert_eq!(Some(g), NumericDay::of(&c), "{m:?} in {text:?}");
                    quick.push(start);
                }
            }
            if let Some(c) = at(&MONTH) {
                let m = c.get(0).map_or("", |m| m.as_str());
                let want = c
                    .name("m")
                    .map(|g| (g.as_str(), c.name("y").map(|y| y.as_str())));
                assert_eq!(month_groups(m), want, "{m:?} in {text:?}");
            }
            if let Some(c) = at(&YEAR) {
                let m = c.get(0).map_or("", |m| m.as_str());
                let want = match (c.name("y"), c.name("py")) {
                    (Some(y), None) => Some((y.as_str(), false)),
                    (None, Some(y)) => Some((y.as_str(), true)),
                    _ => None,
                };
                assert_eq!(year_group(m), want, "{m:?} in {text:?}");
            }
            for (kind, (r, _)) in relative_patterns().into_iter().enumerate() {
                if let Some(c) = at(r) {
                    let m = c.get(0).map_or("", |m| m.as_str());
                    let want = Some(RelativeWords::of(&c));
                    assert_eq!(RelativeWords::quick(kind, m), want, "{m:?} in {text:?}");
                }
            }
            if let Some(c) = at(&YEAR_RANGE) {
                let span = |n| c.name(n).map(|g| (g.start(), g.end()));
                let end = c.get(0).map_or(0, |m| m.end());
                assert_eq!(span("y1"), Some((start, start + 4)), "{text:?}");
                assert_eq!(span("y2"), Some((end - 4, end)), "{text:?}");
            }
        }
        quick
    }

    #[test]
    fn groups_read_from_the_match_are_the_captured_ones() {
        // read from the match
        for text in [
            "ngày 15/12/2024",
            "Ngày 5-9",
            "NGÀY 7.3.2019",
            "15/12/2024",
            "3/4",
            "Sáng 23/1",
            "chiều ngày 3-4/2024",
            "Rạng  sáng ngày 1/7",
            "rạng sáng 2/7",
            "tối 1/2",
            "TRƯA 3/4",
            "đêm 5/6",
            "khuya 7/8",
            "mùng 2/9",
            "mồng 3/9",
        ] {
            assert_eq!(quick_reads_agree(text).first(), Some(&0), "{text}");
        }
        for text in [
            // not: a clock, a weekday, "năm", another word, odd spellings
            "8h 15/7, 8h15/7, 8 giờ 30 15/7, lúc 8:30 ngày 1/7, 8h 1/7",
            "thứ 7 15/7, thứ 715/7, thứ hai 15/7, chủ nhật (5/5)",
            "3/4 năm 2024, 15/12/2024 11:54, 1/7, lúc 8h30",
            "sáng mùng 2/9, ſáng 3/4, \u{212A}huya 3/4, sáng\u{3000}ngày 3/4",
            // months and years
            "tháng 3, tháng 12/2024, THÁNG 8 NĂM 1945, tháng 7 , năm 2013",
            // relative words
            "rạng \u{3000} sáng  HÔM\tnay, sáng hôm qua, Chiều mai, đêm\u{a0}hôm  kia",
            "hôm \u{212A}ia, ngày   mai, Hôm nay, tuần này, THÁNG\nTRƯỚC, năm ngoái, ſáng nay",
            "năm 2024, SN 1970, quý I/2024, quý 3 năm 2025, (2013), 2021 - 2025",
            "từ năm 2019 đến năm 2024, 2020-2025, 1/1/2020-1/1/2025",
        ] {
            quick_reads_agree(text);
        }
    }

    /// The longest date expressions the patterns allow; '_' stands for a
    /// run of spaces.
    const TEMPLATES: &[&str] = &[
        "vào_lúc_10_giờ_15_phút_,_rạng_sáng_ngày_thứ_hai_,_mùng_12/4/2024_,_vào_lúc_9_giờ_5_phút",
        "vào_lúc_10_giờ_15_phút_,_rạng_sáng_ngày_thứ_hai_,_mùng_12/4_năm_2024_,_vào_lúc_9_giờ_5_phút",
        "vào_lúc_10_giờ_15_phút_,_rạng_sáng_ngày_chủ_nhật_,_mùng_12_tháng_4_,_năm_2024_,_vào_lúc_10_giờ_15_phút",
        "lúc_10_giờ_15_phút_,_rạng_sáng_ngày_thứ_hai_(_ngày_11_,_ngày_12_và_ngày_13_đến_ngày_14_tới_ngày_15_-_ngày_16_tháng_4_,_năm_2024",
        "sáng_thứ_hai_,_mùng_11_,_12_,_13_,_14_,_15_-_16/4/2024",
        "ngày_từ_năm_2019_đến_năm_2024_quý_IV_,_năm_2024_quý_iii_/_2024_SN_:_1970_(2013)_đầu_2017",
    ];

    /// [`around_with`] as it reads without what the last anchor's scans
    /// found: every anchor's reach read again.
    fn around_alone(
        text: &str,
        anchors: &[usize],
        (before, after): (usize, usize),
        (head, tail): (CharSet, CharSet),
    ) -> Ranges {
        let mut out: Ranges = Vec::new();
        for &a in anchors {
            let mut s = a.saturating_sub(before);
            while s > 0 && !text.is_char_boundary(s) {
                s -= 1;
            }
            if let Some(before) = text.get(s..a) {
                s = a - before
                    .chars()
                    .rev()
                    .take_while(|&c| head(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
            }
            let mut e = a.saturating_add(after).min(text.len());
            while e < text.len() && !text.is_char_boundary(e) {
                e += 1;
            }
            if let Some(after) = text.get(a..e) {
                e = a + after
                    .chars()
                    .take_while(|&c| tail(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
            }
            match out.last_mut() {
                Some(last) if s <= last.1 + MERGE_GAP => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        out
    }

    /// Where `re` matches starting at `s` of `text`, and the end.
    fn regex_at(re: &Regex, text: &str, s: usize) -> Option<usize> {
        re.find_at(text, s)
            .filter(|m| m.start() == s)
            .map(|m| m.end())
    }

    /// Pieces of texts for the hand-read patterns: their words in odd
    /// cases and spellings, chars that fold near their letters, spaces,
    /// digits and separators.
    const PIECES: &[&str] = &[
        "đến", "TỚI", "năm", "NĂM", "Năm", "nam", "nă", "sn", "SN", "ſn", "Sn", "s", "quý", "QUÝ",
        "Quý", "quy", "qu", "i", "I", "v", "V", "iv", "ı", "İ", "1", "3", "4", "5", "2024", "12",
        "202", " ", "  ", "\u{3000}", "\t", "\n", ":", "/", "-", ".", ",", "(", ")", "x", "ă", "ő",
        "tháng", "THÁNG", "Tháng", "thán", "7",
    ];

    /// Texts shaped like the matches of `YEAR` and `MONTH` and near misses:
    /// a marker, spaces, a quarter, spaces, a joining char or "năm",
    /// spaces, a marker, spaces, a number, each maybe left out or odd.
    fn shaped() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::sample::select;
        use proptest::strategy::Strategy;
        let markers = || {
            select(vec![
                "năm", "NĂM", "Năm", "sn", "ſn", "SN", "quý", "QUÝ", "tháng", "THÁNG", "x", "(",
                "", "2024", "đến", "tới", "Tháng 7",
            ])
        };
        let spaces = || {
            select(vec![
                " ",
                "  ",
                "   ",
                "    ",
                "\u{3000}\u{3000}\u{3000}",
                "\t",
                "",
            ])
        };
        let quarters = select(vec![
            "iv", "IV", "iii", "iiii", "ii", "i", "I", "v", "2", "4", "5", "ı", "İ", "", "12", "7",
        ]);
        let joins = select(vec![":", "/", "-", ".", ",", "", "năm", ", năm", ",  năm"]);
        let numbers = select(vec![
            "2024", "12", "7", "123", "2024)", "", "20245", "3/2024",
        ]);
        (
            markers(),
            spaces(),
            quarters,
            spaces(),
            joins,
            spaces(),
            markers(),
            spaces(),
            numbers,
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i)| [a, b, c, d, e, f, g, h, i].concat())
    }

    /// `n` spaces, the odd ones too.
    fn spaced(n: usize) -> String {
        [" ", "\u{3000}", "\t", "\u{a0}"]
            .iter()
            .cycle()
            .take(n)
            .copied()
            .collect()
    }

    #[test]
    fn hand_readers_are_where_their_patterns_match_in_every_shape() {
        // every marker, quarter, joining char and count of spaces up to
        // one more than the pattern allows, before a year or a near miss
        let mut heads = Vec::new();
        for marker in ["năm", "NĂm", "sn", "ſN", "Sn", "quý", "QUÝ", "quy", "("] {
            for quarter in [
                "iv", "IV", "iii", "iiii", "Ii", "i", "v", "1", "4", "5", "ı", "",
            ] {
                for a in 0..=4 {
                    if marker.starts_with(['q', 'Q']) || (a == 0 && quarter.is_empty()) {
                        heads.push(format!("{marker}{}{quarter}", spaced(a)));
                    }
                }
            }
        }
        let mut count = 0;
        for head in &heads {
            for join in ["", "/", "-", ":", ",", ".", "năm", ",năm", "NĂM"] {
                for b in 0..=5 {
                    for c in 0..=7 {
                        for year in ["2024", "202", "2024)", "20245"] {
                            let text = format!("{head}{}{join}{}{year}", spaced(b), spaced(c));
                            let want = regex_at(&YEAR, &text, 0);
                            assert_eq!(year_at(&text, 0), want, "{text:?}");
                            count += usize::from(want.is_some());
                        }
                    }
                }
            }
        }
        assert!(count > 1000, "{count} matches");
        // MONTH: "tháng", spaces, a month, spaces, a joining char, spaces,
        // "năm", spaces, a year
        let mut count = 0;
        for head in ["tháng", "THÁNG", "thang"] {
            for a in 0..=4 {
                for month in ["3", "12", "123"] {
                    for b in 0..=5 {
                        for j in ["", "/", ".", "-", ",", ":"] {
                            for c in 0..=3 {
                                for nam in ["", "năm", "NĂm", "nam"] {
                                    for d in 0..=6 {
                                        for year in ["2024", "202", "20245"] {
                                            let text = format!(
                                                "{head}{}{month}{}{j}{}{nam}{}{year}",
                                                spaced(a),
                                                spaced(b),
                                                spaced(c),
                                                spaced(d)
                                            );
                                            let want = regex_at(&MONTH, &text, 0);
                                            assert_eq!(month_at(&text, 0), want, "{text:?}");
                                            count +=
                                                usize::from(want.is_some_and(|e| {
                                                    text.get(e - 1..e) == Some("4")
                                                }));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(count > 1000, "{count} months with a year");
        // YEAR_RANGE: a year, spaces, a joining char or word, spaces,
        // "năm", spaces, a year
        let mut count = 0;
        for first in ["2024", "202", "20245"] {
            for a in 0..=4 {
                for j in ["-", "đến", "ĐẾN", "Tới", "TỚI", "den", "/", ""] {
                    for b in 0..=4 {
                        for nam in ["", "năm", "NĂM", "nam"] {
                            for c in 0..=4 {
                                for second in ["2025", "202"] {
                                    let text = format!(
                                        "{first}{}{j}{}{nam}{}{second}",
                                        spaced(a),
                                        spaced(b),
                                        spaced(c)
                                    );
                                    let want = regex_at(&YEAR_RANGE, &text, 0);
                                    assert_eq!(year_range_at(&text, 0), want, "{text:?}");
                                    count += usize::from(want.is_some());
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(count > 300, "{count} year ranges");
    }

    proptest::proptest! {
        #[test]
        fn hand_readers_are_where_their_patterns_match(
            parts in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..40),
            shaped in proptest::collection::vec(shaped(), 0..4),
        ) {
            let text: String = parts.concat() + &shaped.concat();
            for (s, _) in text.char_indices() {
                proptest::prop_assert_eq!(year_at(&text, s), regex_at(&YEAR, &text, s), "{:?} at {}", text, s);
                proptest::prop_assert_eq!(month_at(&text, s), regex_at(&MONTH, &text, s), "{:?} at {}", text, s);
                proptest::prop_assert_eq!(
                    year_range_at(&text, s),
                    regex_at(&YEAR_RANGE, &text, s),
                    "{:?} at {}",
                    text,
                    s
                );
            }
        }

        #[test]
        fn marks_are_their_definitions(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "1", "12", "123", "2024", "/", "-", ".", ",", " ", "x", "ả", "٣", "\n",
                "xxxxxxxxxxxxxxx", ":", "9",
            ]), 0..80),
        ) {
            let text: String = parts.concat();
            let b = text.as_bytes();
            let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
            // the digits in a row ending before `k`, and starting at it
            let back = |k: usize| (0..k).rev().take_while(|&j| digit(j)).count();
            let ahead = |k: usize| (k..b.len()).take_while(|&j| digit(j)).count();
            let seps: Vec<usize> = (0..b.len())
                .filter(|&k| matches!(b[k], b'/' | b'.' | b'-'))
                .filter(|&k| (1..=2).contains(&back(k)) && (1..=2).contains(&ahead(k + 1)))
                .collect();
            let fours: Vec<usize> = (0..b.len()).filter(|&k| ahead(k) >= 4).collect();
            let joins: Vec<usize> = (0..b.len()).filter(|&k| matches!(b[k], b'/' | b'-')).collect();
            let marks = Marks::of(&text);
            proptest::prop_assert_eq!(&marks.0.seps, &seps, "{:?}", text);
            proptest::prop_assert_eq!(&marks.0.fours, &fours, "{:?}", text);
            proptest::prop_assert_eq!(&marks.0.joins, &joins, "{:?}", text);
        }

        #[test]
        fn marks_hold_the_maximal_runs_of_digits(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "1", "12", "2024", "/", "-", ".", ",", " ", "x", "ả", "٣", "\n", "xxxxxxxxxxxxxxx",
            ]), 0..80),
        ) {
            let text: String = parts.concat();
            let bytes = text.as_bytes();
            let mut plain = Vec::new();
            let mut k = 0;
            while k < bytes.len() {
                let n = bytes[k..].iter().take_while(|b| b.is_ascii_digit()).count();
                if n > 0 {
                    plain.push((k, k + n));
                }
                k += n.max(1);
            }
            let marks = Marks::of(&text);
            proptest::prop_assert_eq!(marks.digit_runs(), &plain[..], "{:?}", text);
        }

        #[test]
        fn ranges_read_once_are_the_ranges_read_anchor_by_anchor(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "1", "12", "2024", "/", "-", " ", "  ", "ngày ", "tháng ", "và ", "x", "ả", "\n", "(", ")",
            ]), 0..200),
            before in 0usize..40,
            after in 0usize..40,
        ) {
            let text: String = parts.concat();
            let anchors: Vec<usize> = text
                .bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_digit() || *b == b'/')
                .map(|(k, _)| k)
                .collect();
            for sets in [(in_day_head as CharSet, in_day_tail as CharSet), (|_| true, |_| true)] {
                let read_once = around_with(&text, &anchors, (before, after), sets, |_, _| true).ranges;
                let alone = around_alone(&text, &anchors, (before, after), sets);
                proptest::prop_assert_eq!(&read_once, &alone, "{:?}", text);
            }
            let plain = around_with(&text, &anchors, (before, after), (|_| true, |_| true), |_, _| true).ranges;
            proptest::prop_assert_eq!(around(&text, &anchors, (before, after)), plain, "{:?}", text);
        }
    }

    proptest::proptest! {
        #[test]
        fn windows_hold_the_longest_dates(
            template in proptest::sample::select(TEMPLATES.to_vec()),
            drops in proptest::collection::vec(0u8..12, 64),
            gaps in proptest::collection::vec((1usize..4, 0usize..3), 64),
            pad in 0usize..700,
        ) {
            let spaces = [" ", "\u{3000}", "\u{a0}"];
            let mut text = "ô".repeat(pad);
            text.push(' ');
            for (k, word) in template.split('_').enumerate() {
                if drops[k % 64] > 0 {
                    text.push_str(word);
                }
                let (n, kind) = gaps[k % 64];
                for _ in 0..n {
                    text.push_str(spaces[kind]);
                }
            }
            text.push_str(&"ô".repeat(700 - pad));
            windows_agree(&text);
            quick_reads_agree(&text);
        }
    }

    proptest::proptest! {
        #[test]
        fn windows_hold_every_match_anywhere(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "  ", "\n", ",", ".", "/", "-", "(", ")", ":", "1", "12", "2024", "1990", "7",
                "٣", "ngày ", "tháng ", "THÁNG ", "năm ", "sáng ", "rạng sáng ", "thứ hai ", "chủ nhật ",
                "lúc ", "vào lúc ", "giờ ", "h", "phút", "từ ", "đến ", "và ", "quý IV ", "SN ",
                "hôm qua ", "tuần này ", "đầu ", "NQ", "TW", "QĐ-UBND", "Đ", "âm lịch",
                "sáng", "Chiều ", "hôm ", "nay", "qua ", "mai", "KIA", "ngoái", "trước ", "tới ",
                "sau ", "ſáng ", "\u{212A}huya ", "\u{3000}", "rạng ",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "ỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹỹ",
                "                                                            ",
            ]), 0..60)
        ) {
            windows_agree(&parts.concat());
            quick_reads_agree(&parts.concat());
        }
    }

    fn values(text: &str) -> Vec<RawValue> {
        find(text).into_iter().map(|r| r.value).collect()
    }

    fn find(text: &str) -> Vec<RawDate> {
        super::find(text, &folded(text))
    }

    fn day(year: Option<i32>, month: u8, day: u8) -> RawValue {
        RawValue::Day { year, month, day }
    }

    #[test]
    fn every_pattern_compiles() {
        for r in [
            &*NUMERIC_DAY,
            &*WORD_DAY,
            &*DAY_LIST,
            &*MONTH,
            &*YEAR_RANGE,
            &*YEAR,
            &*RELATIVE_POD,
            &*RELATIVE_DAY,
            &*RELATIVE_UNIT,
            &*CLOCK_PARTS,
        ] {
            assert!(!r.is_match("x"));
        }
        assert!(NUMERIC_DAY.is_match("22/7/2013"));
        assert!(DOC_NUMBER.is_match("36-NQ/TW"));
    }

    #[test]
    fn forms() {
        let cases: &[(&str, Vec<RawValue>)] = &[
            (
                "Hội nghị diễn ra ngày 22/7/2013 tại Hà Nội.",
                vec![day(Some(2013), 7, 22)],
            ),
            (
                "Ngày 5-9-2024, đoàn công tác lên đường.",
                vec![day(Some(2024), 9, 5)],
            ),
            (
                "Ngày 26.4.2019, tỉnh tổ chức lễ mít tinh.",
                vec![day(Some(2019), 4, 26)],
            ),
            (
                "Hà Nội, ngày 07 tháng 02 năm 2023",
                vec![day(Some(2023), 2, 7)],
            ),
            ("Sáng 23/1, Bộ Chính trị họp.", vec![day(None, 1, 23)]),
            (
                "Chiều nay 25-5, Văn phòng ra thông cáo.",
                vec![day(None, 5, 25)],
            ),
            ("Dịp mùng 2/9, nhân dân treo cờ.", vec![day(None, 9, 2)]),
            (
                "Ngày 3 tháng 4, lãnh đạo tỉnh thăm đơn vị.",
                vec![day(None, 4, 3)],
            ),
            (
                "Từ tháng 7/2013, quy định có hiệu lực.",
                vec![RawValue::Month {
                    year: Some(2013),
                    month: 7,
                }],
            ),
            (
                "Đầu tháng 7-2016, cơ quan chức năng vào cuộc.",
                vec![RawValue::Month {
                    year: Some(2016),
                    month: 7,
                }],
            ),
            (
                "Tháng 8 năm 1945, cách mạng thành công.",
                vec![RawValue::Month {
                    year: Some(1945),
                    month: 8,
                }],
            ),
            (
                "Trong năm 2024, tỉnh thu hút nhiều dự án.",
                vec![RawValue::Year(2024)],
            ),
            (
                "Kết quả quý I/2024 rất khả quan.",
                vec![RawValue::Year(2024)],
            ),
            (
                "Số liệu quý 3-2025 đã được công bố.",
                vec![RawValue::Year(2025)],
            ),
            (
                "Kinh tế 6 tháng đầu năm 2024 tăng trưởng.",
                vec![RawValue::Year(2024)],
            ),
            (
                "Ông Nguyễn Văn A (SN 1970) bị bắt.",
                vec![RawValue::Year(1970)],
            ),
            ("Bà sinh năm 1968 tại Nam Định.", vec![RawValue::Year(1968)]),
            (
                "Cuối năm 2024, công trình hoàn thành.",
                vec![RawValue::Year(2024)],
            ),
            (
                "Tầm nhìn đến năm 2045 được xác định.",
                vec![RawValue::Year(2045)],
            ),
            (
                "Cuốn sách xuất bản (2013) được tái bản.",
                vec![RawValue::Year(2013)],
            ),
            (
                "Kế hoạch giai đoạn 2021-2025 được thông qua.",
                vec![RawValue::Year(2021), RawValue::Year(2025)],
            ),
            (
                "Ban Chấp hành nhiệm kỳ 2020 - 2025 họp.",
                vec![RawValue::Year(2020), RawValue::Year(2025)],
            ),
            (
                "Từ ngày 1 đến 3/7/2024, đoàn làm việc.",
                vec![day(Some(2024), 7, 1), day(Some(2024), 7, 3)],
            ),
            (
                "Từ 19-23/1/2026, hội nghị diễn ra.",
                vec![day(Some(2026), 1, 19), day(Some(2026), 1, 23)],
            ),
            (
                "Trong hai ngày 23 và 24/1/2025, Quốc hội họp.",
                vec![day(Some(2025), 1, 23), day(Some(2025), 1, 24)],
            ),
            (
                "Từ 1/7 đến 5/7, đoàn kiểm tra làm việc.",
                vec![day(None, 7, 1), day(None, 7, 5)],
            ),
            (
                "Thứ Hai (22/7), Thủ tướng tiếp khách.",
                vec![day(None, 7, 22)],
            ),
            ("Chủ nhật, 5/5, người dân đi bầu cử.", vec![day(None, 5, 5)]),
            (
                "Lúc 8 giờ 30 ngày 22/7/2013, lễ khai mạc.",
                vec![day(Some(2013), 7, 22)],
            ),
            (
                "Giữa tháng 3, đoàn công tác sang Lào.",
                vec![RawValue::Month {
                    year: None,
                    month: 3,
                }],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&values(text), want, "{text}");
        }
    }

    #[test]
    fn fields() {
        let r = &find("Sáng thứ Hai (22/7), hội nghị khai mạc.")[0];
        assert_eq!(r.part_of_day, Some(PartOfDay::Morning));
        assert_eq!(r.weekday, Some(1));
        let r = &find("Lúc 8 giờ 30 ngày 22/7/2013, lễ khai mạc.")[0];
        assert_eq!(
            r.time,
            Some(TimeOfDay {
                hour: 8,
                minute: 30
            })
        );
        let r = &find("Vào 8h30 sáng 22/7, đoàn đến.")[0];
        assert_eq!(
            r.time,
            Some(TimeOfDay {
                hour: 8,
                minute: 30
            })
        );
        assert_eq!(r.part_of_day, Some(PartOfDay::Morning));
        let r = &find("Đúng 15 giờ, ngày 2/9/1945, Người đọc bản Tuyên ngôn.")[0];
        assert_eq!(
            r.time,
            Some(TimeOfDay {
                hour: 15,
                minute: 0
            })
        );
        let r = &find("Tối 3/8, lực lượng chức năng kiểm tra.")[0];
        assert_eq!(r.part_of_day, Some(PartOfDay::Evening));
        let rs = find("Từ 1/7 đến 5/7, đoàn kiểm tra.");
        assert_eq!(rs[0].range, Some(RangeRole::Start));
        let rs = find("Giai đoạn 2021-2025.");
        assert_eq!(
            (rs[0].range, rs[1].range),
            (Some(RangeRole::Start), Some(RangeRole::End))
        );
    }

    #[test]
    fn a_day_after_a_holiday_name_needs_no_year() {
        assert_eq!(
            values("Nhân dịp Ngày Nhà giáo Việt Nam 20/11, trường tổ chức lễ."),
            [day(None, 11, 20)]
        );
        assert_eq!(
            values("Kỷ niệm Ngày Thương binh – Liệt sĩ 27/7, tỉnh thăm gia đình chính sách."),
            [day(None, 7, 27)]
        );
        // not a holiday's name: a score stays a score
        assert!(values("Ngày đầu giải, đội thắng 2/1 đội khách.").is_empty());
    }

    #[test]
    fn relatives() {
        let rel = |unit, offset| RawValue::Relative(Relative { unit, offset });
        let cases: &[(&str, Vec<RawValue>)] = &[
            ("Hôm nay, Quốc hội khai mạc.", vec![rel(Precision::Day, 0)]),
            (
                "Hôm qua, tỉnh tổ chức hội nghị.",
                vec![rel(Precision::Day, -1)],
            ),
            ("Ngày mai, đoàn sẽ lên đường.", vec![rel(Precision::Day, 1)]),
            ("Sáng nay, Bộ Chính trị họp.", vec![rel(Precision::Day, 0)]),
            (
                "Tháng trước, giá xăng tăng.",
                vec![rel(Precision::Month, -1)],
            ),
            (
                "Năm nay, tỉnh đặt mục tiêu tăng trưởng.",
                vec![rel(Precision::Year, 0)],
            ),
            ("Năm ngoái, sản lượng giảm.", vec![rel(Precision::Year, -1)]),
            (
                "So với năm trước, doanh thu tăng.",
                vec![rel(Precision::Year, -1)],
            ),
            ("Tuần trước, đoàn kiểm tra làm việc.", vec![]),
            ("Cách đây 3 năm trước, ông về hưu.", vec![]),
            ("Ngày nay, đời sống đã khác.", vec![]),
        ];
        for (text, want) in cases {
            assert_eq!(&values(text), want, "{text}");
        }
    }

    #[test]
    fn not_dates() {
        let cases = [
            "Hơn 6 năm qua, tỉnh đã thay đổi nhiều.",
            "Sau 3 tháng, dự án hoàn thành.",
            "Thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị.",
            "Theo Nghị định 123/2020/NĐ-CP của Chính phủ.",
            "Quyết định số 1234/QĐ-TTg được ban hành.",
            "Đội bóng thắng 2-1 trong trận chung kết.",
            "Liên hệ số 0912.345.678 để được hỗ trợ.",
            "Lương kỹ sư 8-10 triệu đồng một tháng.",
            "Tỷ lệ đạt 22,7% so với cùng kỳ.",
            "Chỉ số đạt 9.888,91 điểm.",
            "Kết quả quý I cho thấy tăng trưởng.",
            "Đại hội khóa XIII đã bầu Ban Chấp hành.",
            "Ngày 1/6 Âm lịch là ngày giỗ tổ.",
            "Mùng 1 Tết, người dân đi lễ chùa.",
            "Ngày 31/2/2024, không có ngày này.",
            "Ngày 29/2/2023, không có ngày này.",
            "Có 1.586 đại biểu và 2.000 khách mời.",
            "Đã có 12/12 chỉ tiêu đạt và vượt.",
            "Có 45/63 tỉnh, thành phố tham gia.",
            "Sau 2-3 ngày, đoàn sẽ trở về.",
            "Hội nghị lần thứ 11 khai mạc.",
        ];
        for text in cases {
            assert_eq!(values(text), vec![], "{text}");
        }
    }

    #[test]
    fn lower_is_lower_case_char_by_char() {
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let slow = |w: &str| -> String { w.chars().flat_map(char::to_lowercase).collect() };
        for w in [
            "",
            "ABC",
            "Năm",
            "ĐẾN",
            "İstanbul",
            "\u{212A}huya",
            "ΣΑΣ",
            &all,
        ] {
            assert_eq!(lower(w), slow(w));
        }
    }

    #[test]
    fn lunar_after_agrees_with_the_lowercased_tail() {
        let slow = |t: &str| {
            let tail: String = t.chars().take(16).flat_map(char::to_lowercase).collect();
            let tail = tail.trim_start_matches([' ', '(', ',']);
            ["âm lịch", "âl", "al)", "lịch âm"]
                .iter()
                .any(|w| tail.starts_with(w))
        };
        for t in [
            "",
            " ",
            "x",
            " (ÂM LỊCH)",
            "(ÂL)",
            ", al)",
            "Al)",
            "AL",
            "Lịch Âm",
            "lịch",
            "               âm lịch",
            "                âl",
            "İ",
            "ÂmLịch",
            "  ,(  L",
        ] {
            assert_eq!(lunar_after(t, 0), slow(t), "{t:?}");
        }
        // every char first: only 'a', 'l' and 'â', in either case, begin
        // one of the words lower-cased
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for t in [
                format!(" ({c}m lịch)"),
                format!("{c}l)"),
                format!("{c}ịch âm"),
            ] {
                assert_eq!(lunar_after(&t, 0), slow(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "ngày",
            "ngày 3",
            "1/",
            "/1/2",
            "thứ hai (",
            "đ̀ 1/1/",
            "31/12/9999",
            "năm 99999999999",
        ] {
            let _ = find(text);
        }
    }
}
