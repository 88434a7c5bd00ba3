"""A role that holds an office only as a preposition's object ("counselor to the president",
"his dealings on behalf of the president", "a shop manager who voted for President X") is
someone related to the office, not its holder: on draw N (round 83, lane desc99) "the president
said" went to the president's counselor, his lawyer and a voter. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.role_words import holds_office

ROLES = [
    ("counselor to the president", "president", False),
    ("his dealings on behalf of the president", "president", False),
    ("a shop manager who voted for president vance", "president", False),
    ("secretary of state under the governor", "governor", False),
    ("the president of the rowing club", "president", True),
    ("who served as president", "president", True),
    ("former president", "president", True),
]


@pytest.mark.parametrize("role,phrase,held", ROLES, ids=[r[0] for r in ROLES])
def test_office_as_object_is_not_held(role, phrase, held):
    assert holds_office(role, phrase) is held


ARTICLES = [
    ("the counselor named last is not the president",
     "Staff shuffle\n\nPresident Tom Reyes named a new chief of staff on Monday. Hal Brook, a former "
     "aide and now counselor to the president, had held the post for three months.\n\n\"Hal has "
     "served me well for years,\" the president said in a statement.",
     ["Tom Reyes"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in ARTICLES], ids=[c[0] for c in ARTICLES])
def test_president_is_not_his_counselor(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
