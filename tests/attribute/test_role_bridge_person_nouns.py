"""An inverted credit whose role words between a capitalised modifier and the name end in a
person noun the old bridge did not know ("said Harbour TV historian Tim Brack", "said former
Ferry League football star Carl Banner"), pass through "chief of staff", or join a second,
capitalised office with "and" ("said former board chairman and Westshire Governor Ed Rowan"):
the modifier before the role (a channel, a league, a president, a party office) took the words
(issue 11, round 81, lane wrong93: eight on 3,000 unseen articles, "TV", "NBA", "Obama",
"DNC" and the like given a named person's words). Articles written for the test."""

from __future__ import annotations

import pytest

_OPEN = "Ferry fares\n\nThe ferry company raised its fares again on Monday.\n\n"

CASES = [
    ("a historian",
     _OPEN + "\u201cThe fares always rise in May,\u201d says Harbour TV historian Tim Brack.",
     ["Tim Brack"]),
    ("a football star",
     _OPEN + "\u201cI love this town,\u201d said former Ferry League football star Carl Banner.",
     ["Carl Banner"]),
    ("a bare person noun after an adjective",
     _OPEN + "\u201cFares are a tax by another name,\u201d says Welsh historian Dora Pennant.",
     ["Dora Pennant"]),
    ("a senior fellow",
     _OPEN + "\u201cThe rise hurts commuters most,\u201d said Harbour Street senior fellow Ann Moyle.",
     ["Ann Moyle"]),
    ("a chief of staff",
     _OPEN + "\u201cThe mayor will meet the company,\u201d said Lund chief of staff Denis Marlow.",
     ["Denis Marlow"]),
    ("a second, capitalised office",
     _OPEN + "\u201cThe board is waiting for someone new,\u201d said former FBC chairman and "
     "Westshire Governor Ed Rowan.",
     ["Ed Rowan"]),
    ("a second office, another former chairman named before",
     "Board race\n\nFormer FBC chairman Hal Deane left the race on Friday.\n\n"
     "\u201cThe board is waiting for someone new,\u201d said former FBC chairman and Westshire "
     "Governor Ed Rowan.",
     ["Ed Rowan"]),
    ("a co-founder and a capitalised title",
     _OPEN + "\u201cWe ran a study on the fares,\u201d said Tidewater Polls co-founder and Chief "
     "Research Officer Kyle Drabb.",
     ["Kyle Drabb"]),
    ("a television personality",
     _OPEN + "\u201cJoining us now is the harbour master,\u201d said Channel Nine personality Amy "
     "Earhart.",
     ["Amy Earhart"]),
]

# kept: the bridge must not reach across words that are no role ("said Lund on Monday", a
# place after an adverb)
KEPT = [
    ("a day after the name",
     _OPEN + "\u201cThe fares will fall,\u201d said Denis Marlow on Monday.",
     ["Denis Marlow"]),
    ("an adverb, then a capitalised place",
     _OPEN + "\u201cThe fares will fall,\u201d said Denis Marlow later in Westshire.",
     ["Denis Marlow"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_role_bridge_person_nouns(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
