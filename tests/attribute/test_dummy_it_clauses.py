"""More dummy "it" clauses that name no one (round 80, lane wrong91, draw G): "it seems X …",
"it didn't take long for X to …", "it doesn't make sense to …", "it would be nice to …", "it's
already bad enough for X to …", "it's the first time …", "it's when …", "it begs the question".
Read as a pronoun, the "it" took the nearest organisation as the speaker of the words after
it. A referring "it" still takes its organisation. Invented sentences."""

from __future__ import annotations

import pytest

_OPEN = "Harbour row\n\nThe Harbour Gazette defended the mayor on Monday. "

CASES = [
    ("'it seems' before a clause",
     _OPEN + "Finally, it seems Tom Reyes first rested his case on a tally that, as he notes, "
     "was wrong: \u201cThe quay vote is lost by about 300 ballots.\u201d"),
    ("'it didn't take long for X to'",
     _OPEN + "It didn\u2019t take long for the harbour master to object, saying every boat "
     "\u201cneeds proper papers\u201d to moor."),
    ("'it doesn't really make sense to'",
     _OPEN + "But it doesn\u2019t really make sense to declare \u201cgame over\u201d at any point."),
    ("'it would be nice to'",
     _OPEN + "It would be nice to be able to say, \u201cWell, they won the quay fair and "
     "square.\u201d"),
    ("an adjective with 'enough for X to'",
     _OPEN + "It\u2019s already bad enough for a challenger to oust a mayor, and calling him a "
     "\u201cquay traitor\u201d does not help."),
    ("'it's the first time'",
     _OPEN + "It\u2019s the first time the board has combined a tax with calls to \u201csell the quay "
     "off\u201d."),
    ("a cleft 'it's when'",
     _OPEN + "It\u2019s when the board said: \u201cThe quay is ours and they have none of it.\u201d"),
    ("'it begs the question'",
     _OPEN + "And it begs the question of a \u201cquay tax\u201d once more."),
]


@pytest.mark.parametrize("case,article", CASES, ids=[c[0] for c in CASES])
def test_dummy_it_clause_names_no_one(case, article, speech_of):
    assert all(q.speaker != "Harbour Gazette" for q in speech_of(article, case))


@pytest.mark.parametrize("sentence", [
    "It seemed to have changed its mind.",   # "seems to": a referring "it" may follow
    "It took the quay fee to the court.",
    "It said the deal was good.",
])
def test_referring_it_is_not_dummy(sentence):
    from onrecord.attribute.expletive import dummy_it
    assert not dummy_it(sentence, 0)


def test_referring_it_keeps_its_body(speech_of):
    said = speech_of(_OPEN + "It said the fee was \u201ca bargain for the town\u201d.", "keep")
    assert said and said[-1].speaker == "Harbour Gazette"


_VALE = "Harbour row\n\nThe Harbour Gazette backed Mayor Ann Vale on Monday. "
DOERS = [
    ("'for X to' after a dummy 'it'",
     _VALE + "It didn\u2019t take long for Mayor Ann Vale to object, saying every boat "
     "\u201cneeds proper papers\u201d to moor."),
    ("'it seems X'",
     _VALE + "Finally, it seems Vale first rested her case on a tally that was wrong: "
     "\u201cThe quay vote is lost by about 300 ballots.\u201d"),
    ("'it's when she said'",
     _VALE + "It\u2019s when she said: \u201cThe quay is ours and they have none of it.\u201d"),
]


@pytest.mark.parametrize("case,article", DOERS, ids=[c[0] for c in DOERS])
def test_dummy_it_clause_doer_speaks(case, article, speech_of):
    said = speech_of(article, case)
    assert said and said[-1].speaker == "Ann Vale"
