"""Round 41, lane tidy24: the targeted corpus folder for the function-word speaker phrase.

Every unread AllSides/BBC article (eval/real/tools/draws.unread_pool, also outside big, big2)
holding a closing mark, one to three words of lexicon/function_words.NOUNLESS_WORDS and a
reporting form, where main's phrase.mention_phrase (run this with PYTHONPATH at main 10038c5's
src) accepts those words as a speaker; the list itself is read from this checkout's
function_words.py. Writes the articles to OUT (seeded draw of at most 60; 49 held). The run
that drew tidy24-targeted-articles.txt also left out the folder of tidy24-broad-articles.txt (80
articles of a looser construct, never read: 0 changes there), passed as a further folder.

    PYTHONPATH=<main>/src python eval/real/audit/tidy24-draw.py OUT
"""
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
import draws  # noqa: E402
from onrecord.attribute.layout import tokenize  # noqa: E402
from onrecord.attribute.phrase import mention_phrase  # noqa: E402
from onrecord.lexicon.reporting import REPORT_FORMS  # noqa: E402

_spec = importlib.util.spec_from_file_location("fw", HERE.parents[2] / "src/onrecord/lexicon/function_words.py")
_fw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fw)
NOUNLESS = _fw.NOUNLESS_WORDS

W = r"(?:%s)" % "|".join(sorted(map(re.escape, NOUNLESS), key=len, reverse=True))
V = r"(?:%s)" % "|".join(sorted(map(re.escape, REPORT_FORMS), key=len, reverse=True))
CONSTRUCT = re.compile(r"[\u201d\"],?\s+(" + W + r"(?:\s+" + W + r"){0,2})\s+" + V + r"\b", re.I)


def holds(text: str) -> bool:
    for m in CONSTRUCT.finditer(text):
        parts = mention_phrase(tokenize(m.group(1)))
        if parts and all(all(w.lower() in NOUNLESS for w in p.text.split()) for p in parts):
            return True
    return False


if __name__ == "__main__":
    out = Path(sys.argv[1])
    pool = draws.unread_pool(["allsides", "bbc"], folders=sys.argv[2:])
    hits = sorted(i for i, t in pool.items() if holds(t))
    ids = draws.seeded_sample(hits, min(60, len(hits)), 2026120542)
    out.mkdir(parents=True, exist_ok=True)
    for i in ids:
        (out / f"{i}.txt").write_text(pool[i], encoding="utf-8")
    print(len(pool), "unread;", len(hits), "holding;", len(ids), "written")
