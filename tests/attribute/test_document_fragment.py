"""A short fragment under a reporting verb whose subject is a document ("A letter sent to members
said … “…”", "Internal emails acknowledge … “…”") is the document's words: speech, for its issuer
when the document rules find one (attribute/document_fragment.py; round 43, lane docwords26).
Guards: a closing credit ("…, a report suggests") and a survey's findings keep their kind.
The articles are our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _quote(article: str, text: str):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return next(q for q in r.quotes if q.text == text)


# (case, article, quotation, speaker or None)
SPEECH = [
    ("an indefinite letter that said, no issuer named",
     "Harbour row\n\nThe harbour board met on Monday. A letter sent to party members on Friday said "
     "Councillor Ewan Pryde had a record of \u201cquietly sidelining\u201d the board.",
     "quietly sidelining", None),
    ("plural emails that acknowledge, the relative clause's antecedent no speaker",
     "Flood row\n\nThe council was slow to act. Its failure to heed the warnings \u2014 warnings that "
     "internal emails acknowledge were known to \u201csenior staff\u201d at the agency \u2014 cost the "
     "town dearly.",
     "senior staff", None),
    ("a definite paper that alleges: the outlet named before",
     "Land deals\n\nThe Harbour Gazette published a long investigation on Sunday. The paper alleges that "
     "the mayor took part in \u201cdubious land deals\u201d over many years.",
     "dubious land deals", "Harbour Gazette"),
    ("an owner's complaint that alleges: the owner is its issuer",
     "Depot dispute\n\nMarta Vale drove a bus for the city for nine years. Ms Vale's complaint alleges "
     "that depot managers were \u201copenly hostile\u201d to her union.",
     "openly hostile", "Marta Vale"),
]

KEPT = [
    ("a closing credit names a rule, a term",
     "Budget gap\n\nThe city will have to raise fees if it wants to avoid breaking its \u201cgolden "
     "rule\u201d, a report suggests.",
     "golden rule"),
    ("a survey's findings are answers, not words",
     "Flood row\n\nThe council asked residents about the storm. The survey found most of them were "
     "\u201cvery\u201d worried about the next one.",
     "very"),
]


@pytest.mark.parametrize("article,text,speaker", [c[1:] for c in SPEECH], ids=[c[0] for c in SPEECH])
def test_document_fragment_is_speech(article, text, speaker):
    q = _quote(article, text)
    assert q.kind == "speech", q.kind_evidence
    assert q.speaker == speaker, q.attribution_evidence


@pytest.mark.parametrize("article,text", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_document_fragment_kept(article, text):
    assert _quote(article, text).kind != "speech"
