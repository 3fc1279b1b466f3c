//! Legal-document numbers (stub: filled by the documents issue).

use crate::model::DocumentRef;
use crate::{Error, Span};

/// Finds document numbers in normalized text (spans in normalized bytes).
pub(crate) fn find(_text: &str) -> Vec<DocumentRef> {
    Vec::new()
}

/// Parses a bare document number.
pub(crate) fn parse_number(s: &str) -> Result<DocumentRef, Error> {
    let _ = Span::default();
    Err(Error::InvalidDocumentNumber {
        input: s.to_string(),
        reason: "not implemented",
    })
}
