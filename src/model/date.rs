use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Error, Span};

/// A calendar value that may lack its year, month or day.
///
/// Serialized as the ISO-like string the guidelines use: `YYYY-MM-DD`,
/// `YYYY-MM`, `YYYY`, or `XXXX-MM-DD` for a day whose year is unknown.
///
/// ```
/// use vngov::PartialDate;
/// let d: PartialDate = "2013-07-22".parse().unwrap();
/// assert_eq!((d.year, d.month, d.day), (Some(2013), Some(7), Some(22)));
/// assert_eq!(PartialDate::month(2024, 6).to_string(), "2024-06");
/// assert_eq!(PartialDate { year: None, month: Some(9), day: Some(2) }.to_string(), "XXXX-09-02");
/// assert!("2023-02-29".parse::<PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PartialDate {
    /// Year, if known.
    pub year: Option<i32>,
    /// Month 1–12, if known.
    pub month: Option<u8>,
    /// Day 1–31, if known.
    pub day: Option<u8>,
}

impl PartialDate {
    /// A full day. Does not check validity; see [`PartialDate::is_valid`].
    ///
    /// ```
    /// assert_eq!(vngov::PartialDate::ymd(2024, 2, 29).to_string(), "2024-02-29");
    /// ```
    pub const fn ymd(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// A month of a year.
    ///
    /// ```
    /// assert_eq!(vngov::PartialDate::month(2024, 6).precision(), vngov::Precision::Month);
    /// ```
    pub const fn month(year: i32, month: u8) -> PartialDate {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: None,
        }
    }

    /// A year.
    ///
    /// ```
    /// assert_eq!(vngov::PartialDate::year(2020).to_string(), "2020");
    /// ```
    pub const fn year(year: i32) -> PartialDate {
        PartialDate {
            year: Some(year),
            month: None,
            day: None,
        }
    }

    /// Parses a full day, `YYYY-MM-DD`, as a publication date is given.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDate`] when `s` is not a valid full calendar date.
    ///
    /// ```
    /// use vngov::PartialDate;
    /// assert_eq!(PartialDate::parse_day("2013-07-22").unwrap(), PartialDate::ymd(2013, 7, 22));
    /// assert!(PartialDate::parse_day("2013-07").is_err());
    /// assert!(PartialDate::parse_day("2013-02-30").is_err());
    /// ```
    pub fn parse_day(s: &str) -> Result<PartialDate, Error> {
        let d: PartialDate = s.parse()?;
        if d.year.is_none() || d.day.is_none() {
            return Err(Error::InvalidDate {
                input: s.to_string(),
                reason: "expected a full YYYY-MM-DD date",
            });
        }
        Ok(d)
    }

    /// The finest unit the value gives.
    ///
    /// ```
    /// assert_eq!(vngov::PartialDate::ymd(2024, 1, 2).precision(), vngov::Precision::Day);
    /// ```
    pub const fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() {
            Precision::Month
        } else {
            Precision::Year
        }
    }

    /// True when the fields name a real calendar date (29/2 only in leap years;
    /// a day without its year is checked against a leap year).
    ///
    /// ```
    /// assert!(vngov::PartialDate::ymd(2024, 2, 29).is_valid());
    /// assert!(!vngov::PartialDate::ymd(2023, 2, 29).is_valid());
    /// assert!(!vngov::PartialDate::ymd(2023, 4, 31).is_valid());
    /// ```
    pub fn is_valid(&self) -> bool {
        if let Some(m) = self.month {
            if !(1..=12).contains(&m) {
                return false;
            }
            if let Some(d) = self.day {
                let max = days_in_month(self.year.unwrap_or(2000), m);
                return (1..=max).contains(&d);
            }
        } else if self.day.is_some() {
            return false;
        }
        self.year.is_some() || self.month.is_some()
    }
}

