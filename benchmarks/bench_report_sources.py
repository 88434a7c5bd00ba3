"""Ingest cost of news reports as sources (issue 12): N real news articles (BBC or AllSides,
seeded shuffle) added to a fresh archive twice, with the extraction and attribution step that
credits each quoted span to the quoted person (archive/reports.py) and without it
(``ArchiveOptions(report_extraction=False)``: every source stored as its header says). The
ratio of the two is the figure to quote (both runs share the machine's load); docs/s and
chars/s are printed as well, with the counts of reports and quoted spans stored.

    .venv/bin/python benchmarks/bench_report_sources.py --corpus bbc --n 1000

Corpus text is read from ../shared/data/corpora (or $ONRECORD_SHARED) into a temporary folder,
never stored in the repository."""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import tempfile
import time
from pathlib import Path

from onrecord.shared import corpora_dir

FILES = {"bbc": ("bbc_news_2004_2005", "articles.jsonl"), "allsides": ("allsides_news_2012_2020", "articles.jsonl.xz")}


def sample(corpus: str, n: int, seed: int) -> list[dict]:
    folder, name = FILES[corpus]
    path = corpora_dir() / folder / name
    opener = lzma.open if name.endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    random.Random(seed).shuffle(recs)
    return recs[:n]


def ingest(folder: Path, extraction: bool) -> tuple[float, dict]:
    from onrecord.archive import Archive
    from onrecord.thresholds.archive import ArchiveOptions

    a = Archive(Path(tempfile.mkdtemp(prefix="bench-reports-")), options=ArchiveOptions(report_extraction=extraction))
    t0 = time.perf_counter()
    a.add([folder], progress=False)
    dt = time.perf_counter() - t0
    q = lambda sql: a.db.execute(sql).fetchone()[0]  # noqa: E731
    counts = {"documents": q("SELECT COUNT(*) FROM documents"), "reports": q("SELECT COUNT(*) FROM documents WHERE is_report=1"),
              "quoted_spans": q("SELECT COUNT(*) FROM report_spans WHERE role='quotation'"),
              "attributed_spans": q("SELECT COUNT(*) FROM report_spans WHERE role='quotation' AND speaker IS NOT NULL"),
              "sentences": q("SELECT COUNT(*) FROM sentences")}
    a.close()
    return dt, counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=sorted(FILES), default="bbc")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    os.environ.setdefault("ONRECORD_HOME", tempfile.mkdtemp(prefix="onrecord-bench-"))
    recs = sample(args.corpus, args.n, args.seed)
    chars = sum(len(r["text"]) for r in recs)
    folder = Path(tempfile.mkdtemp(prefix="reports-src-"))
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for r in recs:  # no "type" field: the reports are recognised by their attributed quotations
            f.write(json.dumps({k: r[k] for k in ("id", "title", "date", "source", "text") if k in r}) + "\n")
    from onrecord.attribute.nlp import get_nlp

    get_nlp()  # the spaCy model loads once per process, before either timer (as a long-running ingest has it)
    print(f"load before: {os.getloadavg()[0]:.2f}")
    out = {}
    for extraction in (False, True):
        dt, counts = ingest(folder, extraction)
        out[extraction] = dt
        print(json.dumps({"extraction": extraction, "seconds": round(dt, 2), "docs_per_s": round(len(recs) / dt, 1),
                          "chars_per_s": round(chars / dt), **counts}))
    print(f"load after: {os.getloadavg()[0]:.2f}; with/without: {out[True] / out[False]:.2f}x; "
          f"{len(recs)} {args.corpus} articles, {chars:,} chars")


if __name__ == "__main__":
    main()
