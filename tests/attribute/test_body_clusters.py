"""Which cluster a body's or a titled person's name joins (issue #11, eleventh session: 1,000
unannotated corpus articles read by their organisation speakers). Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a body's short name does not join a longer body that starts with it",
     "Budget\n\nThe White House Office of Trade Policy released figures on Monday. Critics mocked "
     "the plan.\n\n\"They want to stop the President for being too tall,\" the White House tweeted.",
     ["White House"]),
    ("a body's short name joins its own longer name with 'for'",
     "Votes\n\nThe Harlow Center for Justice studied the rolls. \"The rolls are clean,\" the Harlow "
     "Center said on Monday.",
     ["Harlow Center for Justice"]),
    ("a titled one-word name does not join a body that has the word in its name",
     "Visit\n\nPope Clement visited St. Clement Church in Quito on Tuesday. \"This is the heart of "
     "the Gospel,\" the Pope said.",
     ["Clement"]),
    ("an untitled one-word name still joins its body",
     "Metrics\n\nLumen Metrics published its figures. \"Demand is strong,\" Lumen said.",
     ["Lumen Metrics"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_body_clusters(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
