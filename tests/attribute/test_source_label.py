"""A speech quotation left null under a round-up's source label "X, <role or outlet>[, <Month D,
YYYY>]: “…”" (attribute/source_label.py; round 81, lane null94, on draw I): X's words. Articles
written for the test, each a list of labelled quotations (a columnist's or a party member's)."""

from __future__ import annotations

import pytest

_HEAD = "Predictions that missed\n\nPundits were sure of many things last year.\n\n"


def _roundup(*lines: str) -> str:
    return _HEAD + "\n\n".join(lines) + "\n\nNone of them came true."


CASES = [
    ("labels in a row, each under its claim",
     _roundup("The mayor will win.",
              "Karen Holt, the Harbour Ledger, July 15, 2015: \u201cThe mayor has this race sewn up.\u201d",
              "David Moss, Radio North, November 19, 2014: \u201cNobody can beat her machine downtown.\u201d"),
     "Nobody can beat her machine downtown", "David Moss"),
    ("an abbreviated month, the source a medium",
     _roundup("The bridge will open on time.",
              "Mary Wick, Twitter, Aug. 22, 2015: \u201cPrediction: the ribbon is cut in spring.\u201d"),
     "Prediction: the ribbon is cut in spring", "Mary Wick"),
    ("a role instead of an outlet and a date, a party-state label after the name",
     _roundup("Party members weighed in.",
              "Karen Holt, Ohio party chairwoman: \u201cHe took the blame and moved on.\u201d",
              "David Moss (R-Ohio), Republican consultant: \u201cHe is still the favourite.\u201d"),
     "He is still the favourite", "David Moss"),
    ("a label joining two people is a clip's title, not one voice",
     _roundup("The mayor will win.",
              "Karen Holt and David Moss, Radio North, May 28, 2015: \u201cShe has it locked up.\u201d"),
     "She has it locked up", None),
    ("a transcript's turn after the date: the label's person is refused",
     _roundup("The mayor will run.",
              "Karen Holt, Radio North, April 25, 1988: Mary Wick: \u201cWould you ever run for mayor?\u201d"),
     "Would you ever run for mayor?", None),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_source_label(case, article, words, expected, quote_of):
    assert quote_of(article, words, case).speaker == expected
