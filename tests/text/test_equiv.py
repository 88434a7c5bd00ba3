"""Canonical words (text/equiv.py, issue 12): the same word written two ways gets one spelling;
a negation, a different number or an ambiguous contraction never does. Cases written for this
test."""

from __future__ import annotations

import pytest

from onrecord.text.equiv import canon_word, canonical, canonical_text
from onrecord.text.fold import word_tokens


def words(text: str) -> list[str]:
    return canonical(word_tokens(text)).tokens.words


@pytest.mark.parametrize("a, b", [
    ("a lifesaving move", "a life-saving move"),
    ("African-American voters", "African- American voters"),    # the page split the word
    ("I'm sure", "I am sure"),
    ("we'll see", "we will see"),
    ("it won't close", "it will not close"),
    ("they can't stay", "they cannot stay"),
    ("three ferries", "3 ferries"),
    ("twenty-five years", "25 years"),
    ("up 5%", "up 5 per cent"),
    ("up 5 percent", "up 5 per cent"),
    ("the harbour centre", "the harbor center"),
    ("we organised it", "we organized it"),
    ("a labour of love", "a labor of love"),
    ("defence spending", "defense spending"),
])
def test_same_words(a, b):
    assert words(a) == words(b)


@pytest.mark.parametrize("a, b", [
    ("it won't close", "it will close"),          # the negation is spelled out, never folded
    ("I don't agree", "I do agree"),
    ("3 ferries", "30 ferries"),                  # a number maps only to itself
    ("three ferries", "thirty ferries"),
    ("up 5%", "up 50 per cent"),
    ("our plan", "or plan"),                      # "-our" is folded only in listed words
    ("he filled it", "he filed it"),               # "-lled" only in listed verbs
    ("democracy - freedom", "democracyfreedom"),  # a spaced dash separates, it does not join
    ("the mayor's plan", "the mayor is plan"),    # a noun's 's is a possessive
    ("I'd go", "I would go"),                     # 'd: would or had
])
def test_different_words(a, b):
    assert words(a) != words(b)


def test_negation_survives():
    assert words("won't") == ["will", "not"]
    assert canon_word("isn't") == (["is", "not"], "contraction")


def test_offsets_point_at_the_original():
    text = "We made a life-saving move."
    c = canonical(word_tokens(text))
    i = c.tokens.words.index("lifesaving")
    assert text[c.tokens.ostart(i):c.tokens.oend(i)] == "life-saving"
    assert c.family[i] == "hyphen" and c.origin[i] == "life-saving"


def test_canonical_text_keeps_editorial_marks():
    text = canonical_text(word_tokens("We'll cut ... [the] fares"))
    assert text.startswith("we will cut") and "..." in text and "[ the ]" in text
