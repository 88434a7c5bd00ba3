"""A naming participle with no namer and only an article before the marks ("The club,
called the “…”", "a panel of mayors called the “…”", "That's called the “…” stage") gives a
thing its name, a term, not the words of anyone in the sentence (round 38, lane terms21: on
big and big2, "The group, called the “Common Sense Coalition,”", "a bipartisan group of
senators called the “Gang of Eight”", "That's called the “pre-clinical” phase" were typed
speech, credited to nobody). A subject that names keeps the words its own. Articles written
for this test; checked after attribution, which may retype a kind."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("comma called the", f"Port\n\nThe club, called the {L}Harbour Circle,{R} first met in May in a room above the bakery.",
     "Harbour Circle", "term"),
    ("noun called the", f"Port\n\nOn Friday a panel of mayors called the {L}Tide Table{R} released its own plan for the docks.",
     "Tide Table", "term"),
    ("that's called the", f"Port\n\nFirst the hull is tested in a tank. That's called the {L}dry-fit{R} stage of the build.",
     "dry-fit", "term"),
    ("that's called the, adjective", f"Port\n\nFirst the hull is tested. That's called the {L}structural{R} stage of the build.",
     "structural", "term"),
    # a named subject names: her words
    ("named subject", f"Port\n\nMayor Ann Roe called the {L}reform{R} a mistake on Friday.", "reform", "speech"),
    # a second verb of the named subject after "and": her words
    ("and called the", f"Port\n\nAnn Roe said she backs the pier, and called the {L}soggy{R} remark {L}unfair.{R}",
     "soggy", "speech"),
    # "he's called" is "he has called": his words
    ("he's called the", f"Port\n\nAnn Roe is angry. She's called the {L}scheme{R} a fraud for a year.", "scheme", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_named_with_article(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, (q.kind_evidence, q.attribution_evidence)
