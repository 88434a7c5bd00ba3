"""Round 49, lane exchange28: the unread AllSides folder for sizing the class (seed 20261910,
400 articles, every annotated list, audit list and earlier draw left out by draws.draw_unread).

    python exchange28-draw.py OUT_DIR   (writes OUT_DIR/<id>.txt and exchange28-articles.txt here)"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from draws import draw_unread  # noqa: E402

SEED = 20261910
ids = draw_unread(sys.argv[1], SEED, {"allsides": 400})
(HERE / "exchange28-articles.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
print(len(ids))
