"""Draw review29's targeted check: corpus articles holding the constructs of round 38's lanes
clause21 and orgpiece21 (a plural noun "like" a capitalised word, a verb of signalling before
"that", a claim noun before "that", ", who wrote/said", and the verbs press/prod/query/specify/
sputter/stammer/theorize next to a quotation mark), outside every list (draws.taken_article_ids,
ids named in eval/real/audit, big, big2 and review29's 300); random.Random(20261283).sample
of 150 (AllSides and BBC pooled).

usage: python review29-targeted-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
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
N = 150
ID = re.compile(r"\b(?:abp|bbc)-[\w.-]+")
CONSTRUCT = re.compile(
    r"\b[a-z]+s like [A-Z]\w+|\b(?:signal|indicat|hint)\w* that\b"
    r"|\b(?:allegation|suggestion|claim|belief|assertion|contention|accusation|theor(?:y|ie))s? that\b"
    r"|, who (?:wrote|writes|said|says|told)\b"
    r"|[”\"] *[A-Z][\w.]*(?: [A-Z]\w+)* (?:pressed|prodded|queried|specified|sputtered|stammered|theori[sz]e[sd]?)\b")


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
    for doc_id in seeded_sample(sorted(pool), N, SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
