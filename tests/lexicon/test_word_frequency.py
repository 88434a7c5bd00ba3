"""lexicon/word_frequency.py: English word frequencies on the Zipf scale, from the pinned
wordfreq's English list."""

from __future__ import annotations

import pytest

from onrecord.lexicon.word_frequency import rarest_word, zipf


@pytest.mark.parametrize("word,low,high", [
    ("the", 7.0, 8.0),          # the commonest English word
    ("The", 7.0, 8.0),          # case does not matter
    ("budget", 4.0, 6.0),
    ("clawback", 1.0, 3.0),     # jargon
    ("don\u2019t", 5.0, 7.0),   # a curly apostrophe reads as a straight one
])
def test_zipf_ranges(word, low, high):
    assert low <= zipf(word) <= high


def test_unknown_word_is_zero():
    assert zipf("plimbertoast") == 0.0


def test_a_hyphened_word_not_in_the_list_is_rarer_than_its_parts():
    # wordfreq's rule for a word it splits: 1/f = 1/f1 + 1/f2
    whole = zipf("budget-plimbertoast")
    assert whole == 0.0
    combined = zipf("tax-budget")
    assert 0.0 < combined < min(zipf("tax"), zipf("budget"))


@pytest.mark.parametrize("word,parts", [
    ("safe-haven", ("safe", "haven")),
    ("mayor’s", ("mayor", "s")),          # a possessive wordfreq's list lacks whole
    ("governor-elect's", ("governor", "elect", "s")),
])
def test_a_joined_word_reads_as_its_parts(word, parts):
    # wordfreq keeps a possessive as one token; read whole it would be rare or unknown
    assert zipf(word) > 0.0
    assert zipf(word) <= min(zipf(p) for p in parts) + 0.01


def test_importing_the_module_loads_no_word_list():
    import subprocess
    import sys
    code = "import sys, onrecord.lexicon.word_frequency; print('wordfreq' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip() == "False"


def test_rarest_word():
    assert rarest_word("the \u201cclawback\u201d of grants")[0] == "clawback"
    assert rarest_word("...") is None
