"""A short fragment in marks that is a piece of a clause — it opens with a modal or auxiliary
verb, or with a subject pronoun and its verb — is someone's words (speech), not a label: scare
quotes and terms are noun and adjective phrases (issue #11, round 17, lane kinds3; real-news
tuning splits: "Trump “could have” made …", "not sure if he “would shoot himself”", a headline
"…, ‘it humanizes him’"). Sentences written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    ("modal", "Budget\n\nThe mayor was blunt about the council. It \u201ccould have\u201d acted sooner on the roads.",
     "could have", "speech"),
    ("modal and verb", "Storm\n\nThe neighbours were unsure whether the dam \u201cwould hold firm\u201d overnight.",
     "would hold firm", "speech"),
    ("negated auxiliary", "Clinics\n\nThe closures \u201cwill not affect\u201d patients in the north, the board hopes.",
     "will not affect", "speech"),
    ("pronoun and verb", "Diets\n\nDoctor backs the new menu, \u2018it helps everyone\u2019\n\nThe menu was launched.",
     "it helps everyone", "speech"),
    ("contracted pronoun", "Schools\n\nYou will need a better answer than \u201cI don't know.\u201d",
     "I don't know", "speech"),
    # near misses: a hyphenated modifier, one word alone, a determiner "that", a noun after a pronoun
    ("would-be", "Court\n\nThe \u201cwould-be\u201d robber fled on foot.", "would-be", "scare"),
    ("one auxiliary alone", "Grammar\n\nThe whole row turned on one \u201cshall\u201d in the treaty.", "shall", None),
    ("pronoun and noun", "Fashion\n\nShe was the \u201cit girl\u201d of the season.", "it girl", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_clause_fragment_kind(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    if kind is None:
        assert q.kind != "speech", q.kind_evidence
    else:
        assert q.kind == kind, q.kind_evidence


def test_clause_piece_after_an_article_is_a_label():
    r = extract_document(read_text("Races\n\nIt was an almost \u201cmust win\u201d race for the senator.", path="mw"))
    (q,) = r.quotes
    assert q.kind != "speech", q.kind_evidence
