"""Unnamed speakers given a name (issue 11, round 13 of docs/attribution-errors.md, lane
forms): a definite role with no holder in the article ("the judge") went to the person in
focus, who was the man the quotation's own words talk about. Our own words."""

from __future__ import annotations

import pytest


def test_role_is_not_the_person_its_words_name(speech_of):
    article = ("Forger jailed\n\nTobin Aldercott Marsh from Leeds was found guilty of forging "
               "tickets last month. Marsh made a fortune from the trade. The judge in the case, "
               "which lasted a week, said that \u201ca long sentence is needed because of the harm "
               "Marsh caused to honest sellers\u201d.")
    got = speech_of(article)[-1]
    assert got.speaker is None, (got.speaker, got.attribution_evidence)
    assert got.speaker_description == "The judge"


def test_pronoun_may_name_its_own_speaker(speech_of):
    """"“… to stop Donald X from winning …” he tweeted": a he/she keeps a speaker who names
    himself (only a description is checked against the words)."""
    article = ("Late post\n\nOrlan Pettigrew posted again on Tuesday morning.\n\n"
               "\u201cWas there a plot to stop Orlan Pettigrew from winning?\u201d he tweeted.")
    assert speech_of(article)[-1].speaker == "Orlan Pettigrew"


UNNAMED_THEN_PRONOUN = [
    ("a spokesman for a body, then he",
     "Bridge opens\n\nMayor Anton Belcourt opened the bridge on Monday. A spokesman for the "
     "council said the cost was \u201cwithin budget\u201d. He added that the work was \u201cfinished "
     "on time\u201d."),
    ("one resident, then she",
     "Bridge opens\n\nMayor Anton Belcourt opened the bridge on Monday. One resident said the "
     "bridge was \u201ca blessing\u201d. She added that it was \u201clong overdue\u201d."),
    ("a body's spokesman opening the sentence before, then he",
     "Bridge opens\n\nMayor Anton Belcourt opened the bridge on Monday. The Harbour Trust "
     "spokesman said the cost was within budget. \u201cThe work was finished on time,\u201d he added."),
]


@pytest.mark.parametrize("article", [c[1] for c in UNNAMED_THEN_PRONOUN], ids=[c[0] for c in UNNAMED_THEN_PRONOUN])
def test_pronoun_after_an_unnamed_speaker(speech_of, article):
    """A he/she right after an indefinite description of one person who is never named is
    that person: null with the description, not the person named before."""
    got = speech_of(article)[-1]
    assert got.speaker is None, (got.speaker, got.attribution_evidence)
    assert got.speaker_description


# Round 14: the two rules that leave a he/she null after an unnamed voice (a body's spokesperson
# opening a sentence, referents.py; a quotation credited to an indefinite description,
# speakers.py) read "one person the article never names" with one predicate.
ONE_UNNAMED = [
    ("The Harbour Trust spokesman", True),
    ("the spokeswoman for the Harbour Trust", True),
    ("A spokesman for the council", True),
    ("One resident", True),
    ("An elderly fisherman", True),
    ("The 30-year-old singer", False),
    ("The council", False),
    ("A council", False),
    ("Two residents", False),
    ("Local residents", False),
]


@pytest.mark.parametrize("desc,expected", ONE_UNNAMED, ids=[c[0] for c in ONE_UNNAMED])
def test_one_reading_of_an_unnamed_person(desc, expected):
    from onrecord.attribute.voices import unnamed_person
    assert unnamed_person(desc) is expected
