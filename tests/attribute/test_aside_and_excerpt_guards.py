"""Near misses of round 34's asides (as_credit.py) and round-up credits (credit_line.py),
written by review22 in our own words: the rule fired where it should not (the sign, the
office, the inner quotation), or a guard was switched off in a scratch copy and the lanes'
own tests still passed (the long lead).

- "As X noted, the sign on the door was blunt: “…”": the clause names the text that holds
  the words (a sign, a statement), not X's words;
- "The mayor said … “…”" above a round-up's credit line: one unnamed office, not the outlet;
- a quotation inside an author's excerpt is not the author's;
- a long narrative before the words is no round-up lead."""

from __future__ import annotations

import pytest

NOT_THE_ASIDE = [
    ("the clause names a sign",
     "Harbour\n\nAs Tom Ellery noted, the sign on the clinic door was blunt: \u201cClosed until further notice.\u201d",
     "Tom Ellery"),
    ("the clause names a statement",
     "Harbour\n\nAs Tom Ellery pointed out, the council's statement was short: \u201cThe bridge stays shut.\u201d",
     "Tom Ellery"),
]


@pytest.mark.parametrize("article,who", [c[1:] for c in NOT_THE_ASIDE], ids=[c[0] for c in NOT_THE_ASIDE])
def test_the_aside_does_not_credit(speech_of, article, who):
    assert all(q.speaker != who for q in speech_of(article))


def test_one_office_above_a_board_credit_is_no_outlet(speech_of):
    article = ("Budget\n\nThe mayor said the budget was \u201cunfair to every family in the harbour "
               "district and beyond.\u201d\n\nEditorial Board, The Harbour Ledger\n")
    assert [q.speaker for q in speech_of(article)] == [None]


def test_a_quotation_inside_an_authors_excerpt_is_not_the_authors(speech_of):
    article = ("From the Left\n\n\u201cEven a good plan fails when (as one clerk put it) \u2018nobody reads "
               "the fine print\u2019 and we think that matters a great deal.\u201d\n\nDana Whitcomb, Valley Ledger\n")
    inner = [q for q in speech_of(article) if q.text.startswith("nobody")]
    assert inner and all(q.speaker != "Dana Whitcomb" for q in inner)


def test_a_long_lead_with_no_speaker_is_no_excerpt(speech_of):
    article = ("Budget\n\nThe council met for six hours on Tuesday, heard from dozens of residents and in "
               "the end found the plan \u201ca favour to friends and nothing more than that.\u201d\n\n"
               "Dana Whitcomb, Valley Ledger\n")
    assert all(q.speaker != "Dana Whitcomb" for q in speech_of(article))
