#!/usr/bin/env python3
"""Extraction throughput on the bench archive, C++ command line and Python.

    .venv/bin/python benchmarks/extract_benchmark.py [--limit N]

Times `thainews extract --jsonl` (the C++ command, all cores and one) and
`Extractor.extract_batch` (Python, all cores and one) on the same articles,
the "text" fields of shared/corpus/bench/thaigov-2000.jsonl.gz, and reports
articles and characters per second and the peak memory of each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_corpus import DEFAULT_CORPUS, ROOT, load_articles


def time_cli(cli: str, files: list[str], threads: int) -> tuple[float, float]:
    """Seconds and peak resident MB of one run of the command over `files`."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([cli, "extract", "--jsonl", "--no-progress", f"--threads={threads}", *files],
                   check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def time_python(texts: list[str], threads: int) -> float:
    import thainews

    extractor = thainews.Extractor()
    start = time.perf_counter()
    for _ in extractor.iter_extract(texts, num_threads=threads, return_errors=True):
        pass
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--cli", default=str(ROOT / "build/thainews"))
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    cli = args.cli if os.path.exists(args.cli) else shutil.which("thainews")
    if not cli:
        sys.exit("no thainews command: build it (cmake --build build) or pass --cli")

    texts = load_articles(args.corpus, args.limit)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {chars:,} characters; {os.cpu_count()} cores")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        files = []
        for n, t in enumerate(texts):
            p = os.path.join(d, f"{n:05d}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(t)
            files.append(p)
        for threads in (1, -1):
            seconds, peak = time_cli(cli, files, threads)
            rows.append((f"C++ command, {'all cores' if threads < 0 else '1 thread'}", seconds, peak))
    for threads in (1, -1):
        seconds = time_python(texts, threads)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append((f"Python extract_batch, {'all cores' if threads < 0 else '1 thread'}", seconds, peak))

    print(f"\n{'run':<34}{'seconds':>9}{'articles/s':>12}{'M chars/s':>11}{'peak MB':>9}")
    for label, seconds, peak in rows:
        print(f"{label:<34}{seconds:>9.2f}{len(texts) / seconds:>12.0f}{chars / seconds / 1e6:>11.2f}"
              f"{peak:>9.0f}")


if __name__ == "__main__":
    main()
