"""Words the writer puts in a hypothetical mouth — the writer or the reader as the sayer with a
modal ("we can still say, “…”", "you could tell them, “…”"), or a speech the writer pictures
("I imagine the minister will say, “…”") — are nobody's words: imagined words are scare (the
real-news gold's harmonised rule; round 59, lane kind60: two tuning items read as speech by
length, in two articles, and three of the shape on random text, all inside another speaker's
open quotation, where the imagined words are that speaker's dramatisation and stay speech).
Each snippet was written for this test, beside near misses: the writer's real past speech, a
named speaker's prediction, and a supposed saying inside someone's quotation."""

from __future__ import annotations

import pytest

# (case, article, fragment, expected kind)
CASES = [
    ("we can still say", "Docks\n\nWe can back the mayor and still say, \u201cYou let the harbour "
     "rot while the ferries sank one by one.\u201d",
     "You let the harbour rot while the ferries sank one by one.", "scare"),
    ("I imagine a speaker will say", "Docks\n\nI imagine the harbour master will say to the council, "
     "\u201cThe pilots warned you about the bar every winter for ten years.\u201d",
     "The pilots warned you about the bar every winter for ten years.", "scare"),
    ("you could tell them", "Docks\n\nYou could simply tell them, \u201cNo ship leaves this port "
     "until the dues are paid in full.\u201d", "No ship leaves this port until the dues are paid in full.",
     "scare"),
    # near misses: the writer's real past words, a named speaker's own forecast, a habit of real
    # words, and a supposed saying inside another speaker's open quotation (that speaker's
    # dramatisation)
    ("the writer's past words", "Docks\n\nLast week I said on the radio, \u201cThe harbour cannot "
     "survive another winter like this one.\u201d", "The harbour cannot survive another winter like this one.",
     "speech"),
    ("a named speaker's forecast", "Docks\n\nThe mayor said she will tell the council, \u201cThe "
     "ferry runs again in spring whatever the cost.\u201d", "The ferry runs again in spring whatever the cost.",
     "speech"),
    ("a habit of real words", "Docks\n\nWhenever the ferry was late, I would reply with, \u201cThe "
     "tide decides the timetable, not the captain.\u201d", "The tide decides the timetable, not the captain.",
     "-scare"),
    ("inside another speaker's quotation", "Docks\n\n\u201cThe plan is fine but small. You just can\u2019t "
     "say, \u2018We fixed the harbour for good this time.\u2019 Nobody believes it,\u201d the mayor said.",
     "We fixed the harbour for good this time.", "-scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_words_in_a_supposed_mouth(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
