//! The public, typed results of an extraction.
//!
//! Every type here derives `Serialize` and `Deserialize`; the JSON form of
//! [`Extraction`] is the crate's stable output format.

mod date;
mod document;
mod extraction;
mod official;
mod organization;
mod signing;

pub use date::{DateMention, PartOfDay, PartialDate, Precision, RangeRole, Relative, TimeOfDay};
pub use document::{DocumentKind, DocumentRef};
pub use extraction::{Extraction, SpanKind, Warning, WarningKind};
pub use official::{Honor, Official, Position, Rank, RankBranch, Role, Title};
pub use organization::{Level, OrgKind, OrgRef, Organization};
pub use signing::{SignedKind, SignedObject, Signing, SigningStatus};
