"""A he/she is never a place's "Globe" ("the Boston Globe"), while "Golden Globe" and a person's
name stay as they were; and once such a name is refused, an unnamed man's "he" is not given to
the next person named after it (issue 11, round 83, lane pron100: on draw N a columnist's four
"he says" of an unnamed president went to "the Boston Globe" named before, and, refused, to the
adviser named the sentence after). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.entities import Entity
from onrecord.attribute.he_she_names import no_he_she
from onrecord.attribute.mentions import Mention

NAMES = [
    ("a city's Globe", "Boston Globe", True),
    ("a state's Globe", "Texas Globe", True),
    ("an award", "Golden Globe", False),
    ("a person's full name", "Rae Moss", False),
]


def _entity(name: str) -> Entity:
    return Entity(id=1, kind="unknown", names=[name], mentions=[Mention(0, len(name), name)])


@pytest.mark.parametrize("name,refused", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_place_globes_no_he_she_can_mean(name, refused):
    assert no_he_she(_entity(name)) is refused


CASES = [
    ("a place's Globe named in an aside before the columnist's pronoun",
     "Press week\n\nColumnist Neil Grant wrote about the campaign on Sunday. (Grant is the former "
     "Boston Globe editor.)\n\nThe candidate called reporters \"the enemy,\" he writes.",
     "Neil Grant"),
    ("an unnamed man's pronoun after the paper, an adviser named after it",
     "Press week\n\nI once worked at the Boston Globe, a paper I loved.\n\nToday we have a leader who "
     "calls reporters \"the worst people alive,\" he says. His adviser, Ray Holt, calls the press "
     "\"the other side.\"",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_pronoun_skips_a_place_globe(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article) if q.kind == "speech"][:1] == [expected]
