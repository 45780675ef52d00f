"""The bench archive both benchmark scripts read: one JSON object a line,
{"id": ..., "text": ...}, gzipped or not."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus/bench/thaigov-2000.jsonl.gz"


def load_articles(corpus: Path, limit: int | None = None) -> list[str]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    texts = []
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit and len(texts) >= limit:
                    break
    return texts
