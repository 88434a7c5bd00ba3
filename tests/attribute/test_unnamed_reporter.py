"""An uncued quotation right after a sentence in which an unnamed person reports speech ("The
nurse said staff were warned.", "…, the source relayed.") goes on in that unnamed voice: it is
left null with the description, never given to the last named speaker further back (round 33,
lane itthey14: of 28 "continues the last speaker" attributions judged on random corpus text,
10 should have been null, several of them after an unnamed nurse, source or respondent spoke).
Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Clinic video\n\nThe clinic's director, Maria Vance, defended the testing site. \u201cEvery "
         "test was real,\u201d Vance said.\n\n")

CASES = [
    ("an unnamed nurse reports, then her words",
     _OPEN + "The nurse said staff were told to expect the camera crew. \u201cWe knew they were "
     "coming, and we had to act busy.\u201d",
     ["Maria Vance", None]),
    ("an unnamed official reports, then his words and a 'he said' after them",
     _OPEN + "The official said the rules aim at lower costs. \u201cWe want our own course.\u201d\n\n"
     "The new rules are \u201cnot about the weather\u201d, he said.",
     ["Maria Vance", None, None]),
    ("a named person reports, then his words: still him",
     _OPEN + "Inspector Paul Grady said staff were told to expect the camera crew. \u201cWe knew "
     "they were coming.\u201d",
     ["Maria Vance", "Paul Grady"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_unnamed_reporter(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
