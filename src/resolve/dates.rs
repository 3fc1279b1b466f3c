//! Date resolution: fills in implicit years, resolves relative words, checks
//! weekdays.
//!
//! A day or month written without its year takes the year nearest the
//! reference (the publication date, else the latest full date of the same
//! paragraph, else the latest year the article states on its own),
//! with a preference for the reference's own year: another year is chosen
//! only when it is more than [`SAME_YEAR_BIAS`] days nearer, and the next
//! year only within [`NEXT_YEAR_REACH`] days.

use crate::Span;
use crate::model::{DateMention, PartialDate, Precision, RangeRole, Relative};
use crate::recognize::dates::{RawDate, RawValue};

/// Days in a month of the proleptic Gregorian calendar.
pub(crate) fn days_in(year: i32, month: u8) -> u8 {
    (28..=31)
        .rev()
        .find(|&d| PartialDate::ymd(year, month, d).is_valid())
        .unwrap_or(0)
}

/// Days since 1970-01-01 (negative before), proleptic Gregorian.
pub(crate) fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Day of the week, 0 = Sunday … 6 = Saturday.
pub(crate) fn weekday(year: i32, month: u8, day: u8) -> u8 {
    // 1970-01-01 was a Thursday.
    u8::try_from((days_from_civil(year, month, day) + 4).rem_euclid(7)).unwrap_or(0)
}

/// How many days nearer another year must be to win over the reference year.
pub(crate) const SAME_YEAR_BIAS: i64 = 60;

/// How many days after the reference the next year's day may lie at most:
/// around the turn of the year ("5/1" read in late December) but not
/// further. News tells of the months behind it without their year, but
/// writes the year of a day it announces for the next one.
pub(crate) const NEXT_YEAR_REACH: i64 = 92;

/// The year for a yearless day (`month`, `day`) against a full reference date.
pub(crate) fn year_for_day(reference: PartialDate, month: u8, day: u8) -> Option<i32> {
    let (ry, rm, rd) = (reference.year?, reference.month?, reference.day?);
    let r = days_from_civil(ry, rm, rd);
    let mut best: Option<(i64, i32)> = None;
    for y in [ry, ry - 1, ry + 1] {
        if !PartialDate::ymd(y, month, day).is_valid() {
            continue;
        }
        let raw = (days_from_civil(y, month, day) - r).abs();
        if y > ry && raw > NEXT_YEAR_REACH {
            continue;
        }
        let dist = raw + if y == ry { 0 } else { SAME_YEAR_BIAS };
        if best.is_none_or(|(b, _)| dist < b) {
            best = Some((dist, y));
        }
    }
    best.map(|(_, y)| y)
}

/// The year for a yearless month against a full reference date (months
/// compared by their first day).
pub(crate) fn year_for_month(reference: PartialDate, month: u8) -> Option<i32> {
    let ry = reference.year?;
    let rm = i64::from(reference.month?);
    let mut best: Option<(i64, i32)> = None;
    for y in [ry, ry - 1, ry + 1] {
        let raw = ((i64::from(y - ry)) * 12 + i64::from(month) - rm).abs() * 30;
        if y > ry && raw > NEXT_YEAR_REACH {
            continue;
        }
        let dist = raw + if y == ry { 0 } else { SAME_YEAR_BIAS };
        if best.is_none_or(|(b, _)| dist < b) {
            best = Some((dist, y));
        }
    }
    best.map(|(_, y)| y)
}

fn shift_days(d: PartialDate, offset: i32) -> Option<PartialDate> {
    let (mut y, mut m, mut day) = (d.year?, d.month?, d.day?);
    let mut n = offset;
    while n > 0 {
        if day < days_in(y, m) {
            day += 1;
        } else {
            day = 1;
            if m == 12 {
                m = 1;
                y += 1;
            } else {
                m += 1;
            }
        }
        n -= 1;
    }
    while n < 0 {
        if day > 1 {
            day -= 1;
        } else {
            if m == 1 {
                m = 12;
                y -= 1;
            } else {
                m -= 1;
            }
            day = days_in(y, m);
        }
        n += 1;
    }
    Some(PartialDate::ymd(y, m, day))
}

fn relative_value(published: PartialDate, rel: Relative) -> Option<PartialDate> {
    let offset = rel.offset.clamp(-31, 31);
    match rel.unit {
        Precision::Day => shift_days(published, offset),
        Precision::Month => {
            let total = published.year? * 12 + i32::from(published.month?) - 1 + offset;
            let month = u8::try_from(total.rem_euclid(12) + 1).ok()?;
            Some(PartialDate::month(total.div_euclid(12), month))
        }
        Precision::Year => Some(PartialDate::year(published.year? + offset)),
    }
}

