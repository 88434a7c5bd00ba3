"""One person written with a short given name and with the full one ("Chair Mort Vance" and
"Chairman Morton Vance", "Pat Oduya" and "Patricia Oduya") is one person, shown by the fuller
form, which the gold takes (the fullest name the article writes). Two clusters kept the short
form for the quotations near it (round 66, lane form69: fresh3's "Deb"/"Deborah", fresh24's
"Jerry"/"Jerrold", seven quotations in two articles). A father and son ("… Sr."/"… Jr.") or a
third bearer of the surname keep apart. Articles written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a short given name first, the full one later",
     "Hearing\n\nCommittee Chair Mort Vance opened the session. \u201cWe will hear every witness,\u201d "
     "Vance said.\n\nLater, Chairman Morton Vance told reporters the vote would come on Friday.",
     ["Morton Vance"]),
    ("a short given name ending in -y",
     "Budget\n\nOn Monday, Committee Chairman Jeffrey Oduya set out the plan.\n\nOn Tuesday, Jeffy "
     "Oduya said: \u201cThe numbers do not add up.\u201d",
     ["Jeffrey Oduya"]),
    ("father and son keep apart",
     "Family firm\n\nTom Lindqvist Sr. founded the company in 1970. His son, Thomas Lindqvist Jr., "
     "said: \u201cMy father built this place.\u201d",
     ["Thomas Lindqvist Jr"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_short_given_name(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
