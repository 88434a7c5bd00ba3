"""A category a thing is classed, designated or rated as ("bonds classed as “…”", "races
rated as “…”") names the category, a term (issue 11, round 22, lane terms6: a credit rating
read as a scare quote; AllSides corpus: official categories read as scare quotes). A named
speaker's sentence keeps the words theirs. Snippets written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("classed as", f"Bonds\n\nThe agency has classed the city's bonds as {L}high yield{R}, up from junk.",
     "high yield", "term"),
    ("designated as", f"Port\n\nThe harbour was designated as a {L}protected zone{R} last year.", "protected zone", "term"),
    ("rated as", f"Polls\n\nThree seats are now rated as {L}toss-ups.{R}", "toss-ups", "term"),
    # a named speaker's reporting verb keeps the words theirs
    ("speaker rates", f"Polls\n\nMayor Ann Roe said the seat is rated as {L}safe.{R}", "safe", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_classed_as(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
