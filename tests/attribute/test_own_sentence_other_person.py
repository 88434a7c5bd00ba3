"""A he/she inside a sentence whose own subject is sure to be of the other gender, with one person
of the pronoun's gender named before it in that sentence: the pronoun is that person, not the
last speaker of an earlier sentence ("Ana Ruiz criticized Carl Dunn's remarks about the pilots,
who he said had been “…”": Dunn's words). Issue 11, round 58, lane wrong58: the tuning splits'
embedded reported speaker ("Clinton … criticized Trump's remarks about US generals, who he said
had been “…”" went to the man quoted the sentence before). Cases written for this test."""

from __future__ import annotations

import pytest

_BEFORE = "Port row\n\n“The harbour will be rebuilt by spring,” Mayor Tom Hale said on Monday.\n\n"

CASES = [
    ("a possessor in a relative clause's sentence",
     _BEFORE + "Ms Ana Ruiz also criticized Mr Carl Dunn's remarks about the pilots, who he said had "
     "been “left behind” by the board.",
     "Carl Dunn"),
    ("an object in the same sentence",
     _BEFORE + "Ms Ana Ruiz later thanked Mr Carl Dunn for the report, which he said was “only a "
     "start” for the port.",
     "Carl Dunn"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_other_person_of_own_sentence(case, article, expected, speech_of):
    assert speech_of(article, case)[-1].speaker == expected


@pytest.mark.parametrize("article,expected", [
    # the own subject has the pronoun's gender: it keeps the pronoun
    (_BEFORE + "Mr Carl Dunn also criticized Mr Jon Abel's remarks about the pilots, who he said had "
     "been “left behind” by the board.", "Carl Dunn"),
    # a bare surname of unknown gender in the sentence is no evidence
    (_BEFORE + "Ms Ana Ruiz also criticized Dunn's remarks about the pilots, who he said had "
     "been “left behind” by the board.", None),
    # two people of the pronoun's gender in the sentence: no choice made here
    (_BEFORE + "Ms Ana Ruiz criticized Mr Carl Dunn and Mr Jon Abel over the pilots, who he said had "
     "been “left behind” by the board.", None),
], ids=["same-gender own subject", "gender unknown", "two candidates"])
def test_other_person_guards(article, expected, speech_of):
    got = speech_of(article, "guard")[-1].speaker
    # None: neither man of the sentence is chosen by this rule (the older passes decide)
    assert got == expected if expected else got not in {"Carl Dunn", "Jon Abel"}
