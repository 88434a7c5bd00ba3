"""The round-75 audit of `extract --bank` (docs/attribution-errors.md, round 75): 2,500 AllSides
articles of at most 12,000 characters that no eval/real set holds, drawn with a recorded seed,
each saved as ``<id>.txt`` (title, blank line, text, as the annotated articles are). Then
``onrecord extract --bank corpus.db`` lists every quotation the bank credited (96), and two
readers judged each blind (bank75-brief.md; their tables merged in bank75-audit.tsv).

    python eval/real/audit/bank75-draw.py CORPUS_JSONL_XZ OUT_DIR
    python eval/real/audit/bank75-draw.py CORPUS_JSONL_XZ OUT_DIR2 --second FIRST_OUT_DIR

The second sample (seed 2026120737) leaves out the first sample's articles as well; its
quotations were judged the same way (bank75-audit2.tsv).
"""

from __future__ import annotations

import glob
import json
import lzma
import random
import sys
from pathlib import Path

SEED = 2026120736
SECOND_SEED = 2026120737
N = 2500
MAX_CHARS = 12000


def main(corpus: str, out: str, first: str | None = None) -> None:
    here = Path(__file__).resolve().parents[1] / "attribution"
    used = {line.split("\t")[0] for p in glob.glob(str(here / "articles*.tsv"))
            for line in open(p, encoding="utf-8") if not line.startswith("#")}
    if first:
        used |= {p.stem for p in Path(first).glob("*.txt")}
    with lzma.open(corpus, "rt", encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    pool = [r for r in recs if r["id"] not in used and len(f'{r.get("title") or ""}\n\n{r["text"]}') <= MAX_CHARS]
    random.Random(SECOND_SEED if first else SEED).shuffle(pool)
    Path(out).mkdir(parents=True, exist_ok=True)
    for r in pool[:N]:
        (Path(out) / f"{r['id']}.txt").write_text(f'{r.get("title") or ""}\n\n{r["text"]}', encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--second" else None)
