"""A definite epithet of standing, wealth or trade ("the billionaire", "the real estate mogul",
"the Democratic front-runner", "this sprightly senior citizen") crediting a quotation is the one
person the sentence just before names as its subject (issue 11, round 47, lane epithet28: on
the lane's sample 14 of 100 such credits, and fresh15's "the Democratic front-runner", fresh3's
"this remarkably active senior citizen", were left null). Guards: a pronoun subject before is
not enough (round 29 saw such a "he" read as the interviewer), an epithet introduced unnamed
("a retired veteran … the veteran") stays unnamed, a question put by the subject before is
answered by someone else, and kin words ("the son") are no epithet. Our own words."""

from __future__ import annotations

import pytest

Q = "\u201c{}\u201d"

NAMED = [
    # (article, expected speaker)
    ("Rally in Dayton\n\nGreta Holloway criticised Marcus Dell over his tariff plan on Sunday.\n\n"
     + Q.format("He backed it before he opposed it,") + " the Democratic front-runner said.\n",
     "Greta Holloway"),
    ("Tower deal\n\nDale Ferris opened a hotel in Miami last spring.\n\nMr. Ferris pointed to his hotel in Miami as proof of his record. "
     + Q.format("Nobody builds like we build, believe me,") + " the real estate mogul said.\n",
     "Dale Ferris"),
    ("Oldest runner\n\nAt her small flat in Leeds, Mrs Edna Pryce keeps a strict morning routine. "
     "Between stretches, this sprightly senior citizen names her next target: "
     + Q.format("I want to finish the London marathon at 99.") + "\n",
     "Edna Pryce"),
    # no subject read in the sentence before (a fronted phrase, "thanks to"): the one person it names
    ("Turnout\n\nVolunteers knocked on doors all week.\n\nThe turnout among young voters was the highest in "
     "years, thanks to Nadia Okafor.\n\n" + Q.format("We just kept showing up,") + " the tech billionaire said.\n",
     "Nadia Okafor"),
    ("Veterans day\n\nCaleb Ostrow, voting in Greenville, said he had made up his mind weeks ago.\n\n"
     + Q.format("I am done with career politicians,") + " the military veteran said.\n",
     "Caleb Ostrow"),
]


@pytest.mark.parametrize("art, speaker", NAMED)
def test_epithet_is_the_named_subject_before(speech_of, art, speaker):
    assert speech_of(art)[-1].speaker == speaker


UNNAMED = [
    # a pronoun subject before: the he may be anyone
    "Market week\n\nThe magnate Lionel Varga bought a second airline. Then he told Dora Kim "
    "that prices would rise.\n\nLike every tycoon, he never explains himself.\n\n"
    + Q.format("I buy what I like,") + " the billionaire said.\n",
    # introduced unnamed: "a retired veteran … the veteran"
    "Town hall\n\nMayor Lucia Brandt spoke first. A retired veteran in the front row stood up "
    "after her. Lucia Brandt listened.\n\n" + Q.format("We were promised a clinic,") + " the veteran said.\n",
    # the subject before asked the question the epithet answers
    "Debate night\n\nIvan Roth pressed the candidates on trade.\n\n"
    + Q.format("Will you publish the tapes?") + " Ivan Roth pressed.\n\n"
    + Q.format("No, I never do that,") + " the billionaire replied.\n",
    # no subject read and two people named: no one to choose
    "Turnout\n\nVolunteers knocked on doors all week.\n\nThe turnout was the highest in years, thanks to "
    "Nadia Okafor and Pavel Green.\n\n" + Q.format("We just kept showing up,") + " the tech billionaire said.\n",
    # kin: "the son" is often the son of the subject before
    "Court hearing\n\nHenry Walsh told the board his son had warned him.\n\n"
    + Q.format("I had no idea,") + " the son added.\n",
]


@pytest.mark.parametrize("art", UNNAMED)
def test_epithet_stays_unnamed(speech_of, art):
    last = speech_of(art)[-1]
    assert last.speaker in (None, "")


def test_subject_addressed_by_handle_inside_the_words(speech_of):
    # the subject before is the one the words address ("@JaneRowe"): not the speaker
    art = ("Senator hits back\n\nSen. Mara Quill posted a short reply on Monday.\n\nJane Rowe had mocked "
           "Quill's service and said she lacked fire.\n\n"
           + Q.format("Does @JaneRowe want to carry my pack for a day?") + " the decorated veteran said.\n")
    assert speech_of(art)[-1].speaker != "Jane Rowe"


@pytest.mark.parametrize("handle, speaker", [
    # review39: a relative's handle shares the surname but names someone else ("@IvankaBrisk"
    # in the president's words): the president is still the speaker
    ("@IvankaBrisk", "Donald Brisk"),
    # the speaker's own given name in the handle names him: the words are about him
    ("@realDonaldBrisk", None),
])
def test_handle_with_the_surname_names_only_its_own_given_name(speech_of, handle, speaker):
    art = ("Summit\n\nPresident Donald Brisk met the king on Friday.\n\n"
           + Q.format(f"Great job by {handle} on the summit!") + " the president wrote.\n")
    assert speech_of(art)[-1].speaker == speaker
