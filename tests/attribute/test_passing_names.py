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
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_passing_names(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article)] == expected
