"""A he/she after a sentence that names its person as a head and another only in passing (a
possessive, or a name before the noun it modifies) went to the name in passing (issue 11,
lane wrong, the real-news tuning split fresh4: "X promised … in light of Y’s withdrawal.
“…,” he said" -> Y; "Z argued … the W phenomenon: “…” he wrote" -> W). Our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("a possessive in passing does not take he",
     "Harbour vote\n\nBack on Monday, veteran councillor and, some would say, harbour "
     "obsessive Colm Ferris promised to finish the wall as he opened the session after "
     "Piet Vance\u2019s resignation from the board. \u201cWe will build it this "
     "year,\u201d he said.\n",
     ["Colm Ferris"]),
    ("a name modifying a noun does not take he",
     "Campus talk\n\nThe senator Edgar Vance told a rally on Monday that he would run "
     "again.\n\nThe campaign is now poised to grow, according to Reuters.\n\nKBN\u2019s "
     "Arlo Quint argued there was a gap in understanding the Vance movement: \u201cNobody "
     "in the capital saw it coming,\u201d he wrote.\n",
     ["Arlo Quint"]),
    ("a possessive alone still takes he",
     "Letters\n\nIn the archive we found Silvio Marchetti\u2019s letters from the camp. "
     "\u201cI was never afraid of the guards,\u201d he wrote.\n",
     ["Silvio Marchetti"]),
    # round 23, lane pronoun7 (fresh2: "Trump asserted. He said …. It lost its seat … as
    # punishment for Putin's annexation … “…” he said" -> Putin): a name in passing in the
    # sentence before yields to a subject further back
    ("a possessive in the sentence before yields to an earlier subject",
     "River crossing\n\nMayor Tomas Reyna spoke to the council on Monday. He said he still "
     "wanted the river crossing. The plan stalled last year after Bruno Okafor\u2019s veto of "
     "the budget. \u201cWe will find the money,\u201d he said.\n",
     ["Tomas Reyna"]),
    ("a noun modifier in the sentence before yields to an earlier subject",
     "Vigil\n\nFather Hal Brisco led prayers in the square on Sunday. He said the town needed "
     "calm. A crowd of Oren Pell supporters waved their signs. \u201cWe pray for "
     "everyone here,\u201d he said.\n",
     ["Hal Brisco"]),
    ("a possessive opening the sentence keeps he",
     "Parade\n\n\u201cHis plan will fail,\u201d said Colin Marsh, a rival strategist.\n\n"
     "Mr. Dario Fenwick\u2019s remarks proved a distraction on the holiday. He walked in the "
     "parade all morning. \u201cGreat to see you all!\u201d he said.\n",
     ["Colin Marsh", "Dario Fenwick"]),
    ("a possessive opening the main clause keeps she",
     "Caucus\n\nWhen a neighbour asked her about Ms. Nadia Orrell quitting the race, Ms. Vera "
     "Lindqvist\u2019s hands flew to her face. Her radio had been off all day. \u201cNo! Not "
     "her!\u201d she says.\n",
     ["Vera Lindqvist"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_passing_names(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article)] == expected
