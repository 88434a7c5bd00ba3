"""A quotation's last mark is the reporter's (issue 12): '"...ready for anything," she said'
for a sentence that ends with a full stop, or a full stop for the speaker's exclamation, is
the same words (verbatim). A question made a statement, or a mark changed inside the quote,
is still a change. Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.text.fold import word_tokens
from onrecord.verify.align import closing_mark, find_matches, parse_quote

SOURCE = ("Our rescue crews are ready for anything. It simply does not work like that! "
          "Who would pay for the new pier? We built it, and we kept it open.")


@pytest.mark.parametrize("quote, exact", [
    ("Our rescue crews are ready for anything,", True),   # attribution comma for "."
    ("Our rescue crews are ready for anything.", True),
    ("It simply does not work like that.", True),          # "." printed for "!"
    ("It simply does not work like that,", True),
    ("Who would pay for the new pier.", False),            # a question made a statement
    ("Who would pay for the new pier,", False),
    ("We built it and we kept it open.", False),           # a comma dropped inside the quote
])
def test_final_mark(quote, exact):
    pq = parse_quote(quote)
    (m,) = find_matches(pq, word_tokens(SOURCE))
    assert m.exact is exact


@pytest.mark.parametrize("q_tail, s_tail, expected", [
    (",", ".", True), (".", "!", True), (",", '."', True),
    (".", ".", False),   # no difference to forgive
    (".", "?", False), ("!", ".", False), (",", ";", False), (",", ",", False),
])
def test_closing_mark(q_tail, s_tail, expected):
    assert closing_mark(q_tail, s_tail) is expected
