//! Adversarial inputs for `extract`, each at a quarter and at full size so
//! the report shows whether time grows linearly (×4) or worse:
//! one capitalised syllable repeated (10 MB), digits and slashes (1 MB),
//! 100,000 abbreviation definitions, one letter with 100,000 combining
//! marks, a 5 MB single line without punctuation, 20,000 bodies each of
//! another ward ("UBND phường 1, UBND phường 2, …": places are open text,
//! each one counted for the article's localities), and one name followed
//! by 16,000 posts (a person's posts are compared for duplicates).
//!
//! ```text
//! cargo bench --bench adversarial -- --warm-up-time 1 --measurement-time 3
//! ```

// `criterion_group!` generates an undocumented `pub fn`.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use vngov::Extractor;

const MB: usize = 1024 * 1024;

/// `unit` repeated until the text holds at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Builds an input at a fraction 1/k of its full size.
type Make = Box<dyn Fn(usize) -> String>;

/// Each input, by name.
fn inputs() -> Vec<(&'static str, Make)> {
    vec![
        (
            "syllable 10MB",
            Box::new(|k| repeat_to("Nguyễn ", 10 * MB / k)),
        ),
        (
            "digits+slashes 1MB",
            Box::new(|k| {
                let mut s = String::with_capacity(MB / k + 16);
                let mut n: u32 = 7;
                while s.len() < MB / k {
                    n = n.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    s.push_str(&(n % 10_000).to_string());
                    s.push(if n % 3 == 0 { '-' } else { '/' });
                }
                s
            }),
        ),
        (
            "abbreviation defs x100k",
            Box::new(|k| "Bộ Tư lệnh (BTL) ".repeat(100_000 / k)),
        ),
        (
            "combining marks x100k",
            Box::new(|k| {
                let mut s = String::from("a");
                s.extend(std::iter::repeat_n('\u{0301}', 100_000 / k));
                s
            }),
        ),
        (
            "one line 5MB",
            Box::new(|k| {
                repeat_to(
                    "tỉnh ủy hà giang họp bàn công tác quân sự quốc phòng ",
                    5 * MB / k,
                )
            }),
        ),
        (
            "distinct places x20k",
            Box::new(|k| {
                (0..20_000 / k)
                    .map(|i| format!("UBND phường {i}, "))
                    .collect()
            }),
        ),
        (
            "posts of one name x16k",
            Box::new(|k| {
                let mut s = String::from("Ông Trần Văn Bình, ");
                for i in 0..16_000 / k {
                    s.push_str(&format!("Chủ tịch UBND phường {i}, "));
                }
                s.push_str("phát biểu.");
                s
            }),
        ),
    ]
}

fn benches(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, make) in inputs() {
        for k in [4, 1] {
            let text = make(k);
            g.throughput(Throughput::Bytes(text.len() as u64));
            let size = if k == 1 {
                "full".to_string()
            } else {
                format!("1/{k}")
            };
            g.bench_with_input(BenchmarkId::new(name, size), &text, |b, t| {
                b.iter(|| black_box(extractor.extract(black_box(t))))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = adversarial;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(adversarial);
