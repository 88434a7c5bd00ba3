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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261283
N = 150
CONSTRUCT = re.compile(
    r"\b[a-z]+s like [A-Z]\w+|\b(?:signal|indicat|hint)\w* that\b"
    r"|\b(?:allegation|suggestion|claim|belief|assertion|contention|accusation|theor(?:y|ie))s? that\b"
    r"|, who (?:wrote|writes|said|says|told)\b"
    r"|[”\"] *[A-Z][\w.]*(?: [A-Z]\w+)* (?:pressed|prodded|queried|specified|sputtered|stammered|theori[sz]e[sd]?)\b")


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(("allsides", "bbc"), [big, big2], CONSTRUCT)
    for doc_id in seeded_sample(sorted(pool), N, SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
