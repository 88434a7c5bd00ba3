"""Round 50, lane titlespeech50: the 300 random unread AllSides articles of the lane's corpus
check (draws.draw_unread, seed 20265050, outside every list, audit file, big and big2).
Reproduces on the tree of main d0dd020 (before this lane's sample, whose articles later draws
leave out). The second folder (400 more, seed 20265051, outside the first too) was drawn the same way.
Usage: python titlespeech50-random-draw.py OUT_DIR SEED N BIG_DIR BIG2_DIR [MORE_DIRS...]"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

if __name__ == "__main__":
    out, seed, n, *folders = sys.argv[1:]
    ids = draws.draw_unread(out, int(seed), {"allsides": int(n)}, folders=folders)
    print("\n".join(ids))
