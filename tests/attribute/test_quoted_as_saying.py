""""X quoted Y as saying …": Y's words, not X's (issue #11, round 20, lane orgperson). The
parse hangs "as saying" on "quoted", so the outlet that quoted took the words ("Associated Press
quoted Tim X, of a security firm, as saying:", "he was quoted by the Fars News Agency as
saying"; read in 1,000 unannotated articles). Sentences written for this test."""

from __future__ import annotations

import pytest

LEAD = "Cyber raid\n\nThe breach was found on Monday.\n\n"

CASES = [
    ("the object of 'quoted' speaks",
     "The Daily Ledger quoted Tom Welland, of a security firm, as saying: \u201cWe expect this is a small gang.\u201d",
     ["Tom Welland"]),
    ("the object of 'quoted' speaks, words after 'saying'",
     "Reuters quoted Anna Bergman as saying the deal was \u201cdead in the water.\u201d",
     ["Anna Bergman"]),
    ("the passive subject of 'quoted by' speaks, not the agent",
     "Anna Bergman met the envoy. She was quoted by the Daily Ledger as saying the deal was "
     "\u201cdead in the water.\u201d",
     ["Anna Bergman"]),
    ("an unnamed object is no outlet's words",
     "Reuters quoted a senior official as saying the deal was \u201cdead in the water.\u201d",
     [None]),
]


@pytest.mark.parametrize("label,body,want", CASES, ids=[c[0] for c in CASES])
def test_quoted_as_saying(speech_of, label, body, want):
    got = [q.speaker for q in speech_of(LEAD + body)]
    assert got == want, label


def test_a_document_quoted_keeps_its_reader(speech_of):
    # "Immigration minister Des X quoted its five-year plan … as saying": the minister reads
    # the plan out (real-news tuning split)
    body = ("Health minister Ruth Calder quoted the new plan as saying: \u201cWe will screen every "
            "arrival.\u201d")
    assert [q.speaker for q in speech_of(LEAD + body)] == ["Ruth Calder"]


def test_a_pronoun_quoted_is_its_referent(speech_of):
    body = ("Anna Bergman met the envoy on Sunday. The Daily Ledger quoted her as saying the deal "
            "was \u201cdead in the water.\u201d")
    assert [q.speaker for q in speech_of(LEAD + body)] == ["Anna Bergman"]
