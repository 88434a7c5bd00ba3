"""Round 46, lane verbs28: a targeted folder of unread corpus articles (seed 20261801, up to
N) holding a verb of expressing + feeling noun next to a quotation mark, for the corpus check.
python verbs28_folder.py OUTDIR N"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import unread_pool, seeded_sample  # noqa: E402

PAIR = re.compile(r"\b(?:express|voic)(?:ed|es|ing) (?:\w+ ){0,2}(?:concern|hope|doubt|fear|frustration|regret|"
                  r"dismay|disappointment|optimism|skepticism|scepticism|worr(?:y|ie)|alarm)s?\b[^\"“”.]{0,80}[\"“]", re.I)
out, n = Path(sys.argv[1]), int(sys.argv[2])
pool = unread_pool(["allsides", "bbc"], construct=PAIR)
abp = sorted(a for a in pool if a.startswith("abp-"))
ids = seeded_sample(abp, min(n, len(abp)), 20261801)
out.mkdir(parents=True, exist_ok=True)
for a in ids:
    (out / f"{a}.txt").write_text(pool[a])
print(len(pool), "articles hold the pair;", len(ids), "written")
