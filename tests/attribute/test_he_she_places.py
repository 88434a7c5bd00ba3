"""A he/she never means a place's name: "<Words> Park", "<Words> Street", "the <Words>
Highlands", "West <State>" (lexicon/places.PLACE_FEATURE_HEADS, REGION_WORDS). Round 82, lane
pron95: on draw K a teenager's "she said" went to the park she was crossing and a rescuer's "he
shouted" to the street he ran down, the only capitalised name in reach. The pronoun then takes
the next antecedent only if its gender is sure, else it stays unbound. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.entities import Entity
from onrecord.attribute.he_she_guard import refused_he_she
from onrecord.attribute.layout import build_layout
from onrecord.attribute.mentions import Mention

ARTICLES = [
    ("a park crossed by a woman whose honorific is sure",
     "Park life\n\nMs. Nyra Cole leads the student group.\n\nIt is a hot afternoon and Ms. Cole is dragging "
     "her feet across the grass of Alder Grove Park. By the time she reaches me, she looks tired.\n\n"
     "“We had a long seminar today,” she said.",
     "Nyra Cole"),
    ("a street an unnamed man runs down",
     "Collapse\n\nWorkers dug through the ruins all night. A man raced down Corban Street, looking for "
     "tools.\n\n“Bring saws, anything that cuts,” he shouted.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in ARTICLES], ids=[c[0] for c in ARTICLES])
def test_the_pronoun_passes_a_place(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


TEXT = ("Notes\n\nThey met on Corban Street, walked to Alder Grove Park, drove through the Tallow Highlands "
        "and on to West Texas, where Faith Hill and Rae Park sang.")

NAMES = [
    ("a street", "Corban Street", True),
    ("a park", "Alder Grove Park", True),
    ("highlands", "Tallow Highlands", True),
    ("a region of a state", "West Texas", True),
    ("a given name before a place head", "Faith Hill", False),
    ("a given name before a surname that is a place head", "Rae Park", False),
]


def _entity(name: str) -> Entity:
    at = TEXT.index(name)
    return Entity(id=1, kind="unknown", names=[name], mentions=[Mention(at, at + len(name), name)])


@pytest.mark.parametrize("name,refused", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_place_names_no_he_she_can_mean(name, refused):
    assert refused_he_she(build_layout(TEXT, []), _entity(name), {}) is refused
