"""Nested reporting (attribute/nested.py, issue #11 round 11): the words inside the clause an
outer reporter states are the outer reporter's when the inner verb is hypothetical, passive, or
has a body or "it" for its subject; a named person's own report inside the clause stays his.
Cases written for this test, shaped like constructs that failed on the real-news tuning split."""

from __future__ import annotations

import pytest


CASES = [
    ("a passive inner verb: the one who was told reports it",
     "Disclosure\n\nLast spring, Senator Ada Brightwater said she was told by the Treasury not to "
     "publish figures \u201cthat touch on pending negotiations,\u201d but officials disputed that.",
     ["Ada Brightwater"]),
    ("a body as the inner subject: the writer speaks for it",
     "Licence row\n\nHarbor News has fought the regulator for months. In a memo to staff, Harbor "
     "News President Lionel Marsh wrote that the network rejects the regulator\u2019s attempt to \u201cpunish a station for doing its job.\u201d",
     ["Lionel Marsh"]),
    ("a hypothetical inner verb: the one who suggests it speaks",
     "Interview\n\nWhen Nadia Korr suggested that even Petrov would admit the rollout had not been "
     "\u201csmooth,\u201d Petrov said: \u201cNo rollout of that size is smooth.\u201d",
     ["Nadia Korr", "Petrov"]),
    ("'it' as the inner subject is not the speaker",
     "Court filing\n\nThe Labour Board defended the strike ban in a legal opinion last week. Senator "
     "Paula Renko rejected that view, saying it fails to explain why the strike qualifies as "
     "\u201cunlawful or reckless.\u201d",
     ["Paula Renko"]),
]

KEPT = [
    ("a named person's own report inside the clause stays his",
     "Editors\n\nHowever, Okafor said Lindqvist had insisted the campaign \u201cchanged the paper\u201d "
     "for good.",
     ["Lindqvist"]),
    ("an outlet that carries the report is not the outer speaker",
     "Summit\n\nThe minister, Arvo Teel, said the talks would \u201cgo on as long as they must,\u201d "
     "the Courier reported.",
     ["Arvo Teel"]),
    ("what a person calls something is his own naming",
     "Trial\n\nHolt said the money had been kept in what he called \u201ca plain holding account\u201d "
     "until the bank pulled out.",
     ["Holt"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_the_outer_reporter_speaks(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_the_inner_speaker_is_kept(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


UNNAMED = [
    ("an outlet that reports an unnamed group's words is not their speaker",
     "Embassy protest\n\nMore than forty people were arrested, the city prosecutor Ilya Darov said. "
     "Regional leaders asked that marchers gather in the main square rather than at \u201cforeign "
     "missions,\u201d Tasnim reported.",
     "Regional leaders"),
    ("'another' member of a named group is someone unnamed",
     "Patrol\n\nThe Blue Helmets reached the valley at dawn. Another Blue Helmet told of a talk with "
     "the local militia: \u201cI said we needed a perimeter. They hid behind a rock instead.\u201d",
     "Another Blue Helmet"),
    # round 28, lane wrong11: the outer reporter took the words of an unnamed spokesperson
    # the clause names ("The paper said a spokeswoman for the firm called …")
    ("an unnamed person inside the clause speaks, not the outer reporter",
     "Plan\n\nMayor Ellis Graham said an aide to the governor had described the plan as \u201cdead "
     "on arrival\u201d at a meeting.",
     "an aide"),
]


@pytest.mark.parametrize("case,article,description", UNNAMED, ids=[c[0] for c in UNNAMED])
def test_an_unnamed_speaker_stays_null(case, article, description, speech_of):
    (q,) = speech_of(article, case)
    assert (q.speaker, q.speaker_description) == (None, description)
