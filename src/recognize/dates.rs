//! Date expressions (stub: filled by the dates issue).

/// A date expression found in the normalized text, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawDate {
    /// Byte range in the normalized text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

/// Finds date expressions in normalized text.
pub(crate) fn find(_text: &str) -> Vec<RawDate> {
    Vec::new()
}
