"""A noun-compound label in marks inside a relative clause is a term, though a reporting verb
above the clause made it speech (round 54, lane npterm54): "said Mayor X, whose office has
drafted a “harbour renewal” plan", "she noted rules that place a boat under the “heritage
vessel” class", "asked the agency to write guidance that would bar “ghost fleet” vessels".
The relative clause describes a thing (the office, the rules, the guidance) in the writer's
words, not what the verb reports. A label the speaker's verb reports directly stays his speech
(compound_label.py's never-read finding), and so do the speaker's adjective phrase inside a
relative clause and a label whose next word is a verb. Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _kinds(article: str) -> dict[str, tuple[str, str | None]]:
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return {q.text.strip(" ,."): (q.kind, q.speaker) for q in r.quotes}


LABELS = [
    ("a relative clause on the speaker's own name",
     "Port\n\n\u201cWe are ready to move on this,\u201d said Mayor Tilde Ansgar, whose office has already drafted "
     "a \u201charbour renewal\u201d plan for the old docks.",
     "harbour renewal"),
    ("a relative clause on the reported verb's object",
     "Boats\n\nThe inspector Ruth Kalder noted several features that place a boat under the "
     "\u201cheritage vessel\u201d class in the port rules.",
     "heritage vessel"),
    ("a relative clause inside an infinitive under the verb",
     "Fishing\n\nSenator Olaf Brenn has asked the agency to write guidance that would bar "
     "\u201cghost fleet\u201d vessels from the bay.",
     "ghost fleet"),
]

KEPT = [
    ("a label the speaker's verb reports directly",
     "Budget\n\nMayor Ilse Varga said the city would end the \u201cparking credit\u201d program by June.",
     "parking credit"),
    ("an adjective phrase inside a relative clause",
     "Audit\n\nInspector Lena Marsh said the board, which had \u201cdeeply troubling\u201d gaps in its "
     "ledger, would be dissolved.",
     "deeply troubling"),
    ("a label whose next word is a verb, inside a relative clause",
     "Probe\n\nSenator Abel Quint said rivals who staged a \u201cpolitical stunt\u201d caused the delay.",
     "political stunt"),
]


@pytest.mark.parametrize("case,article,words", LABELS, ids=[c[0] for c in LABELS])
def test_a_label_in_a_relative_clause_is_a_term(case, article, words):
    assert _kinds(article)[words] == ("term", None)


@pytest.mark.parametrize("case,article,words", KEPT, ids=[c[0] for c in KEPT])
def test_the_speakers_words_stay_speech(case, article, words):
    kind, speaker = _kinds(article)[words]
    assert kind == "speech" and speaker is not None
