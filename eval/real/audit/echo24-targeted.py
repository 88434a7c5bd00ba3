"""echo24 (round 41): a targeted corpus folder for the owned-fragment rule (attribute/owned_fragment.py):
AllSides then BBC articles outside every split, audit list and earlier draw (draws.targeted_articles
plus draws.taken_article_ids and draw.py's audited ids) whose text holds an owned claim noun or an
owned "use of the word" followed within 80 characters by a mark; seed 20261402, 150 articles.
Usage: python echo24-targeted.py OUT_DIR"""
import re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, taken_article_ids, targeted_articles  # noqa: E402

CONSTRUCT = re.compile(
    r"(?:['’]s|\b(?:his|her|their))\s+(?:\w+\s+){0,2}(?:use\s+(?:\w+\s+){0,3}?of\s+the\s+(?:word|words|phrase|term)"
    r"|(?:allegation|assertion|claim|suggestion|promise|insistence|contention|vow|pledge|warning|argument|"
    r"comments|remarks|accusation|boast|belief)\s+(?:that|to))\b[^.\n]{0,80}[\"“‘']")
SEED, N = 20261402, 150
skip = taken_article_ids() | _draw_module().audited_ids()
held, hits = targeted_articles(lambda t: CONSTRUCT.search(t) is not None, SEED, 10 * N)
hits = [(i, t) for i, t in hits if i not in skip][:N]
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for doc_id, text in hits:
    (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
print(f"{held} articles hold the construct; {len(hits)} written", file=sys.stderr)
