"""A phrase of four to six words in marks between a determiner and the noun it modifies ("a
“ferries are for tourists” attitude", "the “pay what you can” dinners") is a slogan or a name
used as a label: a term (the README's ruling: slogans are terms), when no reporting verb in the
sentence credits it. Before round 44 (lane termspeech27) its length alone typed it speech
(speech_rules._long), with no speaker or with the subject of a narrating verb (fresh5: "not
being an “…” libertarian"). A phrase a reporting verb credits stays speech (the never-read
held-out gold types a named speaker's label under his own verb his speech), and so do a longer
phrase, a self-description after "as", one after a possessive (the
owner's words: "his “…” remark") or before a noun for said words ("the “…” comment": review35),
one without a determiner before it, and one followed by
a verb. The articles are written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    # (case, article, fragment, expected kind)
    ("a narrating verb's subject", "Harbour\n\nThe mayor, Tom Brell, wanted to be seen as more than a "
     "\u201cferries are for tourists\u201d official when he toured the port.", "ferries are for tourists", "term"),
    ("no verb at all", "Harbour\n\nAda Okafor runs the \u201cpay what you can\u201d dinners on the quay "
     "every Friday.", "pay what you can", "term"),
    ("a slogan with a comma", "Harbour\n\nThe council has since taken a \u201cfix it, don\u2019t sell it\u201d "
     "approach to the old ferry.", "fix it, don\u2019t sell it", "term"),
    ("a demonstrative", "Harbour\n\nThe two councils met again on Monday. Nothing has changed "
     "since this \u201cone harbour, two fleets\u201d plan fell apart in May.", "one harbour, two fleets", "term"),
    ("credited by the speaker's own verb", "Harbour\n\nAda Okafor said the \u201cferries are for "
     "tourists\u201d crowd had lost the argument.", "ferries are for tourists", "speech"),
    ("seven words stay a statement", "Harbour\n\nThe mayor, Tom Brell, wanted to be more than a "
     "\u201cferries are only ever for the tourists\u201d official.", "ferries are only ever for the tourists",
     "speech"),
    ("no determiner before the marks", "Harbour\n\nAda Okafor said last week that the ferry would run on "
     "\u201cwhatever the weather brings\u201d days too.", "whatever the weather brings", "speech"),
    ("a self-description after 'as'", "Harbour\n\nThe new mayor, Tom Brell, offered himself as a "
     "\u201conce in a generation\u201d builder of piers.", "once in a generation", "speech"),
    ("a possessive keeps the owner's words", "Harbour\n\nThe mayor, Tom Brell, lost the vote after his "
     "\u201cferries are for tourists\u201d remark at the harbour dinner.", "ferries are for tourists", "speech"),
    # review35 (round 44 review): a noun for a piece of someone's words ("comment", "line",
    # "remark") keeps the words the speaker's, with or without a possessive (compound_label
    # reads lexicon SAID_WORDS_NOUNS so; the tune gold types "the “…” reference" speech)
    ("an echo named a comment", "Harbour\n\nThe mayor, Tom Brell, spoke on Monday. \u201cFerries are for "
     "tourists, not for us,\u201d he said.\n\nBy Tuesday the \u201cferries are for tourists\u201d comment "
     "had drawn a petition of 900 names.", "ferries are for tourists", "speech"),
    ("an echo named a line", "Harbour\n\nAda Okafor told the council: \u201cWe will not sell the ferry.\u201d"
     "\n\nThe \u201cwe will not sell the ferry\u201d line was cheered in the gallery.",
     "we will not sell the ferry", "speech"),
    # an argument is a stance many hold, no one's sentence: still a label (review35's targeted
    # check: 'The “he's not good enough” argument has been debunked')
    ("a stance named an argument", "Harbour\n\nThe \u201cferries are for tourists\u201d argument has "
     "been heard at every council meeting for years.", "ferries are for tourists", "term"),
    ("a verb after the marks", "Harbour\n\nThe \u201cwe will not sell the ferry\u201d promised the mayor "
     "in May.", "we will not sell the ferry", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_phrase_modifier(case, article, fragment, kind):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    found = [q for q in r.quotes if q.text == fragment]
    assert found, (f"{fragment!r} not extracted", [q.text for q in r.quotes])
    q = found[0]
    assert q.kind == kind, (q.kind, q.kind_evidence)
    if kind == "term":
        assert q.speaker is None
