#!/usr/bin/env bash
# Compares vngov's throughput with underthesea's NER on the same dev articles.
#
#   benches/compare/run.sh [N]        # first N articles (default 20)
#
# Reads ../shared/corpus/dev (or $VNGOV_CORPUS). Without Python or
# underthesea it says so and exits 0.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
corpus=${VNGOV_CORPUS:-../shared/corpus/dev}
n=${1:-20}

if ! command -v python3 >/dev/null 2>&1; then
  echo "compare: python3 not found; nothing to compare"; exit 0
fi
if ! python3 -c 'import underthesea' 2>/dev/null; then
  echo "compare: underthesea is not installed (pip install underthesea); nothing to compare"; exit 0
fi
if ! ls "$corpus"/*.txt >/dev/null 2>&1; then
  echo "compare: no articles in $corpus"; exit 1
fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$corpus" "$n" > "$tmp/articles.jsonl" <<'PY'
import json, pathlib, sys
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))[: int(sys.argv[2])]:
    print(json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False))
PY
bytes=$(python3 -c 'import sys, json; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$tmp/articles.jsonl")

echo "== underthesea.ner over $n articles ($bytes bytes)"
ut=$(python3 benches/compare/underthesea.py "$corpus" "$n" | sed -n 's/^underthesea_kb_per_s=//p')

echo "== vngov: cargo run --release --example extract -- --jsonl (same articles)"
cargo build --quiet --release --example extract
runs=5
start=$(date +%s%N)
for _ in $(seq "$runs"); do
  cargo run --quiet --release --example extract -- --jsonl < "$tmp/articles.jsonl" > /dev/null
done
end=$(date +%s%N)
vn=$(python3 -c "print(f'{$bytes * $runs / 1024 / (($end - $start) / 1e9):.3f}')")

echo "underthesea: ${ut} KB/s"
echo "vngov:       ${vn} KB/s (process start and cargo run included, mean of $runs runs)"
python3 -c "print(f'ratio vngov/underthesea: {$vn / $ut:.1f}x')"
