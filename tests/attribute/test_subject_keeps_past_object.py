"""A he/she in a later clause of a sentence goes to the person named as that sentence's subject,
not to someone the sentence names on the way only as a preposition's object, and not to the
subject of the sentence before (issue 11, round 70, lane wrong78). Two shapes of the tuning
sets: the subject's title opens the sentence on a participle-like word ("Incoming ... Secretary
X would not say ... -- but he promised ..."), which was read as an introductory phrase with no
subject; and a person named after "to" between the subject and the pronoun ("X sent a letter
to Senator Y on Monday, in which he called ..."), counted as a rival, so a sure "he" from the
sentence before took the words. Our own words."""

from __future__ import annotations

import pytest

HEAD = "Budget talks\n\n"
CASES = [
    ("an adjective title opens the sentence; a coordinated clause after a dash",
     "President Dale Hartwell arrived in the capital on Monday. He met the cabinet at noon. "
     "Incoming Press Secretary Rob Lenning would not give details of Hartwell's plans -- but he "
     "promised a \"busy\" first week.", "Rob Lenning"),
    ("a person named after 'to' before a relative clause's he",
     "The hearings into the conduct of Mr. Dale Hartwell went on. "
     "White House counsel Quillon Vormann made the announcement in a letter to Committee Chair "
     "Rep. Hugh Brandt (D-NY) on Friday, in which he called the hearings \"plainly unlawful.\"", "Quillon Vormann"),
]
GUARDS = [
    ("a person named as the verb's object (no preposition) stays a rival",
     "Ann Ruiz ran for mayor. Governor Quillon Stone compares Ms. Ruiz with her father, and she "
     "said the race was \"wide open.\"", "Ann Ruiz"),
    ("a participle that opens an introductory phrase still hides no subject",
     "Senator Hugh Brandt spoke first. Opening the session, Quillon Vormann said he found the plan "
     "\"hard to defend.\"", "Quillon Vormann"),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_subject_keeps_past_an_object(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)] == [expected]
