"""Words of the verb phrase kept in the subject before a verb of saying: "Ms. X often says"
(an adverb), "X made the claim that" (a light verb). Each became a description ("Ms X often",
"X made the") and left the words null (issue 11, round 34, lane nulls15: two of 46 named
speakers lost in a random sample of 160 corpus nulls). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an adverb between the name and the verb",
     "Dana Pruitt grew up by the mill. Ms. Pruitt often says the town lost the \u201cquiet spirit\u201d "
     "that built it.",
     "Dana Pruitt"),
    ("a light verb and its determiner",
     "Lena Ortiz spoke at the forum. Ortiz made the claim that \u201cevery family here is paying "
     "twice for water.\u201d",
     "Lena Ortiz"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_subject_without_its_verb_words(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == [expected]

