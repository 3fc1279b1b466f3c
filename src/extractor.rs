//! The [`Extractor`]: built once, shared, used for every article.

use once_cell::sync::Lazy;

use crate::Result;
use crate::lexicon::Lexicon;
use crate::model::{Extraction, PartialDate};
use crate::normalize::normalize;
use crate::recognize::{self, Doc};
use crate::resolve;

/// Extracts officials, bodies, dates, signings and document numbers from
/// Vietnamese news text.
///
/// Build it once ([`Extractor::new`] or [`Extractor::builder`]); it compiles
/// its lexicons into automata and is `Send + Sync`, so one instance serves
/// every thread.
///
/// ```
/// let extractor = vngov::Extractor::new();
/// let x = extractor.extract("Chủ tịch nước Trần Văn Nam tiếp Đại sứ Nhật Bản.");
/// assert_eq!(x.officials[0].name, "Trần Văn Nam");
/// assert_eq!(x.officials[0].positions[0].title.text, "Chủ tịch nước");
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Lexicon,
    published: Option<PartialDate>,
    planned_signings: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with default options (no publication date).
    ///
    /// ```
    /// let x = vngov::Extractor::new().extract("");
    /// assert!(x.officials.is_empty());
    /// ```
    pub fn new() -> Extractor {
        ExtractorBuilder::default().build()
    }

    /// A builder for options.
    ///
    /// ```
    /// let e = vngov::Extractor::builder().published("2013-07-22").unwrap().build();
    /// assert_eq!(e.published().unwrap().to_string(), "2013-07-22");
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The publication date this extractor resolves relative dates against.
    ///
    /// ```
    /// assert!(vngov::Extractor::new().published().is_none());
    /// ```
    pub fn published(&self) -> Option<PartialDate> {
        self.published
    }

    /// The same extractor (sharing nothing mutable) with another publication
    /// date: cheap enough to call per article.
    ///
    /// ```
    /// let base = vngov::Extractor::new();
    /// let day = vngov::PartialDate::ymd(2024, 1, 5);
    /// let x = base.with_published(Some(day)).extract("Hôm qua, Tỉnh ủy Hà Giang họp.");
    /// assert_eq!(x.dates[0].value.to_string(), "2024-01-04");
    /// ```
    pub fn with_published(&self, published: Option<PartialDate>) -> Extractor {
        Extractor {
            published,
            ..self.clone()
        }
    }

    /// Extracts everything from one article. Total: never fails, never panics;
    /// linear in the length of `text`. Every span points into `text`.
    ///
    /// ```
    /// let text = "Ông Lê Văn Hai, Chủ tịch UBND tỉnh Lạng Sơn, ký Quyết định số 12/QĐ-UBND.";
    /// let x = vngov::Extractor::new().extract(text);
    /// assert_eq!(x.officials[0].positions[0].phrase(), "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn");
    /// assert_eq!(x.documents[0].number, "12/QĐ-UBND");
    /// let span = x.documents[0].span;
    /// assert_eq!(&text[span.start..span.end], "12/QĐ-UBND");
    /// ```
    pub fn extract(&self, text: &str) -> Extraction {
        let mut norm = normalize(text);
        let doc = Doc::new(&mut norm, &self.lexicon);
        let norm = doc.norm;
        // one pass over the bytes finds the digits of both dates and numbers
        let marks = recognize::dates::Marks::of(&norm.text);
        let documents = recognize::documents::find_in_runs(&norm.text, marks.digit_runs());
        let dates = resolve::dates::resolve(
            &norm.text,
            recognize::dates::find_marked(&norm.text, &norm.folded, marks),
            self.published,
        );
        let people = resolve::people::resolve(&doc);
        let mut warnings = recognize::encoding::warnings(&norm.text);
        warnings.extend(
            dates
                .iter()
                .filter(|d| d.weekday_mismatch)
                .map(|d| crate::Warning {
                    kind: crate::WarningKind::WeekdayMismatch,
                    span: d.span,
                    message: format!(
                        "the weekday written with {} is not that date's weekday",
                        d.value
                    ),
                }),
        );
        let mut signings = resolve::signings::resolve(
            &doc,
            &people.officials,
            &people.organizations,
            &dates,
            &documents,
        );
        if !self.planned_signings {
            signings.retain(|s| s.status == crate::SigningStatus::Done);
        }
        let mut x = Extraction {
            officials: people.officials,
            organizations: people.organizations,
            dates,
            signings,
            documents,
            warnings,
        };
        resolve::spans::to_original(&mut x, norm, text);
        x
    }

    /// Extracts many articles, in order. With the `rayon` feature the work
    /// is spread over all cores.
    ///
    /// ```
    /// let xs = vngov::Extractor::new().extract_batch(&["Tỉnh ủy Hà Giang họp.", ""]);
    /// assert_eq!(xs.len(), 2);
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Extraction> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.extract(t.as_ref())).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.extract(t.as_ref())).collect()
        }
    }
}

