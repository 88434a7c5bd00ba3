"""Draw review39's scale check (round 48 review of unnamed28 and epithet28): 200 AllSides corpus
articles outside the lead's big and big2 samples, the tuning articles' folder and every eval list
(draws.taken_article_ids, articles-fresh16.tsv among them, plus every article id any
eval/real/audit file names), at most MAX_CHARS characters, two quotation marks or more;
random.Random(20261905).sample of 200 AllSides. The BBC pool is left alone (tests/
test_eval_real_draws needs an unread BBC article).

usage: python review39-draw.py BIG_DIR BIG2_DIR TUNING_ARTICLES_DIR OUT_DIR > ids.txt

Redrawing: move ids-review39.txt and review39-corpus-check.tsv out of eval/real/audit first:
the pool leaves out every id any audit file names, this draw's own among them.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import draw_unread  # noqa: E402

SEED = 20261905
COUNTS = {"allsides": 200}


if __name__ == "__main__":
    print("\n".join(draw_unread(sys.argv[4], SEED, COUNTS, sys.argv[1:4])))
