"""A surname of two words written without Mr or Ms ("Wasserman Schultz", "Peña Nieto",
"McMorris Rodgers") after the full name of three ("Debbie Wasserman Schultz"): the same person,
not a second one named by given name and surname (corpus read, twelfth session: about ten such
speakers in 1,600 unannotated articles, and fresh3's "Peña Nieto"). A two-word form whose first
word is a known given name stays a person of its own ("Paul Ostrowe" beside "John Paul
Ostrowe"). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the two-word surname after the full name",
     "Party row\n\nParty chair Debora Kallas Vendt opened the meeting on Monday.\n\nThe vote was "
     "close.\n\nKallas Vendt rejected the claim, saying that \u201cevery ballot was counted twice\u201d.",
     ["Debora Kallas Vendt"]),
    ("the two-word surname after the words",
     "Party row\n\nParty chair Debora Kallas Vendt opened the meeting on Monday.\n\n"
     "\u201cEvery ballot was counted twice,\u201d Kallas Vendt said.",
     ["Debora Kallas Vendt"]),
    ("a known given name opening the short form: another person",
     "Party row\n\nThe founder John Paul Ostrowe opened the meeting.\n\n"
     "\u201cEvery ballot was counted twice,\u201d Paul Ostrowe said.",
     ["Paul Ostrowe"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_two_word_surnames(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
