"""A person's name of three or four words written after a hyphenated office ("Director-General",
"Secretary-General") or opening a sentence lost its first words to the role: the run was cut
to its last two words ("Director-General Asha" as the role, the speaker "Kamau Otieno"). Round
67, lane form75: a health agency's head quoted five times by his first name, and a council
head named with four words, were other forms of the right person. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a hyphenated office before a three-word name",
     "Storm season report\n\nThe relief teams left on Monday, Agency Director-General Asha Kamau "
     "Otieno said.\n\n\u201cWe are ready for the worst of it,\u201d Otieno said.",
     ["Asha Kamau Otieno"]),
    ("another hyphenated office, the name as the subject",
     "Storm season report\n\nSecretary-General Tomas Ruiz Abrego said: \u201cThe ports must stay "
     "open.\u201d",
     ["Tomas Ruiz Abrego"]),
    ("a two-word name after a hyphenated office is unchanged",
     "Storm season report\n\nSecretary-General Tomas Abrego said: \u201cThe ports must stay open.\u201d",
     ["Tomas Abrego"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_long_name_runs(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("word,title", [("director-general", True), ("secretary-general", True),
                                        ("lieutenant-colonel", True), ("president-elect", True),
                                        ("smith-jones", False), ("general-purpose", False)])
def test_hyphen_title_of_two_offices(word, title):
    """cues.title_end: a hyphenated pair of office words opens a name like a one-word office."""
    from onrecord.attribute.cues import title_end
    assert (title_end([word, "asha", "kamau", "otieno"]) == 0) is title
