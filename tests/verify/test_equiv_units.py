"""verify/equiv.py on its own: naming what the fold stage folded (fold_pairs) and settling the
verdict (settle: a contraction makes verbatim a variation). The stage end to end:
tests/verify/test_fold_stage.py."""

from __future__ import annotations

import pytest

from onrecord.model import Evidence, Verdict
from onrecord.verify.equiv import fold_pairs, settle
from onrecord.verify.evidence import word_diff


@pytest.mark.parametrize("quote, source, family", [
    ("a lifesaving drug", "a life saving drug", "hyphen"),
    ("I'm here", "I am here", "contraction"),
])
def test_fold_pairs_names_the_family(quote, source, family):
    pairs = fold_pairs(word_diff(quote, source))
    assert len(pairs) == 1 and pairs[0][0] == family


def test_fold_pairs_skips_equal_runs():
    assert fold_pairs(word_diff("the same words", "the same words")) == []


def verdict(verdict: str, stage: str, quote: str, source: str) -> Verdict:
    ev = Evidence(source="s.txt", title=None, start=0, end=len(source), text=source)
    ev.diff = word_diff(quote, source)
    return Verdict("c", verdict, stage, 1.0, "the same words", evidence=ev)


def test_settle_a_contraction_makes_verbatim_a_variation():
    v = settle(verdict("verbatim", "verbatim", "I'm here", "I am here"))
    assert (v.verdict, v.stage) == ("variation", "fold") and v.score == 0.95
    assert "contraction" in v.explanation


def test_settle_a_hyphen_stays_verbatim_and_says_so():
    v = settle(verdict("verbatim", "verbatim", "a lifesaving drug", "a life saving drug"))
    assert (v.verdict, v.stage) == ("verbatim", "fold")
    assert v.explanation.startswith("the same words as the source, folded (a compound")


def test_settle_adds_the_fold_to_a_variation():
    v = verdict("variation", "ellipsis", "I'm here", "I am here")
    v.explanation = "1 word elided"
    settle(v)
    assert v.stage == "ellipsis" and v.explanation.startswith("1 word elided; folded: ")
