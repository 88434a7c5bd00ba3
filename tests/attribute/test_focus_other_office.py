"""A definite office ("the prime minister", "the mayor", "the president") read back to the
person in focus when that person is shown in another occupation and never in this office:
"According to Mr Ash the prime minister said: “…”" went to Ash, shown as a newspaper
journalist (fresh14); on big + big2 "The mayor" went to a man shown as "Prime Minister …", "The
president" to a man shown as a conspiracy theorist, "the governor" to a senator, "The
actress" to a White House adviser. Such a role names someone the article does not tie to a
name: null, not the focus. Someone shown in that office, by its short form ("Sen." for "the
senator") or its kin ("Rep." for "the congressman"), keeps it. Articles written for this test
(round 42, lane census25s)."""

from __future__ import annotations

import pytest

CASES = [
    ("a journalist in focus is no prime minister",
     "Memoir row\n\nA new book by Daily Post journalist Tim Ash says the two men fell out. "
     "According to Mr Ash the prime minister said: \u201cGive me one more year and I will go "
     "quietly.\u201d",
     [None]),
    ("a senator in focus is no governor",
     "Race\n\nThe race is close. Arkansas's Democratic senator Mel Pike has trailed all year. "
     "\u201cWe will not raise taxes on working families this session,\u201d the governor said "
     "on Monday.",
     [None]),
    ("a senator shown by the short title keeps 'the senator'",
     "Race\n\nSen. Mel Pike spoke on Monday. \u201cWe will not raise taxes on working "
     "families,\u201d the senator said.",
     ["Mel Pike"]),
    ("a person shown without an occupation keeps the office",
     "Budget\n\nMr Tom Hale spoke to reporters on Monday. \u201cWe will balance the books "
     "within two years,\u201d the chancellor said.",
     ["Tom Hale"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_focus_other_office(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
