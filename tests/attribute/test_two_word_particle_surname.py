"""A surname opening with a particle of two words ("van der", "van den", "von der", "de la")
written capitalised where a sentence starts ("Van der Molen said"), after the full name with
the particle in lower case ("Anna van der Molen"): the same person, shown by the full name.
The search for a two-word surname's full form read "particle + surname" only ("Van Doorn" for
"Chris van Doorn"), so the three-word surname kept its short form (round 63, lane calib64: four
tuning quotations of one precinct captain). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the surname opening a sentence, the credit after the words",
     "Harbour plans\n\nThe board met on Monday with its chair, Anna van der Molen.\n\n"
     "Van der Molen said the plan was \u201ctoo slow for the town.\u201d",
     ["Anna van der Molen"]),
    ("the surname after the words",
     "Harbour plans\n\nThe board met on Monday with its chair, Anna van der Molen.\n\n"
     "\u201cIt is too slow for the town,\u201d Van der Molen said.",
     ["Anna van der Molen"]),
    ("another two-word particle",
     "School meals\n\nThe council heard from Greta von der Mell, a head teacher.\n\n"
     "Von der Mell told the council that lunches were \u201cbetter than ever.\u201d",
     ["Greta von der Mell"]),
    ("'de la', found before (a guard)",
     "School meals\n\nThe council heard from Carmen de la Vega, a head teacher.\n\n"
     "De la Vega told the council that lunches were \u201cbetter than ever.\u201d",
     ["Carmen de la Vega"]),
    ("two people of the surname: the short form stays",
     "Harbour plans\n\nAnna van der Molen and her brother Peter van der Molen run the yard.\n\n"
     "\u201cIt is too slow for the town,\u201d Van der Molen said.",
     ["Van der Molen"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_two_word_particle_surname(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
