"""A sentence that opens on a naming participle and the marks ("Dubbed “…”, the plan …",
"Often called “…”, the workers …") names what its subject is called, not who calls it: the
subject, the main verb's agent, or the speaker before are not the namer, so the words are
nobody's unless a "by" agent follows the marks (round 49, lane passive28: 5 wrong names of 33
such openings in unread AllSides articles — a poll's label went to the president it described, a
document's title to the group it addressed, a label to the spokesman of the paragraph before).
Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Orchard permits\n\nMinistry spokeswoman Lena Ostrova said on Monday the permits would be "
         "reviewed. \u201cWe will look at every single case with care,\u201d Ostrova said.\n\n")

CASES = [
    ("a fronted label before a named subject",
     _OPEN + "Recently dubbed \u201cthe most stubborn governor this valley has ever seen,\u201d in one "
     "survey, Governor Piet Halloran still refuses to meet the growers.",
     ["Lena Ostrova", None]),
    ("a fronted label after a speaker's words",
     _OPEN + "Often called \u201cthe lost generation of the orchard towns and valleys,\u201d thousands of "
     "young pickers have held the permits since 2015.",
     ["Lena Ostrova", None]),
    ("a fronted title before a document's issuer",
     _OPEN + "Called \u201cOn the Care of Those Who Pick and Those Who Wait,\u201d the letter from "
     "Bishop Anton Mirek asks farms to keep their workers.",
     ["Lena Ostrova", None]),
    ("a fronted 'described as a' before a named subject",
     _OPEN + "Described as a \u201cwalking contradiction of every promise he ever made,\u201d Governor "
     "Piet Halloran ran for a third term anyway.",
     ["Lena Ostrova", None]),
    ("a by agent after the marks keeps the namer",
     _OPEN + "Described as \u201cthe finest clerk this ministry has ever had\u201d by Ostrova, the "
     "official retired on Friday.",
     ["Lena Ostrova", "Lena Ostrova"]),
    ("an active naming verb keeps its subject",
     _OPEN + "Governor Piet Halloran called the review \u201ca waste of everyone's time and the "
     "growers' money.\u201d",
     ["Lena Ostrova", "Piet Halloran"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_fronted_naming(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


# Round 49 review (review41): the one adverb allowed before the participle ends in -ly, and so
# do names ("Kelly", "Connolly", "Emily"); a -ly word the article writes capitalised inside a
# sentence is a name, the subject of an active "called", not an adverb.
LY = [
    ("a surname in -ly is a subject, not an adverb",
     _OPEN + "Governor Piet Halloran met Senator Dara Connolly on Tuesday. Connolly called "
     "\u201ca betrayal of every grower in the valley\u201d the plan to cut the permits.",
     ["Lena Ostrova", "Dara Connolly"]),
    ("an adverb in -ly still opens the participle",
     _OPEN + "Affectionately called \u201cthe orchard mothers of the whole upper valley,\u201d the "
     "pickers' elders run the permit office.",
     ["Lena Ostrova", None]),
]


@pytest.mark.parametrize("case,article,expected", LY, ids=[c[0] for c in LY])
def test_a_name_in_ly_is_no_adverb(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
