#!/usr/bin/env python3
"""Times underthesea.ner over the first N dev articles in one process.

usage: underthesea.py CORPUS_DIR [N]

Prints one line `underthesea_kb_per_s=<float>` (plus details on stderr), or
says underthesea is missing and exits 0.
"""
import pathlib
import sys
import time


def main() -> int:
    # This file is itself named underthesea.py: drop its folder from the path
    # so the import below finds the package, not this script.
    here = pathlib.Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if pathlib.Path(p or ".").resolve() != here]
    corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/dev")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    try:
        import underthesea  # noqa: PLC0415
    except ImportError:
        print("underthesea is not installed (pip install underthesea); nothing to compare", file=sys.stderr)
        return 0
    paths = sorted(corpus.glob("*.txt"))[:n]
    if not paths:
        print(f"no .txt articles in {corpus}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts)

    start = time.perf_counter()
    underthesea.ner("Thiếu tướng Nguyễn Văn An làm việc với Tỉnh ủy Hà Giang.")  # loads the model
    load = time.perf_counter() - start

    start = time.perf_counter()
    entities = 0
    for text in texts:
        entities += sum(1 for tok in underthesea.ner(text) if tok[-1] != "O")
    elapsed = time.perf_counter() - start
    print(
        f"underthesea {getattr(underthesea, '__version__', '?')}: {len(texts)} articles, {size} bytes, "
        f"model load {load:.2f} s, ner {elapsed:.2f} s, {entities} entity tokens",
        file=sys.stderr,
    )
    print(f"underthesea_kb_per_s={size / 1024 / elapsed:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
