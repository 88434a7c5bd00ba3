"""Draw review32's targeted checks: every unread corpus article (draws.unread_pool: outside every
list, every id any eval/real/audit file names, big, big2 and review32's 300 random articles)
holding (1) asked23's construct, a closing mark then up to four words, a form of "be" and
asked/told/pressed/questioned/warned/reminded/assured/advised (83 articles), or (2) party23's,
"the [lower-case words] <US state> Democrat/Republican/GOP/Independent/Democratic" (415
articles). The whole pools are taken, so no seed. Run before ids-review32-targeted.txt was
committed (that list now leaves them out). A third pass, after the list held the first two, took
the epithet with a capital "The" (PARTY_CAP: 105 more articles, appended to the list).

usage: ONRECORD_SHARED=… PYTHONPATH=src python review32-targeted-draw.py BIG BIG2 RANDOM OUT_ASKED OUT_PARTY
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402
from onrecord.attribute.party_labels import STATES  # noqa: E402

ASKED = re.compile(r"[”\"][,?!]?\s*(?:[A-Za-z][\w’'.-]*\s+){0,4}(?:was|were|is|are|been|being)\s+"
                   r"(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?:asked|told|pressed|questioned|warned|"
                   r"reminded|assured|advised)\b[^.\n]{0,120}")
_ST = "|".join(sorted((re.escape(s.title()) for s in STATES), key=len, reverse=True))
PARTY = re.compile(r"\bthe (?:[a-z-]+ )*(?:" + _ST + r") (?:Democrat|Republican|GOP|Independent|Democratic)\b")
PARTY_CAP = re.compile(r"\b[Tt]he (?:[a-z-]+ )*(?:" + _ST + r") (?:Democrat|Republican|GOP|Independent|Democratic)\b")


def main():
    folders, outs = sys.argv[1:4], sys.argv[4:6]
    for construct, out in zip((ASKED, PARTY), outs):
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        for doc_id, text in sorted(unread_pool(["allsides", "bbc"], folders, construct).items()):
            (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            print(doc_id)


if __name__ == "__main__":
    main()
