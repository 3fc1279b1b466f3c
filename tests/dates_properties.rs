//! Property tests for dates: planted dates come back exactly.

use proptest::prelude::*;
use vngov::{Extractor, PartialDate};

fn days_in(y: i32, m: u8) -> u8 {
    (28..=31)
        .rev()
        .find(|&d| PartialDate::ymd(y, m, d).is_valid())
        .unwrap_or(28)
}

fn render(form: usize, y: i32, m: u8, d: u8) -> String {
    match form {
        0 => format!("ngày {d}/{m}/{y}"),
        1 => format!("ngày {d}-{m}-{y}"),
        2 => format!("ngày {d}.{m}.{y}"),
        3 => format!("ngày {d:02}/{m:02}/{y}"),
        4 => format!("ngày {d} tháng {m} năm {y}"),
        5 => format!("sáng {d}/{m}/{y}"),
        _ => format!("{d}/{m}/{y}"),
    }
}

const FILLERS: &[(&str, &str)] = &[
    ("Hội nghị diễn ra ", " tại Hà Nội."),
    ("Theo kế hoạch, ", ", đoàn công tác lên đường."),
    ("Tỉnh ủy tổ chức lễ kỷ niệm (", ") trọng thể."),
];

fn valid_date() -> impl Strategy<Value = (i32, u8, u8)> {
    (1945i32..2100, 1u8..=12).prop_flat_map(|(y, m)| (Just(y), Just(m), 1u8..=days_in(y, m)))
}

proptest! {
    #[test]
    fn planted_valid_dates_come_back((y, m, d) in valid_date(), form in 0usize..7, filler in 0usize..3) {
        let (a, b) = FILLERS[filler];
        let text = format!("{a}{}{b}", render(form, y, m, d));
        let x = Extractor::new().extract(&text);
        let got: Vec<String> = x.dates.iter().map(|d| d.value.to_string()).collect();
        prop_assert_eq!(got, vec![PartialDate::ymd(y, m, d).to_string()], "{}", text);
    }

    #[test]
    fn planted_invalid_dates_yield_none(y in 1945i32..2100, m in 1u8..=12, extra in 1u8..=5, form in 0usize..7) {
        let d = days_in(y, m) + extra;
        let text = format!("Hội nghị diễn ra {} tại Hà Nội.", render(form, y, m, d));
        let x = Extractor::new().extract(&text);
        prop_assert!(x.dates.iter().all(|x| x.precision != vngov::Precision::Day), "{}", text);
    }

    #[test]
    fn yearless_days_take_the_nearest_plausible_year((py, pm, pd) in valid_date(), m in 1u8..=12, d in 1u8..=28) {
        let published = PartialDate::ymd(py, pm, pd);
        let x = Extractor::builder().published_date(Some(published)).build()
            .extract(&format!("Sáng {d}/{m}, hội nghị khai mạc."));
        prop_assert_eq!(x.dates.len(), 1);
        // The rule: the publication year unless another year puts the day
        // more than 60 days nearer the publication date; the next year only
        // within 92 days of it.
        let raw = |y: i32| (day_number(y, m, d) - day_number(py, pm, pd)).abs();
        let dist = |y: i32| raw(y) + if y == py { 0 } else { 60 };
        let want = [py, py - 1, py + 1]
            .into_iter()
            .filter(|&y| y <= py || raw(y) <= 92)
            .min_by_key(|&y| (dist(y), y != py))
            .unwrap_or(py);
        prop_assert_eq!(x.dates[0].value, PartialDate::ymd(want, m, d));
    }

    #[test]
    fn never_panics(s in "\\PC{0,200}") {
        let _ = Extractor::new().extract(&s);
    }

    #[test]
    fn never_panics_on_date_like_noise(s in "[0-9 /.,:()ngàytháng-]{0,120}") {
        let x = Extractor::builder().published("2024-03-05").expect("valid").build().extract(&s);
        for d in x.dates {
            prop_assert!(s.get(d.span.start..d.span.end).is_some());
            prop_assert!(d.value.is_valid());
        }
    }
}

/// Days since an epoch, computed by counting (independent of the crate).
fn day_number(y: i32, m: u8, d: u8) -> i64 {
    let mut n: i64 = 0;
    for yy in 1900..y {
        n += if PartialDate::ymd(yy, 2, 29).is_valid() {
            366
        } else {
            365
        };
    }
    for mm in 1..m {
        n += i64::from(days_in(y, mm));
    }
    n + i64::from(d)
}
