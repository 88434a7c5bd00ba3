"""Draw review31's targeted check of focus22 and guard22 (round 39): unread corpus articles
(draws.unread_pool: outside every list, audit file, big and big2) holding focus22's constructs, a
role after her/his/their/its taken up again as "the <role>", or "the <role> for <Capital>";
random.Random(20261291).sample of 150 AllSides and every BBC one (up to 20).

usage (repo root): python eval/real/audit/review31-targeted-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261291
COUNTS = {"allsides": 150, "bbc": 20}
HEADS = ("aide|adviser|advisor|official|staffer|spokesman|spokeswoman|spokesperson|manager|lawyer|attorney|"
         "president|director|leader|chairman|chairwoman|coach|secretary|minister|governor|senator|chief|mayor")
POSSESSED = re.compile(r"\b(?:her|his|their|its)\s(?:[\w-]+\s){0,3}(" + HEADS + r")\b", re.I)
FOR_ROLE = re.compile(r"\bthe\s(?:[\w-]+\s){0,2}(?:" + HEADS + r")\sfor\s[A-Z]", re.I)


def holds(text: str) -> bool:
    if FOR_ROLE.search(text):
        return True
    return any(re.search(r"\bthe\s(?:[\w-]+\s)?" + m.group(1) + r"\b", text[m.end() : m.end() + 1500], re.I)
               for m in POSSESSED.finditer(text))


class _Construct:  # unread_pool asks .search(text)
    search = staticmethod(holds)


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    for corpus, n in COUNTS.items():
        pool = unread_pool([corpus], [big, big2], _Construct)
        print(corpus, len(pool), file=sys.stderr)
        for doc_id in seeded_sample(sorted(pool), min(n, len(pool)), SEED):
            (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
            print(doc_id)


if __name__ == "__main__":
    main()
