"""A name in title case after "the" with no work noun and no reporting verb is a body, group or
era (a term), also when American punctuation puts a comma or full stop inside the closing mark:
the shape of a whole sentence hid such names from the rule, which read them as titles (corpus
audit, lane titles13). Each snippet was written for this test, beside the near misses that keep
their kind: a law's name, and a whole clause after "the"."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("a coalition with a comma inside", "Port\n\nOpponents, including the \u201cHarbour Fishing Rights "
     "Coalition,\u201d had fought the plan for years.", "Harbour Fishing Rights Coalition,", "term"),
    ("a group with a full stop inside", "Web\n\nThe pages include one for the \u201cNorthern Iron "
     "Brotherhood.\u201d", "Northern Iron Brotherhood.", "term"),
    ("a panel opening the sentence", "History\n\nThe \u201cHale Committee,\u201d a special panel headed by a "
     "senator, met in secret.", "Hale Committee,", "term"),
    ("a bare name without punctuation stays a term", "Web\n\nThe pages include one for the \u201cNorthern "
     "Iron Brotherhood\u201d and others.", "Northern Iron Brotherhood", "term"),
    ("a work one is in stays a title", "Film\n\nThe ad set him beside scenes of a ship leaving port in the "
     "\u201cLong Road Home.\u201d", "Long Road Home.", "title"),
    ("a programme one is from stays a title", "TV\n\n[Back to the base: a clip of the debate. From the "
     "\u201cHarbour File.\u201d]", "Harbour File.", "title"),
    ("a document one wrote stays a title", "History\n\nIn this town the mayor authored the \u201cHarbour "
     "Declaration of Rights.\u201d", "Harbour Declaration of Rights.", "title"),
    # a rally is an event, a term by GUIDELINES K20 (lead R2; round 70, lane kind78:
    # extract/occasion_rules._named_event), no longer the title lane titles13 read it as
    ("a named rally is an event, a term", "Rally\n\nOn Sunday the mayor will hold the \u201cHarbour Is Home "
     "Rally,\u201d at the port.", "Harbour Is Home Rally,", "term"),
    ("a newsletter stays a title", "Web\n\nThe east side gets the \u201cHarbour Update,\u201d and the "
     "west gets the \u201cDocklands Update,\u201d and so on.", "Docklands Update,", "title"),
    ("a law's name stays a title", "Vote\n\nVoters will reject the \u201cHarbour Equal Pay Ordinance,\u201d "
     "a measure to protect dockworkers.", "Harbour Equal Pay Ordinance,", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_name_after_the(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
