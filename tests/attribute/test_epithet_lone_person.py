"""A definite person epithet ("the 19-year-old", "the chart-topper", "the presidential hopeful")
whose sentence before has no person as its subject is the one person that sentence names
(issue 11, round 29, lane nulls12: "The film … tells X's story. The 41-year-old chart-topper
told reporters …", "… asked Clinton. “…,” the White House hopeful replied" were left null on
the tuning splits ext and fresh5; round 24 had kept epithets to the subject just before).
Our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("an age epithet after a sentence about the person's film",
     "Tour film\n\nSinger Dana Corvell has said the tour will be her last.\n\nThe documentary "
     "follows Corvell's years on the road. The 38-year-old chart-topper told "
     "reporters that she wanted to \u201cspend time with my family\u201d.\n",
     ["Dana Corvell"]),
    ("a hopeful after a question put to the person",
     "Town hall\n\nThe senator took questions in Concord on Monday.\n\n\u201cWill you raise "
     "taxes on farms?\u201d a voter at the event asked Marla Quenby.\n\n\u201cNot on family "
     "farms, and not while I hold this office,\u201d the presidential hopeful replied.\n",
     ["Marla Quenby"]),
    # guards: two people named in the sentence before; a person subject just before keeps it,
    # even a lone surname with no other evidence of a person
    ("a bare surname subject keeps the epithet from the referee",
     "Semi-final\n\nLewin said the second half was the best of the season. Ross was puzzled "
     "that his try was disallowed by referee Ian Dunmore. \u201cI was behind the ball,\u201d said "
     "the Leeds player.\n",
     ["Ross"]),
    ("two people before: no guess",
     "Final\n\nThe final, played in Leeds, saw Tom Arden beat Carl Benning in three sets. "
     "\u201cI never doubted it,\u201d the 22-year-old said.\n",
     [None]),
    ("a person subject just before keeps the epithet",
     "Final\n\nTom Arden beat Carl Benning in Leeds on Friday. \u201cI never doubted it,\u201d "
     "the 22-year-old said.\n",
     ["Tom Arden"]),
]


@pytest.mark.parametrize("label,article,expected", CASES, ids=[c[0] for c in CASES])
def test_epithet_takes_the_lone_person_before(speech_of, label, article, expected):
    assert [q.speaker for q in speech_of(article)][-len(expected):] == expected
