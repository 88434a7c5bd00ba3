"""The words of a letter, memo or appeal whose addressee took them go to the sender the
sentence names (issue 11, round 80, lane letter91; GUIDELINES S2, S9, S11): its subject
("Last weekend, Rell broadcast an appeal to President Vale asking …"), the text's owner
("Moss’ first letter to Quist stated …"), both subjects of a joint letter, the man a
writer's "he" stands for ("grill Rell on a memo he wrote to Quist"); and a quotation
inside the addressee phrase ends it ("a message to his “dear friends,” Pope Tom Rell
advised"). A null quotation after "a <text> from X" is X's ("a statement from Rell Holdings,
…, that “…”"). Our own words."""

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


_FROM = ("Spray\n\nRell Holdings makes cleaning sprays.\n\nThe remark prompted a statement from Rell Holdings, the "
         "maker of a cleaning spray, that \u201cno spray should ever be swallowed.\u201d\n")
_FROM_ROLE = ("Claim\n\nKate Moss runs the campaign.\n\nThe only answer was an email from deputy manager Kate Moss, "
              "a lawyer, seeking \u201ca public apology by Friday.\u201d\n")
_SAID_FROM = ("Row\n\nAda Quist wrote to the board.\n\nA spokesman said the letter from Ada Quist was "
              "\u201cdeeply unfair to the staff.\u201d\n")


# a body's name before a post or a group noun only modifies the author (lead, round 80: draw H's
# "a statement from <office> press secretary NAME" gave the office, "a joint statement from
# <party> leaders said" the party)
_FROM_OFFICE_POST = ("Resign\n\nAda Quist speaks for the Palace. Tom Rell quit.\n\nIn a statement from Palace "
                     "press secretary Ada Quist, Rell \u201coffered to step down\u201d last week.\n")
_FROM_GROUP_NOUN = ("Border\n\nThe Senate met on Friday.\n\nA joint statement from Senate Republican leaders said "
                    "the \u201csituation shows how deep the worry runs.\u201d\n")


@pytest.mark.parametrize("article, author", [
    (_FROM, "Rell Holdings"),
    (_FROM_ROLE, "Kate Moss"),
    (_FROM_OFFICE_POST, "Ada Quist"),
])
def test_text_from_author_takes_the_words(speech_of, article, author):
    assert speech_of(article)[-1].speaker == author


def test_teller_of_a_text_from_someone_keeps_the_words(speech_of):
    # the spokesman judges the letter: his words, unnamed (D4), not the letter's author's
    assert speech_of(_SAID_FROM)[-1].speaker != "Ada Quist"


_TO_THE_PRESS = ("Climate\n\nTom Rell is the bloc's energy commissioner.\n\nIn a statement to the press, Tom Rell, "
                 "the Union commissioner for energy, made the point: \u201cNo one should be left behind.\u201d\n")
_OWNED_AUTHOR = ("Leak\n\nThe Ruritania envoy in Washington resigned.\n\nConfidential emails from the Ruritania's "
                 "ambassador said the palace was \u201cuniquely dysfunctional.\u201d\n")
_DATED = ("Census\n\nAda Quist ran the bureau.\n\nThe records hold memos from census officials \u2013 on Dec. 22 "
          "and Jan. 3 \u2013 that said the question \u201cis very costly.\u201d\n")


@pytest.mark.parametrize("article, wrong", [
    (_TO_THE_PRESS, None),  # the commissioner, apposed after "the press", is no addressee
    (_OWNED_AUTHOR, "Ruritania"),  # the ambassador's emails, not the country's
    (_DATED, "Dec"),  # a date after "from census officials" is no author
    (_FROM_GROUP_NOUN, "Senate Republican"),  # the leaders, unnamed: no body's name
])
def test_no_wrong_sender(speech_of, article, wrong):
    assert speech_of(article)[-1].speaker != wrong
