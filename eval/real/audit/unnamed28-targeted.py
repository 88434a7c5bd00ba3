"""unnamed28 (round 48): a targeted AllSides folder for the corpus check of the unnamed chain
(attribute/unnamed_chain.py): articles outside every split, audit list and earlier draw
(draws.targeted_articles, taken_article_ids and draw.py's audited ids), AllSides only (BBC
unread articles are left alone), whose text holds an indefinite voice ("A/An/One … spokesman /
official / aide / adviser / source …") followed by a sentence opening on He or She; shuffled
with seed 20261802, the first 150.
Usage: python unnamed28-targeted.py OUT_DIR"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, taken_article_ids, targeted_articles  # noqa: E402

CONSTRUCT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:(?:But|And)\s+)?(?:A|An|One|a|an|one)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:spokes(?:man|woman|person)|official|aide|adviser|advisor|source|staffer|representative|"
    r"lawyer|executive|officer)\b[^\n]{0,300}?[.!?][\"”’]?\s+(?:But\s+)?(?:He|She)\s", re.M)
SEED, N = 20261802, 150
out = Path(sys.argv[1])
skip = taken_article_ids() | _draw_module().audited_ids()
held, hits = targeted_articles(lambda t: CONSTRUCT.search(t) is not None, SEED, 40 * N)
hits = [(i, t) for i, t in hits if i not in skip and i.startswith("abp-")][:N]
out.mkdir(parents=True, exist_ok=True)
for doc_id, text in hits:
    (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
print(f"{held} articles hold the construct; {len(hits)} written", file=sys.stderr)
