"""Draw review38's scale check: 200 AllSides corpus articles outside the lead's big and big2
samples and every eval list (draws.taken_article_ids, plus every article id any eval/real/audit
file names), drawn with draw.py's records()/document_text(), at most MAX_CHARS characters, two
quotation marks or more; random.Random(20261902).sample of 200 AllSides. The BBC pool is left
alone (few unread BBC articles remain; tests/test_eval_real_draws needs one).

usage: python review38-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt

Redrawing: move ids-review38.txt (and review38-corpus-check.tsv) out of eval/real/audit
first: the pool leaves out every id any audit file names, this draw's own among them.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import draw_unread  # noqa: E402

SEED = 20261902
COUNTS = {"allsides": 200}


if __name__ == "__main__":
    print("\n".join(draw_unread(sys.argv[3], SEED, COUNTS, sys.argv[1:3])))
