"""A lone surname two people of the article share, with neither named in full in the paragraph:
the one the article has shown speaking, not the relative named more often who never spoke (round
67, lane form75: a former president's words went to his wife, named more often; a mother's
words to her late son, who had a rank). With both or neither shown speaking, the most named one
wins as before (test_family_surname). Our own words."""

from __future__ import annotations

import pytest

_FATHER = ("Harbour dynasty\n\nMarek Osk ran the port for thirty years. Marek Osk built the new "
           "quay. Marek Osk retired in 2001.\n\n")

CASES = [
    ("the relative who spoke, not the most named",
     _FATHER + "Ilona Osk, the board's chair, said on Monday that the port would close.\n\n"
     "The ferries will stop for a week. \u201cWe have done this before,\u201d Osk said.",
     ["Ilona Osk"]),
    ("neither spoke: the most named",
     _FATHER + "Ilona Osk, the board's chair, sits on the panel.\n\n"
     "The ferries will stop for a week. \u201cWe have done this before,\u201d Osk said.",
     ["Marek Osk"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_family_speaker(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
