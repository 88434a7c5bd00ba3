"""How much of each Miller Center speech lies inside a stored sentence (archive/structure.py).

Words in no stored sentence are never indexed on their own, never embedded for drift, and after
a document's last sentence never searched at all. Counts non-space characters of each body
inside the sentences `structure` returns (turn labels are the only text meant to be outside).

    PYTHONPATH=src python benchmarks/structure_coverage.py [--top 15]
"""

from __future__ import annotations

import argparse

from onrecord.archive.structure import structure
from onrecord.read import read_path
from onrecord.shared import shared_dir

MILLER = "data/corpora/us_presidential_speeches_miller_center/articles.jsonl"
TAIL = 200  # characters after the last sentence reported as a lost tail (the figure first reported)


def coverage(doc) -> tuple[int, int, int]:
    """(non-space characters of the body, of them inside sentences, non-space after the last)."""
    _, sents = structure(doc.text, doc.body_offset, doc.speakers)
    inside = bytearray(len(doc.text))
    for s in sents:
        inside[s.start:s.end] = b"\1" * (s.end - s.start)
    body = range(doc.body_offset, len(doc.text))
    total = sum(1 for i in body if not doc.text[i].isspace())
    kept = sum(1 for i in body if inside[i] and not doc.text[i].isspace())
    last = max((s.end for s in sents), default=doc.body_offset)
    return total, kept, len("".join(doc.text[last:].split()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    rows = [(d.path.rsplit("#", 1)[-1], *coverage(d)) for d in read_path(str(shared_dir() / MILLER))]
    total = sum(r[1] for r in rows)
    kept = sum(r[2] for r in rows)
    print(f"{len(rows)} speeches, {total:,} non-space characters, {kept:,} inside sentences "
          f"({kept / total:.5f}), {total - kept:,} outside")
    print(f"speeches with > {TAIL} characters after the last sentence: {sum(r[3] > TAIL for r in rows)}")
    print(f"speeches with any character outside: {sum(r[1] > r[2] for r in rows)}")
    for name, t, k, tail in sorted(rows, key=lambda r: r[2] - r[1])[:args.top]:
        print(f"  {name}: {k:,} / {t:,} inside, {tail:,} after the last sentence")


if __name__ == "__main__":
    main()
