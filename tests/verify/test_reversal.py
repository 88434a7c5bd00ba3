"""Antonym swaps, role reversals and splices are not drift (issue 10): each keeps most of the
source's words and says something else. Unit cases for each rule of verify/reversal.py, then
the cascade on a small archive (with the bundled sentence model, offline). Every sentence here
is invented for the test."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from onrecord.model import Claim
from onrecord.verify import guard, reversal, verify_claim
from onrecord.verify.fold import word_tokens


def words(s: str) -> list[str]:
    return word_tokens(s).words


@pytest.mark.parametrize(
    "quote, left_out, hit",
    [
        ("the pumps work well in deep water", ["in shallow water and poorly"], True),
        ("we will fund the clinic", ["not"], True),
        ("the plan is acceptable to residents", ["was once thought but is now unacceptable"], True),
        ("we will fund the clinic", ["and the school"], False),
        ("the pumps work reliably in shallow water", ["deep water and poorly in"], True),
    ],
)
def test_left_out_reversal(quote, left_out, hit):
    assert (reversal.left_out_reversal(words(quote), left_out) is not None) is hit


@pytest.mark.parametrize(
    "quote, source, hit",
    [
        ("the council sued the developer", "the developer sued the council", True),
        ("parents trust the teachers", "teachers trust the parents", True),
        # voice change keeps the roles
        ("the developer was sued by the council", "the council sued the developer", False),
        # same order
        ("the council sued the developer last year", "last year the council sued the developer", False),
    ],
)
def test_role_swap(quote, source, hit):
    assert (reversal.role_swap(words(quote), words(source)) is not None) is hit


@pytest.mark.parametrize(
    "a, b",
    [("acceptable", "unacceptable"), ("possible", "impossible"), ("agree", "disagree"), ("well", "poorly")],
)
def test_opposites_include_negating_prefixes(a, b):
    assert guard._stem(b) in guard.opposites(a)


@pytest.mark.parametrize("a, b", [("form", "inform"), ("tend", "intend"), ("vest", "invest")])
def test_short_stems_are_not_prefix_opposites(a, b):
    assert guard._stem(b) not in guard.opposites(a)


@dataclass
class _Sent:
    start: int
    end: int


def _sents(text: str) -> list[_Sent]:
    out, pos = [], 0
    for part in text.split(". "):
        end = pos + len(part) + 1
        out.append(_Sent(pos, min(end, len(text))))
        pos = end + 1
    return out


WINDOW = "Visitors picture lighthouse keepers as lonely and gloomy. The keepers I have met were cheerful and busy."


def test_splice_mid_sentence_is_not_found():
    r = reversal.splice("The keepers I have met were lonely and gloomy.", WINDOW, 0, _sents(WINDOW), 3)
    assert r is not None and r.verdict == "not_found"
    assert "the keepers i have met were" in r.explanation and "lonely and gloomy" in r.explanation


def test_splice_of_two_whole_sentences_is_a_variation_showing_both():
    text = "We opened the new ferry terminal today. It rained all week. Every passenger will benefit from it."
    r = reversal.splice("We opened the new ferry terminal today. Every passenger will benefit from it.",
                        text, 0, _sents(text), 3)
    assert r is not None and r.verdict == "variation" and len(r.pieces) == 2
    assert [text[a:b] for a, b in r.pieces] == ["We opened the new ferry terminal today",
                                                "Every passenger will benefit from it"]


def test_one_sentence_is_no_splice():
    text = "We opened the new ferry terminal in the harbour today."
    assert reversal.splice("We opened the new ferry terminal today.", text, 0, _sents(text), 3) is None


# ----------------------------------------------------------------- the cascade, real archive

# "talkative", not "cheerful": "cheerful"/"gloomy" is an antonym pair (lexicon/antonyms.py), so the guard
# would stop that splice first, and this case is here to reach the splice rule in the cascade.
SOURCE = """Title: Harbour works
Speaker: Nell Okafor
Date: 2024-04-02

The new pumps work reliably in deep water and poorly in shallow water. Visitors picture lighthouse keepers as lonely and gloomy. The keepers I have met were talkative and busy.
"""


SOURCES = {"works.txt": SOURCE}  # the module's archive (conftest.py)


@pytest.mark.parametrize(
    "quote, stage",
    [
        ("The new pumps work reliably in shallow water.", "left_out_reversal"),
        ("The keepers I have met were lonely and gloomy.", "splice"),
    ],
)
def test_reversals_are_not_found_not_drift(archive, quote, stage):
    r = verify_claim(Claim("c", quote, "Nell Okafor"), archive)
    assert r.verdict == "not_found", r.explanation
    assert r.stage == stage
