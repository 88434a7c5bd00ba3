"""A photographer credited after the picture, US style ("Jo Doe/Getty Images", "[ Jo Doe/Reuters]",
"(Photo: Jo Doe/AP)"), is never the antecedent of the he/she after the caption (issue 11, round
81, lane pron93: on draw I a slideshow's and an inset's "he said" went to the photographer).
Our own words."""

from __future__ import annotations

import pytest

SET_ASIDE = [
    ("a slideshow credit after the caption",
     "Visit\n\nSenator Bram Hollis spoke to the graduates on Monday about service.\n\nThe class "
     "cheered as the band played. Previous Next Dana Pruett/Getty Images\n\n\u201cWe owe them our "
     "thanks,\u201d he said.", "Bram Hollis"),
    ("a bracketed agency credit",
     "Floods\n\nGovernor Mara Velde toured the flooded town on Friday.\n\nResidents wait for "
     "supplies in the rain [ Tina Reyes/Reuters]\n\n\u201cWe will rebuild every home,\u201d she "
     "said.", "Mara Velde"),
    ("a credit in parentheses",
     "Vigil\n\nMayor Carl Benning addressed the crowd at noon.\n\nA vigil near the square. "
     "(Photo: Lars Fisk/AP)\n\n\u201cThis city stands together,\u201d he said.", "Carl Benning"),
    ("a marked caption's pictured person",
     "Bill\n\nRoy Tallant, head of the deputies' union, said the bill goes too far.\n\n"
     "Keely Darrow, the sister of the victim, wipes her eyes at a news conference. "
     "(Photo: Lars Fisk/AP)\n\nThe bill \u201cties the hands of every officer,\u201d he said.",
     "Roy Tallant"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in SET_ASIDE], ids=[c[0] for c in SET_ASIDE])
def test_a_photographer_credit_takes_no_pronoun(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]


KEPT = [
    ("a slash between two names in prose",
     "Probe\n\nRep. Alan Doyle questioned the Trump/Russia inquiry on Tuesday.\n\n\u201cIt is "
     "over,\u201d he said.", "Alan Doyle"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_a_name_before_a_slash_in_prose_is_no_credit(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]
