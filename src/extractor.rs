//! The [`Extractor`]: built once, shared, used for every article.

use once_cell::sync::Lazy;

use crate::Result;
use crate::lexicon::Lexicon;
use crate::model::{Extraction, PartialDate};
use crate::normalize::{Normalized, normalize};
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
    /// A text longer than 128 MiB, far beyond any article, is read in
    /// pieces of at most that length, cut after a line break (failing one,
    /// after a sentence's end, a space, or at a char), as is one whose
    /// normalized form would reach 1 GiB: what is resolved across an
    /// article (its own province, short references, repeated mentions of
    /// one person) is then resolved within each piece, and a person, body
    /// or number written in two pieces has an entry for each.
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
        self.extract_in_pieces(text, PIECE, recognize::tokens::MAX_TEXT)
    }

    /// [`Extractor::extract`], with a text longer than `piece` bytes read
    /// in pieces of at most that length cut at line breaks ([`cut`]), and a
    /// piece whose normalized form reaches `max_normalized` bytes (the
    /// limit of a token's offsets) cut in two, until one char is left.
    fn extract_in_pieces(&self, text: &str, piece: usize, max_normalized: usize) -> Extraction {
        // a piece is never shorter than one char
        let one_char = text.chars().nth(1).is_none();
        if text.len() <= piece || one_char {
            let norm = normalize(text);
            if norm.text.len() < max_normalized || one_char {
                return self.extract_normalized(text, norm);
            }
            return self.extract_in_pieces(text, text.len() / 2, max_normalized);
        }
        let mut out = Extraction::default();
        let mut start = 0;
        while start < text.len() {
            let end = cut(text, start, piece);
            let x = self.extract_in_pieces(&text[start..end], piece, max_normalized);
            resolve::spans::append_shifted(&mut out, x, start);
            start = end;
        }
        out
    }

    /// Extracts everything from `text`, whose normalized form is `norm`.
    fn extract_normalized(&self, text: &str, mut norm: Normalized) -> Extraction {
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
    /// is spread over all cores, the longest articles taken first (so that
    /// no core is left with a long one at the end); the results still come
    /// in the order of `texts`.
    ///
    /// ```
    /// let xs = vngov::Extractor::new().extract_batch(&["Tỉnh ủy Hà Giang họp.", ""]);
    /// assert_eq!(xs.len(), 2);
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Extraction> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            // the longest articles first, each thread taking the next one
            // as it is free: no thread is left with a long one at the end
            let mut order: Vec<usize> = (0..texts.len()).collect();
            order.sort_by_key(|&i| std::cmp::Reverse(texts[i].as_ref().len()));
            let mut done: Vec<(usize, Extraction)> = order
                .into_iter()
                .par_bridge()
                .map(|i| (i, self.extract(texts[i].as_ref())))
                .collect();
            done.sort_unstable_by_key(|&(i, _)| i);
            done.into_iter().map(|(_, x)| x).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.extract(t.as_ref())).collect()
        }
    }
}

/// Texts longer than this many bytes (128 MiB) are read in pieces: see
/// [`Extractor::extract`].
const PIECE: usize = 128 << 20;

