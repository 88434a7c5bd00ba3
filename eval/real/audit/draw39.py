"""The thirty-ninth session's unseen draws (round 78): 3,000 AllSides articles outside every eval
split list (attribution/articles*.tsv) and every article id an audit sheet (audit/*.tsv) names,
within 20,000 characters and with two quotation marks or more; seed 78 is draw C, seed 79 draw D
(D also leaves out C's ids, given with --skip). The audit *.txt lists are not excluded: they name
nearly every article some scan touched unread (draws.unread_pool's exclusion leaves 18).

    SHEETS="--ignore *88-aud-judged.tsv --ignore r60C-read39.tsv --ignore roundD39-changes-judged.tsv"
    python eval/real/audit/draw39.py OUT --seed 78 $SHEETS
    python eval/real/audit/draw39.py OUT2 --seed 79 --skip OUT $SHEETS

``--ignore`` leaves out the sheets written after the draws (this session's own sheets name
articles of C and D), so the two commands give the session's draws again (checked: the same
3,000 ids each).

The fortieth session's draws E (seed 80) and F (seed 81) leave out C and D as well (F also E);
they read every sheet then written, the thirty-ninth session's included, and ignore those written
since (r60E-read40.tsv, the *89 lanes' sheets, the roundF40 sheets):

    SHEETS40="--ignore r60E-read40.tsv --ignore *89-aud-judged.tsv --ignore roundF40*"
    python eval/real/audit/draw39.py E --seed 80 --skip OUT --skip OUT2 $SHEETS40
    python eval/real/audit/draw39.py F --seed 81 --skip OUT --skip OUT2 --skip E $SHEETS40

The forty-first session's draws G (seed 82) and H (seed 83) leave out C, D, E and F as well (H
also G); they read every sheet then written and ignore those written since (r60G-read41.tsv, the
*91 lanes' sheets, the roundH41 sheets):

    SHEETS41="--ignore r60G-read41.tsv --ignore *91-aud-judged.tsv --ignore roundH41*"
    python eval/real/audit/draw39.py G --seed 82 --skip OUT --skip OUT2 --skip E --skip F $SHEETS41
    python eval/real/audit/draw39.py H --seed 83 --skip OUT --skip OUT2 --skip E --skip F --skip G $SHEETS41

The forty-second session's draws I (seed 84) and J (seed 85) leave out C to H as well (J also I);
they read every sheet then written and ignore those written since (r60I-read42.tsv, the *93 and
*94 lanes' sheets, the roundJ42 sheet). After them the pool under these exclusions holds 719
articles (I's run said 6,719 before drawing, J's 3,719):

    SHEETS42="--ignore r60I-read42.tsv --ignore *93-aud-judged.tsv --ignore *94-aud-judged.tsv --ignore roundJ42* --ignore kind93-override-I-read.tsv"
    SKIP="--skip OUT --skip OUT2 --skip E --skip F --skip G --skip H"
    python eval/real/audit/draw39.py I --seed 84 $SKIP $SHEETS42
    python eval/real/audit/draw39.py J --seed 85 $SKIP --skip I $SHEETS42
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REAL / "tools"))
import draws  # noqa: E402

ID = re.compile(r"\b(?:abp|bbc)-[A-Za-z0-9_-]+")


def read_ids(skip: list[Path], ignore: list[str]) -> set[str]:
    ids: set[str] = set()
    for p in (REAL / "audit").glob("*.tsv"):
        if any(p.match(g) for g in ignore):
            continue
        ids.update(ID.findall(p.read_text(encoding="utf-8", errors="replace")))
    for p in (REAL / "attribution").glob("articles*.tsv"):
        ids.update(line.split("\t")[0] for line in p.read_text().splitlines() if line.strip())
    for folder in skip:
        ids.update(p.stem for p in folder.glob("*.txt"))
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--skip", type=Path, action="append", default=[])
    ap.add_argument("--ignore", action="append", default=[], help="audit sheet names (globs) not to read")
    a = ap.parse_args()
    d = draws._draw_module()
    ids = read_ids(a.skip, a.ignore)
    pool = {}
    for rec in d.records("allsides"):
        text = d.document_text(rec)
        if rec["id"] in ids or len(text) > 20000 or len(d.QUOTE_MARKS.findall(text)) < 2:
            continue
        pool[rec["id"]] = text
    a.out.mkdir(parents=True, exist_ok=True)
    for i in random.Random(a.seed).sample(sorted(pool), a.n):
        (a.out / f"{i}.txt").write_text(pool[i], encoding="utf-8")
    print(f"pool {len(pool)}; {a.n} written to {a.out}")


if __name__ == "__main__":
    main()