/// The latest year the article states on its own as a current one ("năm
/// 2024", not the end of a period, not a target after "đến", not a starting
/// point after "từ"), or as the year an anniversary is kept ("kỷ niệm 50
/// năm … (3/9/1975-3/9/2025)": the end of the range is this year's day),
/// as a reference date in the middle of that year.
fn latest_year(text: &str, raw: &[RawDate]) -> Option<PartialDate> {
    raw.iter()
        .filter_map(|r| match r.value {
            RawValue::Year(y) if r.range.is_none() && !r.target => Some(y),
            RawValue::Year(y) | RawValue::Day { year: Some(y), .. }
                if r.range == Some(RangeRole::End) && kept_anniversary(text, r.start) =>
            {
                Some(y)
            }
            _ => None,
        })
        .max()
        .map(|y| PartialDate::ymd(y, 7, 1))
}

/// How far before a range's end "kỷ niệm" may stand, in bytes: the
/// anniversary's name and the range's start ("kỷ niệm 50 năm Ngày thành
/// lập Sở Tư pháp tỉnh Quảng Trị (3/9/1975-").
const ANNIVERSARY_REACH: usize = 160;

/// Whether the range ending at `end_start` follows "kỷ niệm" in the same
/// sentence, within [`ANNIVERSARY_REACH`] bytes.
fn kept_anniversary(text: &str, end_start: usize) -> bool {
    let before = crate::recognize::text_before(text, end_start, ANNIVERSARY_REACH);
    let sentence = before
        .rfind(['.', '\n', ';', '!', '?'])
        .map_or(before, |k| &before[k + 1..]);
    // Only 'ỷ' and 'Ỷ' lower-case to the 'ỷ' of "kỷ", and only 'ệ' and 'Ệ'
    // to the 'ệ' of "niệm": a sentence without both cannot hold the words,
    // and most ranges are not anniversaries.
    sentence.contains(['ỷ', 'Ỷ'])
        && sentence.contains(['ệ', 'Ệ'])
        && sentence.to_lowercase().contains("kỷ niệm")
}

/// How many of `bytes` are '\n': counted in a byte for each 255 bytes, a
/// loop the compiler makes into vector instructions (a fraction of an
/// instruction a byte; a count in a `usize` for each byte costs several).
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n'))))
        .sum()
}

/// The references the article gives itself, for an article without a
/// publication date.
struct Fallback {
    /// The paragraph of each expression: the number of line breaks before it.
    paragraphs: Vec<usize>,
    /// The latest full date of each paragraph that has one, by paragraph.
    full: Vec<(usize, PartialDate)>,
    /// The latest year the article states on its own ([`latest_year`]).
    article_year: Option<PartialDate>,
}

impl Fallback {
    /// The references of the text with the expressions `raw` (in text order).
    fn of(text: &str, raw: &[RawDate]) -> Fallback {
        let paragraphs = paragraphs(text, raw.iter().map(|r| r.start));
        let mut full: Vec<(usize, PartialDate)> = Vec::new();
        for (r, &p) in raw.iter().zip(&paragraphs) {
            if let RawValue::Day {
                year: Some(y),
                month,
                day,
            } = r.value
            {
                let d = PartialDate::ymd(y, month, day);
                match full.last_mut() {
                    Some((q, latest)) if *q == p => *latest = (*latest).max(d),
                    _ => full.push((p, d)),
                }
            }
        }
        Fallback {
            paragraphs,
            full,
            article_year: latest_year(text, raw),
        }
    }

    /// The reference for the expression `i`: a day without its year takes
    /// the year of a full date written in the same paragraph (the article
    /// makes it certain there); failing that, the latest year the article
    /// states on its own. A full date elsewhere in the article is often an
    /// old law or an anniversary, so it is not used. (Measured against "the
    /// latest full date of the article" and "the nearest preceding full
    /// date".)
    fn reference(&self, i: usize) -> Option<PartialDate> {
        let p = self.paragraphs.get(i).copied().unwrap_or(0);
        self.full
            .binary_search_by_key(&p, |(q, _)| *q)
            .ok()
            .and_then(|k| self.full.get(k))
            .map(|(_, d)| *d)
            .or(self.article_year)
    }
}

/// For each of `positions` (byte offsets into `text`), the number of line
/// breaks before it. The breaks are counted between one position and the
/// next (forward, or back when a position comes before the one before it),
/// so for positions in text order, as the recognizer gives them, the text
/// is read once, up to the last position, and only there.
fn paragraphs(text: &str, positions: impl Iterator<Item = usize>) -> Vec<usize> {
    let bytes = text.as_bytes();
    let breaks = |from: usize, to: usize| {
        bytes
            .get(from.min(bytes.len())..to.min(bytes.len()))
            .map_or(0, line_breaks)
    };
    let (mut at, mut count) = (0, 0);
    positions
        .map(|pos| {
            if pos >= at {
                count += breaks(at, pos);
            } else {
                count = count.saturating_sub(breaks(pos, at));
            }
            at = pos;
            count
        })
        .collect()
}

