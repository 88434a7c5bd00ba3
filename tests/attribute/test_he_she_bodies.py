"""A he/she after a refused subject ("The Republican floor leader, Senator X, …") still reaches
the apposed senator (lane pron89 narrowed the fallback to the nearest subject; on draws C and F
that dropped six right names, so the lead took the narrowing out); and a he/she refuses a
body's name ("Department of Justice"), a creed's, a programme's or a manner of speech's ("Christianity", "Medicare",
"Trumpspeak") and a hyphened nationality ("Italian-American") (issue 11, round 79, lane
pron89: on draw E such names took an aide's, a senator's and a teacher's pronoun). Our own
words."""

from __future__ import annotations

import pytest

from onrecord.attribute.entities import Entity
from onrecord.attribute.he_she_guard import refused_he_she
from onrecord.attribute.layout import build_layout
from onrecord.attribute.mentions import Mention

CASES = [
    ("a programme's name",
     "Budget\n\nBack when the party pushed a plan over Medicare in 2013, a certain senator from Ohio "
     "was aghast. The plan was \"plain chaos,\" he said on the radio."),
    ("a creed's name named after an opening quotation",
     "Visit\n\n\"We will drive them out of this town,\" he said.\n\nThe speech gave no plan, and "
     "Wahhabism, the creed of the kingdom, was not named."),
    ("a creed's name",
     "Faith\n\nThe column said the teacher promoted Christianity in class.\n\n\"It was wrong,\" she said."),
]


@pytest.mark.parametrize("article", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_the_pronoun_stays_unbound(speech_of, article):
    assert [q.speaker for q in speech_of(article)] == [None]


APPOSED = ("Session\n\nMr. Obama spoke in the morning.\n\nThe Republican floor leader, Senator Mark "
           "Holt, agreed that the pact was awkward.\n\n\u201cAll of us need trust,\u201d he said.")


def test_a_refused_pronoun_reaches_the_apposed_senator(speech_of):
    assert [q.speaker for q in speech_of(APPOSED)] == ["Mark Holt"]


TEXT = ("Notes\n\nThe Department of Justice and the Transportation Department met. An Italian-American "
        "wrote on Wahhabism in Trumpspeak. Robert Service and Dana Board spoke to Ms. Jo Reyes.")

NAMES = [
    ("a body's head, then of", "Department of Justice", True),
    ("a body's head last", "Transportation Department", True),
    ("a hyphened nationality", "Italian-American", True),
    ("a creed's ending", "Wahhabism", True),
    ("a manner of speech", "Trumpspeak", True),
    ("a given name before a body's head", "Robert Service", False),
    ("a given name before another", "Dana Board", False),
    ("a person's name", "Jo Reyes", False),
]


def _entity(name: str) -> Entity:
    at = TEXT.index(name)
    return Entity(id=1, kind="unknown", names=[name], mentions=[Mention(at, at + len(name), name)])


@pytest.mark.parametrize("name,refused", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_bodies_and_things_no_he_she_can_mean(name, refused):
    assert refused_he_she(build_layout(TEXT, []), _entity(name), {}) is refused