/// The end of the piece of `text` that starts at `start` and takes at
/// most `piece` bytes (at least one char): after its last line break, or
/// failing one after its last sentence's end ('.', '!', '?' or ';' and a
/// space), its last space, or at a char boundary; the end of the text when
/// the rest is short enough.
fn cut(text: &str, start: usize, piece: usize) -> usize {
    let limit = start.saturating_add(piece);
    if limit >= text.len() {
        return text.len();
    }
    let bytes = &text.as_bytes()[start..limit];
    let after = |b: u8| bytes.iter().rposition(|&x| x == b).map(|p| start + p + 1);
    let at_boundary = || {
        let mut end = limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if end > start {
            end
        } else {
            // a piece shorter than the char there: the whole char
            start + text[start..].chars().next().map_or(1, char::len_utf8)
        }
    };
    let after_sentence = || {
        bytes
            .windows(2)
            .rposition(|w| matches!(w, [b'.' | b'!' | b'?' | b';', b' ']))
            .map(|p| start + p + 2)
    };
    after(b'\n')
        .or_else(after_sentence)
        .or_else(|| after(b' '))
        .unwrap_or_else(at_boundary)
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
    use crate::recognize::tokens::MAX_TEXT;

    #[test]
    fn a_piece_ends_after_its_last_line_break_or_space_or_at_a_char() {
        let text = "Một hai.\nBa bốn năm.\nSáu";
        assert_eq!(cut(text, 0, 100), text.len());
        assert_eq!(cut(text, 0, 15), "Một hai.\n".len());
        let second = "Một hai.\n".len();
        assert_eq!(cut(text, second, 9), second + "Ba bốn ".len());
        // no line break: after a sentence's end rather than any space
        assert_eq!(cut("Một hai. Ba bốn năm", 0, 15), "Một hai. ".len());
        // no line break or space: a char boundary ("ộ" takes three bytes)
        assert_eq!(cut("Một", 0, 2), 1);
        assert_eq!(cut("Một", 1, 2), 4);
        assert_eq!(cut("ộộ", 0, 1), 3);
    }

    #[test]
    fn a_long_text_is_read_in_pieces_cut_at_line_breaks() {
        let e = Extractor::new();
        let first = "Đồng chí Lê Văn Hai, Bí thư Tỉnh ủy Lạng Sơn, phát biểu.\n";
        let second =
            "Ông Trần Minh Ba, Chủ tịch UBND tỉnh Cao Bằng, ký Quyết định số 12/QĐ-UBND.\n";
        let text = format!("{first}{second}");
        let whole = e.extract(&text);
        // pieces of one paragraph each: the same items, each span on the
        // same words of the whole text
        let pieces = e.extract_in_pieces(&text, second.len() + 1, MAX_TEXT);
        assert_eq!(pieces, whole);
        assert_eq!(pieces.officials.len(), 2);
        let span = pieces.officials[1].mentions[0];
        assert_eq!(&text[span.start..span.end], "Trần Minh Ba");
        let span = pieces.documents[0].span;
        assert_eq!(&text[span.start..span.end], "12/QĐ-UBND");
        // a piece whose normalized form is too long is cut again: "UBND"
        // is written out, the text grows
        let norm_len = normalize(second).text.len();
        assert!(norm_len > second.len());
        let cut_again = e.extract_in_pieces(second, second.len(), second.len() + 1);
        let span = cut_again.documents[0].span;
        assert_eq!(&second[span.start..span.end], "12/QĐ-UBND");
        let span = cut_again.officials[0].mentions[0];
        assert_eq!(&second[span.start..span.end], "Trần Minh Ba");
        // read in two, the body lost its province
        assert_ne!(cut_again, e.extract(second));
    }

    proptest::proptest! {
        /// Read in pieces of any size, with any limit on the normalized
        /// length, a text gives spans on char boundaries of itself.
        #[test]
        fn pieces_of_any_size_give_spans_into_the_text(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Bí thư ", "Tỉnh ủy ", "UBND ", "Lê Văn Hai", ", ", ".\n", "ngày 2/9/2024 ",
                "số 12/QĐ-UBND ", "ộ", " ", "\n", "Đại tá ", "ký kết ",
            ]), 0..30),
            piece in 1usize..80,
            max_normalized in 1usize..120,
        ) {
            let text: String = parts.concat();
            let x = Extractor::new().extract_in_pieces(&text, piece, max_normalized);
            let mut spans = Vec::new();
            for o in &x.officials {
                spans.extend(o.mentions.iter().copied());
                spans.extend(o.positions.iter().map(|p| p.span));
            }
            for o in &x.organizations {
                spans.extend(o.mentions.iter().copied());
            }
            spans.extend(x.dates.iter().map(|d| d.span));
            spans.extend(x.documents.iter().map(|d| d.span));
            for sg in &x.signings {
                spans.push(sg.span);
                spans.extend(sg.document_ref.iter().map(|d| d.span));
            }
            spans.extend(x.warnings.iter().map(|w| w.span));
            for s in spans {
                proptest::prop_assert!(s.start <= s.end && text.get(s.start..s.end).is_some());
            }
        }
    }

    #[test]
    fn a_batch_keeps_the_order_of_its_articles() {
        let e = Extractor::new();
        let texts: Vec<String> = (0..12)
            .map(|i| {
                let line = format!(
                    "Ngày {}/3/2024, Đại tá Lê Văn Hai thăm Tỉnh ủy Hà Giang. ",
                    i + 1
                );
                line.repeat(1 + (i * 7) % 5)
            })
            .collect();
        let batch = e.extract_batch(&texts);
        let one_by_one: Vec<Extraction> = texts.iter().map(|t| e.extract(t)).collect();
        assert_eq!(batch, one_by_one);
        assert_eq!(batch[4].dates[0].value.to_string(), "2024-03-05");
    }

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        assert_send_sync::<Extraction>();
    }
}
