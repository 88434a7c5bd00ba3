"""The words before a reporting verb read as a speaker (attribute/phrase.py, lexicon/titles.py;
issue #11 round 11): a clause with a pronoun in it is no role before a name, and a role word
opening the sentence is not part of the name. Cases written for this test, shaped like
constructs that failed on the real-news tuning split."""

from __future__ import annotations

import pytest


CASES = [
    ("a clause before the comma is not a joint speaker",
     "Row\n\nThe clip spread fast. While Lin has not commented, shortly after it aired on CNN, media "
     "correspondent Brian Stoll said that \u201cit is part of a pattern from the president.\u201d",
     ["Brian Stoll"]),
    ("a broadcaster's role is not part of the name",
     "Late show\n\nHost Marla Quint pressed the mayor over the budget. \u201cYou promised parks and "
     "built car parks,\u201d Quint said.",
     ["Marla Quint"]),
    ("a lawyer's role opening the sentence is not part of the name",
     "Hearing\n\nLawyer Mark Zell defended the filing on Monday. \u201cWe stand by every word,\u201d "
     "Zell said.",
     ["Mark Zell"]),
    ("a producer's role opening the sentence is not part of the name",
     "Stage show\n\nThe musical will open in the spring. Producer Nina Vahl said it would be "
     "\u201cworth every week of the wait.\u201d",
     ["Nina Vahl"]),
    ("a plural owner's apostrophe ends the owner, not the person",
     "Awards\n\n\u201cWe are proud to carry the ceremony live,\u201d said Bright Networks\u2019 Lena "
     "Ortiz Vale.",
     ["Lena Ortiz Vale"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_speaker_phrase(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
