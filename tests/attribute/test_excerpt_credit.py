"""A round-up prints an excerpt, then its author and outlet on a line of their own; a short
lead of the round-up's own may open the excerpt's paragraph ("Critics, however, argue that
“…”", "Others note, “…”"). The line credits the excerpt, and "Editorial Board, The Daily Y"
credits the outlet (issue 11, round 34, lane nulls15: two of 46 named speakers lost in a
random sample of corpus nulls, nine excerpts of the corpus's round-ups). A quotation inside
the excerpt is the author quoting someone else: never the line's. Our own words."""

from __future__ import annotations

ROUNDUP = (
    "From the Right\n\n"
    "The right worries about the new rules.\n\n"
    "Critics, however, argue that \u201cthe county is already short of staff. We need more "
    "inspectors, not fewer.\u201d\n\n"
    "Dana Whitcomb, Valley Ledger\n\n"
    "\u201cThe mayor was right to back down. The plan looked like a favour to his friends.\u201d\n\n"
    "Editorial Board, Harbor Times\n\n"
    "\u201cEven a good plan fails when (as the clerk put it) \u2018nobody reads the fine print\u2019 "
    "and we think that matters.\u201d\n\n"
    "Editorial Board, Lakeside Post\n"
)


def test_a_plural_lead_leaves_the_excerpt_to_its_credit_line(speech_of):
    assert speech_of(ROUNDUP)[0].speaker == "Dana Whitcomb"


def test_an_editorial_board_credits_its_outlet(speech_of):
    assert speech_of(ROUNDUP)[1].speaker == "Harbor Times"


def test_a_quotation_inside_the_excerpt_is_not_the_outlets(speech_of):
    inner = [q for q in speech_of(ROUNDUP) if q.text.startswith("nobody")]
    assert all(q.speaker != "Lakeside Post" for q in inner)


def test_a_long_narrative_lead_is_no_excerpt(speech_of):
    article = (
        "The council met for six hours on Tuesday and heard from dozens of residents before the "
        "members who oppose the plan said it was \u201ca favour to friends.\u201d\n\n"
        "Dana Whitcomb, Valley Ledger\n"
    )
    assert all(q.speaker != "Dana Whitcomb" for q in speech_of(article))
