"""A definite kind of body ("the company", "the hospital", "the military") after that body
spoke (attribute/described.py, ``_body_that_spoke``; round 35, lane epithet17): "X Medical
Center said in a statement …, the hospital said" and "The statement issued by X also said ….
“…,” the company said" were left null on corpus text. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a hospital that spoke in the sentence before is 'the hospital'",
     "Sailor treated\n\nThe sailor was flown to a clinic on the coast.\n\n"
     "He is recovering from \u201csevere exposure,\u201d Harrowgate Regional Medical Center said "
     "in a statement. \u201cHe will stay with us for some days,\u201d the hospital said.",
     ["Harrowgate Regional Medical Center", "Harrowgate Regional Medical Center"]),
    ("a company that spoke two sentences before is 'the company'",
     "Spam fight\n\nThe screensaver was pulled on Friday.\n\n"
     "The statement issued by Brightmail Europe said the campaign had \u201cdone what it set "
     "out to do.\u201d It gave no figures. \u201cThe aim was to slow the senders down,\u201d the "
     "company said.",
     ["Brightmail Europe", "Brightmail Europe"]),
]

GUARDS = [
    ("a person who spoke last is not 'the company'",
     "Mill closes\n\nMarta Olsen, the mill's owner, spoke on Monday. \u201cWe had no choice,\u201d "
     "she said. \u201cOrders have fallen for a year,\u201d the company said.",
     ["Marta Olsen", None]),
    ("a body that spoke two paragraphs before is not 'the company'",
     "Mill closes\n\nBrightmail Europe said orders had \u201cfallen for a year.\u201d\n\n"
     "The town council met on Monday.\n\nThe union called a meeting.\n\n"
     "\u201cWe had no choice,\u201d the company said.",
     ["Brightmail Europe", None]),
    ("another body named after the one that spoke is not 'the company'",
     "Webcam flaw\n\nBrightmail Europe said the flaw was \u201cserious.\u201d Yet Harbour Video "
     "Systems Ltd defended its choice. \u201cOur users want one click,\u201d the company said.",
     ["Brightmail Europe", None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_body_that_spoke(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
