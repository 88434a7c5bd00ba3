"""The words of an ASCII clause are read by a pattern of ASCII letters and digits (issue 16,
speed: the Unicode ``\\w`` costs a category test per character); it must split every ASCII
string exactly as the Unicode pattern does, and non-ASCII strings still take that pattern."""

import random

from onrecord.extract.words import _ASCII_WORD_RE, _WORD_RE, _words


def test_ascii_pattern_splits_as_the_unicode_one():
    rnd = random.Random(16)
    alphabet = [chr(c) for c in range(128)]
    for _ in range(4000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert _ASCII_WORD_RE.findall(s) == _WORD_RE.findall(s), repr(s)


def test_underscore_and_marks_inside_words():
    assert _words("_x a_b it's well-known") == ("x", "a_b", "it's", "well-known")


def test_non_ascii_words_keep_their_letters():
    # é and the right single mark are words' characters only to the Unicode pattern
    assert _words("café don\u2019t \u00e9t\u00e9") == ("café", "don\u2019t", "\u00e9t\u00e9")
