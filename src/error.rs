//! Errors. Extraction itself never fails; only building an
//! [`Extractor`](crate::Extractor) with bad options and the explicit parse
//! functions return errors.

use thiserror::Error;

/// Everything that can go wrong in vngov.
///
/// ```
/// use vngov::{DocumentRef, Error};
/// let err = "not a number".parse::<DocumentRef>().unwrap_err();
/// assert!(matches!(err, Error::InvalidDocumentNumber { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// A date given as an option (for example the publication date) is not
    /// a valid `YYYY-MM-DD` calendar date.
    #[error("invalid date {input:?}: {reason}")]
    InvalidDate {
        /// The text that was given.
        input: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A string given to [`DocumentRef::from_str`](crate::DocumentRef) is not
    /// a Vietnamese legal-document number.
    #[error("invalid document number {input:?}: {reason}")]
    InvalidDocumentNumber {
        /// The text that was given.
        input: String,
        /// Why it was refused.
        reason: &'static str,
    },
}

/// `Result` with vngov's [`Error`](enum@Error).
///
/// ```
/// fn publication(date: &str) -> vngov::Result<vngov::PartialDate> {
///     date.parse()
/// }
/// assert!(publication("2024-03-14").is_ok());
/// assert!(publication("14/3/2024").is_err());
/// ```
pub type Result<T> = std::result::Result<T, Error>;
