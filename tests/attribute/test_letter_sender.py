"""The words of a letter, memo or appeal whose addressee took them go to the sender the
sentence names (issue 11, round 80, lane letter91; GUIDELINES S2, S9, S11): its subject
("Last weekend, Rell broadcast an appeal to President Vale asking …"), the text's owner
("Moss’ first letter to Quist stated …"), both subjects of a joint letter, the man a
writer's "he" stands for ("grill Rell on a memo he wrote to Quist"); and a quotation
inside the addressee phrase ends it ("a message to his “dear friends,” Pope Tom Rell
advised"). Our own words."""

from __future__ import annotations

import pytest

_APPEAL = ("Siege\n\nThe mayor, Ivo Rell, spoke on the radio on Sunday.\n\nLast weekend, Rell broadcast an appeal "
           "to President Dana Vale asking for troops to guard the city from \u201craiders.\u201d\n")
_OWNER = ("Files\n\nDale Moss chairs the committee. Ada Quist runs the agency.\n\nMoss\u2019 first letter to Quist "
          "stated that the files were \u201cnever missing at all.\u201d\n")
_QUOTED_ADDRESSEE = ("Letters\n\nTom Rell leads the church.\n\nIn a message to his \u201cdear friends in the "
                     "valley,\u201d Pope Tom Rell advised, \u201cWe cannot look away from the poor.\u201d\n")
_OTHERS_TEXT = ("Hearing\n\nTom Rell is the nominee. Ada Quist is his deputy.\n\nSenate Democrats are expected to "
                "grill Rell on a memo he wrote last year to Deputy Director Ada Quist that called the inquiry "
                "\u201cbadly misconceived.\u201d\n")


@pytest.mark.parametrize("article, sender", [
    (_APPEAL, "Ivo Rell"),
    (_OWNER, "Dale Moss"),
    (_QUOTED_ADDRESSEE, "Tom Rell"),
    (_OTHERS_TEXT, "Tom Rell"),  # the memo's writer is a "he": the man named before it
])
def test_sender_takes_the_words(speech_of, article, sender):
    assert speech_of(article)[-1].speaker == sender


def test_another_subject_is_no_sender(speech_of):
    # the sentence's subject only talks about the memo
    assert speech_of(_OTHERS_TEXT)[-1].speaker not in ("Ada Quist", "Senate Democrats")
