//! Signing events (stub: filled by the signings issue).

use crate::model::{DateMention, DocumentRef, Official, Organization, Signing};
use crate::recognize::Doc;

/// Finds signing events (spans in normalized bytes).
pub(crate) fn resolve(
    _doc: &Doc<'_>,
    _officials: &[Official],
    _orgs: &[Organization],
    _dates: &[DateMention],
    _documents: &[DocumentRef],
) -> Vec<Signing> {
    Vec::new()
}
