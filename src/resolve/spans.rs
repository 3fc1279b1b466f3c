//! Maps every span of an extraction from normalized bytes to the caller's text.

use crate::Span;
use crate::model::Extraction;
use crate::normalize::Normalized;

/// Rewrites every span in `x` (normalized coordinates) into original coordinates.
pub(crate) fn to_original(x: &mut Extraction, norm: &Normalized) {
    let map = |s: &mut Span| *s = norm.to_original(s.start, s.end);
    for o in &mut x.officials {
        o.mentions.iter_mut().for_each(map);
        for p in &mut o.positions {
            map(&mut p.span);
        }
    }
    for o in &mut x.organizations {
        o.mentions.iter_mut().for_each(map);
    }
    for d in &mut x.dates {
        map(&mut d.span);
    }
    for s in &mut x.signings {
        map(&mut s.span);
        if let Some(d) = &mut s.document_ref {
            map(&mut d.span);
        }
    }
    for d in &mut x.documents {
        map(&mut d.span);
    }
    for w in &mut x.warnings {
        map(&mut w.span);
    }
}
