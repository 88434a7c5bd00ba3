"""A nation's office written by its adjective or possessive ("the Peruvian leader", "Norway's
premier") is the one person the article titles with that nation and an office of the same kind
("Peruvian President X", "Norway's leader X"), before or after the words; never the person in
focus titled for another nation or none, never a former holder, and never a holder of another
specific office ("supreme leader" is no president). Round 66, lane desc71. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.national_office import national_holder

_VISIT = ("Summit talks\n\nPeruvian President Ana Sol met President Obama on Monday. Mr. Obama "
          "praised the talks and said they had a \"useful exchange\" about trade. ")

CASES = [
    ("the leader of the nation, not the host in focus",
     _VISIT + "The Peruvian leader said the tariffs were \"the real obstacle\".", "Ana Sol"),
    ("a by-gerund after the leader",
     _VISIT + "After two questions, the Peruvian leader ended the event by saying, \"That is "
     "enough for today.\"", "Ana Sol"),
    ("the possessive premier named later as the leader",
     "Rocket tests\n\nNorway's premier called the threats \"not helpful at all\" on Tuesday. Markets "
     "fell in Asia.\n\nLater, Norway's leader Erik Dahl told reporters he would not change course.",
     "Erik Dahl"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_national_office_speaker(speech_of, article, expected):
    # the last quotation is the one the nation's office credits; the earlier ones are context
    assert speech_of(article)[-1].speaker == expected


def test_another_nations_president_is_not_the_leader(speech_of):
    article = ("Summit talks\n\nChilean President Rosa Paz met President Obama on Monday. Mr. Obama "
               "praised the talks. The Peruvian leader said the tariffs were \"the real obstacle\".")
    assert speech_of(article)[-1].speaker != "Rosa Paz"


class _Person:
    def __init__(self, name: str, *roles: str, kind: str = "person"):
        self.canonical, self.kind = name, kind
        self.roles = [(i, r) for i, r in enumerate(roles)]
        self.shown_roles: list = []


HOLDER_CASES = [
    ("adjective against adjective title", "the Cuban leader", [_Person("A", "Cuban President")], "A"),
    ("possessive against possessive title", "New Zealand's premier",
     [_Person("B", "New Zealand's leader")], "B"),
    ("premier is prime minister", "the Dutch premier", [_Person("C", "Dutch Prime Minister")], "C"),
    ("a former holder is no holder", "the Cuban leader", [_Person("D", "former Cuban President")], None),
    ("two holders: no one", "the Cuban leader",
     [_Person("E", "Cuban President"), _Person("F", "Cuban Prime Minister")], None),
    ("another specific office", "Iran's supreme leader", [_Person("G", "Iranian President")], None),
    ("another nation", "the Cuban leader", [_Person("H", "Chilean President")], None),
    ("no nation in the title", "the Cuban leader", [_Person("I", "President")], None),
    ("a body is no holder", "the Cuban leader", [_Person("J", "Cuban President", kind="org")], None),
    ("no office of a leader", "the Cuban ambassador", [_Person("K", "Cuban Ambassador")], None),
    ("indefinite", "a Cuban leader", [_Person("L", "Cuban President")], None),
]


@pytest.mark.parametrize("text,people,expected", [c[1:] for c in HOLDER_CASES], ids=[c[0] for c in HOLDER_CASES])
def test_national_holder(text, people, expected):
    found = national_holder(text, people)
    assert (found.canonical if found is not None else None) == expected
