"""owned_words.ends_in_colon gates the colon patterns: a text it turns away cannot match them,
so the answers are the same with the gate and without it (round 61, lane speed62)."""

import re
import sys

import pytest

from onrecord.attribute import owned_words as ow

_PATTERNS = (ow.BY_AUTHOR_COLON_RE, ow.OWNED_COLON_RE, ow.AS_SAYS_COLON_RE)

_TEXTS = [
    "Or take this essay, by Tribune columnist Ada Brill:",
    "Or take this essay, by Tribune columnist Ada Brill:  \n",
    "Or take this essay, by Tribune columnist Ada Brill: \u00a0",
    "Or take this essay, by Tribune columnist Ada Brill.",
    "Or take this essay, by Tribune columnist Ada Brill: and more",
    "Here is Mayor Pell's full statement:",
    "Here is Mayor Pell's full statement:\n",
    "Here is Mayor Pell's full statement",
    "As the Courier reports:",
    "As the Courier reports: \u2003",
    "As the Courier reports, the vote failed:",
    "The vote, as Dana Holt writes it :",
    ":",
    "",
    "   ",
]


def _ungated(monkeypatch, fn, text):
    monkeypatch.setattr(ow, "ends_in_colon", lambda t: True)
    return fn(text)


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("fn", [ow._author_before_colon, ow.owner_before_colon])
def test_same_answer_with_the_gate_and_without(monkeypatch, text, fn):
    gated = fn(text)
    assert gated == _ungated(monkeypatch, fn, text)


@pytest.mark.parametrize("text", _TEXTS)
def test_a_turned_away_text_matches_no_pattern(text):
    if not ow.ends_in_colon(text):
        assert all(p.search(text) is None for p in _PATTERNS)


def test_the_gate_lets_the_shapes_through():
    assert ow._author_before_colon(_TEXTS[0]) == ("Ada Brill", _TEXTS[0].index("Ada"))
    assert ow.owner_before_colon(_TEXTS[6])[0] == "Mayor Pell"
    assert ow.owner_before_colon(_TEXTS[9])[0] == "Courier"


def test_rstrip_strips_what_the_patterns_read_as_white_space():
    # the gate's equivalence rests on str.rstrip stripping exactly re's \s
    space = re.compile(r"\s")
    for c in map(chr, range(sys.maxunicode + 1)):
        assert (space.match(c) is not None) == (("x:" + c).rstrip() == "x:"), hex(ord(c))
