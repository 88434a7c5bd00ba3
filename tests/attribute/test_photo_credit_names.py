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


CREDITS = [
    ("slideshow", "The class cheered. Previous Next Dana Pruett/Getty Images\n", "Dana Pruett", True),
    ("bracketed", "Supplies in the rain [ Tina Reyes/Reuters]\n", "Tina Reyes", True),
    ("marked photo", "A vigil. (Photo: Lars Fisk/AP)\n", "Lars Fisk", True),
    ("toggle caption", "toggle caption Lars Fisk/NPR Lars Fisk/NPR\n", "Lars Fisk", True),
    ("printed twice", "toggle caption Lars Fisk/NPR Lars Fisk/NPR\n", "Lars Fisk/NPR\n", True),
    ("unmarked", "A member speaks in Washington. Lars Fisk/Getty Images\n", "Lars Fisk", False),
    ("prose", "Rep. Alan Doyle questioned the Trump/Russia inquiry.\n", "Trump", False),
    ("a slash in prose", "[ Alan Doyle/Tina Reyes said the vote was close]\n", "Alan Doyle", False),
]


@pytest.mark.parametrize("text,name,expected", [c[1:] for c in CREDITS], ids=[c[0] for c in CREDITS])
def test_credited_name(text, name, expected):
    from types import SimpleNamespace
    from onrecord.attribute.photo_credit_names import credited_name
    start = text.rindex(name) if name.endswith("\n") else text.index(name)
    name = name.split("/")[0]
    assert credited_name(SimpleNamespace(text=text), start, start + len(name)) is expected
