"""A bare surname speaker whose article writes two full forms of that surname, or one full form
that an honorific of the other sex reads as a relative's ("Mrs. X" beside a headline's "Andrew
X"), takes the full form of the sex its honorifics clearly say (attribute/honorific_forms.py;
round 82, lane names98, draw K: "Mr. X" three times beside "Bill X" and "Hillary X"). As many
honorifics of each sex, or one only, keep the surname. The articles are our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.fullname import fuller_speaker_names
from onrecord.model import Quote

_HEAD = "Why did Paul Brook doubt the plan?\n\n"
_TWO = "The day after Paul Brook spoke at the fair, Mr. Brook and Ruth Brook's campaign tried to explain it. "
_WIFE_HEAD = "Paul Brook, a Target of Critics, Is Fired\n\n"
_WIFE = ("Mr. Brook ran the office. His wife ran for the council. Mrs. Brook lost her race and "
         "Mr. Brook was promoted. Donations to Mrs. Brook's campaign were cited. ")

CASES = [
    ("two given names, 'Mr.' three times: his full name", _HEAD,
     _TWO + "Mr. Brook is a wild card, aides said. ", "Mr. Brook", "Paul Brook"),
    ("two given names, 'Mrs.' three times: her full name", _HEAD,
     _TWO.replace("Mr.", "Mrs.") + "Mrs. Brook is a wild card, aides said. ", "Mrs. Brook", "Ruth Brook"),
    ("a headline's full name over 'Mr.' and a wife's 'Mrs.': his full name", _WIFE_HEAD,
     _WIFE + "Mr. Brook left. Mr. Brook came back. ", "Mr. Brook", "Paul Brook"),
    ("two given names, one 'Mr.' only: the surname stays", _HEAD, _TWO, "Brook", "Brook"),
    ("two given names, as many 'Mr.' as 'Mrs.': the surname stays", _HEAD,
     _TWO + "Mrs. Brook left and Mrs. Brook came back. Mr. Brook sat down. ", "Mr. Brook", "Brook"),
    ("a headline's full name, 'Mrs.' as often as 'Mr.': the surname stays", _WIFE_HEAD, _WIFE, "Mr. Brook", "Brook"),
]


@pytest.mark.parametrize("case,head,body,credit,expected", CASES, ids=[c[0] for c in CASES])
def test_honorific_full_form(case, head, body, credit, expected):
    text = f"{head}{body}\u201cThe plan is a mess,\u201d {credit} said."
    words = "The plan is a mess,"
    q = Quote(text=words, start=text.index(words), end=text.index(words) + len(words), kind="speech",
              speaker="Brook", speakers=["Brook"])
    fuller_speaker_names(text, [q], len(head))
    assert q.speaker == expected
