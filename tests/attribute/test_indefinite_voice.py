"""An unnamed person introduced by an indefinite description keeps the next he/she (issue 11,
round 17, lane pronoun3): "A senior official said …. “…,” he added" is the official, never the
mayor named before; and "A spokeswoman for X said “…”. She added: “…”" is the spokeswoman,
never the body X whose words the first quotation was. Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("opener", ["A spokesman said", "A senior official said", "One resident said",
                                    "A spokesman for the council said", "A senior Graham adviser said",
                                    # after a sentence conjunction the article is lower case
                                    # (round 28, lane wrong11: "But a spokesman said …")
                                    "But a spokesman said", "And an aide to the mayor said",
                                    "Yet one official said"])
def test_indefinite_subject_is_the_next_he(speech_of, opener):
    art = ("Bridge\n\nMayor Ellis Graham opened the Harwick bridge on Friday. " + opener
           + " the repairs had cost less than planned.\n\n\u201cWe are delighted with the result,\u201d "
           "he added.\n")
    assert [q.speaker for q in speech_of(art)] == [None]


def test_a_document_is_no_unnamed_person(speech_of):
    art = ("Bridge\n\nMayor Ellis Graham opened the Harwick bridge on Friday. A report said the "
           "repairs had cost less than planned.\n\n\u201cWe are delighted with the result,\u201d he added.\n")
    assert [q.speaker for q in speech_of(art)] == ["Ellis Graham"]


def test_quoted_spokeswoman_keeps_the_next_she(speech_of):
    art = ("Rights\n\nMinister Ellis Graham defended the bill. A spokeswoman for Harwick Rights Watch "
           "said it was a \u201cbasic principle\u201d that nobody is punished without a trial. She "
           "added: \u201cA judge alone does not make it fair.\u201d\n")
    assert [q.speaker for q in speech_of(art)][1:] == [None]


def test_unnamed_woman_is_not_the_next_he(speech_of):
    art = ("Filibuster\n\nSen. Harlan Voss spoke for 13 hours. A spokeswoman said Voss had not eaten "
           "all day.\n\n\u201cI am very tired,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Voss"]


def test_apposed_description_after_an_opening_phrase_is_the_name(speech_of):
    # only a conjunction lets the article be lower case: after an opening phrase, "a nurse"
    # is an apposition to the name before it (round 28, lane wrong11's corpus check)
    art = ("Rally\n\nThe crowd cheered Mayor Ellis Graham. Standing beside him was Dana Whitlock, a "
           "nurse from the county hospital.\n\nShe added: \u201cWe will be back next year.\u201d\n")
    assert [q.speaker for q in speech_of(art)] == ["Dana Whitlock"]


@pytest.mark.parametrize("voice", ["one conservative Republican", "a moderate Democrat", "another Republican"])
def test_an_indefinite_party_member_is_no_cluster(speech_of, voice):
    # round 28, lane wrong11: "one conservative Republican told the paper" joined the lone
    # party word to a cluster named from "House Republican leaders" (fresh4)
    art = ("Tax\n\nHouse Republican leaders met on Monday. Many members see the tax cut as a "
           "\u201cshiny object\u201d instead of real reform, " + voice + " told the Herald.\n")
    assert [q.speaker for q in speech_of(art) if q.kind == "speech"] == [None]
