"""The named subject that opens a he/she's own sentence keeps it against the override that gives
a pronoun to a nearby sure-gender person ("Brenner gave a speech in which he charged that Glenn
…": Brenner's, though only Glenn's "he" was known). Issue 11, round 35, lane wrong16: once a
sentence-opening adverbial no longer hid Glenn as the previous sentence's subject, the override
gave him his rival's charge and the speaker went null. Our own words."""

from __future__ import annotations

import pytest

HEAD = "Senate race\n\n"
CASES = [
    ("a relative clause after the named subject, the rival the subject before",
     "Tom Glenn ran for the Senate in 1970 but lost to Quillon Brenner. He tried again in 1974 and "
     "faced Brenner again. Brenner gave a speech in which he charged that Glenn had never held a "
     "\"real job.\"", "Quillon Brenner"),
    ("the same after an opening adverbial",
     "Tom Glenn ran for the Senate in 1970 but lost to Quillon Brenner. In 1974 he tried again and "
     "faced Brenner again. Brenner gave a speech in which he charged that Glenn had never held a "
     "\"real job.\"", "Quillon Brenner"),
    ("an organisation named in an opening phrase before the subject is no rival person",
     "Tom Glenn ran for the Senate in 1970 but lost to Quillon Brenner. In 1974 he tried again and "
     "faced Brenner again. After meeting Harlow Party officials, Brenner said he had concluded that "
     "Glenn had never held a \"real job.\"", "Quillon Brenner"),
]
GUARDS = [
    ("someone else named between the subject and the pronoun: the override still may act",
     "Ann Ruiz ran for mayor. Governor Quillon Stone compares Ms. Ruiz with her father, and she "
     "said the race was \"wide open.\"", "Ann Ruiz"),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_own_subject_keeps_its_pronoun(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)] == [expected]
