"""unnamed28 (round 48): a targeted AllSides folder for the corpus check of the unnamed chain
(attribute/unnamed_chain.py): articles outside every split, audit list and earlier draw
(draws.targeted_articles, taken_article_ids and draw.py's audited ids), AllSides only (BBC
unread articles are left alone), whose text holds an indefinite voice ("A/An/One … spokesman /
official / aide / adviser / source …") followed by a sentence opening on He or She; shuffled
with seed 20261802, the first 150 ("chain"). "list" (attribute/list_sibling.py): articles whose
text holds two quotations in one sentence joined by only a comma, "and" or "or" (“…,” “…”; “…”
and “…”), seed 20261803, the first 150 outside every earlier draw and the chain folder.
Usage: python unnamed28-targeted.py chain|list OUT_DIR"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, taken_article_ids, targeted_articles  # noqa: E402

CONSTRUCT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)(?:(?:But|And)\s+)?(?:A|An|One|a|an|one)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:spokes(?:man|woman|person)|official|aide|adviser|advisor|source|staffer|representative|"
    r"lawyer|executive|officer)\b[^\n]{0,300}?[.!?][\"”’]?\s+(?:But\s+)?(?:He|She)\s", re.M)
LISTED = re.compile(r"[“\"][^”\"\n.!?]{1,80}[”\"](?:\s*,)?\s+(?:(?:and|or)\s+)?[“\"][^”\"\n]{1,80}[”\"]")
mode, out = sys.argv[1], Path(sys.argv[2])
SEED, N = {"chain": 20261802, "list": 20261803}[mode], 150
pattern = {"chain": CONSTRUCT, "list": LISTED}[mode]
chain_ids = (Path(__file__).resolve().parent / "unnamed28-targeted-articles.txt")
# (each folder was drawn before unnamed28-corpus-check.tsv and its own id list existed: a redraw
# leaves its own list out, as draws.taken_article_ids allows; audited_ids now also holds the
# articles the corpus check lists, so a redraw differs by those)
OWN = {"chain": "unnamed28-targeted-articles.txt", "list": "unnamed28-targeted-list-articles.txt"}
skip = taken_article_ids(leave_out=(OWN[mode],)) | _draw_module().audited_ids()
if mode == "list":  # the chain folder's articles are already read
    skip |= set(chain_ids.read_text().split())
held, hits = targeted_articles(lambda t: pattern.search(t) is not None, SEED, 40 * N)
hits = [(i, t) for i, t in hits if i not in skip and i.startswith("abp-")][:N]
out.mkdir(parents=True, exist_ok=True)
for doc_id, text in hits:
    (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
print(f"{held} articles hold the construct; {len(hits)} written", file=sys.stderr)
