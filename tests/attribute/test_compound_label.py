"""A short noun phrase in marks modifying the noun after it is a label, a term, even with a
reporting verb in the sentence (round 35, lane kindspeech16): the tuning golds' "town hall
style" debate, "lone wolf" terrorists, "free media" advantage and the corpus's "drug kingpin"
provisions, "red flag" laws were typed speech because the reporting verb wins in the
extraction. The speaker's own adjective phrase before a noun ("very small" effect,
"extremely careless" handling), a phrase whose next word is a verb ("a “witch hunt” led by"),
a figure in title case ("a “Wild West” atmosphere", tune gold speech), words talked of as a
remark or reference ("the “secret society” reference", tune gold speech) and a phrase that is
no noun phrase stay speech. Cases written for this test."""

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
    ("a noun compound before the noun it modifies, under said",
     "Budget\n\nMayor Ilse Varga said the city would end the \u201cparking credit\u201d program by June.",
     "parking credit"),
    ("a three-word compound before a noun, under warned",
     "Roads\n\nCouncillor Tomas Reyes warned that the \u201chigh occupancy lane\u201d rules confuse drivers.",
     "high occupancy lane"),
    ("a label the extraction typed a term, under a verb the parse climbs to",
     "Visas\n\nMinister Oren Pike drafted new rules in May, clarifying the status of \u201ctransit visa\u201d holders.",
     "transit visa"),
    ("a label inside the speaker's own words",
     "Polls\n\n\u201cThe \u2018swing county\u2019 numbers mean little this early,\u201d said the pollster Ines Calder.",
     "swing county"),
    ("an adjective and a noun naming a kind of thing, under told",
     "Security\n\nThe minister Anja Holt told reporters that \u201cgrey zone\u201d tactics were rising.",
     "grey zone"),
]

KEPT = [
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


@pytest.mark.parametrize("case,article,words", LABELS, ids=[c[0] for c in LABELS])
def test_a_modifier_label_is_a_term(case, article, words):
    assert _kinds(article)[words] == ("term", None)


@pytest.mark.parametrize("case,article,words", KEPT, ids=[c[0] for c in KEPT])
def test_the_speakers_phrase_stays_speech(case, article, words):
    kind, speaker = _kinds(article)[words]
    assert kind == "speech" and speaker is not None
