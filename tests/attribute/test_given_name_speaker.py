"""A speaker written by her given name alone takes the one full name the article gives that
given name ("Maura Kettering is on a mission …. “…,” Maura said": "Maura", not the woman the
annotators and a reader name; issue 11, round 29, lane wrong12: a feature whose subject is
called by her first name throughout, and a reporter's short name). The articles are our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("a given name alone after an opening phrase, then 'she'",
     "Second chance\n\nCharlotte Kettering is on a mission to tell everyone about the night of the "
     "flood.\n\nWhile in the shelter, Charlotte heard the river rise.\n\n\"The water was up to "
     "the windows,\" she said. \"We climbed onto the roof.\"",
     ["Charlotte Kettering", "Charlotte Kettering"]),
    ("a given name opening with a capital outside ASCII (round 29 review; failed on e0edd60)",
     "Second chance\n\n\u00c9lodie Kettering is on a mission to tell everyone about the night of the "
     "flood.\n\nWhile in the shelter, \u00c9lodie heard the river rise.\n\n\"The water was up to "
     "the windows,\" she said.",
     ["\u00c9lodie Kettering"]),
    ("two full names open with the given name: left alone",
     "Twins\n\nCharlotte Kettering and Charlotte Lind grew up on the same street.\n\n"
     "While in the shelter, Charlotte heard the river rise.\n\n\"The water was up to the "
     "windows,\" she said.",
     ["Charlotte"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_given_name_speaker(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
