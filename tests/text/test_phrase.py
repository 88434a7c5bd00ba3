"""text/phrase.py: ``has_phrase``, the whole-phrase search attribution's role phrases use
(referents.py) instead of a regex compiled for each phrase (issue 16), answers exactly as the
regex it stands for. Texts written for this test."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from onrecord.text.phrase import has_phrase

# letters, digits of other scripts, the underscore and hyphen (word characters for the
# boundary), spaces and punctuation, and the letters re.I folds onto ASCII ("ı", "ſ", "K")
ALPHABET = "ab -_.,’'1٣éİıſKA\n"


def _phrase_re(phrase: str) -> "re.Pattern[str]":
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


@pytest.mark.parametrize("text, phrase, expected", [
    ("the harbour board chair", "board chair", True),
    ("the harbour board chairman", "board chair", False),   # a longer word
    ("vice-chair of the board", "chair", False),             # a hyphenated compound
    ("chair_2 of the board", "chair", False),                # the underscore is a word character
    ("former chair", "chair", True),                         # at the end
    ("chairman and chair", "chair", True),                   # the second occurrence counts
    ("chair٣", "chair", False),                              # a digit of another script
])
def test_role_phrase_search_keeps_word_boundaries(text, phrase, expected):
    assert has_phrase(text, phrase) is expected
    assert bool(_phrase_re(phrase).search(text)) is expected


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=14), st.text(ALPHABET, max_size=3))
def test_role_phrase_search_is_the_regex(text, phrase):
    assert has_phrase(text, phrase) == bool(_phrase_re(phrase).search(text))
