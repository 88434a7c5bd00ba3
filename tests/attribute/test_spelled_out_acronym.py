"""A body shown by its initials takes the name the article spells out when the initials stand
for the name's last words (attribute/cluster_names.tail_acronyms, entities._acronym_of; issue
#11 round 59, lane after60): "the North American Court of Arbitration for Sport (CAS)" then
"said a CAS statement", "The US Federal Bureau of Investigation is warning …" then "the FBI
said in a statement". The annotators give the fullest name the article writes; onrecord showed
the initials, which matched only a name they spell whole (three tuning items of two articles,
each a document's issuer). Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("initials of the name's last words, defined in brackets",
     "Ferry licence\n\nThe ferry line lost its licence after a hearing at the Northern Board of "
     "Maritime Safety (BMS) on Monday.\n\n\"The operator ignored three warnings,\" BMS said in a "
     "statement.\n",
     "The operator ignored three warnings", "Northern Board of Maritime Safety"),
    ("initials of the name's last words, a place before them",
     "Port closed\n\nThe Irish Harbour Safety Agency closed the port of Dunmore on Friday.\n\n"
     "\"We had no choice after the storm,\" HSA said in a statement.\n",
     "We had no choice after the storm", "Irish Harbour Safety Agency"),
    ("guard: two bodies end in words with those initials",
     "Port closed\n\nThe Irish Harbour Safety Agency and the Welsh Highland Sailing Association "
     "met on Friday.\n\n\"We had no choice after the storm,\" HSA said in a statement.\n",
     "We had no choice after the storm", "HSA"),
    ("guard: two capitals are a country's code, not a body's last words",
     "Trade talks\n\nThe Trade Council of Upper Kestria met envoys on Friday.\n\n\"The talks went "
     "well,\" UK said in a statement.\n",
     "The talks went well", "UK"),
    ("guard: no name spelled out",
     "Port closed\n\nThe port of Dunmore closed on Friday.\n\n\"We had no choice after the "
     "storm,\" HSA said in a statement.\n",
     "We had no choice after the storm", "HSA"),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_spelled_out_acronym(case, article, words, expected, quote_of):
    assert quote_of(article, words, case).speaker == expected
