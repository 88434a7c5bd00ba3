"""A quotation with no cue of its own that continuation.py left null as "names X, not the last
speaker" when X is the one reporting it (round 39, lane guard22): X named right after long words
holding inner quotations, closing the sentence with a verb no list holds ("“…,” X reminisced."),
or the sentence just before credits X ("according to Mr X, …"). The guards are the readings the
refusal was made for: X's rivals (a possessive), or another person named beside X. The articles
are our own words."""

from __future__ import annotations

import pytest

_OPEN = "Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
_VERDICT = "\"The electorate is tired,\" is the blunt verdict of Aldo Ferrante, a harbour board lawyer. "
_WORDS = " \"Nobody wants to unload at three in the morning.\""

CASES = [
    ("the name and an unlisted verb close long words with inner quotations",
     _OPEN + "Harbour chief Aldo Ferrante came to the gate that night. \"He looked tired,\" said Holm.\n\n"
     "\"I shook her hand and I said, 'Good luck, Berit.' And she said, 'Good luck, Aldo,'\" Ferrante "
     "reminisced. \"It felt like the end of a long war.\"",
     {"I shook": "Aldo Ferrante", "It felt": "Aldo Ferrante"}),
    ("the sentence before credits the view with according to",
     _OPEN + _VERDICT + "The trouble, according to Mr Ferrante, is not the wages but the night shifts." + _WORDS,
     {"Nobody wants": "Aldo Ferrante"}),
]

GUARDS = [
    ("according to his rivals is no credit of his",
     _OPEN + _VERDICT + "The trouble, according to Mr Ferrante's rivals, is not the wages but the night shifts." + _WORDS,
     {"Nobody wants": None}),
    ("another person named beside the reporter stays null",
     _OPEN + _VERDICT + "The trouble, according to Mr Ferrante and mayor Ines Vidal, is not the wages but the "
     "night shifts." + _WORDS,
     {"Nobody wants": None}),
    ("a name with more than one word after it is no credit",
     _OPEN + "Harbour chief Aldo Ferrante came to the gate that night. \"He looked tired,\" said Holm.\n\n"
     "\"I shook her hand and I said, 'Good luck, Berit.' And she said, 'Good luck, Aldo,'\" Ferrante's "
     "daughter wrote in the port's paper.",
     {"I shook": None}),
]


@pytest.mark.parametrize("article,want", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_reporter_guard(speech_of, article, want):
    got = {" ".join(q.text.split()[:2]): q.speaker for q in speech_of(article)}
    assert {k: got.get(k, "missing") for k in want} == want
