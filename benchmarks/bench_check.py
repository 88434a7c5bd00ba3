"""`pipeline.check` timed per article on the dev set, archive prebuilt and model loaded first.

    .venv/bin/python benchmarks/bench_check.py [--dump verdicts.jsonl] [--limit N]

Data: ../shared/data/dev/extraction/articles (40 articles) against
../shared/data/dev/verification/sources (archive with sentence embeddings, built under a
temporary ONRECORD_HOME before the clock starts). Reports speech quotes/s, p50/p95/max seconds
per article, the share spent in ``verify_claims`` and the encoder's calls, texts and time. ``--dump`` writes one JSON line per
speech quote (article, quote id, verdict, stage, score) so two runs can be diffed."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from onrecord.shared import dev_dir

DEV = dev_dir()  # ../shared/data/dev, $ONRECORD_SHARED/data/dev or $ONRECORD_DEV_DIR


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", default=str(DEV / "extraction" / "articles"))
    ap.add_argument("--sources", default=str(DEV / "verification" / "sources"))
    ap.add_argument("--dump", default="")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    os.environ.setdefault("ONRECORD_HOME", tempfile.mkdtemp(prefix="onrecord-bench-check-"))

    import importlib

    from onrecord import pipeline

    verify = importlib.import_module("onrecord.verify")  # the package: onrecord.verify is also a function
    from onrecord.archive.encoder import Encoder

    t = time.perf_counter()
    arch = pipeline.open_archive(sources=a.sources)
    print(f"archive built in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    arch.vectors(["warm up the model"])
    # Warm spaCy and the rest of the path on one article outside the clock.
    articles = sorted(p for p in Path(a.articles).iterdir() if p.is_file())
    if a.limit:
        articles = articles[: a.limit]
    list(pipeline.check([str(articles[0])], archive=arch))
    # Start the clock with an empty vector cache (memory and the archive's table): the warm-up
    # must not pre-encode article 0, and a second run must not find the first run's vectors.
    arch.encoder._memory.clear()
    arch.db.execute("DELETE FROM vectors")

    verify_time, enc, restore = _count_time(verify, Encoder)
    per_article, quotes, rows, total = _check_each(pipeline, arch, articles)
    restore()
    if a.dump:
        with open(a.dump, "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    print(f"articles {len(articles)}  speech quotes {quotes}  total {total:.1f} s  "
          f"verify_claims {verify_time[0]:.1f} s ({verify_time[0] / total:.0%})")
    print(f"quotes/s {quotes / total:.2f} end to end, {quotes / max(verify_time[0], 1e-9):.2f} in verify")
    print(f"encoder: {enc['calls']} calls, {enc['texts']} texts, {enc['s']:.1f} s")
    print(f"per article: p50 {statistics.median(per_article):.2f} s  p95 {pct(per_article, 0.95):.2f} s  "
          f"max {max(per_article):.2f} s")
    return 0



def _count_time(verify, encoder_cls):
    """Wrap ``verify.verify_claims`` and ``Encoder._encode`` to add up their time (and the
    encoder's calls and texts); the two tallies and a function that puts the originals back."""
    verify_time = [0.0]
    real = verify.verify_claims

    def timed(*args, **kw):
        t0 = time.perf_counter()
        try:
            return real(*args, **kw)
        finally:
            verify_time[0] += time.perf_counter() - t0

    verify.verify_claims = timed
    enc = {"calls": 0, "texts": 0, "s": 0.0}
    real_encode = encoder_cls._encode

    def counted(self, texts, *args, **kw):
        t0 = time.perf_counter()
        try:
            return real_encode(self, texts, *args, **kw)
        finally:
            enc["calls"] += 1
            enc["texts"] += len(texts)
            enc["s"] += time.perf_counter() - t0

    encoder_cls._encode = counted

    def restore():
        verify.verify_claims = real
        encoder_cls._encode = real_encode

    return verify_time, enc, restore


def _check_each(pipeline, arch, articles):
    """Check the articles one at a time: the seconds of each, the speech quotes verified, one row
    per verdict, and the total seconds."""
    per_article, quotes, rows = [], 0, []
    t_all = time.perf_counter()
    for path in articles:
        t0 = time.perf_counter()
        for res in pipeline.check([str(path)], archive=arch):
            if isinstance(res, Exception):
                print(f"{path.name}: {res}", file=sys.stderr)
                continue
            for i, it in enumerate(res.items):
                if it.verdict is None:
                    continue
                quotes += 1
                v = it.verdict
                rows.append({"article": path.name, "quote": i, "text": it.quote.text, "verdict": v.verdict,
                             "stage": v.stage, "score": v.score})
        per_article.append(time.perf_counter() - t0)
    return per_article, quotes, rows, time.perf_counter() - t_all


if __name__ == "__main__":
    sys.exit(main())
