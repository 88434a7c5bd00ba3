"""A person's name written as a noun's modifier after "the" ("the Halloran campaign", "the
Petra Novak memoir", "the Halloran administration's plan") is no organisation (issue 11, round
64, lane wrong66). Read as one, it turned the whole person into a body: he/she then skipped the
person, and the words went to someone else named in reach. A body written that way keeps being
a body, and a name seen only as a modifier stays as it was. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a possessive noun after the name",
     "Port vote\n\nPeter Halloran spoke in Dunmore on Monday. His rival Ben Quist backed the "
     "harbour plan.\n\nQuist criticised the Halloran administration's budget at a rally.\n\n"
     "Halloran was visiting the docks on Tuesday, where turnout was low.\n\n"
     "\"We will finish the harbour wall,\" he said.",
     "Peter Halloran"),
    ("a surname ending in s before a noun",
     "Port vote\n\nTomas Rivers spoke in Dunmore on Monday. His rival Ben Quist backed the "
     "harbour plan.\n\nQuist mocked the Rivers campaign at a rally.\n\n"
     "Rivers was visiting the docks on Tuesday, where turnout was low.\n\n"
     "\"We will finish the harbour wall,\" he said.",
     "Tomas Rivers"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_modifier_name_stays_a_person(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


def test_a_body_written_as_a_modifier_stays_a_body(speech_of):
    article = ("Port vote\n\nThe Dunmore Harbour Trust opposed the plan on Monday.\n\n"
               "Officials at the Dunmore Harbour Trust office said the vote was rushed.\n\n"
               "\"The wall will not be finished,\" it said.")
    assert [q.speaker for q in speech_of(article)][-1:] == ["Dunmore Harbour Trust"]
