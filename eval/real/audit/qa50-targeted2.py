"""Round 50, lane qa50: the rule's targeted corpus folder. Unread AllSides articles (draws.unread_pool:
outside every list, audit file and the given folders) holding a participle of asking, a question
opener and an opening mark with no comma between ("When asked whether he would “"), shuffled
with seed 20261254; the first 80. Usage: python qa50-targeted2.py OUT [FOLDER ...]"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402

CONSTRUCT = re.compile(r"\b(?:asked|pressed|questioned|quizzed|grilled)\s+(?:by\s+[^,;:“”\"]{1,60}?\s+)?"
                       r"(?:about|on|over|whether|if|which|what|why|how|who|whom|when|where|to)\b[^,;:“”\"—–\n]{0,150}[“\"]", re.I)


def main() -> None:
    out = Path(sys.argv[1])
    pool = unread_pool(["allsides"], sys.argv[2:], CONSTRUCT)
    ids = sorted(pool)
    random.Random(20261254).shuffle(ids)
    out.mkdir(parents=True, exist_ok=True)
    for doc_id in ids[:80]:
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
    print(len(ids))


if __name__ == "__main__":
    main()
