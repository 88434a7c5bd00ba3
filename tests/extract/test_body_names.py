"""A short title-case name with no cue whose head noun names a body ("the Harbour Advisory
Board", "the bipartisan “Gang of Six”", "one of dozens of “Regional Hubs Council”") is an
organisation's name, a term: the title-case fallback read such names as titles (round 34, lane
titles15, eval/real/audit/titles15-sample.tsv item 67; five of the fallback's corpus titles,
all bodies). Each snippet was written for this test, beside near misses that stay titles: a
film or show whose name ends in a word that also heads bodies, a work cue, a headline."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind; None: anything but term)
CASES = [
    ("a board", "History\n\nShe was one of nine members of an \u201cHarbour Policy Advisory Board\u201d "
     "that the mayor named in 1990.", "Harbour Policy Advisory Board", "term"),
    ("a gang of a number", "Senate\n\nThe bill was drafted by the bipartisan \u201cGang of Six\u201d "
     "before the recess.", "Gang of Six", "term"),
    ("a party", "Web\n\nThe banned pages include \u201cThe Harbour Freedom Party\u201d and two others.",
     "The Harbour Freedom Party", "term"),
    ("plural centres", "Money\n\nThe firm is one of dozens of \u201cCoastal Investment Centers\u201d "
     "that pool money from abroad.", "Coastal Investment Centers", "term"),
    ("a film ending in 'Club' stays a title", "Weekend\n\nWe stayed in and watched \u201cThe Harbour "
     "Club\u201d twice.", "The Harbour Club", "title"),
    ("one word after 'The' is no body's name", "Weekend\n\nThey watched \u201cThe Committee\u201d at "
     "home.", "The Committee", None),
    ("a work noun before keeps the title", "Books\n\nHer novel \u201cThe Quiet Harbour Committee\u201d "
     "sold well.", "The Quiet Harbour Committee", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_body_name(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
