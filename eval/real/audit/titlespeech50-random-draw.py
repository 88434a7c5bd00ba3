"""Round 50, lane titlespeech50: the 300 random unread AllSides articles of the lane's corpus
check (draws.draw_unread, seed 20265050, outside every list, audit file, big and big2).
Usage: python titlespeech50-random-draw.py OUT_DIR"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

if __name__ == "__main__":
    ids = draws.draw_unread(sys.argv[1], 20265050, {"allsides": 300}, folders=["/tmp/lead/big", "/tmp/lead/big2"])
    print("\n".join(ids))
