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


# "“…,” the wire quoted NAME, a spokeswoman for …" and "… quoted NAME, saying “…”" without "as":
# the one quoted still speaks (round 24, lane wrong8: the outlet or the quoter took the words in
# the fresh5 tuning split and in seven of 1,000 unannotated corpus articles). Own sentences.
NO_AS = [
    ("the object of 'quoted' after the quotation speaks",
     "\u201cThe deal keeps the lights on for another year,\u201d the wire service quoted Tom Welland, "
     "a spokesman for the budget committee.",
     ["Tom Welland"]),
    ("the object of 'quoted' before 'saying' speaks",
     "Mayor Ruth Calder closed the meeting. She quoted the poet Tom Welland, saying \u201cthe river "
     "remembers every flood.\u201d",
     ["Tom Welland"]),
    ("the passive subject of 'quoted as saying by' after the quotation speaks, not the agent",
     "Anna Bergman met the envoy. \u201cThe deal is dead in the water,\u201d she was quoted as saying "
     "by the Daily Ledger.",
     ["Anna Bergman"]),
]


@pytest.mark.parametrize("label,body,want", NO_AS, ids=[c[0] for c in NO_AS])
def test_quoted_without_as(speech_of, label, body, want):
    got = [q.speaker for q in speech_of(LEAD + body)]
    assert got == want, label


def test_quoting_a_document_without_as_keeps_its_reader(speech_of):
    body = ("Health minister Ruth Calder quoted the new plan, saying it would \u201cscreen every "
            "arrival.\u201d")
    assert [q.speaker for q in speech_of(LEAD + body)] == ["Ruth Calder"]
