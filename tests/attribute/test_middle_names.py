"""A long capitalised run keeps a written-out middle name (issue #11, round 24, lane forms8).
The long-run trim keeps a person's last two words, so "Secretary of State Mary Rodwell
Clarke" became "Rodwell Clarke" (tuning split fresh3: another form of the name than the
article's). When the word three from the end is a known given name, it opens the name.
Cases written for this test."""

from __future__ import annotations

import pytest


CASES = [
    ("an office with 'of' before a three-word name",
     "Report\n\nThe board sent its report to Congress. Secretary of State Mary Rodwell Clarke wrote "
     "in her letter that \u201cthe threat has grown in the region.\u201d",
     ["Mary Rodwell Clarke"]),
    ("a title before a given name, a middle name and a surname",
     "Speech\n\nThe crowd waited an hour. White House Deputy Press Secretary John Hadley Rourke said "
     "the visit was \u201cgoing ahead as planned.\u201d",
     ["John Hadley Rourke"]),
    ("a long role with no given name still keeps the last two words",
     "Speech\n\nThe crowd waited an hour. White House Deputy National Security Adviser Ben Rhodes "
     "said the visit was \u201cgoing ahead as planned.\u201d",
     ["Ben Rhodes"]),
    # Round 30, lane nameform12: a body's long name opening a sentence after "The" is no role
    # before a person ("The Global ... Security Index found": the speaker was "Security Index";
    # fresh4 tuning split, and "Market Index" cut the same way in the unannotated corpus)
    ("a body's long name after a sentence's opening 'The' stays whole",
     "Ports\n\nThe survey came out in May. The Northern Harbour Safety Index found that the port "
     "was \u201cthe safest on the coast.\u201d",
     ["Northern Harbour Safety Index"]),
    ("a long role after a sentence's opening 'The' still ends on the person",
     "Speech\n\nThe crowd waited an hour. The White House Deputy National Security Adviser Ben Rhodes "
     "said the visit was \u201cgoing ahead as planned.\u201d",
     ["Ben Rhodes"]),
    # round 30 review: a role without a listed title word, then a given name and a surname
    ("a role with no title word after 'The' still ends on a given name and surname",
     "Talks\n\nThe Oakland Harbour Pilot Sean Mardell spoke first. \u201cWe will not comment on the talks "
     "at this time, and we never will,\u201d Mardell said.",
     ["Sean Mardell"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_middle_names(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
