"""Draw review35's scale check: 300 corpus articles outside the lead's big and big2 samples and
every eval list (draws.taken_article_ids, plus every article id any eval/real/audit file names),
drawn with draw.py's records()/document_text(), at most MAX_CHARS characters, two quotation
marks or more; random.Random(20261501).sample of 240 AllSides and 60 of the 66 unread BBC.

usage: python review35-draw.py BIG_DIR BIG2_DIR OUT_DIR > ids.txt
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import draw_unread  # noqa: E402

SEED = 20261501
# only 66 BBC articles are left unread (every earlier review drew BBC): 60 of them, leaving six
# for tests/test_eval_real_draws (it needs an unread BBC pool), and AllSides makes up the 300
COUNTS = {"allsides": 240, "bbc": 60}


if __name__ == "__main__":
    print("\n".join(draw_unread(sys.argv[3], SEED, COUNTS, sys.argv[1:3])))
