"""Draw review31's scale check: 300 corpus articles outside the lead's big and big2 samples and
every eval list (draws.taken_article_ids, plus every article id any eval/real/audit file names),
drawn with draw.py's records()/document_text(), at most MAX_CHARS characters, two quotation
marks or more; random.Random(20261291).sample of 225 AllSides and 75 BBC.

usage: python review31-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "tools"))
sys.path.insert(0, str(HERE.parents[1] / "attribution"))
from draws import seeded_sample, taken_article_ids  # noqa: E402
from draw import MAX_CHARS, QUOTE_MARKS, document_text, records  # noqa: E402

SEED = 20261291
COUNTS = {"allsides": 225, "bbc": 75}
ID = re.compile(r"\b(?:abp|bbc)-[\w.-]+")


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
    for corpus, n in COUNTS.items():
        pool = {}
        for rec in records(corpus):
            text = document_text(rec)
            if rec["id"] in skip or len(text) > MAX_CHARS or len(QUOTE_MARKS.findall(text)) < 2:
                continue
            pool[rec["id"]] = text
        for doc_id in seeded_sample(sorted(pool), n, SEED):
            (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
            print(doc_id)


if __name__ == "__main__":
    main()
