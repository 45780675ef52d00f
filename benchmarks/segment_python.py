#!/usr/bin/env python3
"""Throughput of the Python call thainews.segment on articles of normal length.

    python3 benchmarks/segment_python.py ARTICLES.jsonl[.gz] [--engine E] [--seconds S]

ARTICLES: one JSON object a line with a "text" field (e.g. the shared corpus's
bench/thaigov-2000.jsonl.gz). Prints characters per second over all articles,
one call per article. --write-text FILE also writes the articles separated by
form feeds, for the C++ figure on the same calls:

    THAINEWS_BENCH_TEXT=FILE build/benchmarks/segment_benchmark \
        --benchmark_filter=BM_SegmentDocuments
"""
import argparse
import gzip
import json
import statistics
import time

import thainews


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles")
    ap.add_argument("--engine", default="default")
    ap.add_argument("--granularity", default="fine")
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--write-text", metavar="FILE")
    args = ap.parse_args()

    opener = gzip.open if args.articles.endswith(".gz") else open
    with opener(args.articles, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    chars = sum(len(t) for t in texts)
    if args.write_text:
        with open(args.write_text, "w", encoding="utf-8") as f:
            f.write("\f".join(t.replace("\f", " ") for t in texts))
    thainews.segment(texts[0], engine=args.engine, granularity=args.granularity)  # warm up

    rounds, start = 0, time.process_time()
    while True:
        for t in texts:
            thainews.segment(t, engine=args.engine, granularity=args.granularity)
        rounds += 1
        elapsed = time.process_time() - start
        if elapsed >= args.seconds:
            break
    print(f"articles {len(texts)}, median {statistics.median(len(t) for t in texts):.0f} chars")
    print(f"thainews.segment ({args.engine}, {args.granularity}): "
          f"{rounds * chars / elapsed / 1e6:.2f} M chars/s, "
          f"{rounds * len(texts) / elapsed:.0f} articles/s (CPU time)")


if __name__ == "__main__":
    main()
