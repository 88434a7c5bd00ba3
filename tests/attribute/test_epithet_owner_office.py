""""“…,” the governor’s office said" and "“…,” the Democrat’s office said in a statement" (issue
11, round 33, lane docs14: a judged sample of null speech near definite epithets on random
corpus text): an office or campaign speaks for its owner, and an owner given as a definite
epithet is the person that epithet names; only a capitalised owner's name was read, and the
words went null. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the governor's office",
     "Quarantine rules\n\nGov. Ray Olsen ordered travellers from six states to stay home for "
     "two weeks.\n\n\u201cThe order applies to every arriving traveller,\u201d the governor\u2019s "
     "office said.",
     ["Ray Olsen"]),
    ("the party member's campaign",
     "Paper barred\n\nSenate candidate Dana Whitlock, a Republican, barred the Harbour Gazette "
     "from her events on Monday.\n\n\u201cWe no longer work with that paper,\u201d the "
     "Republican\u2019s campaign said in a statement.",
     ["Dana Whitlock"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_epithets_office_speaks_for_the_person(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_an_office_of_nobody_named_stays_unnamed(speech_of):
    article = ("Quarantine rules\n\nTravellers from six states must stay home for two weeks.\n\n"
               "\u201cThe order applies to every arriving traveller,\u201d the governor\u2019s office said.")
    assert [q.speaker for q in speech_of(article)] == [None]
