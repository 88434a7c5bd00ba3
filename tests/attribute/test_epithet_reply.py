"""A definite person epithet that replies ("… asked Clinton. “…,” the White House hopeful
replied") is the one asked (issue 11, round 29, lane nulls12: left null on the tuning split
fresh5; 8 of 8 corpus changes right); and the guards that keep an epithet from a person it
does not name: two people before, a person subject just before (round 24 kept epithets to the
subject just before). The lane's "lone person in the sentence before" rule was dropped at the
merge: one tuning item, one corpus change in 475 articles. Our own words."""

from __future__ import annotations

import pytest


CASES = [
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
def test_a_replying_epithet_is_the_one_asked_and_guards_hold(speech_of, label, article, expected):
    assert [q.speaker for q in speech_of(article)][-len(expected):] == expected
