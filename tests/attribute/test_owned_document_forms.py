"""An indefinite document introduced with its issuing body's name as a modifier speaks for
that body, whatever stands around the noun (issue #11, round 24, lane nulls8): cases written
for this test, shaped like "according to a <Body> survey this year" and "said a <ACRONYM> statement" (real-news
tuning splits) and "said an <ACRONYM> press release" (corpus), which were left null though
"according to a <Body> report" was read (round 15)."""

from __future__ import annotations

import pytest


CASES = [
    ("a two-word document noun after the body's name",
     "Harbour dues\n\nThe Harbour Authority met on Monday.\n\n"
     "\u201cOperators must publish their costs before the new fees take effect,\u201d said a "
     "Harbour Authority press release.",
     ["Harbour Authority"]),
    ("a time phrase after the document noun",
     "Harbour dues\n\nFerry use fell again.\n\n"
     "Only a third of islanders trust the operators \u201cat all,\u201d according to a Harbour "
     "Authority survey this year.",
     ["Harbour Authority"]),
    ("an acronym's statement after an inverted verb",
     "Harbour dues\n\nThe Harbour Dues Council (HDC) upheld the fine on Monday.\n\n"
     "\u201cThe operator broke the rules on three occasions,\u201d said a HDC statement.",
     ["Harbour Dues Council"]),
    ("a person's name before the document noun is still a topic, not an issuer",
     "Harbour dues\n\nFerry use fell again.\n\n"
     "\u201cThe operators have understated their costs,\u201d according to a Dana Whitlock "
     "survey this year.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_owned_document_form(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
