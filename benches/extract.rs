//! Throughput of vngov, measured apart: building an `Extractor`; `extract`
//! over the dev corpus (`../shared/corpus/dev/*.txt` when present, else the
//! built-in sample); `normalized_text` alone; one ~10 MB document; the floor any extractor pays (NFC
//! plus one leftmost-longest Aho–Corasick pass of vngov's whole lexicon,
//! `vngov::lexicon_terms()`, compiled as a DFA), with
//! NFC composing every text and, stricter, with NFC's quick check first;
//! and `extract_batch` on one thread and, with `--features rayon`, on all.
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench extract --features rayon -- --warm-up-time 1 --measurement-time 3 batch
//! ```
//!
//! Set `VNGOV_CORPUS=DIR` to read the articles from another folder.

// `criterion_group!` generates an undocumented `pub fn`.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use vngov::Extractor;

#[path = "../examples/common/sample.rs"]
mod sample;

/// The dev corpus articles, or the built-in sample when the corpus is absent.
fn articles() -> (Vec<String>, &'static str) {
    let dir = std::env::var_os("VNGOV_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        eprintln!(
            "bench: no corpus at {}, using the built-in sample",
            dir.display()
        );
        (vec![sample::SAMPLE.to_string()], "sample")
    } else {
        eprintln!(
            "bench: {} articles, {} bytes from {}",
            texts.len(),
            texts.iter().map(String::len).sum::<usize>(),
            dir.display()
        );
        (texts, "corpus")
    }
}

/// The articles joined and repeated to about `target` bytes.
fn large(texts: &[String], target: usize) -> String {
    let mut out = String::with_capacity(target + 64 * 1024);
    while out.len() < target {
        for t in texts {
            out.push_str(t);
            out.push_str("\n\n");
        }
    }
    out
}

/// The floor: NFC into a new String, then one leftmost-longest pass.
fn floor(ac: &AhoCorasick, text: &str) -> usize {
    let nfc: String = text.nfc().collect();
    ac.find_iter(&nfc).count()
}

/// The floor with NFC as a normalizer would usually run it: the quick
/// check first (UAX #15), composing only a text that may need it. News text
/// is nearly always NFC already, so this floor is mostly the automaton.
fn floor_quick(ac: &AhoCorasick, text: &str) -> usize {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        ac.find_iter(text).count()
    } else {
        floor(ac, text)
    }
}

/// `extract` against the floor, run in turns over the articles and each
/// kept at its fastest round: on a shared machine the two criterion groups
/// meet different noise, turns meet the same.
fn interleaved_ratio(extractor: &Extractor, ac: &AhoCorasick, texts: &[String]) {
    let (mut extract, mut floor_time, mut quick_time) =
        (Duration::MAX, Duration::MAX, Duration::MAX);
    for _ in 0..40 {
        let t = Instant::now();
        for text in texts {
            black_box(floor(ac, black_box(text)));
        }
        floor_time = floor_time.min(t.elapsed());
        let t = Instant::now();
        for text in texts {
            black_box(floor_quick(ac, black_box(text)));
        }
        quick_time = quick_time.min(t.elapsed());
        let t = Instant::now();
        for text in texts {
            black_box(extractor.extract(black_box(text)));
        }
        extract = extract.min(t.elapsed());
    }
    eprintln!(
        "bench: fastest of 40 rounds in turns: extract {:.2} ms, floor {:.2} ms (ratio {:.2}), \
         floor with the NFC quick check {:.2} ms (ratio {:.2})",
        extract.as_secs_f64() * 1e3,
        floor_time.as_secs_f64() * 1e3,
        extract.as_secs_f64() / floor_time.as_secs_f64(),
        quick_time.as_secs_f64() * 1e3,
        extract.as_secs_f64() / quick_time.as_secs_f64()
    );
}

fn benches(c: &mut Criterion) {
    let (texts, source) = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let big = large(&texts, 10 * 1024 * 1024);
    let extractor = Extractor::builder()
        .published("2024-03-14")
        .expect("valid date")
        .build();
    let terms: Vec<&str> = vngov::lexicon_terms().collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&terms)
        .expect("automaton");
    eprintln!("bench: floor automaton over {} terms", terms.len());
    interleaved_ratio(&extractor, &ac, &texts);

    let mut g = c.benchmark_group("construct");
    g.bench_function("Extractor::new", |b| b.iter(|| black_box(Extractor::new())));
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(source, |b| {
        b.iter(|| {
            for t in &texts {
                black_box(extractor.extract(black_box(t)));
            }
        })
    });
    g.finish();

    // The first stage alone, to see how much of `extract` it costs.
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(BenchmarkId::new("normalized_text", source), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| vngov::normalized_text(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("floor");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(BenchmarkId::new("nfc+aho-corasick", source), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| floor(&ac, black_box(t)))
                .sum::<usize>()
        })
    });
    g.bench_function(
        BenchmarkId::new("nfc-quick-check+aho-corasick", source),
        |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| floor_quick(&ac, black_box(t)))
                    .sum::<usize>()
            })
        },
    );
    g.finish();

    let mut g = c.benchmark_group("large");
    g.sample_size(10)
        .throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("extract 10MB", |b| {
        b.iter(|| black_box(extractor.extract(black_box(&big))))
    });
    g.bench_function("floor 10MB", |b| b.iter(|| floor(&ac, black_box(&big))));
    g.finish();

    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Bytes(bytes as u64));
    #[cfg(feature = "rayon")]
    {
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        g.bench_function(BenchmarkId::new("extract_batch", "rayon 1 thread"), |b| {
            b.iter(|| one.install(|| black_box(extractor.extract_batch(black_box(&texts)))))
        });
        let threads = rayon::current_num_threads();
        g.bench_function(
            BenchmarkId::new("extract_batch", format!("rayon {threads} threads")),
            |b| b.iter(|| black_box(extractor.extract_batch(black_box(&texts)))),
        );
    }
    #[cfg(not(feature = "rayon"))]
    g.bench_function(BenchmarkId::new("extract_batch", "serial"), |b| {
        b.iter(|| black_box(extractor.extract_batch(black_box(&texts))))
    });
    g.finish();
}

criterion_group! {
    name = extract;
    config = Criterion::default().sample_size(40).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    targets = benches
}
criterion_main!(extract);
