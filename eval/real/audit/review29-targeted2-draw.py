"""Draw review29's second, narrower targeted check: corpus articles holding, in one sentence, the constructs of round 38's lanes
clause21 and orgpiece21 (a plural noun "like" a capitalised word, a verb of signalling before
"that", a claim noun before "that", ", who wrote/said", and the verbs press/prod/query/specify/
sputter/stammer/theorize next to a quotation mark), outside every list (draws.taken_article_ids,
ids named in eval/real/audit, big, big2, review29's 300 and first 150); random.Random(20261283).sample
of 100 (AllSides and BBC pooled).

usage: python review29-targeted2-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261283
N = 100
CONSTRUCT = re.compile(
    r"[\u201d\"],? (?:[A-Z][\w.]* ){1,3}(?:pressed|prodded|queried|specified|sputtered|stammered|theori[sz]e[sd]?)\b"
    r"|\b[a-z]+s (?:like|such as) [A-Z][\w.]*(?: [A-Z]\w+)*[^.\u201c\"]{0,120}\b(?:said|told|say|says|insist)\b"
    r"|\b(?:signal|indicat|hint)\w* that [^.\u201c\"]{0,150}, (?:saying|calling|telling|adding)\b"
    r"|\b(?:allegation|suggestion|claim|belief|assertion|accusation|report|charge|view)s? that [^.]{0,150}, "
    r"(?:saying|calling|telling|adding|arguing|noting)\b"
    r"|\b(?:from|by|with) [^.,]{0,60}, [A-Z]\w+ [A-Z]\w+,? who (?:wrote|writes|said|says|told|tweeted|argued)\b")


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(("allsides", "bbc"), [big, big2], CONSTRUCT)
    for doc_id in seeded_sample(sorted(pool), N, SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
