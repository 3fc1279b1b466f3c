//! Officials and organizations (stub: filled by the officials and organizations issues).

use crate::lexicon::Lexicon;
use crate::model::{Official, Organization};
use crate::recognize::Doc;

/// Officials and bodies of one article (spans in normalized bytes).
pub(crate) struct People {
    pub officials: Vec<Official>,
    pub organizations: Vec<Organization>,
}

/// Finds officials and bodies.
pub(crate) fn resolve(_doc: &Doc<'_>, _lexicon: &Lexicon) -> People {
    People {
        officials: Vec::new(),
        organizations: Vec::new(),
    }
}
