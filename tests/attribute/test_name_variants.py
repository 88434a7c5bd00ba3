"""Name variants on real news (issue #11, attribute/regroup.py): forms of one name that share no
surname with the full name, each in a case written for this test, shaped like the construct
that failed on the real-news tuning split."""

from __future__ import annotations

import pytest


CASES = [
    ("a surname misspelt once is the person named in full",
     "Debate night\n\nGovernor candidate Helen Marchetti met her rival Tom Quayle on stage. "
     "Marchetti and Quayle argued about roads.\n\n"
     "\u201cI never said the valley was to blame,\u201d Marchett answered.",
     [("Helen Marchetti", None)]),
    ("a misspelt surname with an honorific",
     "Airports\n\nPriya Raghavan, our Mumbai reporter, said traffic had doubled. "
     "\u201cThe terminals are far too small,\u201d Ms Ragavan said.",
     [("Priya Raghavan", None)]),
    ("a titled owner inside an organisation's name is a person",
     "Cabinet change\n\nEnergy chief Paul Lindqvist will leave President Carla Benedetti's Cabinet in March.\n\n"
     "Lindqvist \u201cserved the country with great skill,\u201d Benedetti's statement said.",
     [("Carla Benedetti", None)]),
    ("a group named like its members is never 'he'",
     "Mountain patrol\n\nThe Alpine Rangers lost two men. The report came from Alpine Rangers in the north. "
     "Another Alpine Ranger described the night.\n\n"
     "\u201cWe had no radio for six hours,\u201d he said.",
     [(None, None)]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_name_variant(case, article, expected, speech_of):
    got = [(q.speaker, q.speaker_description if q.speaker is None else None) for q in speech_of(article, case)]
    assert got == expected


def test_a_plural_is_not_a_misspelling():
    # "Muslim" beside "UK Muslims" is one letter away from the group's last word, but it is the
    # singular of a group noun, not a misspelt surname: it must stay its own cluster
    from onrecord.attribute.regroup import _misspelling

    assert _misspelling("abbot", "Greg Abbott")
    assert not _misspelling("muslim", "UK Muslims")
    assert not _misspelling("abbott", "Greg Abbott")  # the same word is no misspelling
    assert not _misspelling("babbot", "Greg Abbott")  # the first letter must agree


def test_a_name_only_modifying_a_noun_is_no_antecedent(speech_of):
    # "… victims of Motor Neurone disease. “…,” he said": the disease's name stood nearer than
    # the person and took the pronoun; a name written only before the noun it modifies is an
    # adjective there
    article = ("Research fund\n\nThe opposition spokesman argued there was a case for research that "
               "could help families living with Kessler Varga disease. "
               "\u201cWe have a duty to offer hope,\u201d he said.")
    assert [q.speaker for q in speech_of(article, "modifier")] == [None]


def test_a_weekday_opening_a_newspaper_title_is_part_of_it(speech_of):
    # "The Sunday Telegraph said …": the weekday was dropped and "Telegraph" took the words
    article = ("Market bid\n\nThe exchange plans to pick a buyer this month. The Sunday Herald said the board "
               "wants to keep control.\n\nThe newspaper also claimed the chairman was \u201cdeeply frustrated\u201d "
               "with the talks.")
    assert [q.speaker for q in speech_of(article, "weekday")] == ["Sunday Herald"]


def test_an_organisation_opening_on_an_honorific_word_keeps_its_name(speech_of):
    # "Justice" is also an honorific ("Justice Ruth X"): "Justice Department" lost it, became
    # "Department" and joined the State Department named elsewhere
    article = ("Leak inquiry\n\nThe Justice Department seized phone records. A State Department adviser "
               "was charged.\n\nIn a statement, the Justice Department said that \u201cthe review is "
               "consistent with the law.\u201d")
    assert [q.speaker for q in speech_of(article, "org-honorific")] == ["Justice Department"]
