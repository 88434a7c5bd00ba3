"""A short noun phrase in marks modifying the noun after it is a label, a term, where only a
reporting verb in the sentence made it speech (round 35, lane kindspeech16): a label inside
someone's quoted words ("the ‘generic ballot' question" in a pollster's words, a corpus item
typed speech), and a fragment the extraction typed a modifier label that the parse's
reporting verb made speech ("clarifying the position of “green card” holders"). A named
speaker's label standing under his own reporting verb stays his speech (the never-read gold
types it so: the first form of the rule lost kinds there), and so do the speaker's adjective
phrase, a phrase whose next word is a verb, a figure in title case ("a “Wild West”
atmosphere", tune gold speech), words talked of as a remark ("the “secret society” reference",
tune gold speech) and a clause piece. Cases written for this test."""

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
    ("a label the extraction typed a term, under a verb the parse climbs to",
     "Visas\n\nMinister Oren Pike drafted new rules in May, clarifying the status of \u201ctransit visa\u201d holders.",
     "transit visa"),
    ("a label inside the speaker's own words",
     "Polls\n\n\u201cThe \u2018swing county\u2019 numbers mean little this early,\u201d said the pollster Ines Calder.",
     "swing county"),
    ("a three-word label inside the speaker's own words",
     "Roads\n\n\u201cDrivers still ignore the \u2018high occupancy lane\u2019 rules,\u201d Councillor Tomas Reyes said.",
     "high occupancy lane"),
]

KEPT = [
    ("a named speaker's label under his reporting verb",
     "Budget\n\nMayor Ilse Varga said the city would end the \u201cparking credit\u201d program by June.",
     "parking credit"),
    ("an adverb and an adjective before a noun: the speaker's words",
     "Report\n\nInspector Lena Marsh said the audit found \u201cdeeply troubling\u201d gaps in the ledger.",
     "deeply troubling"),
    ("a noun phrase whose next word is a verb: the phrase is the object",
     "Probe\n\nSenator Abel Quint said the inquiry was a \u201cpolitical stunt\u201d staged by rivals.",
     "political stunt"),
    ("a figure of speech in title case",
     "Markets\n\nAnalyst Petra Lund said the new rules could bring a \u201cGold Rush\u201d mood to the sector.",
     "Gold Rush"),
    ("the words talked of as a remark",
     "Hearing\n\nJudge Ada Morrow said the \u201cempty chair\u201d remark was made in jest.",
     "empty chair"),
    ("a clause piece before a noun",
     "Talks\n\nEnvoy Mira Sol said both sides \u201ccannot accept\u201d terms set abroad.",
     "cannot accept"),
]

INNER_KEPT = [
    ("an adjective phrase inside the speaker's own words",
     "Audit\n\n\u201cThey found \u2018deeply troubling\u2019 gaps in the ledger,\u201d Inspector Lena Marsh said.",
     "deeply troubling"),
]


@pytest.mark.parametrize("case,article,words", LABELS, ids=[c[0] for c in LABELS])
def test_a_modifier_label_is_a_term(case, article, words):
    assert _kinds(article)[words] == ("term", None)


@pytest.mark.parametrize("case,article,words", KEPT, ids=[c[0] for c in KEPT])
def test_the_speakers_phrase_stays_speech(case, article, words):
    kind, speaker = _kinds(article)[words]
    assert kind == "speech" and speaker is not None


@pytest.mark.parametrize("case,article,words", INNER_KEPT, ids=[c[0] for c in INNER_KEPT])
def test_an_inner_phrase_of_the_speaker_stays_speech(case, article, words):
    assert _kinds(article)[words][0] == "speech"
