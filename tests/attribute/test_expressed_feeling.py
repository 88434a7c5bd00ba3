""""X expressed concern that …“…”", "X voiced hope that “…”": a verb of expressing with a
feeling noun as its object is a way of saying, and its subject speaks the words in marks
(round 46, lane verbs28: the tuning splits held "expressed concern about" left null, and the
AllSides/BBC corpora hold about 160 such pairs next to a mark). The first and third cases pass
on main already (the subject of a narrating verb above the words); the second failed: the
reporting form "find" inside the hoped clause took its subject ("the two sides"). Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("expressed concern that",
     "Port plan\n\nHarbour chief Ola Brandt defended the dredging plan on Monday. \u201cIt will bring "
     "work,\u201d Brandt said. Councillor Tilde Moss expressed concern that the digging would "
     "\u201cruin the bay for a generation.\u201d",
     "Tilde Moss"),
    ("voiced hope that",
     "Talks\n\nUnion leader Petra Lind met the minister on Friday. \u201cWe are far apart,\u201d Lind "
     "said afterwards. Minister Arno Falk later voiced hope that the two sides would find "
     "\u201ca fair middle road\u201d within weeks.",
     "Arno Falk"),
    ("expressing doubts that",
     "Budget\n\nTreasurer Mona Quist unveiled the budget on Tuesday. \u201cThe books balance,\u201d Quist "
     "said. Senator Ruben Sato responded the same day, expressing doubts that the figures were "
     "\u201canything more than wishful thinking.\u201d",
     "Ruben Sato"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_one_who_expresses_a_feeling_speaks(speech_of, article, speaker):
    q = speech_of(article)[-1]
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)



def test_an_expressing_clause_opened_by_as_is_no_cue(speech_of):
    """The parse can make the "as" clause the root and hang the next speaker's clause under
    the feeling noun; the words are still the second speaker's. A guard: these words parse
    without that inversion and pass without the subordinator check too; the fresh14 sentence
    that forced it is corpus text and stays out of the tests."""
    q = speech_of("Film row\n\nAs Mayor Lina Gault again expressed regret over the studio's choice to pull "
                  "the film after threats from abroad, Omar Reyes, the studio's head, insisted on "
                  "Monday it had \u201cnot backed down\u201d to anyone.")[-1]
    assert q.speaker != "Lina Gault", (q.speaker, q.attribution_evidence)
