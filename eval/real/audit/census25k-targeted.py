"""census25k (round 42): a targeted corpus folder for rule poll_share (attribute/poll_share.py):
AllSides then BBC articles outside every split, audit list and earlier draw
(draws.targeted_articles plus draws.taken_article_ids and draw.py's audited ids), seed 20264225,
150 articles whose text holds the rule's share-and-verb-of-view pattern (poll_share._VIEW)
followed within 150 characters by a quotation mark.
Usage: PYTHONPATH=src python census25k-targeted.py OUT_DIR"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, taken_article_ids, targeted_articles  # noqa: E402

from onrecord.attribute.poll_share import _VIEW  # noqa: E402

SEED, N = 20264225, 150
MARK = re.compile(r"[\"“‘']")


def holds(text: str) -> bool:
    return any(MARK.search(text, m.end(), m.end() + 150) for m in _VIEW.finditer(text))


skip = taken_article_ids() | _draw_module().audited_ids()
held, hits = targeted_articles(holds, SEED, 10 * N)
hits = [(i, t) for i, t in hits if i not in skip][:N]
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for doc_id, text in hits:
    (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
print(f"{held} articles hold the construct; {len(hits)} written", file=sys.stderr)
