"""A given name that is also a word or a short form ("Jay", "Liz", "Josh", "Amber") says a sex
as a census name does (attribute/word_name_sex.py, round 81, lane pron94): with none, a "she"
took a Governor Jay X named beside the mayor it meant, and a "he" a Rep. Liz Y named as the
object of the speaker's clash. Articles written for this test."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from onrecord.attribute.word_name_sex import given_name_sex, settled_by_pronoun, word_given_sex

CASES = [
    ("a she passes a governor whose short given name says a man",
     "How Mayor Ana Pell leads the city\n\n\u201cWe come back from trouble,\u201d Ms. Pell says.\n\n"
     "Along with Gov. Jay Marsh, she is determined to speak in one voice.\n\n"
     "\u201cI love this city to its bones,\u201d she says.",
     ["Ana Pell", "Ana Pell"]),
    ("a he passes a congresswoman whose short given name says a woman",
     "Unity\n\nRep. Tom Ekberg spoke to the caucus on Tuesday.\n\nThe Ohio Republican dismissed a "
     "report of a clash over money between him and Rep. Liz Harlow, the party whip. \u201cShe is a "
     "friend of mine and nobody will divide us,\u201d he said in the meeting.",
     ["Tom Ekberg"]),
    ("a word-named woman, the subject of every she, keeps it from a sure woman she spoke of",
     "Town\n\nSally Prine grows her own food.\n\nShe is tired of politics. She knows she will never "
     "vote for Ann Colby, a woman who has been in office a long time. She wants a change.\n\n"
     "\u201cWe need new leaders,\u201d she said.",
     ["Sally Prine"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_word_name_sex_binds(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers


@pytest.mark.parametrize("names,sex", [
    (["Josh Marten", "Marten"], ("m", True)),
    (["Amber Stoll"], ("f", True)),
    (["Pedro Marlow"], ("m", True)),  # the census's, as before
    (["Keisha Lance Orr", "Lance Orr"], (None, False)),  # only the longest name's first word
    (["Marten"], (None, False)),
    (["Rose Garden"], (None, False)),  # a word that heads places as often says none
])
def test_given_name_sex(names, sex):
    assert given_name_sex(names) == sex


def test_word_sex_reads_the_longest_name():
    assert word_given_sex(["Liz Harlow", "Harlow"]) == "f"
    assert word_given_sex(["Harlow"]) is None


@pytest.mark.parametrize("names,sex,census,g,settled", [
    (["Josh Marten"], "m", True, "m", True),  # a word name's sex: the first "he" settles it
    (["Pedro Marlow"], "m", True, "m", False),  # a census name's keeps yielding, as on main
    (["Josh Marten"], "m", True, "f", False),  # never across the sex
    (["Josh Marten"], "m", False, "m", False),  # already settled
])
def test_a_pronoun_settles_a_word_name_sex(names, sex, census, g, settled):
    e = SimpleNamespace(names=names, gender=sex, census_sex=census, gender_sure=False)
    assert settled_by_pronoun(e, g) is settled
