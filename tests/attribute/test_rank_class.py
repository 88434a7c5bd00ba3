"""A rank's class and a naval rate before a person's name belong to the role, not the name
(round 82, lane forms97): "Petty Officer First Class Ana X" gave the speaker "Class Ana X"
("First" is a stop word, so the run broke before it), and "Special Operator First Class Eli Y
… wrote Special Operator Y" gave "Special Operator Y". Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a petty officer's class",
     "Trial\n\nThe court sat on Monday.\n\n\"I saw him fire,\" Petty Officer First Class Ana Ruiz "
     "told the court.",
     ["Ana Ruiz"]),
    ("an airman's class",
     "Base\n\nThe base reopened.\n\n\"It was fine,\" Airman Second Class Fay Moss said.",
     ["Fay Moss"]),
    ("a rate and class with no title word, then the rate and the surname",
     "Inquiry\n\nThe inquiry heard from the platoon.\n\n\"I had no choice,\" Special Operator First "
     "Class Eli Dorn texted the group.\n\n\"Nobody listened,\" wrote Special Operator Dorn, who has "
     "since left.",
     ["Eli Dorn", "Eli Dorn"]),
    ("the rate and the surname alone",
     "Inquiry\n\nThe inquiry heard from the platoon.\n\nSpecial Operator Vance told investigators he "
     "\"wanted to speak up.\"",
     ["Vance"]),
]

KEPT = [
    ("an ordinal and 'Class' naming no one",
     "Post\n\nThe stamps went fast.\n\n\"They are sold out,\" the First Class Mail Service said.",
     ["First Class Mail Service"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_a_rank_class_is_no_part_of_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_a_body_named_with_a_class_keeps_it(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
