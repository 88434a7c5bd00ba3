"""Abbreviated titles written before a person's name are no part of it
(round 68, lane names76). Shapes seen on the tuning sets:

- a saint's "St." before a given name and a surname ("St. Thomas Aquinas writes": the gold
  shows the name without the prefix, as it drops other titles; a lone name after "Saint"
  stays whole, as "Lord X" does);
- a short office written without its period or in capitals ("Lt. Govr Ann X", "AG Bo Y").

Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a saint's prefix before a given name and a surname",
     "Faith and force\n\nIn his treatise, St. Matthew Corrigan writes that \"fear is opposed to "
     "the will.\"\n\nCorrigan adds that \"no act done in terror is wholly free.\"",
     ["Matthew Corrigan", "Matthew Corrigan"]),
    ("a saint's prefix before a regnal name",
     "Peace\n\nAs St. John Gregory III said to the pilgrims, \"peace is built one day at a time.\"",
     ["John Gregory III"]),
    ("an office abbreviated without its period",
     "Boycott\n\n\"Firms cannot punish voters and expect silence,\" tweeted Ohio Lt. Govr Nora "
     "Pettigrew, a Republican.",
     ["Nora Pettigrew"]),
    ("the attorney general's initials before the name",
     "Report\n\nFive points from AG Walter Brennock's letter on the inquiry\n\n\"The inquiry did "
     "not find a crime,\" AG Walter Brennock wrote in the letter.",
     ["Walter Brennock"]),
]

KEPT = [
    ("a lone name after 'Saint' stays whole",
     "Rome\n\nSaint Barnabas said to the crowd, \"Be of good courage.\"",
     ["Saint Barnabas"]),
    ("a place named for a saint is no person",
     "Flood\n\nOfficials in St. Louis Park said the water was \"rising fast.\"",
     [None]),
    ("a paper named for a saint's city keeps its prefix",
     "Vote\n\n\"The plan is a gift to no one,\" St. Louis Post-Dispatch said in an editorial on Sunday.",
     ["St. Louis Post-Dispatch"]),
    ("a body named for a saint keeps its prefix",
     "Flood\n\nThe St. John Ambulance Brigade said the roads were \"closed to all.\"",
     ["St. John Ambulance Brigade"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_a_title_or_tag_is_cut_from_the_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_that_keep_their_words(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
