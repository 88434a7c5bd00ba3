"""An office "of" a body before the name ("Secretary of State X Y", "Minister of Defence X"):
the body's word closes the office and is no part of the name (round 33, lane form14). An article
writing both "Secretary of State Kim Adler" and later "Secretary of State Adler" gave the
speaker "State Adler" (random corpus: two articles, "State Kerry", "State Pompeo"; 66 corpus
articles write the surname-only form). Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the full form then the surname-only form",
     "Attack\n\nU.S. Secretary of State Kim Adler confirmed on Sunday that \"several citizens were "
     "among those killed.\"\n\nSecretary of State Adler said the embassy was helping families.\n\n"
     "\"These attacks are a reminder,\" Adler said.",
     ["Kim Adler", "Kim Adler"]),
    ("a minister of a body, the full form then the surname",
     "Budget\n\nMinister of Defence Rhys Calder said on Monday that the plan was \"sound.\"\n\n"
     "Minister of Defence Calder later told reporters it was \"fully costed.\"",
     ["Rhys Calder", "Rhys Calder"]),
    ("a given name, a middle name and a surname",
     "Talks\n\nSecretary of State Kim Rose Adler said on Monday that \"the talks will go on.\"",
     ["Kim Rose Adler"]),
    ("a two-word body is left as it was",
     "Border\n\nSecretary of Homeland Security Dana Pike said the wall was \"needed.\"",
     ["Dana Pike"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_office_of_body_is_no_name(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_bare_surname_after_the_office_is_no_namesake(speech_of):
    # the article never gives the secretary's given name: the president who shares the surname
    # did not say it (the rule leaves the form as it was)
    said = speech_of("Campaign\n\nPresident Rob Adler spoke first. Later, Secretary of State Adler "
                     "said the plan was \"about all of us.\"")
    assert said[-1].speaker != "Rob Adler"
