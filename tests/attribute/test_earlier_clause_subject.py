"""A he/she whose own clause opens with no name reads the named subject of an earlier clause of
its sentence before the subject of the sentence before ("…, but when X took office, he spoke of
…"; round 82, lane pron98: draw K gave such words to a blogger quoted a paragraph back). Our own
words."""

from __future__ import annotations

import pytest

HEAD = "Budget talks\n\n"
BEFORE = ("The row has grown so bitter that the columnist Greg Tanner concluded last week that "
          "\"the fight could only get worse.\"\n\n")
CASES = [
    ("a when-clause's subject",
     BEFORE + "It may seem long ago, but when Carl Hart began his second term, he spoke of "
     "\"a little less drama in the capital.\" That did not last.", ["Greg Tanner", "Carl Hart"]),
    ("an as-clause's subject",
     BEFORE + "The vote was close, and as Milo Crane left the hall, he told reporters that it was "
     "\"a fair result for the city.\"", ["Greg Tanner", "Milo Crane"]),
]
GUARDS = [
    ("an apposition before a when-clause is no clause's subject",
     "Carl Hart spoke on Monday.\n\nThe row began with Hart's call to the other country's new "
     "leader, Colin Ames when he asked Ames for \"a small favor.\"", ["Carl Hart"]),
    ("a name after a preposition is no clause's subject",
     BEFORE + "Tanner has made the point before to Carl Hart, and he wrote that the plan was "
     "\"a little less drama in the capital.\"", ["Greg Tanner", "Greg Tanner"]),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_earlier_clause_subject_takes_pronoun(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)] == expected
