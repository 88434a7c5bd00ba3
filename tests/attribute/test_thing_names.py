"""A name the article shows to be a body, a place or a thing is fixed as such where its entity is
built, so it never takes a person's he/she or a person's own name (issue 11, round 35, lane
entity16: on 974 random corpus articles a "he" went to "Gilpin Montessori", described as "a
public elementary school", a "she" to "Hewlett Packard" under "technology giant", a "he" to
"Pearl Harbor" and to "the Federal Reserve", and "Trump Derangement Syndrome" took every
"Trump" of its column). Our own words."""

from __future__ import annotations

import pytest

# the last speech quotation's speaker
CASES = [
    ("a school described by its apposition",
     "Schools ranked\n\nHadley Montessori, a public elementary school on the east side, was put on "
     "probation this year. Teachers at Hadley say the ranking was unfair, and Hadley parents "
     "agree.\n\nA fifth-grader named Tomasz arrived at Hadley from Texas last year, speaking almost "
     "no English.\n\n\"We are learning about the planets,\" he explains.",
     "Tomasz"),
    ("a company under a body noun before its name, then written bare",
     "Power to the users\n\nThe web is about people now, according to Odile Ferrand, chief of "
     "technology giant Keller Dunmore.\n\nThe job of firms such as Keller Dunmore now, she said in a "
     "speech on Monday, was to make the digital and the physical meet. \"The revolution is about "
     "access,\" she told delegates.",
     "Odile Ferrand"),
    ("a syndrome named after the person it is about",
     "The mayor's critics\n\nBrandt Derangement Syndrome has spread across the county. Brandt won "
     "the race by twelve points, and his critics have not recovered.\n\nIf they cannot tell the two "
     "apart, Brandt Derangement Syndrome will only spread.\n\nAt a rally on Tuesday, Brandt did not "
     "hold back. He boasted that the county was already \"the best run in the state.\"",
     "Brandt"),
    ("a harbour named between the speaker and his pronoun",
     "Anniversary\n\nBrandt said on Monday that the county was safe. How did Brandt mark the "
     "anniversary of the raid on Kestrel Harbor? By praising himself. If he had been mayor at the "
     "time of Kestrel Harbor, he would have praised the harbour master too.\n\n\"It's a tribute to "
     "the work we are doing,\" he said on Thursday.",
     "Brandt"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_thing_takes_no_persons_words(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("a person described by a role that mentions a school",
     "Budget\n\nLena Varga, a school board member, opposed the cuts.\n\n\"Our classrooms are "
     "full,\" she said.",
     "Lena Varga"),
    ("a person whose surname is a common word after a given name",
     "Crime fiction\n\nAnn Rule wrote more than thirty books.\n\n\"Every case stays with "
     "me,\" she said.",
     "Ann Rule"),
    ("a person after the capitalised body he chairs",
     "Vote\n\nSpeaking before the vote, the chairman of the Senate Budget Committee Hal "
     "Perrin said the result would send a message.\n\n\"We cannot wait another year,\" he said.",
     "Hal Perrin"),
    ("a body named by its own organisation word still speaks",
     "Rates\n\nThe Federal Reserve held rates steady on Wednesday. \"Inflation remains "
     "elevated,\" the Federal Reserve said in a statement.",
     "Federal Reserve"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_person_or_body_still_speaks(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
