"""Realism check of the whole path on real news: AllSides articles that quote a president,
checked against the Miller Center speeches (an archive without embeddings, as a newsroom would
build for 1,000 speeches in seconds). No gold exists: the script prints the verdict counts and
every quote that came back found (verbatim/variation/drift/misattributed) with the source's
words, for a person to read. Corpus text is printed, never stored in the repository.

    .venv/bin/python benchmarks/realism_check.py --n 15 --who Obama
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import os
import re
import tempfile
import time
from pathlib import Path

from onrecord.shared import corpora_dir

CORPORA = corpora_dir()  # ../shared/data/corpora or $ONRECORD_SHARED/data/corpora


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=15, help="articles to check")
    ap.add_argument("--who", default="Obama", help="surname in '<who> said' that selects articles")
    ap.add_argument("--before", default="2017", help="only articles dated before this (ISO prefix)")
    args = ap.parse_args()
    os.environ.setdefault("ONRECORD_HOME", tempfile.mkdtemp(prefix="onrecord-realism-"))
    from onrecord import pipeline

    work = Path(tempfile.mkdtemp(prefix="realism-"))
    arts = work / "articles.jsonl"
    n = 0
    with lzma.open(CORPORA / "allsides_news_2012_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as f, \
            open(arts, "w", encoding="utf-8") as out:
        for line in f:
            d = json.loads(line)
            if re.search(rf"\b{re.escape(args.who)} said\b", d["text"]) and (d.get("date") or "9") < args.before \
                    and len(d["text"]) < 6000:
                out.write(line)
                n += 1
                if n >= args.n:
                    break
    t0 = time.perf_counter()
    arch = pipeline.open_archive(archive="miller", create=True, embed=False)
    if not arch.stats().get("documents"):
        arch.add([CORPORA / "us_presidential_speeches_miller_center" / "articles.jsonl"], progress=False)
    t1 = time.perf_counter()
    counts: collections.Counter = collections.Counter()
    for res in pipeline.check([str(arts)], archive=arch):
        for it in getattr(res, "items", []):
            if it.verdict is None:
                continue
            v = it.verdict
            counts[v.verdict] += 1
            # no_source (issue 12) has no evidence: the archive holds nothing by the speaker
            if v.verdict not in ("not_found", "no_source") and v.evidence is not None:
                ev = v.evidence
                print(f"{v.verdict:13} {it.quote.speaker!s:22} {it.quote.text[:70]!r}\n"
                      f"{'':13} source ({ev.source_speaker}): {ev.text[:70]!r} warnings={v.warnings}\n"
                      f"{'':13} {v.explanation[:160]}")
    t2 = time.perf_counter()
    print(f"\n{n} articles; archive {t1 - t0:.1f} s; check {t2 - t1:.1f} s; verdicts {dict(counts)}")


if __name__ == "__main__":
    main()
