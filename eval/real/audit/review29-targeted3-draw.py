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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261283
N = 100
CONSTRUCT = re.compile(r"\b(?:pressed|pressing|prodded|prodding|queried|querying)\b[^.\u201c\"]{0,80}[\u201c\"]")


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(("allsides", "bbc"), [big, big2], CONSTRUCT)
    for doc_id in seeded_sample(sorted(pool), min(N, len(pool)), SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
