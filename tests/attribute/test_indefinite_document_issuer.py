""""“…,” a post said on the X page": an indefinite document is a new one, not the one of the same
noun whose issuer the article recorded paragraphs before; it keeps an issuer only when that
issuer is named in its sentence or the one before (issue 11, round 83, lane wrong99: unseen
draw N gave a restaurant's post to a mayor's earlier post, a campaign's statement to a
senator's). Our own words."""

from __future__ import annotations

import pytest

_EARLIER = ("Reopening\n\nA post by Mayor Dana Whitcombe on Friday set out the rules. "
            "The shops were shut for a month. Owners were worried. Many workers lost pay. "
            "The city gave small loans. Some shops stayed closed anyway. ")

CASES = [
    ("a new post far after the mayor's post: nobody named",
     _EARLIER + "\u201cWe will stay closed until May,\u201d a post said on the Corner Deli page.",
     [None]),
    ("a new statement far after the mayor's post of another noun keeps its old reading",
     _EARLIER + "Dana Whitcombe spoke on Monday. \u201cWe are ready to open,\u201d Whitcombe said.",
     ["Dana Whitcombe"]),
    # guards: the issuer named in the same sentence or the one just before keeps the words
    ("a post by the mayor named in its sentence",
     _EARLIER + "A post by Mayor Dana Whitcombe said the rules \u201cwill ease next week.\u201d",
     ["Dana Whitcombe"]),
    ("the mayor named in the sentence before",
     _EARLIER + "Dana Whitcombe wrote again on Sunday. \u201cThe rules will ease next week,\u201d "
     "a post said.",
     ["Dana Whitcombe"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_indefinite_document_issuer(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
