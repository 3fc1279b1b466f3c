//! Detection of legacy 8-bit Vietnamese encodings read as Latin-1 (mojibake).

use crate::model::Warning;

/// Warnings about the input (spans in normalized bytes).
pub(crate) fn warnings(_text: &str) -> Vec<Warning> {
    Vec::new()
}
