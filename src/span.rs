//! Byte spans into the caller's original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the text given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Both ends always fall on `char` boundaries of that text, so
/// [`Span::slice`] never panics on the text the span came from.
///
/// # Example
///
/// ```
/// use vngov::Span;
/// let text = "Tỉnh ủy Lạng Sơn";
/// let span = Span::new(0, 11);
/// assert_eq!(span.slice(text), Some("Tỉnh ủy"));
/// assert_eq!(span.len(), 11);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (half-open).
    ///
    /// ```
    /// assert_eq!(vngov::Span::new(2, 5).end, 5);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(vngov::Span::new(2, 5).len(), 3);
    /// ```
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    ///
    /// ```
    /// assert!(vngov::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `None` when the span does not fit `text`
    /// or does not fall on `char` boundaries.
    ///
    /// ```
    /// assert_eq!(vngov::Span::new(0, 5).slice("Đảng"), Some("Đả"));
    /// assert_eq!(vngov::Span::new(0, 1).slice("Đảng"), None);
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when `other` lies inside this span.
    ///
    /// ```
    /// use vngov::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use vngov::Span;
    /// assert_eq!(Span::new(0, 3).cover(Span::new(5, 9)), Span::new(0, 9));
    /// ```
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<std::ops::Range<usize>> for Span {
    /// The span of a byte range.
    ///
    /// ```
    /// assert_eq!(vngov::Span::from(3..7), vngov::Span::new(3, 7));
    /// ```
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
