//! Vietnamese surnames (họ), common first: a capitalised run that starts with
//! one of these is likely a person's name.

/// Surnames, one or two syllables, canonical spelling.
pub(crate) static SURNAMES: &[&str] = &[
    "Bùi", "Hoàng", "Lê", "Nguyễn", "Phạm", "Phùng", "Trần", "Võ", "Vũ",
];
