"""A short title-case quotation with no cue that names a person or a political side is a
label, a term: the title-case fallback read such nicknames and side labels as titles (round 34,
lane terms15, eval/real/audit/terms15-sample.tsv). Each snippet was written for this test,
beside near misses that stay titles: a work's name, a full name, a long headline."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("epithets before given names, listed", "Race\n\nMocking rivals is his habit\u2014\u201cSleepy Otto,\u201d "
     "\u201cShifty Dana,\u201d \u201cTiny Gus.\u201d\n\nNobody expected it.", "Tiny Gus.", "term"),
    ("the first epithet", "Race\n\nMocking rivals is his habit\u2014\u201cSleepy Otto,\u201d "
     "\u201cShifty Dana,\u201d \u201cTiny Gus.\u201d\n\nNobody expected it.", "Sleepy Otto,", "term"),
    ("a courtesy title inside the marks", "History\n\nThe old guard included men such as \u201cMr. "
     "Harbour\u201d Ned Vale, who ran the docks.", "Mr. Harbour", "term"),
    ("a courtesy title before the marks", "Senate\n\nHe lectured others on manners (this from Mr. "
     "\u201cTax Hike\u201d), then left the room.", "Tax Hike", "term"),
    ("a rating with a party word", "Polls\n\nAnalysts moved the seat from \u201cSafe Labour\u201d to a "
     "toss-up after the scandal broke.", "Safe Labour", "term"),
    ("a faction with a party word", "Polls\n\nMr Dorn targets \u2018Young Tories\u2019 seat\n\nThe campaign "
     "opened on Monday.", "Young Tories", "term"),
    ("a work's name stays a title", "Film\n\nOn the flight she watched \u201cThe Long Harbour\u201d twice "
     "and cried both times.", "The Long Harbour", "title"),
    ("a full name is no epithet", "Budget\n\nHe also mentioned \u201cMilton Friedman\u201d and the gold "
     "standard.", "Milton Friedman", "title"),
    ("a long chyron with a party word stays a title", "TV\n\n\u201cRepublicans Mostly Quiet After Harbour "
     "Leak Revelations,\u201d the screen read on Monday.", "Republicans Mostly Quiet After Harbour Leak Revelations,",
     None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_person_or_side_label(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
