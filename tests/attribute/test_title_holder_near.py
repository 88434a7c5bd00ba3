"""Near misses of the cut-off role's holder (attribute/title_holder.py, round 42): a name with
its own title after a preposition of the role is the role's object, not its holder. "said a
lawyer for Governor <Name>" is the lawyer speaking for a client, "an aide to Senator <Name>"
the aide; round 42's guard looked only at the word right before the name, which was the
client's title, so the client was given the lawyer's words (review34, round 42's review).
The role's own holder stays. Articles written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a lawyer for a titled client",
     "Court\n\nThe hearing was short. \u201cWe will appeal this ruling at once,\u201d said a "
     "lawyer for Governor Dan Ross.",
     [None]),
    ("an aide to a titled senator",
     "Court\n\nThe hearing was short. \u201cHe will appeal this ruling at once,\u201d said an "
     "aide to Senator Dan Ross.",
     [None]),
    ("a chief of staff to a titled president",
     "Court\n\nThe hearing was short. \u201cWe will appeal this ruling at once,\u201d said a "
     "chief of staff to President Ann Roe.",
     [None]),
    ("a committee chair's own name after the committee stays",
     "Housing\n\nThe report was critical. Chairman of the Rivers Committee Tom Hale MP, said: "
     "\u201cThe plan is careless about flooding and must be rewritten before any homes are "
     "built.\u201d",
     ["Tom Hale"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_title_holder_near(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