/// Days in a month of the proleptic Gregorian calendar.
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (None, Some(m), Some(d)) => write!(f, "XXXX-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (None, Some(m), None) => write!(f, "XXXX-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, None, _) => f.write_str("XXXX"),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<PartialDate, Error> {
        let bad = |reason| Error::InvalidDate {
            input: s.to_string(),
            reason,
        };
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str| -> Result<u32, Error> {
            if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad("expected digits"));
            }
            p.parse::<u32>().map_err(|_| bad("expected digits"))
        };
        let year = |p: &str| -> Result<Option<i32>, Error> {
            if p == "XXXX" {
                Ok(None)
            } else if p.len() == 4 {
                Ok(Some(num(p)? as i32))
            } else {
                Err(bad("the year must have four digits"))
            }
        };
        let date = match parts.as_slice() {
            [y] => PartialDate {
                year: Some(year(y)?.ok_or_else(|| bad("no year"))?),
                month: None,
                day: None,
            },
            [y, m] if m.len() == 2 => PartialDate {
                year: year(y)?,
                month: Some(num(m)? as u8),
                day: None,
            },
            [y, m, d] if m.len() == 2 && d.len() == 2 => PartialDate {
                year: year(y)?,
                month: Some(num(m)? as u8),
                day: Some(num(d)? as u8),
            },
            _ => return Err(bad("expected YYYY, YYYY-MM or YYYY-MM-DD")),
        };
        if date.is_valid() {
            Ok(date)
        } else {
            Err(bad("no such calendar date"))
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The finest unit of a [`PartialDate`].
///
/// ```
/// assert!(vngov::Precision::Day > vngov::Precision::Year);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A year ("năm 2013").
    Year,
    /// A month ("tháng 7/2013").
    Month,
    /// A day ("22/7/2013").
    Day,
}

/// A calendar expression found in the text, resolved to a value.
///
/// ```
/// let x = vngov::Extractor::builder().published("2013-07-23").unwrap().build()
///     .extract("Sáng 22/7, hội nghị khai mạc.");
/// let d = &x.dates[0];
/// assert_eq!(d.value.to_string(), "2013-07-22");
/// assert_eq!(d.part_of_day, Some(vngov::PartOfDay::Morning));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The resolved calendar value.
    pub value: PartialDate,
    /// Its precision (the same as `value.precision()`).
    pub precision: Precision,
    /// When the expression is one end of a range ("2021–2025", "từ 1 đến 3/7").
    pub range: Option<RangeRole>,
    /// Part of the day written with it ("sáng", "chiều" …).
    pub part_of_day: Option<PartOfDay>,
    /// Clock time written with it ("8 giờ 30", "15h").
    pub time: Option<TimeOfDay>,
    /// A relative expression ("hôm qua", "năm ngoái") kept even when resolved.
    pub relative: Option<Relative>,
    /// True when a weekday written with the date contradicts it.
    #[serde(default)]
    pub weekday_mismatch: bool,
    /// Where the expression is written.
    pub span: Span,
}

/// Which end of a range a [`DateMention`] is.
///
/// ```
/// assert_ne!(vngov::RangeRole::Start, vngov::RangeRole::End);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RangeRole {
    /// The first value of a range.
    Start,
    /// The last value of a range.
    End,
}

/// Parts of the day.
///
/// ```
/// assert_eq!(serde_json::to_string(&vngov::PartOfDay::Evening).unwrap(), "\"evening\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    /// "sáng".
    Morning,
    /// "trưa".
    Noon,
    /// "chiều".
    Afternoon,
    /// "tối".
    Evening,
    /// "đêm", "khuya".
    Night,
}

/// A clock time ("8 giờ 30", "15h").
///
/// ```
/// let t = vngov::TimeOfDay { hour: 8, minute: 30 };
/// assert_eq!(t.hour, 8);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeOfDay {
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

/// A relative expression and its offset from the publication date.
///
/// ```
/// let r = vngov::Relative { unit: vngov::Precision::Day, offset: -1 };
/// assert_eq!(r.offset, -1); // "hôm qua"
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Relative {
    /// Day, month or year.
    pub unit: Precision,
    /// Offset in that unit: 0 for "hôm nay"/"năm nay", -1 for "hôm qua"/"năm ngoái".
    pub offset: i32,
}
