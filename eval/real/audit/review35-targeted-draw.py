"""Draw review35's targeted corpus check of its three mends: corpus articles outside every list,
every audit file's ids, big, big2 and review35's own 300 (draws.unread_pool), that hold one of
the constructs: a phrase of four to six words in marks between a determiner and a noun for said
words ("the “…” comment/line/remark", lexicon SAID_WORDS_NOUNS); "half" of a span or count, or
"and a half", before a verb of view and an opening mark; a fronted "beside/near/opposite/next
to his/her …," before a name and its verb of saying. random.Random(20261501).sample of 30 of each (all when fewer).

usage: python review35-targeted-draw.py BIG_DIR BIG2_DIR R35_DIR OUT_DIR > ids.txt
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402

SEED = 20261501
_NOUNS = ("remarks?|comments?|quips?|jokes?|statements?|warnings?|promises?|pledges?|claims?|vows?|lines?|"
          "quotes?|tweets?|posts?|answers?|responses?|replies|reply|references?|words?|arguments?|admissions?")
SAID_NOUN = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)\s+[“\"](?:[^\s”\"]+\s+){3,5}[^\s”\"]+[”\"]\s+"
                       rf"(?:{_NOUNS})\b")
HALF_SPAN = re.compile(r"\b(?:half\s+(?:an?\s+)?(?:hour|minute|day|week|month|year|decade|dozen|mile|time)s?|and a half)"
                       r"\b[^.“”\"]{0,60}\b(?:say|says|said|think|thinks|thought|believe|believes|believed|feel|feels|"
                       r"felt)\b[^.]{0,80}[“\"]", re.I)
FRONTED_NEAR = re.compile(r"\b(?:beside|near|opposite|next to)\s+(?:his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,\s+"
                          r"(?:[A-Z][\w.'’-]+\s+){1,3}(?:said|says|told|added|recalled|explained)\b")

if __name__ == "__main__":
    out = Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    chosen = []
    for construct in (SAID_NOUN, HALF_SPAN, FRONTED_NEAR):
        pool = unread_pool(["allsides", "bbc"], sys.argv[1:4], construct)
        ids = sorted(pool)
        for doc_id in random.Random(SEED).sample(ids, min(30, len(ids))):
            if doc_id not in chosen:
                (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
                chosen.append(doc_id)
        print(f"# {construct.pattern[:30]}…: {len(ids)} held", file=sys.stderr)
    print("\n".join(chosen))
