"""text/find.find_all: every start of several strings, as a regex alternation scanning with
overlaps would give them (the marks of extract/marks.py and attribute/documents.py's nouns)."""

from __future__ import annotations

import random
import re

import pytest

from onrecord.text.find import find_all


@pytest.mark.parametrize("text, needles, expected", [
    ("a “b” c", ["“", "”"], [2, 4]),
    ("aaa", ["aa"], [0, 1]),
    ("memo and report, memo", ["report", "memo"], [0, 9, 17]),
    ("", ["x"], []),
    ("nothing here", ["“"], []),
])
def test_find_all_cases(text, needles, expected):
    assert find_all(text, needles) == expected


def test_find_all_matches_a_lookahead_scan_on_random_text():
    rng = random.Random(16)
    needles = ["ab", "b", "“", "``"]
    pattern = re.compile("(?=(" + "|".join(map(re.escape, needles)) + "))")
    for _ in range(200):
        text = "".join(rng.choice("ab“` ") for _ in range(rng.randrange(0, 40)))
        expected = sorted(m.start() for n in needles for m in re.finditer("(?=" + re.escape(n) + ")", text))
        assert find_all(text, needles) == expected
        assert set(find_all(text, needles)) == {m.start() for m in pattern.finditer(text)}
