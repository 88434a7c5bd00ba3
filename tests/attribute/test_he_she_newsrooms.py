"""A he/she is never a newsroom known by name ("ProPublica") nor a place's "Globe" ("the Boston
Globe"), while "Golden Globe" and a person's name ending in the word stay as they were (issue 11,
round 83, lane pron100: on draw N a nurse's eight "she" went to "ProPublica" of a photo credit
and of "told ProPublica", a columnist's four "he" to "the former Boston Globe editor"). Our own
words."""

from __future__ import annotations

import pytest

from onrecord.attribute.entities import Entity
from onrecord.attribute.he_she_names import no_he_she
from onrecord.attribute.mentions import Mention

NAMES = [
    ("a newsroom known by name", "ProPublica", True),
    ("a city's Globe", "Boston Globe", True),
    ("a state's Globe", "Texas Globe", True),
    ("an award", "Golden Globe", False),
    ("a person's full name", "Rae Moss", False),
]


def _entity(name: str) -> Entity:
    return Entity(id=1, kind="unknown", names=[name], mentions=[Mention(0, len(name), name)])


@pytest.mark.parametrize("name,refused", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_newsrooms_no_he_she_can_mean(name, refused):
    assert no_he_she(_entity(name)) is refused


CASES = [
    ("the newsroom she spoke to named between the nurse and her pronoun",
     "Ward shifts\n\nNurse Tamsin Reade asked to work from home in March. (Reade spoke with "
     "ProPublica on the condition that her ward not be named; ProPublica asked the ward.)\n\n"
     "\"We were never told why,\" she said.",
     "Tamsin Reade"),
    ("a place's Globe named in an aside before the columnist's pronoun",
     "Press week\n\nColumnist Neil Grant wrote about the campaign on Sunday. (Grant is the former "
     "Boston Globe editor.)\n\nThe candidate called reporters \"the enemy,\" he writes.",
     "Neil Grant"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_pronoun_skips_a_newsroom(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article) if q.kind == "speech"][-1:] == [expected]
