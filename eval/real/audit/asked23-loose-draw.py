"""Lane asked23's looser corpus check: every unread AllSides/BBC article (draws.unread_pool,
also outside big, big2 and the asked23-draw.py folder) where a closing mark after , . ? or ! is
followed within 60 characters by was/were/is/are/been/being, an optional adverb, and asked,
pressed, told, questioned, warned, reminded, assured or advised. The whole pool (33 articles
at the check) is written, so no seed; a re-run gives 32, abp-T3qjBExF64EOTsTX being named in
asked23-corpus-check.tsv since (draw.audited_ids).

usage: python asked23-loose-draw.py BIG_DIR BIG2_DIR ASKED23_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402

CONSTRUCT = re.compile(
    r"[?!,.] ?[”\"] *,? *[\w.'’ -]{1,60}? (?:was|were|is|are|been|being) (?:\w+ly |also |then |later )?"
    r"(?:asked|pressed|told|questioned|warned|reminded|assured|advised)\b")


def main():
    big, big2, asked, out = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(("allsides", "bbc"), [big, big2, asked], CONSTRUCT)
    for doc_id in sorted(pool):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
