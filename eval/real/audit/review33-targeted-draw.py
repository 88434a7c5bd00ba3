"""Draw review33's targeted check of round 41's rules: unread corpus articles (draws.unread_pool:
outside every list, every id any eval/real/audit file names, big, big2 and review33's 300 random
articles) holding one of round 41's constructs: an owned "use of the word"; a headline-shaped
line "NAME: … ‘…’"; short marks in a sentence closed by ", said X" / ", according to X" or
bracketing ", X said,"; marks modifying a noun after a concessive; a colon title "Main: A/The …";
a slogan bearer with a verb of proclaiming; a rank word before an office with the bare office
described elsewhere. random.Random(20261407).sample of 300 of the pool (sorted ids).

usage: ONRECORD_SHARED=… PYTHONPATH=src python review33-targeted-draw.py BIG BIG2 RANDOM OUT > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261407
N = 300
_Q = r"[“\"‘][^”\"’\n]{1,30}[”\"’]"
CONSTRUCTS = [
    re.compile(r"\buse of the (?:word|words|phrase|term|expression)\b"),
    re.compile(r"(?m)^(?:[A-Z]+: )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}: [^\n]{0,60}[‘'“\"]"),
    re.compile(_Q + r"[^.\n“”\"]{0,200}, (?:said|says|according to) [A-Z][^.\n]{0,60}\."),
    re.compile(r"[^.\n]{0,120}, [A-Z][a-z]+ said, [^.\n]{0,120}" + _Q),
    re.compile(r"(?:even though|although|though|whereas|despite)[^.\n]{0,80}[“\"][a-z][\w -]{2,30}[”\"] [a-z]+"),
    re.compile(r"[“\"][A-Z][^”\"\n:]{1,40}: (?:A|An|The|[A-Z][a-z]+ing) [^”\"\n]{3,80}[”\"]"),
    re.compile(r"(?:poster|billboard|button|mug|sign|banner|shirt|hat|cap)s? (?:proclaiming|declaring|trumpeting|bearing|emblazoned with|with the words?)"),
    re.compile(r"\b(?:Vice|Deputy|Co|Associate|Assistant|Lieutenant|Under)[- ](?:President|Prime Minister|Mayor|Chair|Governor|Justice|Professor|Colonel|Secretary|Chairman|Leader)\b"),
]


class AnyConstruct:
    """A pattern-like object: search() is true when any construct occurs."""

    @staticmethod
    def search(text):
        return any(c.search(text) for c in CONSTRUCTS)


if __name__ == "__main__":
    folders, out = sys.argv[1:4], Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(["allsides", "bbc"], folders, AnyConstruct())
    print(f"# pool {len(pool)}", file=sys.stderr)
    for doc_id in seeded_sample(sorted(pool), N, SEED):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)
