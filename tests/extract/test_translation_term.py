"""The translation of a foreign expression ("Veritas, Latin for “…”") gives the meaning of an
expression, a term, as "short for “…”" does (issue 11, round 22, lane terms6: a Latin gloss
read as a scare quote; AllSides corpus: translations read as speech or scare). A named
speaker's sentence keeps the words theirs. Snippets written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("Latin for", f"Courts\n\nThe case was adjourned sine die, Latin for {L}without a day{R}, last week.",
     "without a day", "term"),
    ("Welsh for", f"Rugby\n\nThe club's name, Cymru Fach, is Welsh for {L}little Wales.{R}", "little Wales", "term"),
    ("four-word translation", f"Cafe\n\nIts sign reads Tutto va bene, Italian for {L}all is going well.{R}",
     "all is going well", "term"),
    # under a named speaker's reporting verb the gloss is theirs
    ("speaker glosses", f"Cafe\n\nMayor Ann Roe told reporters the name is Latin for {L}the harbour endures.{R}",
     "the harbour endures", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_translation_term(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
