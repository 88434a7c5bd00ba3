"""Issue 11's count: a speaker is never a span inside its own quotation ("'The United States
is ready …' Trump" once gave "United States"). Extraction + attribution over the realism
corpora (benchmarks/realism_extract.py's articles: BBC and AllSides, the first N of each) and,
for every speech quotation with a speaker, whether the speaker's name occurs inside that
quotation and nowhere else in the article: such a name can only have come from inside the
quotation. Prints the counts and the ids (never article text: the corpora are not ours).

    .venv/bin/python benchmarks/speaker_in_own_quote.py [--n 12000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realism_extract import SOURCES, load  # noqa: E402

from onrecord.attribute import attribute_results  # noqa: E402
from onrecord.extract import extract_document  # noqa: E402
from onrecord.model import Document  # noqa: E402
from onrecord.thresholds.attribute import AttributeOptions  # noqa: E402

BATCH = 500  # articles attributed at once (bounded memory)


def inside_only(text: str, start: int, end: int, name: str) -> bool:
    """The name occurs inside [start, end) and nowhere outside it."""
    outside = text[:start] + "\x00" + text[end:]
    return name in text[start:end] and name not in outside


def count(records: list[dict], corpus: str) -> tuple[int, int, list[str]]:
    speech = 0
    hits: list[str] = []
    for i in range(0, len(records), BATCH):
        docs = [Document(text=r["text"], path=f"{corpus}:{r.get('id', i + j)}")
                for j, r in enumerate(records[i : i + BATCH])]
        results = [extract_document(d) for d in docs]
        attribute_results(results, workers=AttributeOptions().workers)
        for r in results:
            for q in r.quotes:
                if q.kind != "speech" or not q.speaker:
                    continue
                speech += 1
                if inside_only(r.document.text, q.start, q.end, q.speaker):
                    hits.append(f"{r.document.path}@{q.start}")
    return speech, len(hits), hits


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=12000, help="articles in all (each corpus gives up to half, BBC all it has)")
    a = ap.parse_args()
    bbc = load("BBC", a.n // 2)
    alls = load("AllSides", a.n - len(bbc))
    t0 = time.perf_counter()
    total_speech = total_hits = 0
    for name, recs in (("BBC", bbc), ("AllSides", alls)):
        speech, n_hits, hits = count(recs, name)
        total_speech += speech
        total_hits += n_hits
        print(f"{name}: {len(recs)} articles, {speech} attributed speech quotations, "
              f"{n_hits} speakers found only inside their own quotation")
        for h in hits[:50]:
            print("  ", h)
    print(f"all: {len(bbc) + len(alls)} articles, {total_speech} attributed speech quotations, "
          f"{total_hits} speakers only inside their own quotation ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
