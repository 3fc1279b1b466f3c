//! Resolution: linking mentions into results.

pub(crate) mod dates;
pub(crate) mod people;
pub(crate) mod signings;
pub(crate) mod spans;
