"""Attribution on invented sentences: null when nothing supports a speaker (an unnamed or
indefinite source, a passive or impersonal report, narration without a cue, titles, subheadings,
a quotation that is not speech). Quotations are found with a plain regex
(paired_quotes.attribute); moved from tests/test_attribute.py (round 63)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")


def test_unsupported_quote_stays_null():
    qs = attribute("Headline\n\nThe weather was bad all week.\n\n“Everything is fine.”")
    assert qs[0].speaker is None
    assert qs[0].speakers == []


def test_unnamed_indefinite_speaker_is_null_not_previous_speaker():
    qs = attribute("Headline\n\nNora Quill praised the plan. “It works,” she said. "
                   "“It will fail,” a senior official told reporters.")
    assert qs[0].speaker == "Nora Quill"
    assert qs[1].speaker is None
    assert "official" in (qs[1].speaker_description or "")


def test_non_speech_quotes_keep_null_speaker():
    qs = attribute("Headline\n\nOla Brandt published “The Long Winter” in May and said it was “a relief.”",
                   kinds={0: "title"})
    assert qs[0].kind == "title" and qs[0].speaker is None and qs[0].speakers == []
    assert qs[1].speaker == "Ola Brandt"


# Invented sentences whose test is only which speaker each quotation gets (index, speaker;
# None: nobody), one row per case; each row's id is the test it was written as.
SPEAKERS = [
    ("test_impersonal_passive_names_nobody",
     "Headline\n\nOsman Reed spoke on Monday. It was later revealed that staff had called the plan “a joke.”",
     ((0, None),)),
    ("test_passive_report_verb_subject_is_not_the_speaker",
     "Headline\n\nThe former mayor Ada Crane was accused in an indictment of paying staff to "
     "“hide the accounts.”",
     ((0, None),)),
    ("test_unnamed_indefinite_then_definite_stays_null",
     "Headline\n\nA police officer answered a call at the house of Tom Reyes. The officer wrote "
     "that Reyes was “uncooperative.”",
     ((0, None),)),
    ("test_quotation_inside_narration_without_a_cue_names_nobody",
     "Headline\n\n“Rents will fall,” said Nora Quist, a housing analyst.\n\n"
     "The question on every tenant’s mind is “how long will that take?”",
     ((0, "Nora Quist"), (1, None))),
    ("test_scare_term_in_narration_is_not_the_last_speakers",
     "Headline\n\n“We are careful,” said Omar Pell, the agency director.\n\n"
     "His remarks flattered the least accountable people (judges, “career” staff) in town.",
     ((1, None),)),
    ("test_group_noun_opening_a_sentence_is_not_a_name",
     "Headline\n\nThe council met on Friday. Critics say the plan is “a gift to developers.”",
     ((0, None),)),
    ("test_narration_clause_with_its_own_subject_is_not_the_main_subjects",
     "Headline\n\n“We are careful,” said Omar Pell, the agency director.\n\n"
     "He stayed for an hour, and his presence was meant to flatter (judges, “career” staff) "
     "in the room.",
     ((1, None),)),
    ("test_capitalised_sentence_opener_written_lower_case_elsewhere_is_not_a_name",
     "Headline\n\n“We will win,” said Rosa Elland.\n\n"
     "Numbers rarely lie, and the party’s numbers shout, “Nobody is listening.”",
     ((1, None),)),
    ("test_programme_title_after_preposition_is_nobodys_words",
     "Headline\n\nSenator Kay Dorn said on KBC’s “Sunday Table” that the bill would pass.",
     ((0, None),)),
    ("test_all_capital_subheading_is_nobodys_words",
     "Headline\n\nThe Harbour Fund is running ads attacking Lena Marsh.\n\n“BACK IN TOWN”\n\n"
     "Marsh is a target for several reasons.",
     ((0, None),)),
    ("test_unnamed_subject_of_a_cue_is_null_not_the_previous_speaker",
     "Headline\n\nAs his mentor Ezra Hale said on leaving, “I am getting old!” "
     "One of Dorn’s close friends recently stated that Dorn will “never retire.”",
     ((0, "Ezra Hale"), (1, None))),
    ("test_definite_org_noun_after_an_unnamed_one_is_not_the_named_one",
     "Headline\n\nThe Supreme Court ruled on the case in 2015.\n\n"
     "A federal district court blocked the new rules in 2016. The legislature changed the law, "
     "but the court again froze it, citing its “burdensome impact.”",
     ((0, None),)),
    ("test_said_an_organisation_spokesman_names_nobody",
     "Headline\n\nCar-maker Tessa Motors unveiled a robot.\n\n"
     "“The aim is to help people,” said a Tessa spokesman.",
     ((0, None),)),
    ("test_report_noun_before_of_in_narration_names_nobody",
     "Headline\n\nThe mayor Ruth Calder seems haunted by the visit. And then she talks of the "
     "children: a march by pupils of the town, advancing in rows, before the finale of a raised "
     "fist and shout of “free schools for all”. The message is clear.",
     ((0, None),)),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_nulls_speakers(text, expected):
    qs = attribute(text)
    for i, speaker in expected:
        assert qs[i].speaker == speaker, (i, qs[i].speaker, qs[i].attribution_evidence)
