"""text/find.find_all: every start of several strings, as a regex alternation scanning with
overlaps would give them (the marks of extract/marks.py and attribute/documents.py's nouns)."""

from __future__ import annotations

import random
import re

import pytest

from onrecord.text.find import char_before, find_all, has_word, word_before, word_starts, noun_in


@pytest.mark.parametrize("text, needles, expected", [
    ("a “b” c", ["“", "”"], [2, 4]),
    ("aaa", ["aa"], [0, 1]),
    ("memo and report, memo", ["report", "memo"], [0, 9, 17]),
    ("", ["x"], []),
    ("nothing here", ["“"], []),
])
def test_find_all_cases(text, needles, expected):
    assert find_all(text, needles) == expected


def test_find_all_matches_a_lookahead_scan_on_random_text():
    rng = random.Random(16)
    needles = ["ab", "b", "“", "``"]
    pattern = re.compile("(?=(" + "|".join(map(re.escape, needles)) + "))")
    for _ in range(200):
        text = "".join(rng.choice("ab“` ") for _ in range(rng.randrange(0, 40)))
        expected = sorted(m.start() for n in needles for m in re.finditer("(?=" + re.escape(n) + ")", text))
        assert find_all(text, needles) == expected
        assert set(find_all(text, needles)) == {m.start() for m in pattern.finditer(text)}


# word_starts (round 19, lane speed): the surname scan of attribute/family.py without a regex
# compiled per surname, answering as that regex does.
@pytest.mark.parametrize("text, word, expected", [
    ("Vell said. Mrs Vell left; Vellum and al-Vell not", "Vell", [0, 15]),
    ("O'Dare, O'Dare's", "O'Dare", [0, 8]),
    ("x-Ray Ray_ Ray", "Ray", [11]),
    ("", "Ray", []),
])
def test_word_starts_cases(text, word, expected):
    assert word_starts(text, word) == expected


# word characters, the marks a name may hold, and line breaks; a word of up to three of the first
_ALPHABET = ["a", "b", "A", " ", "-", "’", "'", "_", ".", "é", "1", "\n", "ab", "Ab"]


def _random_texts(rng: random.Random, n: int = 3000):
    """``n`` (text, word) pairs drawn from ``_ALPHABET``, for the by-hand searches to answer as
    their regex does."""
    for _ in range(n):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 16)))
        yield text, "".join(rng.choice(_ALPHABET[:11]) for _ in range(rng.randrange(1, 4)))


def test_word_starts_matches_the_regex_on_random_text():
    for text, word in _random_texts(random.Random(19)):
        want = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}\b", text)]
        assert word_starts(text, word) == want, (text, word)


# has_word (round 60, lane tidy61): a whole word before a position, as re.search(r"\bW\b",
# text[:end]) answers, without a pattern built per name (attribute/inverted_aside.py, handles.py).
@pytest.mark.parametrize("text, word, end, expected", [
    ("Ode said it. Later, Said Ode, …", "Ode", None, True),
    ("Odette said it.", "Ode", None, False),
    ("Odessa, then Ode", "Ode", 12, False),  # the whole word only after ``end``
    ("Ode", "Ode", 2, False),  # cut by ``end``: "Od"
    ("Hale Jr. said", "Jr.", None, False),  # \b after a stop wants a word character next
    ("Hale Jr.x", "Jr.", None, True),
    ("-Ode-", "-Ode-", None, False),  # a non-word first character wants a word character before
    ("a-Ode-b", "-Ode-", None, True),
    ("Ode_ Ode", "Ode", None, True),
    ("", "Ode", None, False),
])
def test_has_word_cases(text, word, end, expected):
    assert has_word(text, word, end) is expected


def test_has_word_matches_the_regex_on_random_text():
    rng = random.Random(60)
    for text, word in _random_texts(rng):
        end = rng.choice([None, rng.randrange(-3, len(text) + 3)])
        want = re.search(r"\b" + re.escape(word) + r"\b", text[:end]) is not None
        assert has_word(text, word, end) is want, (text, word, end)


@pytest.mark.parametrize("text,at,reach,expected", [
    ("said Mrs. Vell", 10, None, "Mrs."),
    ("said Mrs.   \n Vell", 14, None, "Mrs."),
    ("Vell", 0, None, ""),
    ("   Vell", 3, None, ""),
    ("a very-long-word Vell", 17, 5, "word"),  # the reach cuts the word, as a slice would
    ("another Vell", 8, 3, "er"),
], ids=["a title", "spaces and a line break between", "at the start", "only spaces before",
        "a reach inside the word", "a short reach"])
def test_word_before(text, at, reach, expected):
    assert word_before(text, at, reach) == expected


def test_word_before_agrees_with_a_split_slice():
    # the contract the two callers relied on: text[lo:at].split()[-1], or "" for none
    rng = random.Random(78)
    for _ in range(2000):
        text = "".join(rng.choice("ab \n\t.") for _ in range(rng.randint(0, 30)))
        at = rng.randint(0, len(text))
        reach = rng.choice([None, 1, 3, 8])
        lo = 0 if reach is None else max(0, at - reach)
        words = text[lo:at].split()
        assert word_before(text, at, reach) == (words[-1] if words else "")


@pytest.mark.parametrize("text, at, expected", [
    ("Said it. \t Ana Y", 11, "."),
    ("line\n  Ana Y", 7, "\n"),
    ("  Ana Y", 2, ""),
    ("the neighbour Ana", 14, "r"),
])
def test_char_before(text, at, expected):
    assert char_before(text, at) == expected


def test_char_before_agrees_with_a_stripped_slice():
    # what role_openers and regroup asked before: text[:at].rstrip(" \t")[-1:]
    rng = random.Random(82)
    for _ in range(2000):
        text = "".join(rng.choice("ab \n\t.") for _ in range(rng.randint(0, 20)))
        at = rng.randint(0, len(text))
        assert char_before(text, at) == text[:at].rstrip(" \t")[-1:]


@pytest.mark.parametrize("word, expected", [
    ("memo", True),
    ("memos", True),  # a plain -s plural
    ("memoss", False),  # only one -s is read
    ("mem", False),
    ("s", False),
])
def test_noun_in_reads_a_plain_plural(word, expected):
    assert noun_in(word, frozenset({"memo"})) is expected
