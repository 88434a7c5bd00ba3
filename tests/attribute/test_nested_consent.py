"""A consent to act inside a reported clause (attribute/nested.py, round 83, lane wrong100):
"X said Y had agreed to do “…”" reports Y's agreement in X's words, so the quotation is X's;
an agreement that states a view ("Y agreed that …") or the speaker's own agreement stays as it
was. Invented sentences shaped like the draw-N constructs (a leader's account of a summit)."""

from __future__ import annotations

import pytest


CASES = [
    ("an agreement to act reported by another: the reporter's words",
     "Summit\n\nSpeaking after the talks, Mr Halvorsen said Mr Ostrova had also agreed to close a "
     "\u201cmajor fuel depot on the coast\u201d within weeks.",
     ["Halvorsen"]),
    ("a bare agreement to act, no auxiliary, quotation mid-sentence",
     "Trade\n\nPremier Ilse Dalgaard said Chancellor Piet Ruvo agreed to resume talks \u201cwhere we "
     "stopped,\u201d with limits in place.",
     ["Ilse Dalgaard"]),
]

KEPT = [
    ("the reporter's own agreement stays his",
     "Inquiry\n\nSenator Mara Vell said she had agreed to \u201clead the inquiry with care\u201d "
     "after a long talk.",
     ["Mara Vell"]),
    ("an inner verb of saying keeps its subject",
     "Summit\n\nMr Halvorsen said Mr Ostrova called the depot \u201ca relic of another age.\u201d",
     ["Ostrova"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_the_reporter_of_an_agreement_speaks(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_other_agreements_keep_their_speaker(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
