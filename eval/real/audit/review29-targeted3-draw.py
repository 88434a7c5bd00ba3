"""Draw review29's third targeted check (its mend of orgpiece21's verbs of questioning): corpus
articles where "pressed", "prodded" or "queried" (or their -ing form) comes before an opening
mark in the same sentence, outside every list (draws.taken_article_ids, ids named in
eval/real/audit: big, big2, review29's 300 and two targeted sets, orgpiece21's sheet);
random.Random(20261283).sample of 100, or all when fewer (AllSides and BBC pooled).

usage: python review29-targeted3-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "tools"))
sys.path.insert(0, str(HERE.parents[1] / "attribution"))
from draws import seeded_sample, taken_article_ids  # noqa: E402
from draw import MAX_CHARS, QUOTE_MARKS, document_text, records  # noqa: E402

SEED = 20261283
N = 100
ID = re.compile(r"\b(?:abp|bbc)-[\w.-]+")
CONSTRUCT = re.compile(r"\b(?:pressed|pressing|prodded|prodding|queried|querying)\b[^.\u201c\"]{0,80}[\u201c\"]")


def excluded(folders):
    ids = taken_article_ids()
    for path in (HERE.parent).iterdir():
        if path.is_file():
            ids.update(ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    for folder in folders:
        ids.update(p.stem for p in Path(folder).glob("*.txt"))
    return ids


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    skip = excluded([big, big2])
    out.mkdir(parents=True, exist_ok=True)
    pool = {}
    for corpus in ("allsides", "bbc"):
        for rec in records(corpus):
            text = document_text(rec)
            if rec["id"] in skip or len(text) > MAX_CHARS or len(QUOTE_MARKS.findall(text)) < 2:
                continue
            if CONSTRUCT.search(text):
                pool[rec["id"]] = text
    for doc_id in seeded_sample(sorted(pool), min(N, len(pool)), SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
