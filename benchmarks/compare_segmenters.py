#!/usr/bin/env python3
"""thainews' segmenter side by side with its peers, in one run, on the same text.

    .venv/bin/pip install pythainlp nlpo3          # the Python peers
    cmake --build build --target segment_benchmark peers_benchmark
    .venv/bin/python benchmarks/compare_segmenters.py [--accuracy]

Speed: every segmenter reads the same text, the "text" fields of
shared/corpus/bench/thaigov-2000.jsonl.gz (--corpus), on one core.
- C++: build/benchmarks/segment_benchmark (thainews, each engine; the
  default engine also one call per article, as Python calls it) and
  build/benchmarks/peers_benchmark (ICU's word BreakIterator and libthai's
  th_brk called directly on the whole text);
- Python, one call per article: thainews.segment, PyThaiNLP newmm, nlpo3.
Ratios are against ICU's BreakIterator measured in the same run.

Accuracy (--accuracy): word F1 on shared/corpus/seg/*.jsonl by
shared/eval/score_seg.py, for thainews (each engine) and the Python peers.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_corpus import DEFAULT_CORPUS, ROOT, SHARED, load_articles


def run_cpp(binary: Path, text_file: Path, repetitions: int) -> dict[str, float]:
    """chars/s of each benchmark in a Google Benchmark binary (best repetition)."""
    if not binary.exists():
        sys.exit(f"{binary} is missing: cmake --build build --target {binary.name}")
    env = dict(os.environ, THAINEWS_BENCH_TEXT=str(text_file))
    out = subprocess.run(
        [str(binary), "--benchmark_format=json", f"--benchmark_repetitions={repetitions}",
         "--benchmark_min_time=0.5"],
        env=env, check=True, capture_output=True, text=True).stdout
    best: dict[str, float] = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") == "aggregate" or "chars/s" not in b:
            continue
        name = b["run_name"] if "run_name" in b else b["name"]
        best[name] = max(best.get(name, 0.0), float(b["chars/s"]))
    return best


def time_python(segment, texts: list[str], repetitions: int) -> float:
    """chars/s of calling segment(text) once per article (best repetition)."""
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repetitions):
        start = time.perf_counter()
        for t in texts:
            segment(t)
        best = min(best, time.perf_counter() - start)
    return chars / best


def python_segmenters() -> dict[str, object]:
    import thainews

    found: dict[str, object] = {
        "thainews (Python)": thainews.Segmenter().segment,
    }
    try:
        from pythainlp.tokenize import word_tokenize

        found["PyThaiNLP newmm"] = lambda t: word_tokenize(t, engine="newmm")
    except ImportError:
        print("note: PyThaiNLP is not installed (pip install pythainlp): skipped", file=sys.stderr)
    try:
        import nlpo3
        import pythainlp

        words = Path(pythainlp.__file__).parent / "corpus" / "words_th.txt"
        nlpo3.load_dict(str(words), "newmm_words")
        found["nlpo3"] = lambda t: nlpo3.segment(t, "newmm_words")
    except ImportError:
        print("note: nlpo3 is not installed (pip install nlpo3 pythainlp): skipped", file=sys.stderr)
    return found


def word_f1(segment, gold: Path, score_seg: Path) -> float:
    lines = gold.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".seg", delete=False) as f:
        for line in lines:
            f.write(json.dumps({"tokens": list(segment(line)) or [line]}, ensure_ascii=False) + "\n")
        pred = f.name
    try:
        out = subprocess.run([sys.executable, str(score_seg), "--gold", str(gold), "--pred", pred,
                              "--json"], check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(pred)
    return json.loads(out)["word"]["f1"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--build", type=Path, default=ROOT / "build")
    ap.add_argument("--limit", type=int, help="use only the first N articles")
    ap.add_argument("--repetitions", type=int, default=3)
    ap.add_argument("--accuracy", action="store_true", help="also score word F1 on the gold sets")
    ap.add_argument("--seg-dir", type=Path, default=SHARED / "corpus/seg")
    args = ap.parse_args()

    texts = load_articles(args.corpus, args.limit)
    chars = sum(len(t) for t in texts)
    print(f"text: {len(texts)} articles, {chars:,} characters ({args.corpus.name})")
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        # Form feeds between articles: segment_benchmark's BM_SegmentDocuments
        # makes one call per article there, as the Python figures do.
        f.write("\f".join(t.replace("\f", " ") for t in texts))
        text_file = Path(f.name)
    try:
        speeds: dict[str, float] = {}
        cpp = run_cpp(args.build / "benchmarks/segment_benchmark", text_file, args.repetitions)
        peers = run_cpp(args.build / "benchmarks/peers_benchmark", text_file, args.repetitions)
    finally:
        text_file.unlink()
    names = {
        "BM_SegmentDocuments": "thainews (C++, default engine)",
        "BM_Segment/default_fine": "thainews (C++, whole text at once)",
        "BM_Segment/default_compound": "thainews (C++, compound)",
        "BM_Segment/libthai_fine": "thainews (C++, libthai engine)",
        "BM_Segment/icu_fine": "thainews (C++, icu engine)",
        "BM_IcuWordBreakIterator": "ICU word BreakIterator (C++)",
        "BM_LibThaiThBrk": "libthai th_brk (C)",
    }
    for key, label in names.items():
        value = cpp.get(key) or peers.get(key)
        if value:
            speeds[label] = value
    for label, segment in python_segmenters().items():
        speeds[label] = time_python(segment, texts, args.repetitions)

    icu = speeds.get("ICU word BreakIterator (C++)")
    print(f"\n{'segmenter':<34}{'M chars/s':>10}{'x ICU':>8}")
    for label, value in sorted(speeds.items(), key=lambda kv: -kv[1]):
        ratio = f"{value / icu:.2f}" if icu else "-"
        print(f"{label:<34}{value / 1e6:>10.2f}{ratio:>8}")
    ours_cpp = speeds.get("thainews (C++, default engine)")
    ours_py = speeds.get("thainews (Python)")
    if ours_cpp and ours_py:
        print(f"\nPython thainews.segment runs at {ours_py / ours_cpp:.2f} of the C++ speed "
              f"(C++ / Python = {ours_cpp / ours_py:.2f}).")

    if args.accuracy:
        import thainews

        score_seg = SHARED / "eval/score_seg.py"
        candidates = {
            f"thainews ({engine})": thainews.Segmenter(engine=engine).segment
            for engine in ("default", "libthai", "icu")
        }
        candidates.update({k: v for k, v in python_segmenters().items() if "thainews" not in k})
        sets = sorted(args.seg_dir.glob("*.jsonl"))
        print(f"\n{'segmenter':<34}" + "".join(f"{g.stem:>16}" for g in sets))
        for label, segment in candidates.items():
            scores = [word_f1(segment, g, score_seg) for g in sets]
            print(f"{label:<34}" + "".join(f"{s:>16.4f}" for s in scores))


if __name__ == "__main__":
    main()
