""""… made the rival look, in the words of former mayor X, “…”" and "“…,” in the words of X"
(issue 11, round 32, lane nulls13: a random sample of null speech in unannotated corpus text;
about 200 such phrases in the AllSides and BBC corpora): the phrase names whose words follow
or precede, whatever the clause around says. Before, the subject of the sentence's verb ("The
campaign said …") took them and, naming nobody, left them null. An unnamed source ("in the
words of one adviser") stays unnamed. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("before the words, a role and a name",
     "The campaign said she had made the rival look, in the words of former mayor Tim Hardy, "
     "\u201clike a beginner.\u201d",
     ["Tim Hardy"]),
    ("before the words, a name with an apposition",
     "The dunes remain, in the words of Rosa Delgado, director of the Coastal Trust, "
     "\u201cthe last wild shore we have.\u201d",
     ["Rosa Delgado"]),
    ("after the words",
     "Voters wanted \u201ca fresh start for the city,\u201d in the words of Councillor Ben Amato.",
     ["Ben Amato"]),
    ("an unnamed source stays unnamed",
     "The meeting ended in what was, in the words of one adviser, \u201ca total mess.\u201d",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_in_the_words_of(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


GUARDS = [
    ("the phrase runs on into a clause of its own",
     "It showed that, in the words of the head of the Fenwick League, there are old members "
     "who \u201cwill never leave.\u201d"),
]


@pytest.mark.parametrize("article", [c[1] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_clause_after_the_phrase_is_no_credit(speech_of, article):
    assert [q.speaker for q in speech_of(article)] != ["Fenwick League"]


def test_an_indefinite_source_is_named_by_no_country(speech_of):
    article = "In the words of one prominent Dane: \u201cIt has set us back ten years.\u201d"
    assert [q.speaker for q in speech_of(article)] != ["Denmark"]
