"""Draw lane epithet28's targeted folder: unread AllSides articles (draws.unread_pool: outside
every split, audit list and the big and big2 folders given) where a closing quotation mark is
followed by a definite description of lower-case words ending in a person noun that is no
office nor an unnamed voice ("”, the billionaire said", "”, this 70-year-old veteran told")
or where "said the <such words>" follows one; random.Random(20261702).sample of up to 200.
BBC is left alone (tests/test_eval_real_draws needs unread BBC articles).

usage: python epithet28-targeted.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

from onrecord.lexicon.heads import PERSON_ROLE_NOUNS  # noqa: E402
from onrecord.lexicon.titles import TITLE_WORDS, UNNAMED_VOICE_HEADS  # noqa: E402

SEED = 20261702
N = 200
_SKIP = TITLE_WORDS | UNNAMED_VOICE_HEADS | {"source", "official", "officials", "people", "one", "person"}
_HEADS = "|".join(sorted((PERSON_ROLE_NOUNS - _SKIP) | {"front-runner", "frontrunner", "mogul", "hopeful",
                                                       "tycoon", "businessman", "businesswoman", "guy", "citizen",
                                                       "singer", "actor", "actress", "star", "author"},
                         key=len, reverse=True))
_VERB = r"(?:said|says|told|tells|added|adds|replied|responded|answered|wrote|writes|explained|insisted|noted|declared|tweeted)"
CONSTRUCT = re.compile(
    r"[,?!.]? ?[”\"] *,? *(?:[Tt]he|[Tt]his) (?:[\w-]+ ){0,4}(?:" + _HEADS + r") " + _VERB + r"\b"
    r"|\bsaid (?:the|this) (?:[\w-]+ ){0,4}(?:" + _HEADS + r")[.,]")


def main():
    big, big2, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(("allsides",), [big, big2], CONSTRUCT)
    print(f"# pool {len(pool)}", file=sys.stderr)
    for doc_id in seeded_sample(sorted(pool), min(N, len(pool)), SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
