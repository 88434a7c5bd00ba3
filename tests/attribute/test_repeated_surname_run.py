"""A name written twice in a row by a scrape: a photo gallery's title ("… facial expressions of
Jo Vale") runs straight into its caption ("Vale speaks to …"), or a pull quote's credit into the
sentence after it, and the capitalised run read "Jo Vale Vale" as one name. Every quotation of
the person then showed the doubled form (round 81, lane unnamed93: 24 quotations in three
articles of an unseen draw, "… Vale Vale" for two people). A run now stops before a word that
repeats its last word; a two-word name whose words are the same ("Sirhan Sirhan") is a name.
Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a gallery title glued to its caption",
     "Vale on the trail\n\nHide Caption 1 of 3 Photos: The many moods of Jo Vale Vale speaks to "
     "voters in Ames on May 2. Hide Caption 2 of 3\n\nVale said the plan was \"a great deal for "
     "farmers.\"",
     ["Jo Vale"]),
    ("an office title before the doubled surname",
     "Farewell\n\nPhotos: Attorney General Omar Pettit Pettit talks with reporters in May.\n\n"
     "\"It has been an honour,\" Pettit said.",
     ["Omar Pettit"]),
]

KEPT = [
    ("a two-word name of one repeated word",
     "Trial\n\nThe court heard from Halim Halim on Monday.\n\n\"I did not see him,\" Halim Halim said.",
     ["Halim Halim"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_a_repeated_surname_is_no_part_of_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_a_name_of_two_same_words_is_kept(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
