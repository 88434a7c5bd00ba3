"""Round 40, lane party23: the targeted corpus check of the party-and-state label rule.

Unread AllSides articles (draws.unread_pool: no split's, audit's or big/big2's article) holding
both a definite "the <state> Democrat/Republican/GOP/Independent" epithet and a party-state label
("(D-N.Y.)", "R-Ohio,", "New York Democrat Ann X", "X, a Democrat from New York"); 150 drawn with
seed 20261302. Usage: python party23-targeted-draw.py OUT_DIR BIG_DIR BIG2_DIR
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))

import draws  # noqa: E402
from onrecord.attribute.party_labels import _LABELS, _STATE_RE  # noqa: E402

EPITHET = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?i:" + _STATE_RE + r")\s+(?:Democrat|Republican|GOP|Independent)\b")


class Both:
    """The construct: an epithet and at least one label."""

    def search(self, text: str) -> bool:
        return bool(EPITHET.search(text)) and any(p.search(text) for p in _LABELS)


if __name__ == "__main__":
    out, folders = Path(sys.argv[1]), sys.argv[2:]
    pool = draws.unread_pool(["allsides"], folders, construct=Both())
    ids = draws.seeded_sample(sorted(pool), min(150, len(pool)), 20261302)
    out.mkdir(parents=True, exist_ok=True)
    for i in ids:
        (out / f"{i}.txt").write_text(pool[i], encoding="utf-8")
    print(len(pool), "in pool;", len(ids), "drawn")
    (Path(__file__).with_name("party23-targeted-ids.txt")).write_text("\n".join(ids) + "\n")
