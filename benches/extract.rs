//! Benchmarks (filled by the performance work).
fn main() {}
