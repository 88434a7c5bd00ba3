"""A round-up's excerpt written by two authors is credited on the line below as "Ann X and Bo
Y, The Daily Y"; the line credits both, jointly, first-named first, as the same credit after
the closing mark does (issue 11, round 82, lane null95: six co-written excerpts of draw K
were left null because the line below was read for one author only). Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lead", ["", "Others note, "])
def test_a_two_author_credit_line_credits_both(speech_of, lead):
    article = (
        "From the Left\n\n"
        "The left worries about the new rules.\n\n"
        + lead + "\u201cThe county is already short of staff. We need more inspectors, not "
        "fewer.\u201d\n\n"
        "Dana Whitcomb and Lionel Ferraro, Valley Ledger\n"
    )
    quotes = speech_of(article)
    assert [(q.speaker, q.speakers) for q in quotes] == [
        ("Dana Whitcomb", ["Dana Whitcomb", "Lionel Ferraro"])]
