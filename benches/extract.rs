//! Throughput of vngov, measured apart: building an `Extractor`; `extract`
//! over the dev corpus (`../shared/corpus/dev/*.txt` when present, else the
//! built-in sample); `normalized_text` alone; one ~10 MB document; the floor any extractor pays (NFC
//! plus one leftmost-longest Aho–Corasick pass over ~500 political terms);
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
use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;
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

/// About 500 general Vietnamese political terms: titles, ranks, kinds of
/// bodies, provinces and their committees, common abbreviations.
fn political_terms() -> Vec<String> {
    const TITLES: &[&str] = &[
        "Tổng Bí thư",
        "Chủ tịch nước",
        "Thủ tướng",
        "Chủ tịch Quốc hội",
        "Bí thư",
        "Bí thư Tỉnh ủy",
        "Bí thư Thành ủy",
        "Bí thư Đảng ủy",
        "Bí thư Huyện ủy",
        "Bí thư Chi bộ",
        "Chủ tịch",
        "Chủ tịch UBND",
        "Chủ tịch HĐND",
        "Bộ trưởng",
        "Thứ trưởng",
        "Ủy viên",
        "Ủy viên Bộ Chính trị",
        "Ủy viên Trung ương Đảng",
        "Ủy viên Ban Thường vụ",
        "Tỉnh ủy viên",
        "Đại biểu Quốc hội",
        "Tư lệnh",
        "Chính ủy",
        "Chính trị viên",
        "Tham mưu trưởng",
        "Tổng Tham mưu trưởng",
        "Chỉ huy trưởng",
        "Giám đốc",
        "Tổng Giám đốc",
        "Chủ nhiệm",
        "Trưởng ban",
        "Cục trưởng",
        "Vụ trưởng",
        "Đồn trưởng",
        "Chánh án",
        "Viện trưởng",
        "Chánh Văn phòng",
        "Chánh Thanh tra",
        "Tổng Thanh tra",
        "Tổng Kiểm toán",
        "Thống đốc",
        "Tổng Thư ký",
        "Đại sứ",
        "Trợ lý",
        "Trưởng Công an",
        "Giám đốc Công an",
        "Chủ nhiệm Ủy ban Kiểm tra",
        "Trưởng Ban Tổ chức",
        "Trưởng Ban Tuyên giáo",
        "Trưởng Ban Dân vận",
        "Trưởng Ban Nội chính",
    ];
    const RANKS: &[&str] = &[
        "Binh nhì",
        "Binh nhất",
        "Hạ sĩ",
        "Trung sĩ",
        "Thượng sĩ",
        "Thiếu úy",
        "Trung úy",
        "Thượng úy",
        "Đại úy",
        "Thiếu tá",
        "Trung tá",
        "Thượng tá",
        "Đại tá",
        "Chuẩn Đô đốc",
        "Thiếu tướng",
        "Phó Đô đốc",
        "Trung tướng",
        "Đô đốc",
        "Thượng tướng",
        "Đại tướng",
    ];
    const BODIES: &[&str] = &[
        "Bộ Chính trị",
        "Ban Bí thư",
        "Ban Chấp hành Trung ương",
        "Quốc hội",
        "Ủy ban Thường vụ Quốc hội",
        "Chính phủ",
        "Văn phòng Chính phủ",
        "Mặt trận Tổ quốc Việt Nam",
        "Bộ Quốc phòng",
        "Bộ Công an",
        "Bộ Ngoại giao",
        "Bộ Nội vụ",
        "Bộ Tư pháp",
        "Bộ Tài chính",
        "Bộ Công Thương",
        "Bộ Xây dựng",
        "Bộ Y tế",
        "Bộ Giáo dục và Đào tạo",
        "Bộ Nông nghiệp và Môi trường",
        "Bộ Khoa học và Công nghệ",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Dân tộc và Tôn giáo",
        "Ngân hàng Nhà nước",
        "Thanh tra Chính phủ",
        "Kiểm toán Nhà nước",
        "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao",
        "Ban Tổ chức Trung ương",
        "Ban Tuyên giáo và Dân vận Trung ương",
        "Ban Nội chính Trung ương",
        "Ban Chính sách, chiến lược Trung ương",
        "Ủy ban Kiểm tra Trung ương",
        "Văn phòng Trung ương Đảng",
        "Quân ủy Trung ương",
        "Đảng ủy Công an Trung ương",
        "Bộ Tổng Tham mưu",
        "Tổng cục Chính trị",
        "Tổng cục Hậu cần",
        "Tổng cục Kỹ thuật",
        "Tổng cục Công nghiệp quốc phòng",
        "Quân khu 1",
        "Quân khu 2",
        "Quân khu 3",
        "Quân khu 4",
        "Quân khu 5",
        "Quân khu 7",
        "Quân khu 9",
        "Bộ Tư lệnh Thủ đô Hà Nội",
        "Quân chủng Hải quân",
        "Quân chủng Phòng không - Không quân",
        "Bộ đội Biên phòng",
        "Bộ Tư lệnh Bộ đội Biên phòng",
        "Cảnh sát biển Việt Nam",
        "Bộ Tư lệnh Cảnh sát biển",
        "Binh chủng Công binh",
        "Binh chủng Đặc công",
        "Binh chủng Thông tin liên lạc",
        "Binh chủng Hóa học",
        "Binh chủng Tăng thiết giáp",
        "Binh chủng Pháo binh",
        "Quân đoàn 12",
        "Quân đoàn 34",
        "Học viện Quốc phòng",
        "Học viện Chính trị",
        "Học viện Chính trị quốc gia Hồ Chí Minh",
        "Tổng Liên đoàn Lao động Việt Nam",
        "Hội Liên hiệp Phụ nữ Việt Nam",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Hội Cựu chiến binh Việt Nam",
        "Hội Nông dân Việt Nam",
        "Ban Chỉ đạo",
        "Hội đồng nhân dân",
        "Ủy ban nhân dân",
        "Bộ Chỉ huy Quân sự",
        "Bộ Chỉ huy Bộ đội Biên phòng",
        "Công an tỉnh",
        "Công an thành phố",
        "Đồn Biên phòng",
        "Ban Chỉ huy Quân sự",
        "Sở Nội vụ",
        "Sở Tài chính",
        "Sở Y tế",
        "Sở Xây dựng",
    ];
    const PROVINCES: &[&str] = &[
        "Hà Nội",
        "Hồ Chí Minh",
        "Hải Phòng",
        "Đà Nẵng",
        "Cần Thơ",
        "Huế",
        "An Giang",
        "Bắc Ninh",
        "Cà Mau",
        "Cao Bằng",
        "Đắk Lắk",
        "Điện Biên",
        "Đồng Nai",
        "Đồng Tháp",
        "Gia Lai",
        "Hà Tĩnh",
        "Hưng Yên",
        "Khánh Hòa",
        "Lai Châu",
        "Lâm Đồng",
        "Lạng Sơn",
        "Lào Cai",
        "Nghệ An",
        "Ninh Bình",
        "Phú Thọ",
        "Quảng Ngãi",
        "Quảng Ninh",
        "Quảng Trị",
        "Sơn La",
        "Tây Ninh",
        "Thái Nguyên",
        "Thanh Hóa",
        "Tuyên Quang",
        "Vĩnh Long",
        "Hà Giang",
        "Bắc Giang",
        "Bắc Kạn",
        "Yên Bái",
        "Hòa Bình",
        "Vĩnh Phúc",
        "Hải Dương",
        "Thái Bình",
        "Nam Định",
        "Hà Nam",
        "Quảng Bình",
        "Quảng Nam",
        "Bình Định",
        "Phú Yên",
        "Ninh Thuận",
        "Bình Thuận",
        "Kon Tum",
        "Đắk Nông",
        "Bình Phước",
        "Bình Dương",
        "Bà Rịa - Vũng Tàu",
        "Long An",
        "Tiền Giang",
        "Bến Tre",
        "Trà Vinh",
        "Hậu Giang",
        "Sóc Trăng",
        "Bạc Liêu",
        "Kiên Giang",
    ];
    const ABBREVIATIONS: &[&str] = &[
        "UBND", "HĐND", "MTTQ", "BĐBP", "BCH", "BCHQS", "BTL", "QĐND", "CAND", "TW", "BCT", "BBT",
        "UBKT", "QUTW", "ĐBQH", "LĐLĐ", "HLHPN", "CCB", "BTV", "VKSND", "TAND", "CSB", "BQP",
        "BCA", "TTg",
    ];
    let mut terms: Vec<String> = Vec::new();
    terms.extend(TITLES.iter().map(|t| t.to_string()));
    terms.extend(TITLES.iter().map(|t| format!("Phó {t}")));
    terms.extend(RANKS.iter().map(|t| t.to_string()));
    terms.extend(BODIES.iter().map(|t| t.to_string()));
    terms.extend(ABBREVIATIONS.iter().map(|t| t.to_string()));
    for p in PROVINCES {
        terms.push(p.to_string());
        terms.push(format!("Tỉnh ủy {p}"));
        terms.push(format!("UBND tỉnh {p}"));
        terms.push(format!("Bộ Chỉ huy Quân sự tỉnh {p}"));
    }
    terms.sort();
    terms.dedup();
    terms
}

/// The floor: NFC into a new String, then one leftmost-longest pass.
fn floor(ac: &AhoCorasick, text: &str) -> usize {
    let nfc: String = text.nfc().collect();
    ac.find_iter(&nfc).count()
}

fn benches(c: &mut Criterion) {
    let (texts, source) = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let big = large(&texts, 10 * 1024 * 1024);
    let extractor = Extractor::builder()
        .published("2024-03-14")
        .expect("valid date")
        .build();
    let terms = political_terms();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&terms)
        .expect("automaton");
    eprintln!("bench: floor automaton over {} terms", terms.len());

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
    config = Criterion::default().sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(extract);
