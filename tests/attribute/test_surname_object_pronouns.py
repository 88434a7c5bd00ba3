"""A man's bare surname in a story about a woman (round 79, lane surname90): the writer gives his
full name once ("the endorsement of Ben Marlow") and then the surname alone, as an object or a
possessive ("she met Marlow when she …", "Marlow's words, she said"). The "she" after each was
counted as the bare surname's, so family.other_gender read "Marlow" as a woman of his family and
fullname.py kept the surname. Only a surname that may be its clause's subject counts now; a
relative's bare surname as a subject ("Marlow said he …" beside "first lady Jo Marlow") still
splits. Cases in our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.family import other_gender
from onrecord.attribute.fullname import _search

# a woman's story: the man's surname is an object or a possessive, each followed by her "she"
STORY = ("Endorsement\n\nThe endorsement of Ben Marlow was her first big step. Rosa Vance met "
         "Marlow in May, and she liked him. Critics say Marlow's plan is costly, and she agrees. "
         "Vance has echoed Marlow on taxes, though she would raise them less.")


@pytest.mark.parametrize("subjects,other", [(False, True), (True, False)],
                         ids=["every mention counts", "only a possible subject counts"])
def test_object_mentions_carry_no_pronoun(subjects, other):
    assert other_gender(STORY, 14, "Marlow", "Ben", subjects=subjects) is other


CASES = [
    ("a man named in full once, then as an object in a woman's story", STORY, "Ben Marlow"),
    ("a relative's bare surname as a subject keeps the family split",
     "Dinner\n\nFirst lady Jo Marlow hosted the dinner. Marlow said he would speak. Later Marlow "
     "told reporters he was tired. President Marlow said he would return.", None),
]


@pytest.mark.parametrize("case,text,full", CASES, ids=[c[0] for c in CASES])
def test_the_fuller_form(case, text, full):
    found = _search(text, text.index("\n\n"), "Marlow", [])
    assert (found[0] if found else None) == full
