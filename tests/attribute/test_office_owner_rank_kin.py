"""Three ways a description or a titled surname reached the wrong person (round 79, lane
desc89, unseen draw E): a role that names an office only as its owner ("the president’s
personal lawyer") held that office, so "the president said" went to the lawyer; a description
whose rank word was dropped ("the vice president" read by its head "president") went to the
president; and a titled surname whose mention carried a second role ("Waving the club flag,
President Voss …": roles "President; the club flag") was read as no office, so it joined the
only full form of the surname, the president's daughter-in-law. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.family import office_words
from onrecord.attribute.role_words import holds_office, rank_dropped

CASES = [
    ("an office written as an owner is not held",
     "Harbour row\n\nPresident Tom Reyes toured the docks on Monday. Among his guests was Dan Pell, "
     "the president\u2019s personal lawyer.\n\nLater the president said: \u201cWe will rebuild "
     "the harbour.\u201d",
     ["Tom Reyes"]),
    ("the vice president is the one in focus, not the president named last",
     "Debate night\n\nLena Marsh met the press before President Tom Reyes spoke on Monday. "
     "Hours later, the vice president dismissed the plan as \u201ca bunch of noise.\u201d",
     ["Lena Marsh"]),
    ("a titled surname with a second role is not the daughter-in-law",
     "Storm visit\n\nWaving the club flag, President Voss toured the flooded town on Tuesday.\n\n"
     "\u201cWe will rebuild it better than before,\u201d Voss said.\n\n"
     "\u201cThis is a time to come together,\u201d said Dana Voss, the president\u2019s "
     "daughter-in-law and an adviser to the Arlen Voss campaign.",
     ["Voss", "Dana Voss"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_owner_rank_kin(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


@pytest.mark.parametrize("role,phrase,held", [
    ("the president\u2019s personal lawyer", "president", False),
    ("the mayor's press aide", "mayor", False),
    ("the judges\u2019 clerk", "judges", False),
    ("president of the club", "president", True),
    ("the vice president\u2019s chief of staff", "vice president", False),
    ("the president is now saying the plan", "president", False),
    ("the president also seemed to back it", "president", False),
    ("president and chief executive", "president", True),
])
def test_possessor_holds_no_office(role, phrase, held):
    assert holds_office(role, phrase) is held


@pytest.mark.parametrize("words,n,dropped", [
    (["vice", "president"], 1, True),
    (["russian", "deputy", "envoy"], 1, True),
    (["associate", "professor"], 1, False),
    (["vice", "president"], 2, False),
    (["florida", "senator"], 1, False),
])
def test_rank_dropped(words, n, dropped):
    assert rank_dropped(words, n) is dropped


def test_office_words_reads_every_role():
    assert "president" in office_words("President; the club flag")
    assert office_words("the club flag; actor") == frozenset()
