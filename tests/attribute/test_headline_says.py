"""A title-case headline "…, Prosecutor Says" repeated as the body's first line is no name
"Says" (issue #11, round 21, lane "headsays"): the headline itself is skipped by the mention
finder, but its copy below it made the run "Prosecutor Says" (role "Prosecutor", name "Says"),
and the headline's words went to "Says" once the body named a prosecutor. Cases written for
this test, shaped like the AllSides headlines found reading 1,000 unannotated articles (54
corpus articles end their headline in "… X Says"); and the headline's copy itself, title case
like the headline, is skipped as the headline is (32 of the 1,000 articles repeat it)."""

from __future__ import annotations

import pytest


CASES = [
    ("a role and 'Says' ending a repeated headline",
     "Co-Driver Showed 'Every Sign Of Fatigue,' Prosecutor Says\n\n"
     "Co-Driver Showed 'Every Sign Of Fatigue,' Prosecutor Says\n\nUpdated at 4 p.m.\n\n"
     "The captain sailed on despite the alarms, Lyon prosecutor Helga Brunnmark said at a news "
     "conference on Friday.\n\n\"He saw the lights and chose to go on,\" Brunnmark said.",
     "Helga Brunnmark"),
    ("an office and 'Warns' ending a repeated headline",
     "Harbour Tolls Will Rise 'Sharply,' Port Director Warns\n\n"
     "Harbour Tolls Will Rise 'Sharply,' Port Director Warns\n\n"
     "Port director Anselm Qorvath said on Monday that the tolls would go up next year.\n\n"
     "\"Nobody will like it,\" Qorvath said.",
     "Anselm Qorvath"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_headline_verb_is_no_name(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert not {q.speaker for q in said} & {"Says", "Warns", "Inspector Says", "Port Director Warns"}
    assert said[-1].speaker == expected


def test_repeated_title_case_headline_names_nobody(speech_of):
    """The headline's copy as the body's first line is as unusable as the headline: "Quell
    Lauds Ferrymen" was a name and took the mayor's quotations."""
    article = ("Quell Lauds Ferrymen, Urges Them To Improve Their Safety Record\n\n"
               "Quell Lauds Ferrymen, Urges Them To Improve Their Safety Record\n\n"
               "Photo caption Dock/AP Dock/AP\n\n"
               "On the quays on Tuesday, Mayor Quell praised the ferry crews of the port.\n\n"
               "Quell seems to be enjoying the visit.\n\n"
               "\"This deal will bring work back to the docks,\" Quell said.")
    said = speech_of(article, "a repeated headline")
    assert said[-1].speaker == "Quell"
