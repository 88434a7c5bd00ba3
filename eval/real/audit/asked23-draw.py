"""Draw lane asked23's targeted folder: corpus articles where a closing quotation mark is
followed (after a comma or full stop) by a name, pronoun or "the <noun>" and then a passive of
asking or telling (asked, pressed, told, questioned, quizzed, warned, reminded, assured, informed,
challenged, advised: the five verbs of the brief drew only 16 articles) ("“…?” Smith was asked", "“…,” she was told by the judge"), outside every list
(draws.unread_pool: draws.taken_article_ids, ids named in eval/real/audit, and the big and big2
folders given); random.Random(20261303).sample of up to 60 (AllSides and BBC pooled).

usage: python asked23-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261303
N = 60
CONSTRUCT = re.compile(
    r"[?!,.]? ?[”\"] *,? *(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|he|she|they|I|we"
    r"|the \w+(?: \w+)?) (?:was|were|had been|has been) (?:asked|pressed|told|questioned|quizzed|warned|reminded|assured|informed|challenged|advised)\b")


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(("allsides", "bbc"), [big, big2], CONSTRUCT)
    print(f"# pool {len(pool)}", file=sys.stderr)
    for doc_id in seeded_sample(sorted(pool), min(N, len(pool)), SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
