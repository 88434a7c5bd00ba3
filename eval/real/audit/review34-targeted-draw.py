"""Draw review34's targeted corpus check of its two mends: corpus articles outside every list,
every audit file's ids, big, big2 and review34's own 300 (draws.unread_pool), that hold either
construct: a role with a preposition before a titled name ("a lawyer for Governor <Name>",
"an aide to Sen. <Name>"), or a former occupation ("a former reporter") in an article that
writes "the mayor/governor/president/... said"; random.Random(20261408).sample of 30 of each.

usage: python review34-targeted-draw.py BIG_DIR BIG2_DIR R34_DIR OUT_DIR > ids.txt
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402

SEED = 20261408
TITLED_OBJECT = re.compile(r"\b(?:lawyer|attorney|aide|spokes(?:wo)?man|spokesperson|adviser|advisor|"
                           r"staff|counsel)\s+(?:for|to)\s+(?:Gov\.|Governor|Sen\.|Senator|Rep\.|President|"
                           r"Mayor|Prime Minister)\s+[A-Z]")
FORMER_JOB = re.compile(r"\b(?:former|one-time|onetime|retired|erstwhile|ex)\s+(?:\w+\s+)?(?:journalist|reporter|"
                        r"correspondent|editor|columnist|commentator|anchor|host|presenter|broadcaster|actor|"
                        r"actress|singer|comedian|musician|aide|adviser|strategist|analyst|economist)\b")
OFFICE_SAID = re.compile(r"\bthe (?:prime minister|president|mayor|governor|senator|minister|chancellor|premier)"
                         r"(?: said| says| told|,” )", re.I)

if __name__ == "__main__":
    out = Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    chosen = []
    for construct, also in ((TITLED_OBJECT, None), (FORMER_JOB, OFFICE_SAID)):
        pool = unread_pool(["allsides", "bbc"], sys.argv[1:4], construct)
        ids = sorted(i for i in pool if also is None or also.search(pool[i]))
        for doc_id in random.Random(SEED).sample(ids, min(30, len(ids))):
            if doc_id not in chosen:
                (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
                chosen.append(doc_id)
        print(f"# {construct.pattern[:30]}…: {len(ids)} held", file=sys.stderr)
    print("\n".join(chosen))