/// Options for an [`Extractor`].
///
/// ```
/// let e = vngov::Extractor::builder().published("2025-12-01").unwrap().build();
/// assert!(e.published().is_some());
/// assert!(vngov::Extractor::builder().published("2025-13-01").is_err());
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    published: Option<PartialDate>,
    planned_signings: bool,
}

impl ExtractorBuilder {
    /// The publication date, `YYYY-MM-DD`, used to resolve days without a
    /// year and relative words.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDate`](crate::Error::InvalidDate) when `date` is not a valid full calendar date.
    ///
    /// ```
    /// assert!(vngov::Extractor::builder().published("22/7/2013").is_err());
    /// ```
    pub fn published(mut self, date: &str) -> Result<ExtractorBuilder> {
        let d = PartialDate::parse_day(date)?;
        self.published = Some(d);
        Ok(self)
    }

    /// The publication date as a value (`None` to clear it).
    ///
    /// ```
    /// let e = vngov::Extractor::builder().published_date(Some(vngov::PartialDate::ymd(2020, 1, 1))).build();
    /// assert_eq!(e.published().unwrap().year, Some(2020));
    /// ```
    pub fn published_date(mut self, date: Option<PartialDate>) -> ExtractorBuilder {
        self.published = date;
        self
    }

    /// Also report signings the article only announces or calls for ("sẽ
    /// ký", "tiến tới ký kết"), with [`SigningStatus::Planned`](crate::SigningStatus).
    /// Off by default: [`Extraction::signings`] then holds acts of signing only.
    ///
    /// ```
    /// let text = "Hai bên sẽ ký thỏa thuận hợp tác giữa Bộ Công an với Bộ Quốc phòng.";
    /// assert!(vngov::extract(text).signings.is_empty());
    /// let x = vngov::Extractor::builder().planned_signings(true).build().extract(text);
    /// assert_eq!(x.signings[0].status, vngov::SigningStatus::Planned);
    /// ```
    pub fn planned_signings(mut self, include: bool) -> ExtractorBuilder {
        self.planned_signings = include;
        self
    }

    /// Builds the extractor, compiling the lexicons.
    ///
    /// ```
    /// let e = vngov::Extractor::builder().build();
    /// assert!(e.published().is_none());
    /// ```
    pub fn build(self) -> Extractor {
        // everything compiled once is compiled here, not in the first call
        crate::recognize::dates::prepare();
        crate::lexicon::abbreviations::prepare();
        crate::normalize::prepare();
        Extractor {
            lexicon: Lexicon::compile(),
            published: self.published,
            planned_signings: self.planned_signings,
        }
    }
}

/// Extracts with a default [`Extractor`] (no publication date).
///
/// ```
/// let x = vngov::extract("Đại tướng Trần Đức Lâm");
/// assert_eq!(x.officials[0].rank, Some(vngov::Rank::General));
/// ```
pub fn extract(text: &str) -> Extraction {
    static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::new);
    DEFAULT.extract(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        assert_send_sync::<Extraction>();
    }
}
