"""A trailing "…, he said" never means the lone subject of the clause it reports (issue 11,
round 17, lane pronoun3: "Mr X has “…” as when …, he said" went to the man talked about, not
to the strategist who said it, and the next "He said: “…”" followed). A quotation that is
itself the reported words, an introductory clause and a joint subject keep the old reading.
Our own words."""

from __future__ import annotations


def test_reported_subject_is_not_the_reporting_pronoun(speech_of):
    art = ("Poll date\n\nMayor Ellis Graham toured the harbour on Friday. His appetite for the job "
           "is intact, Harlan Voss, the party's campaign chief, told reporters. Mr Graham has "
           "\u201cthe same drive he had on day one\u201d as when he first won, he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Voss"]


def test_quotation_before_the_pronoun_is_what_he_said(speech_of):
    art = ("Games\n\nSen. Harlan Voss said he would not travel to the games \u2013 \u201cand I would "
           "not send my family,\u201d he told the radio host.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Voss"]


def test_introductory_clause_keeps_its_subject(speech_of):
    art = ("Hearing\n\nThe committee met on Monday. When Ellis Graham was pressed about the "
           "contract, he replied that it was \u201centirely above board.\u201d\n")
    assert [q.speaker for q in speech_of(art)] == ["Ellis Graham"]
