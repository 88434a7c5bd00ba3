"""Cost and effect of read/encoding.py on real text: every article of a corpus, encoded as UTF-8,
goes through ``decode_bytes`` (the reader's path for every text and JSON Lines file). Reports
CPU time per article and MB/s, and how many texts the mojibake repair changed, with the first
few repairs (the warning shows the word before and after) for a person to judge: on clean text
every repair is a false one. Corpus text is printed, never stored.

    .venv/bin/python benchmarks/bench_encoding.py [--limit N] [--show 5]
"""

from __future__ import annotations

import argparse
import json
import lzma
import time

from onrecord.read.encoding import decode_bytes
from onrecord.shared import corpora_dir, require

CORPORA = ("bbc_news_2004_2005", "us_presidential_speeches_miller_center", "un_general_debate_2004_2024",
           "allsides_news_2012_2020")


def texts(name: str, limit: int | None):
    folder = require(corpora_dir() / name)
    path = folder / "articles.jsonl"
    opener = open if path.exists() else None
    if opener is None:
        path, opener = folder / "articles.jsonl.xz", lzma.open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            yield json.loads(line).get("text") or ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus (default: all)")
    ap.add_argument("--show", type=int, default=5, help="repairs to print per corpus")
    a = ap.parse_args()
    for name in CORPORA:
        datas = [t.encode("utf-8") for t in texts(name, a.limit)]
        c = time.process_time()
        results = [decode_bytes(d, name) for d in datas]
        cpu = time.process_time() - c
        mb = sum(map(len, datas)) / 1e6
        repaired = [r.warnings[-1] for r in results if r.changed]
        print(f"{name}: {len(datas)} texts, {mb:.1f} MB, {cpu:.2f} s CPU ({1000 * cpu / max(1, len(datas)):.2f} ms/text, "
              f"{mb / cpu if cpu else 0:.1f} MB/s); mojibake repaired in {len(repaired)}")
        for w in repaired[: a.show]:
            print("   ", w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
