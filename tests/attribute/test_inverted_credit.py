"""The words after a quotation that credit it (after_quote._inverted_said, issue #11): cases written
for this test, shaped like constructs that failed on the real-news tuning split."""

from __future__ import annotations

import pytest


CASES = [
    ("a pronoun after a participle is the reported clause's subject",
     "Minister leaves\n\nA statement by Governor Ruth Ansel thanked Omar Delacroix for his "
     "\u201cyears of loyal work,\u201d saying he \u201cleft the port stronger than he found it.\u201d",
     ["Ruth Ansel", "Ruth Ansel"]),
    ("'one' before a party word and a role is an unnamed holder",
     "Polling\n\n\u201cThere is nothing more they can promise,\u201d said one Liberal pollster "
     "who\u2019s advising several campaigns.",
     [None]),
    ("a surname particle stays in the name after an inverted verb",
     "Trade fair\n\nThe firm showed a new headset. \u201cThe battery lasts twice as long,\u201d said "
     "Paolo de Santini.",
     ["Paolo de Santini"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_inverted_credit(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_named_reporter_before_a_colon_beats_the_main_clause(speech_of):
    # "Women contenders grabbed headlines …, where nominee X told supporters: “…”": the
    # parser hung the colon on the main verb, whose subject names nobody
    article = ("Primaries\n\nNewcomers grabbed headlines from a primary win in Vermont, where Democratic "
               "nominee Clara Oduya firmly told supporters: \u201cI am not going anywhere.\u201d")
    assert [q.speaker for q in speech_of(article, "colon")] == ["Clara Oduya"]


def test_the_one_an_outlet_quotes_as_saying_is_the_speaker(speech_of):
    article = ("Takeover\n\nStaff gathered outside the old headquarters. \u201cWe are saying goodbye to a "
               "fine company,\u201d the agency quoted Brightwell engineer Sam Okafor as saying.")
    assert [q.speaker for q in speech_of(article, "quoted")] == ["Sam Okafor"]
