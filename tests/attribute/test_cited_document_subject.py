"""A document named only as the source of "according to" is not its sentence subject's (issue
11, round 66, lane docw73): "Farmers from the valley are leaving …, according to an internal
ministry memo" cites the memo for a claim about the farmers; the valley never wrote it. The
sentence recorded its subject as the memo's issuer, so every later "the memo says" went to the
body or place the memo was about. Now the memo's later words have no issuer unless the article
names one. Guard: a document the subject released in so many words keeps its issuer. The
articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a union memo cited for a claim about a company",
     "Steel jobs\n\nThe Dunmore Steel Company is cutting four hundred jobs this winter, according "
     "to an internal union memo.\n\n\u201cThe night shift will close first,\u201d the memo says.",
     [None]),
    ("an inspection report cited for a claim about a mine owner",
     "Mine safety\n\nThe Harlan Mining Corporation has broken the safety rules eleven times, "
     "according to a state inspection report released on Friday.\n\n\u201cThe vents were "
     "blocked on every visit,\u201d the report says.",
     [None]),
    ("a report cited for a claim about an agency",
     "Rail delays\n\nThe Northern Rail Authority has been told to cut its night service, "
     "according to a confidential budget report seen by reporters.\n\n\u201cThe night trains "
     "cost more than they earn,\u201d the report reads.",
     [None]),
    ("a memo the subject released keeps its issuer",
     "Valley plan\n\nThe Teller Valley Water Board released a memo on Monday about the wells."
     "\n\n\u201cMost wells in the valley have run dry since the spring,\u201d the memo says.",
     ["Teller Valley Water Board"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cited_document_subject(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
