"""Draw lane office60's scan (round 59): unread corpus articles where two different people
share one surname (two full names, one surname, two given names) AND a definite office or
family role is the subject of a reporting verb ("the president said", "said the first lady").

Usage: python eval/real/tools/office60_scan.py OUT_DIR [N] [SEED] [LEAVE_OUT_DIR]

Writes N (default 40) seeded articles of the pool to OUT_DIR/<id>.txt and prints the pool's
size and the drawn ids. The articles of LEAVE_OUT_DIR (the lane's r300 folder) are left out.
Round 59's draw: N 40, seed 20261206, the lane's r300 folder left out, on the tree at 540eef5
(pool 268, 95 with two people of one surname). The draw is not repeated on later trees: the
drawn ids are now in eval/real/audit (office60-scan.tsv, office60-scan-articles.txt), which
``unread_pool`` leaves out.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

from draws import seeded_sample, unread_pool  # eval/real/tools/draws.py, beside this script

_OFFICE = (r"(?:president|first lady|governor|senator|mayor|prime minister|vice president|secretary|speaker|"
           r"chancellor|premier|king|queen|prince|princess|wife|husband|daughter|son|brother|sister|"
           r"mother|father|congressman|congresswoman|candidate|nominee)")
_VERB = r"(?:said|says|told|tells|added|adds|wrote|writes|tweeted|declared|noted|replied|insisted|argued|warned|stated)"
OFFICE_SUBJECT = re.compile(r"\b[Tt]he (?:former |then-|late )?" + _OFFICE + r" " + _VERB + r"\b|\b"
                            + _VERB + r",? the (?:former |then-|late )?" + _OFFICE + r"\b")
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z]{2,})\b")
_NOT_GIVEN = frozenset("The A An In On At As But And Mr Mrs Ms Dr President Senator Sen Gov Governor First Lady "
                       "Prime Minister Secretary Former Vice House White New North South East West United "
                       "Supreme Court Rep Rev Saint St Lord Sir King Queen Prince Princess Fox Daily".split())


def two_of_one_surname(text: str) -> bool:
    """Two full names with one surname and two different given names."""
    given = defaultdict(set)
    for m in FULL_NAME.finditer(text):
        if m.group(1) not in _NOT_GIVEN:
            given[m.group(2)].add(m.group(1))
    return any(len(g) >= 2 for g in given.values())


def main():
    out = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261206
    leave_out = sys.argv[4:5]
    pool = unread_pool(["allsides", "bbc"], leave_out, OFFICE_SUBJECT)
    hits = sorted(i for i, t in pool.items() if two_of_one_surname(t))
    print(f"# pool: {len(pool)} with an office subject, {len(hits)} also with two people of one surname; seed {seed}",
          file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    for doc_id in seeded_sample(hits, min(n, len(hits)), seed):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)


if __name__ == "__main__":
    main()
