"""Words left off the start of a sentence (issue 12): a partial quotation is still the source's
exact words (verbatim), and the explanation names what the source's sentence said before it.
A quote that starts where the sentence (or a transcript turn) starts gets no such note. Cases
written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import verify_claim

SPEECH = """Title: Harbour speech
Speaker: Mara Ellison
Date: 2024-03-02

Tonight we renew our promise that the harbour will never be sold. The pier stays open.
"""

PANEL = """Title: Panel
Speakers: Corwin Ashby; Tamsin Wexley
Date: 2024-05-14

CORWIN ASHBY: The channel is silting up and we must decide what to do about it.

TAMSIN WEXLEY: Fisheries are not taps. You cannot turn them back on.
"""


SOURCES = {"speech.txt": SPEECH, "panel.txt": PANEL}  # the module's archive (conftest.py)


@pytest.mark.parametrize("quote, speaker, lead", [
    ("The harbour will never be sold.", "Mara Ellison", "Tonight we renew our promise that"),
    ("The pier stays open.", "Mara Ellison", None),
    ("Fisheries are not taps.", "Tamsin Wexley", None),       # a turn's label is not a lead-in
    ("we must decide what to do about it", "Corwin Ashby", "The channel is silting up and"),
])
def test_partial_quotation(archive, quote, speaker, lead):
    v = verify_claim(Claim("p", quote, speaker), archive)
    assert v.verdict == "verbatim"
    if lead is None:
        assert "partial quotation" not in v.explanation
    else:
        assert f'begins "{lead}"' in v.explanation


CONDITIONAL = """Title: Ferry briefing
Speaker: Oskar Dahl
Date: 2024-06-02

If the council cuts the grant, we would have to sell the old ferry. We sold the old bus last year.
"""


@pytest.mark.parametrize("quote, condition", [
    ("we would have to sell the old ferry", "If the council cuts the grant,"),
    ("would have to sell the old ferry", "If the council cuts the grant, we"),
    ("the old bus last year", None),  # words left off, but no condition among them
])
def test_a_condition_left_off_is_said(source_archive, quote, condition):
    v = verify_claim(Claim("p", quote, "Oskar Dahl"), source_archive({"ferry.txt": CONDITIONAL}))
    assert v.verdict == "verbatim"
    assert ("condition_left_out" in v.warnings) is (condition is not None)
    if condition is not None:
        assert condition in v.explanation and "a condition the quote leaves out" in v.explanation
