"""Near misses of round 39's reporter-guard rules (own_reporter.py: closes_own_sentence,
credits_sentence_before), found by review31: the other name the guard sees is in the object of
the sentence before while an unnamed group reports ("the dockers blamed X, telling …"), or it
closes the words as their hearer ("“…,” X heard."). Such words are not X's: they stay null as
main left them. The articles are our own words."""

from __future__ import annotations

import pytest

_OPEN = "Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
_WORDS = " \"Nobody wants to unload at three in the morning.\""

CASES = [
    ("the name is the object; the group before it tells",
     _OPEN + "On Friday the dockers blamed harbour chief Aldo Ferrante, telling a radio station the shifts "
     "were unsafe." + _WORDS,
     {"Nobody wants": None}),
    ("the name is the subject of another verb; a participle after it reports",
     _OPEN + "Late on Friday, harbour chief Aldo Ferrante faced dockers shouting that the shifts were unsafe."
     + _WORDS,
     {"Nobody wants": None}),
    ("the name closing the words is their hearer",
     _OPEN + "Harbour chief Aldo Ferrante met the union on Friday. \"He looked tired,\" said Holm.\n\n"
     "\"I shook her hand and I said, 'Good luck.' And she said, 'Good luck, Aldo,'\" Holm recalled. "
     "\"You are finished here,\" Ferrante heard.",
     {"You are": None}),
    ("the name subject of a verb of saying in the sentence before still reports",
     _OPEN + "While the port slept, harbour chief Aldo Ferrante, a board lawyer, told a radio station that "
     "the shifts were unsafe." + _WORDS,
     {"Nobody wants": "Aldo Ferrante"}),
]


@pytest.mark.parametrize("article,want", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reporter_guard_near_miss(speech_of, article, want):
    got = {" ".join(q.text.split()[:2]): q.speaker for q in speech_of(article)}
    assert {k: got.get(k, "missing") for k in want} == want
