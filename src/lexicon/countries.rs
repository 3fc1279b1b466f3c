//! Foreign countries named in Vietnamese news, as the press writes them.

/// Country names.
pub(crate) static COUNTRIES: &[&str] = &["Campuchia", "Lào", "Trung Quốc"];
