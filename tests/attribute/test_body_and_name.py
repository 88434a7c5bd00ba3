"""A body whose name holds "and" between two of its subjects is one speaker (round 60, lane
cands61, attribute/body_and.py): the name run stopped at "and", so "the Office of Rivers and
Coastal Services said" gave "Office of Rivers", and "the Senate Roads and Bridges Committee
said" gave "Senate Roads". Two bodies joined by "and" stay two. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import build_layout
from onrecord.attribute.mentions import find_mentions

SPEAKERS = [
    ("a subject added to a body's 'of' list",
     "Rivers\n\nThe weir failed in March. \u201cThe river needs a new weir before the winter "
     "floods,\u201d the Office of Rivers and Coastal Services said in a statement.",
     "Office of Rivers and Coastal Services"),
    ("a chamber's committee named for two subjects",
     "Budget\n\nThe vote is due next week. \u201cThe budget cannot pass as it is written,\u201d "
     "the Senate Roads and Bridges Committee said on Friday.",
     "Senate Roads and Bridges Committee"),
    ("a place's agency named for two subjects",
     "Trails\n\nThe storm closed the park. \u201cEvery trail will reopen by the end of May,\u201d "
     "the Texas Parks and Trails Department said.",
     "Texas Parks and Trails Department"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_body_with_and_is_one_speaker(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == [expected]


TWO_BODIES = [
    ("a second body with the first one's head word",
     "The Bureau of Farm Statistics and Census Bureau said so.",
     ["Bureau of Farm Statistics", "Census Bureau"]),
    ("two subject words with no head word after 'and'",
     "The Department of Trade and Border Security said so.",
     ["Department of Trade", "Border Security"]),
    ("a party's members before another body",
     "House Republicans and Republican Study Committee members met.",
     ["House Republicans", "Republican Study Committee"]),
    ("a body before 'and'", "The Senate and House Budget Committees met.",
     ["Senate", "House Budget Committees"]),
]


@pytest.mark.parametrize("sentence,names", [c[1:] for c in TWO_BODIES], ids=[c[0] for c in TWO_BODIES])
def test_two_bodies_joined_by_and_stay_two(sentence, names):
    found = [m.name for m in find_mentions(build_layout("Notes\n\n" + sentence, []))]
    assert [n for n in found if n != "Notes"] == names  # the headline is a mention too
