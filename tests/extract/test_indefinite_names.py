"""A name in title case right after "a" or "an" (or "a new"), with no noun after the marks, no
work noun and no reporting verb, is a term: the article makes it one of a kind or a thing
someone sets up, not the one work a title names (GUIDELINES K15, K20: a body, an office, a
label for a type of document; round 78, lane kind88: the title-case fallback typed such names
title, "a new “…” as the sixth branch", "would create an “… Order” that …"). The definite
article had its rule since round 25 (test_the_named_body.py); this is its indefinite twin.

Each snippet was written for this test, beside near misses that keep their kind: a name that
modifies a noun (a campaign's), a name holding a work or policy noun, and a name after "is a"
(what the subject is called: an email's subject line, a theme)."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("a new branch a government sets up", "Harbour\n\nThe ministry on Thursday announced a plan to usher in "
     "a new \u201cBlue Water Watch\u201d as a branch of the navy.", "Blue Water Watch", "term"),
    ("an order wardens could seek", "Harbour\n\nUnder the change, wardens could seek an \u201cEmergency "
     "Mooring Warrant\u201d that would let them seize boats.", "Emergency Mooring Warrant", "term"),
    ("a body a report proposes", "Harbour\n\nThe authors call for reform, among other things establishing a "
     "\u201cNational Tide Office\u201d to plan for floods.", "National Tide Office", "term"),
    ("a label with its stop inside the marks", "Harbour\n\nThe skippers fear a \u201cSeptember "
     "Squall.\u201d Nobody can say when it will come.", "September Squall.", "term"),
    # near misses
    ("a campaign the name modifies stays a title", "Harbour\n\nThe county recently launched a \u201cFerry "
     "Frenzy\u201d campaign to fill the boats.", "Ferry Frenzy", "title"),
    ("a name holding a policy noun stays a title", "Harbour\n\nThe board has three days to return with a "
     "\u201cHarbour Plan\u201d for the quay.", "Harbour Plan", "title"),
    ("a name after 'is a' is what the subject is called: left a title", "Harbour\n\nThe theme of the fair, "
     "to be held at the quay, is a \u201cTime for Boats,\u201d its organisers hope.", "Time for Boats,", "title"),
    ("a name holding a work noun stays a title", "Harbour\n\nMembers pressed the chair for a \u201cDock "
     "Workers Bill\u201d this session.", "Dock Workers Bill", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_name_after_a(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
