"""Draw review38's targeted checks: unread AllSides articles (draws.unread_pool: outside every
list and audit file and the given folders) holding either construct of round 47's two rules,
seeded (random.Random(20261902)), 80 of each pool or all of it (PLEDGE 398 held, SHOUTED 63); none of the BBC pool is read.

- PLEDGE: a verb of promising or urging (lexicon PLEDGING's forms) followed in its sentence,
  within 100 characters, by a fragment of one to five words in double marks
  (attribute/pledged_fragment.py);
- SHOUTED: two or more words in capitals inside double marks (extract/shouted.py).

usage: python review38-targeted-draw.py BIG_DIR BIG2_DIR RANDOM_DIR OUT_DIR > ids.txt

Redrawing: move ids-review38-targeted.txt (and review38-corpus-check.tsv) out of eval/real/audit
first: the pool leaves out every id any audit file names, this draw's own among them.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261902
N = 80
PLEDGE = re.compile(r"\b(?:promised|promises|pledged|pledges|vowed|vows|urged|urges|demanded|demands)\b"
                    r"[^.“”\"]{0,100}[“\"](?:[^\s“”\"]+\s){0,4}[^\s“”\"]+[”\"]")
SHOUTED = re.compile(r"[“\"][A-Z][A-Z'’.,!?-]+(?:\s+[A-Z'’.,!?-]{2,}){1,8}[”\"]")

if __name__ == "__main__":
    out = Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    chosen: set[str] = set()
    for construct in (PLEDGE, SHOUTED):
        pool = unread_pool(["allsides"], sys.argv[1:4], construct)
        left = sorted(set(pool) - chosen)
        for doc_id in seeded_sample(left, min(N, len(left)), SEED):
            (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
            chosen.add(doc_id)
            print(doc_id)
        print(f"# {construct.pattern[:40]}…: pool {len(pool)}", file=sys.stderr)
