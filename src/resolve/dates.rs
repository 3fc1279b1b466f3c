//! Date resolution (stub: filled by the dates issue).

use crate::model::{DateMention, PartialDate};
use crate::recognize::dates::RawDate;

/// Resolves raw date expressions to calendar values (spans in normalized bytes).
pub(crate) fn resolve(_raw: Vec<RawDate>, _published: Option<PartialDate>) -> Vec<DateMention> {
    Vec::new()
}
