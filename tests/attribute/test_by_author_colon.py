""""Or this one, by <title> X: “…”", "as in this column by Y: ¶ “…”": the author a "by" names
right after a text or a pointer to one, closing the clause before a colon, wrote the words that
follow (issue 11, round 60, lane who61: such words were left null). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a pointer and a titled author, words in the same paragraph",
     "Rail fares\n\nCritics were quick to respond. Take this one, by Harbor Ledger columnist "
     "Dana Whitcombe: \u201cThe council has never cared about riders in the east.\u201d\n\n"
     "And this, by radio host Tom Reyes: \u201cFares rise while the trains get slower.\u201d",
     ["Dana Whitcombe", "Tom Reyes"]),
    ("a column by an author, words in the next paragraph",
     "Rail fares\n\nCritics were quick to respond, as in this column by the Ledger\u2019s Dana "
     "Whitcombe:\n\n\u201cThe council has never cared about riders in the east, and it "
     "shows.\u201d\n\nThe council will vote in May.",
     ["Dana Whitcombe"]),
    # guards: a verb's agent hands the words out, it did not write them (left as main leaves it)
    ("released by a group",
     "Rail fares\n\nMayor Tom Reyes backed the plan. This statement from the mayor was released "
     "by Harbor Ledger Group:\n\n\u201cThe plan is fair to every rider.\u201d",
     [None]),
    ("a by-phrase of time before the colon names no author",
     "Rail fares\n\nMayor Tom Reyes spoke on Monday. He put it this way, by the end of the "
     "night: \u201cThe plan is fair to every rider.\u201d",
     ["Tom Reyes"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_by_author_colon(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
