"""The wrong person, taken from inside a reported clause (issue #11, round 17, lane "names2"):
the parser hangs "…, saying" or "… and asked" on the verb of the clause that the speaker
reported or denied, so the inherited subject was that clause's subject, a person or body the
speaker was talking about. Cases written for this test, shaped like constructs that went wrong
on three tuning splits (a BBC minister, a US speaker, a US senator)."""

from __future__ import annotations

import pytest


CASES = [
    ("a participle after a denied allegation belongs to the one who denied it",
     "Campaign\n\nThe aide spoke on Monday. Mr Pike rejected the allegation that Mr Oxley had been "
     "sidelined in the election campaign, saying he was playing a \"quieter\" part this time.",
     ["Pike"]),
    ("a verb joined to a reported clause belongs to the reporter",
     "Letter\n\nSenator Ada Greaves wrote to the Forestry Board. In her letter, she claimed the FSB "
     "has not replied to earlier requests for data about the scheme and asked for an answer \"without further delay.\"",
     ["Ada Greaves"]),
    ("a participle after a verb joined to a 'that' clause belongs to the main subject",
     "Town hall\n\nSpeaker Tom Hale said on Monday that Governor Ray Dunn \"got it wrong\" in "
     "his reply, but warned against using the row, saying that would \"turn this into a brawl.\"",
     ["Tom Hale", "Tom Hale"]),
    ("a reported speaker's own reporting verb keeps its subject",
     "Row\n\nThe mayor spoke first. Ms Lane said Mr Kirby had told her the plan was \"dead\" and "
     "added that he \"would not revive it.\"",
     ["Kirby", "Kirby"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_embedded_subject(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
