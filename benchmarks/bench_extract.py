"""Speed of extraction without attribution (no parser) on the BBC corpus, one core.

    .venv/bin/python benchmarks/bench_extract.py [--repeat 3]

Articles are loaded and wrapped as Documents before timing; the figure is the best of
--repeat passes over all 2,225 articles (articles/s and characters/s), by wall clock and by
this process's CPU time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.shared import corpora_dir, require

BBC = corpora_dir() / "bbc_news_2004_2005" / "articles.jsonl"  # or --path; see onrecord.shared


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--path", type=Path, default=BBC)
    a = ap.parse_args()
    docs = []
    with open(require(a.path), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            docs.append(Document(text=rec["text"], path=rec["id"]))
    chars = sum(len(d.text) for d in docs)
    assert "spacy" not in sys.modules
    best = best_cpu = float("inf")
    quotes = 0
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        c0 = time.process_time()
        quotes = 0
        for d in docs:
            quotes += len(extract_document(d).quotes)
        best = min(best, time.perf_counter() - t0)
        # CPU time of this process: on a machine shared with other jobs, wall time also
        # counts the time the scheduler gave to someone else.
        best_cpu = min(best_cpu, time.process_time() - c0)
    assert "spacy" not in sys.modules, "extraction must not load the parser"
    print(f"articles={len(docs)} chars={chars} quotes={quotes} best_of={a.repeat}")
    print(f"wall: time={best:.3f}s  articles/s={len(docs) / best:,.0f}  chars/s={chars / best:,.0f}")
    print(
        f"cpu:  time={best_cpu:.3f}s  articles/s={len(docs) / best_cpu:,.0f}  "
        f"chars/s={chars / best_cpu:,.0f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