/// Resolves raw date expressions to calendar values (spans in normalized bytes).
pub(crate) fn resolve(
    text: &str,
    raw: Vec<RawDate>,
    published: Option<PartialDate>,
) -> Vec<DateMention> {
    let published = published
        .filter(|p| p.year.is_some() && p.month.is_some() && p.day.is_some() && p.is_valid());
    // With a publication date every reference is it: the article's own
    // dates are read only without one.
    let fallback = match published {
        Some(_) => None,
        None => Some(Fallback::of(text, &raw)),
    };
    let reference_at = |i: usize| published.or_else(|| fallback.as_ref()?.reference(i));

    let mut out = Vec::with_capacity(raw.len());
    for (i, r) in raw.into_iter().enumerate() {
        let mut relative = r.relative;
        let value = match r.value {
            RawValue::Day {
                year: Some(y),
                month,
                day,
            } => PartialDate::ymd(y, month, day),
            RawValue::Day {
                year: None,
                month,
                day,
            } => {
                let year =
                    reference_at(i).and_then(|reference| year_for_day(reference, month, day));
                PartialDate {
                    year,
                    month: Some(month),
                    day: Some(day),
                }
            }
            RawValue::Month {
                year: Some(y),
                month,
            } => PartialDate::month(y, month),
            RawValue::Month { year: None, month } => {
                match reference_at(i).and_then(|reference| year_for_month(reference, month)) {
                    Some(y) => PartialDate::month(y, month),
                    None => continue,
                }
            }
            RawValue::Year(y) => PartialDate::year(y),
            RawValue::Relative(rel) => {
                relative = Some(rel);
                match published.and_then(|p| relative_value(p, rel)) {
                    Some(v) => v,
                    None => continue,
                }
            }
        };
        if !value.is_valid() {
            continue;
        }
        let weekday_mismatch = match (r.weekday, value.year, value.month, value.day) {
            (Some(w), Some(y), Some(m), Some(d)) => weekday(y, m, d) != w,
            _ => false,
        };
        out.push(DateMention {
            value,
            precision: value.precision(),
            range: r.range,
            part_of_day: r.part_of_day,
            time: r.time,
            relative,
            weekday_mismatch,
            span: Span::new(r.start, r.end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::dates::{RawDate, folded};

    fn find(text: &str) -> Vec<RawDate> {
        crate::recognize::dates::find(text, &folded(text))
    }

    fn run(text: &str, published: Option<PartialDate>) -> Vec<String> {
        resolve(text, find(text), published)
            .into_iter()
            .map(|d| d.value.to_string())
            .collect()
    }

    #[test]
    fn implicit_year_from_publication() {
        let p = Some(PartialDate::ymd(2024, 1, 3));
        assert_eq!(
            run("Ngày 28/12, tỉnh tổng kết công tác năm.", p),
            ["2023-12-28"]
        );
        assert_eq!(run("Sáng 2/1, tỉnh ra quân đầu năm.", p), ["2024-01-02"]);
        let p = Some(PartialDate::ymd(2024, 3, 5));
        assert_eq!(
            run("Ngày 10/9, dự kiến khánh thành cầu.", p),
            ["2024-09-10"]
        );
        assert_eq!(run("Giữa tháng 3, đoàn sang Lào.", p), ["2024-03"]);
        let p = Some(PartialDate::ymd(2024, 11, 20));
        assert_eq!(
            run("Từ ngày 5/1, quy định mới có hiệu lực.", p),
            ["2025-01-05"]
        );
        // The next year only around the turn of the year: news tells of
        // the months behind it without their year, but writes the year of
        // a day it announces for the next one.
        assert_eq!(
            run("Chiều 12/3, đoàn công tác làm việc tại huyện.", p),
            ["2024-03-12"]
        );
        assert_eq!(run("Tháng 3, tỉnh tổ chức hội nghị.", p), ["2024-03"]);
        // the year before, when it is nearer
        let p = Some(PartialDate::ymd(2024, 2, 10));
        assert_eq!(
            run("Ngày 20/10, Ban Thường vụ họp phiên thường kỳ.", p),
            ["2023-10-20"]
        );
    }

    #[test]
    fn implicit_year_from_the_article() {
        let text = "Ngày 20/5, đoàn đến. Ngày 12/6/2019, hội nghị họp; chiều 13/6, bế mạc.";
        assert_eq!(run(text, None), ["2019-05-20", "2019-06-12", "2019-06-13"]);
        assert_eq!(run("Sáng 22/7, hội nghị khai mạc.", None), ["XXXX-07-22"]);
        assert!(run("Giữa tháng 3, đoàn sang Lào.", None).is_empty());
    }

    #[test]
    fn a_full_date_in_another_paragraph_gives_no_year() {
        let text = "Sáng 14/3, Bộ trưởng làm việc với tỉnh.\n\
                    Luật được Quốc hội thông qua ngày 9/6/2015.";
        assert_eq!(run(text, None), ["XXXX-03-14", "2015-06-09"]);
        let text = "Sáng 14/3, Bộ trưởng làm việc với tỉnh.\nNăm 2019, tỉnh đạt nhiều kết quả.";
        assert_eq!(run(text, None), ["2019-03-14", "2019"]);
    }

    #[test]
    fn an_anniversary_range_ends_in_the_current_year() {
        let text = "Sáng 2/9, tỉnh tổ chức mít tinh.\n\
                    Lễ kỷ niệm 50 năm Ngày thành lập Sở Tư pháp (3/9/1975-3/9/2025) diễn ra trang trọng.";
        assert_eq!(run(text, None), ["2025-09-02", "1975-09-03", "2025-09-03"]);
        // a period that is not an anniversary lends no year
        let text = "Sáng 2/9, tỉnh tổ chức mít tinh.\n\
                    Kế hoạch thực hiện từ 3/9/2024-3/9/2026.";
        assert_eq!(run(text, None), ["XXXX-09-02", "2024-09-03", "2026-09-03"]);
    }

    #[test]
    fn a_year_followed_by_den_nay_starts_a_period() {
        let text =
            "Ngày 16/5, tỉnh bàn giao. Từ giai đoạn I, năm 2002 đến nay, đã quy tập nhiều hài cốt.";
        assert_eq!(run(text, None), ["XXXX-05-16", "2002"]);
    }

    #[test]
    fn relatives_need_a_publication_date() {
        let p = Some(PartialDate::ymd(2024, 3, 1));
        assert_eq!(run("Hôm qua, Quốc hội họp.", p), ["2024-02-29"]);
        assert_eq!(run("Ngày mai, đoàn lên đường.", p), ["2024-03-02"]);
        assert_eq!(run("Năm ngoái, sản lượng giảm.", p), ["2023"]);
        assert_eq!(
            run("Tháng trước, giá tăng.", Some(PartialDate::ymd(2024, 1, 9))),
            ["2023-12"]
        );
        assert!(run("Hôm qua, Quốc hội họp.", None).is_empty());
    }

    /// What [`kept_anniversary`] computes, without its pre-check.
    fn kept_anniversary_plain(text: &str, end_start: usize) -> bool {
        let before = crate::recognize::text_before(text, end_start, ANNIVERSARY_REACH);
        let sentence = before
            .rfind(['.', '\n', ';', '!', '?'])
            .map_or(before, |k| &before[k + 1..]);
        sentence.to_lowercase().contains("kỷ niệm")
    }

    proptest::proptest! {
        #[test]
        fn paragraphs_count_the_line_breaks_before_each_position(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "\n", "a", "ệ", " ", "\n\n", "năm",
            ]), 0..60),
            positions in proptest::collection::vec(0usize..200, 0..12),
            sorted in proptest::bool::ANY,
        ) {
            let text: String = parts.concat();
            let mut positions = positions;
            if sorted {
                positions.sort_unstable();
            }
            let plain: Vec<usize> = positions
                .iter()
                .map(|&p| text.bytes().take(p).filter(|&b| b == b'\n').count())
                .collect();
            proptest::prop_assert_eq!(paragraphs(&text, positions.iter().copied()), plain);
        }

        #[test]
        fn kept_anniversary_is_its_plain_definition(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "kỷ niệm ", "KỶ NIỆM ", "Kỷ Niệm ", "kỷ niỆm ", "\u{212A}ỷ niệm ", "kỷ  niệm ",
                "ệ", "Ệ", "ỷ", "Ỷ", "e\u{323}\u{302}", ".", "\n", ";", "lễ ", "50 năm ", "(3/9/1975-",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ]), 0..20),
        ) {
            let text: String = parts.concat();
            for end in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                proptest::prop_assert_eq!(
                    kept_anniversary(&text, end),
                    kept_anniversary_plain(&text, end),
                    "{:?} at {}", text, end
                );
            }
        }
    }

    #[test]
    fn weekday_checks() {
        let p = Some(PartialDate::ymd(2024, 7, 23));
        let ds = resolve(
            "Thứ Hai (22/7), Thủ tướng tiếp khách.",
            find("Thứ Hai (22/7), Thủ tướng tiếp khách."),
            p,
        );
        assert!(!ds[0].weekday_mismatch);
        let ds = resolve(
            "Thứ Ba (22/7), Thủ tướng tiếp khách.",
            find("Thứ Ba (22/7), Thủ tướng tiếp khách."),
            p,
        );
        assert!(ds[0].weekday_mismatch);
    }
}
