"""A reply right after a quoted question, with nothing but the marks between them, is another
turn of an exchange: it does not go on in the asker's voice (issue 11, round 49, lane
exchange28: "“What do you think about X, Mr. Y?” “I said, I love it.”" went to the woman
named before; a hearing's "“Are you afraid of being fired?” “No, I am not, Congressman.”" to
the last speaker). The text does not show who answers, so the reply is left null. Our own
words."""

from __future__ import annotations

import pytest

_HEARING = ("Harbour inquiry\n\nCouncillor Vera Lindqvist led the questions at the harbour inquiry. "
            "\u201cI have read every page of the report,\u201d Lindqvist said. She turned to the harbour "
            "master. {turns}\n")

_CASES = [
    # (turns, the speakers of the speech quotations after Lindqvist's first)
    ("\u201cWere you told about the cracks in the pier?\u201d \u201cNot until the spring, Councillor.\u201d",
     ["Vera Lindqvist", None]),
    ("\u201cDid anyone warn the crews?\u201d \u201cNobody warned them. We found out from the papers.\u201d",
     ["Vera Lindqvist", None]),
]


@pytest.mark.parametrize("turns, speakers", _CASES)
def test_a_reply_after_a_quoted_question_is_not_the_asker_s(speech_of, turns, speakers):
    said = [q for q in speech_of(_HEARING.format(turns=turns)) if q.kind == "speech"]
    assert said[0].speaker == "Vera Lindqvist"
    assert [q.speaker for q in said[1:]] == speakers


_NEAR = [
    # the reply carries its own credit: the credit decides
    ("\u201cWere you told about the cracks?\u201d \u201cNot until the spring,\u201d the harbour master, "
     "Olaf Brandt, said.", ["Vera Lindqvist", "Olaf Brandt"]),
    # no question before: the same voice goes on
    ("\u201cThe pier was never checked.\u201d \u201cThat is the plain fact of it.\u201d",
     ["Vera Lindqvist", "Vera Lindqvist"]),
    # words between the question and the next quotation: not an exchange's bare turn
    ("\u201cWho checked the pier?\u201d she asked. \u201cI want a name by Friday.\u201d",
     ["Vera Lindqvist", "Vera Lindqvist"]),
    # a question after a question: the asker going on is as likely as a reply
    ("\u201cWho checked the pier?\u201d \u201cWho signed the report?\u201d",
     ["Vera Lindqvist", "Vera Lindqvist"]),
]


@pytest.mark.parametrize("turns, speakers", _NEAR)
def test_near_misses_keep_their_speakers(speech_of, turns, speakers):
    said = [q for q in speech_of(_HEARING.format(turns=turns)) if q.kind == "speech"]
    assert [q.speaker for q in said[1:]] == speakers
