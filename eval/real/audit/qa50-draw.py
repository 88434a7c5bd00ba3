"""Round 50, lane qa50: the folders of the lane's sample and corpus check.

random: 300 unread AllSides articles, seed 20261250 (draws.draw_unread).
targeted: unread AllSides articles (outside the random folder) with at least three
draw.py SPEAKER_LINE labels ("Q:", "A:", "NAME:") or a line opening on a bold-style
"Q." / "Question:", shuffled with seed 20261251, first 60.
Usage: python qa50-draw.py OUTROOT
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import _draw_module, draw_unread, unread_pool  # noqa: E402

RANDOM_SEED = 20261250
TARGET_SEED = 20261251
QUESTION_LINE = re.compile(r"^(?:Q\.|Question:|QUESTION:)\s", re.M)


def layout(text: str) -> bool:
    draw = _draw_module()
    return len(draw.SPEAKER_LINE.findall(text)) >= 3 or len(QUESTION_LINE.findall(text)) >= 2


def main() -> None:
    root = Path(sys.argv[1])
    rnd = root / "random"
    ids = draw_unread(rnd, RANDOM_SEED, {"allsides": 300})
    (root / "random-ids.txt").write_text("\n".join(ids) + "\n")
    pool = unread_pool(["allsides"], [rnd])
    hits = sorted(i for i, t in pool.items() if layout(t))
    random.Random(TARGET_SEED).shuffle(hits)
    tgt = root / "targeted"
    tgt.mkdir(parents=True, exist_ok=True)
    for doc_id in hits[:60]:
        (tgt / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
    (root / "targeted-ids.txt").write_text("\n".join(hits[:60]) + "\n")
    print(len(ids), len(hits))


if __name__ == "__main__":
    main()
