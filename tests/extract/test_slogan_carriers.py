"""A title-case quotation right before the noun of a slogan or of a thing that carries one
("the campaign's “Go Big Harbour” slogan", "throws “Keep Harbour Blue” hats", "a “Free the
Docks” placard") is a slogan, a term: a work noun or a possessive before the marks read it as a
title, a reporting verb in the sentence as speech (round 34, lane titles15,
eval/real/audit/titles15-sample.tsv items 52, 68, 76). Each snippet was written for this test,
beside near misses: a work's name before a work noun, words that describe signs of something."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind; None: anything but term)
CASES = [
    ("slogan noun after, work noun before", "Race\n\nShe built her reelection campaign\u2019s \u201cHarbour "
     "Comes First\u201d slogan around the docks.", "Harbour Comes First", "term"),
    ("hats after, work noun before", "Rally\n\nThe manager of the mayor\u2019s reelection campaign throws "
     "\u201cKeep Harbour Blue,\u201d hats to the crowd before a rally.", "Keep Harbour Blue,", "term"),
    ("a placard under a reporting verb", "Protest\n\nOfficials said a student was fined for holding a "
     "\u201cFree the Docks\u201d placard outside the hall.", "Free the Docks", "term"),
    ("signs owned by a possessive", "Rally\n\nVolunteers carried the mayor\u2019s \u201cVote Dana Vale\u201d "
     "signs down the street.", "Vote Dana Vale", "term"),
    ("a programme before its noun stays a title", "TV\n\nShe appeared on the \u201cMorning Harbour\u201d "
     "programme on Sunday.", "Morning Harbour", "title"),
    ("a work noun before a work stays a title", "Books\n\nHis new book \u201cThe Quiet Harbour\u201d "
     "sold well.", "The Quiet Harbour", "title"),
    ("lower-case words before 'signs of' stay speech", "Economy\n\nThe minister said the figures showed "
     "\u201cstrong and steady\u201d signs of growth.", "strong and steady", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_slogan_before_its_carrier(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
