"""Given names from the 1990 census lists (lexicon/given_names.py, round 24): a wider list for
the shape of a name, and a sex from frequency that counts for pronoun agreement but yields to
a sure sex nearby, as an unknown one did. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a role before a census given name is no part of the name",
     "Tolls\n\nPodcaster Jamie Orlov said the plan was late.\n\n"
     "\u201cNobody asked the drivers,\u201d Podcaster Jamie Orlov said.",
     ["Jamie Orlov"]),
    ("a census woman's name settles a she between two speakers",
     "Markets\n\n\u201cThe recovery is fragile and a trade fight could halt the rally,\u201d said Morgan Tessaro, "
     "a strategist at Larch Capital.\n\nStocks have drifted higher since the spring lows.\n\n"
     "\u201cThe tension brings back a risk the market had set aside,\u201d Katie Marlow, chief investor at "
     "Northgate Wealth, told reporters.\n\n\u201cWe expect these tensions to add to the swings,\u201d she said.",
     ["Morgan Tessaro", "Katie Marlow", "Katie Marlow"]),
    ("a census man's name settles a he between two speakers",
     "Markets\n\n\u201cThe recovery is fragile and a trade fight could halt the rally,\u201d said Morgan Tessaro, "
     "a strategist at Larch Capital.\n\nStocks have drifted higher since the spring lows.\n\n"
     "\u201cThe tension brings back a risk the market had set aside,\u201d Pedro Marlow, chief investor at "
     "Northgate Wealth, told reporters.\n\n\u201cWe expect these tensions to add to the swings,\u201d he said.",
     ["Morgan Tessaro", "Pedro Marlow", "Pedro Marlow"]),
    ("a sex from the census yields a she to a sure one, as an unknown sex did",
     "Rally\n\nThe vote earned Kentucky a visit from Sen. Elizabeth Moran, on behalf of Petrakis. "
     "\"They want to protect the rich,\" she told the crowd.\n\nAlison Petrakis is running against the senator.",
     ["Elizabeth Moran"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_census_given_names(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
