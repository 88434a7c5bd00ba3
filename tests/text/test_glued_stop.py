"""A full stop whose following space the copy lost ("… on Sunday.But the mayor …"): the
segmenter ends the sentence there all the same (round 59, lane glued60: in the unread corpus
the glued stop made "Sunday.But Graham", "Holder.But" and "Will.It" speakers and read two
sentences as one). The shapes that are not a lost space keep their period inside the sentence.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from onrecord.text.segment import sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("The council met on Sunday.But Ilse Marr stayed away. Nobody asked why.",
     ["The council met on Sunday.", "But Ilse Marr stayed away.", "Nobody asked why."]),
    ("The bridge was closed, the engineer said.Tom Hale, a surveyor, disagreed.",
     ["The bridge was closed, the engineer said.", "Tom Hale, a surveyor, disagreed."]),
    ("It was the first vote since the flood, wrote Ann Reyes.Tom Hale said little.",
     ["It was the first vote since the flood, wrote Ann Reyes.", "Tom Hale said little."]),
    # a closing mark after the stop, then the next sentence's capital
    ("“We will rebuild the bridge.”The mayor left early.",
     ["“We will rebuild the bridge.”", "The mayor left early."]),
    ("Was the bridge safe?The engineer thought so.", ["Was the bridge safe?", "The engineer thought so."]),
])
def test_glued_stop_ends_the_sentence(text, expected):
    assert _split(text) == expected


@pytest.mark.parametrize("text", [
    "She bought it on Amazon.com last week and sent it back.",
    "The petition on Change.org drew ten thousand names in a day.",
    "Sign-ups on HealthCare.Gov stalled again in the first week.",
    "He read it on news.Harbour.com before breakfast.",
    "The feed at www.HarbourNews.com/Local went dark.",
    "Gov.Marr signed the bill in the morning.",
    "J.K. Rowling and the U.S. Senate were both mentioned by Ilse Marr, Ph.D. in the talk.",
    "The rate rose to 3.5 percent in the spring.",
    "Readers of Yahoo!News saw the story first.",
])
def test_shapes_that_are_not_a_lost_space(text):
    assert _split(text) == [text]
