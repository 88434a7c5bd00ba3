"""A he/she is never a lone word the last guard drops ("Typically" opening a sentence), a lone
nationality adjective ("British"), a party and state label ("D-Mich"), a month with its day
("Jan. 27"), a holiday ("Election Day") or a name of common words ("Social Security"); the
pronoun takes the next antecedent only if its gender is sure, else it stays unbound (issue 11,
round 78, lane pron88: on draw C a prime minister's seven "she" went to "British", a special
counsel's "he" to "Russian", an official's to "Typically"). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.entities import Entity
from onrecord.attribute.he_she_guard import refused_he_she
from onrecord.attribute.layout import build_layout
from onrecord.attribute.mentions import Mention

CASES = [
    ("an adverb opening the sentence before",
     "Storm aid\n\nMr. Brock Lane said the grid was old, Mr. Lane told reporters.\n\nHe said the island "
     "lacked the usual safeguards.\n\nTypically, the response relies on four groups working together.\n\n"
     "On the island, he said, \"several parts of that chair were missing.\"",
     "Brock Lane"),
    ("a month with its day, and an unnamed man after it",
     "Border town\n\nA young man on a bicycle rode up on that day, Jan. 27.\n\n\"Do not take pictures,\" "
     "he yelled.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_pronoun_passes_a_name_no_person_has(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


TEXT = ("Notes\n\nThe British envoy left on that day, Jan. 27, as Gov. Rae Moss, D-Mich., said. The "
        "Election Day rush came. Social Security and security at home were social topics.")

NAMES = [
    ("a nationality adjective", "British", True),
    ("a party and state label", "D-Mich", True),
    ("a month with its day", "Jan", True),
    ("a holiday", "Election Day", True),
    ("a name of common words", "Social Security", True),
    ("a person's full name", "Rae Moss", False),
]


def _entity(name: str) -> Entity:
    at = TEXT.index(name)
    return Entity(id=1, kind="unknown", names=[name], mentions=[Mention(at, at + len(name), name)])


@pytest.mark.parametrize("name,refused", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_names_no_he_she_can_mean(name, refused):
    assert refused_he_she(build_layout(TEXT, []), _entity(name), {}) is refused


@pytest.mark.parametrize("name,role,spoke", [
    ("Election Day", [], True),  # "Zeynab Day, spokeswoman … ¶ Day acknowledged": spoke
    ("Social Security", [(0, "spokeswoman")], False),
], ids=["a speaking person named like a holiday", "a described person named in common words"])
def test_a_described_or_speaking_person_keeps_the_pronoun(name, role, spoke):
    e = _entity(name)
    e.roles, e.spoke = role, spoke
    assert refused_he_she(build_layout(TEXT, []), e, {}) is False


def test_a_sure_gender_keeps_the_pronoun():
    e = _entity("British")
    e.gender, e.gender_sure = "f", True
    assert refused_he_she(build_layout(TEXT, []), e, {}) is False


def test_a_share_of_people_is_no_ones_role(speech_of):
    # "19 percent Lin Bao" gave Lin Bao's cluster the role "19 percent"; "66 percent saying" is no one
    article = ("Poll of the young\n\nMany had a favourable view of Ana Ruiz, 32 percent Karl Brandt and 19 "
               "percent Lin Bao. Few liked Tom Hale.\n\nGen Z was the most upbeat, with 66 percent saying it "
               "\"works for me,\" though many are at school.")
    assert [q.speaker for q in speech_of(article)] == [None]
