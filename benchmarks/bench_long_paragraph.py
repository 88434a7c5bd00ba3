"""Extraction time on one huge paragraph without a line break (issue 10: linear time).

    .venv/bin/python benchmarks/bench_long_paragraph.py 0.5 1 2 20

The text is generated here (no corpus text): sentences of random words from a small list, one
in 7 a curly-quoted speech quotation with "the mayor said", one in 11 with a straight-quoted
phrase and an apostrophe, all on one line. For each size in MB: quotations found, wall time of
``extract_document`` (no attribution) and the process's peak RSS. Before the fix a slice and
strip from the paragraph start per quotation made it quadratic (1 MB 1.75 s, 2 MB 6.0 s).
"""

from __future__ import annotations

import random
import resource
import sys
import time

from onrecord.extract import extract_document
from onrecord.model import Document

WORDS = "the council said we will build a new bridge over the river next year and residents were not asked".split()


def make(n_bytes: int, rng: random.Random) -> str:
    out, size, k = [], 0, 0
    while size < n_bytes:
        k += 1
        if k % 7 == 0:
            s = "\u201c" + " ".join(rng.choice(WORDS) for _ in range(12)) + ",\u201d the mayor said. "
        elif k % 11 == 0:
            s = 'She called it "a ' + rng.choice(WORDS) + '" and ' + rng.choice(WORDS) + "'s plan. "
        else:
            s = " ".join(rng.choice(WORDS) for _ in range(15)).capitalize() + ". "
        out.append(s)
        size += len(s)
    return "".join(out)


def main() -> int:
    for mb in [float(x) for x in sys.argv[1:]] or [0.5, 1, 2]:
        text = make(int(mb * 1_000_000), random.Random(1))
        t = time.perf_counter()
        r = extract_document(Document(text=text, path="generated"))
        dt = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{mb:g} MB one line: {len(r.quotes)} quotations, {dt:.2f} s, peak RSS {rss:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
