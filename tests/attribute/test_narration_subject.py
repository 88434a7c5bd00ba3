"""A cue-less quotation after a sentence of narration whose subject is a party, company or other
body that says nothing in it is not that body's words (attribute/topic.reports_speech, issue #11
round 12): left null, not guessed. A body that speaks in the sentence before, and a person, are
still continued (people were cut too at first: the test split and the dev set each lost a right
answer, a person known only by a surname and a pronoun).
Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import build_layout
from onrecord.attribute.topic import reports_speech

_Q = "\u201cNot the time to turn our backs on commuters.\u201d"

CASES = [
    ("a body written about, not speaking: null",
     "Ferry fares\n\nThe Harbor Party has pushed for months to tie ferry fares to fuel prices across "
     "the bay. " + _Q, [None]),
    ("a body that speaks in the sentence before: continued",
     "Ferry fares\n\nThe Harbor Authority said fares would rise in May for every route. " + _Q,
     ["Harbor Authority"]),
    ("a person written about: still continued",
     "Ferry fares\n\nCoach Dara Finn has run the club for ten years and won three titles. " + _Q,
     ["Dara Finn"]),
    ("a surname known as a person by a pronoun: still continued",
     "Flood\n\nTomas Reyes, a baker, lost his whole stock when the river rose. He was angry.\n\n"
     "Reyes, for one, planned to reopen within the week. \u201cPeople still need bread.\u201d",
     ["Tomas Reyes"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_narration_subject(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("sentence,speaks", [
    ("The mayor warned the ferries would stop.", True),
    ("She ended her speech with a joke.", True),
    ("The plan is a costly idea for families.", False),
    ("The party has pushed for months to tie fares to fuel.", False),
])
def test_reports_speech(sentence, speaks):
    lay = build_layout(sentence, [], headline=False)
    assert reports_speech(lay, 0) is speaks
