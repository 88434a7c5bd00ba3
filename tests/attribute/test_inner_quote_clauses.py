"""A quotation nested inside an excerpt or statement whose reporter, named inside the outer
words, sits in a clause of time or a relative clause (round 37, lane weak20: round-ups of
opinion excerpts in big2 left "… when LeBron X said the president ‘…’" and "… than Biden --
who had told reporters that ‘…’ --" null). A negation above a "when" clause denies none of its
words; a "who" clause's reporter is the name it hangs on. A denied report still keeps the outer
speaker (tests/attribute/test_inner_quote.py). Cases in our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("a reporter in a when-clause under a negation",
     "Daily Round-up\n\nCritics weighed in on the league's decision:\n\n\u201cThe league did not "
     "apologise when Dana Prell said the mayor \u2018does not care at all\u2019 about the workers. "
     "The league is hypocritical.\u201d\n\nTom Reed, The Daily Courier\n",
     "Dana Prell"),
    ("a reporter named before a who-clause",
     "Daily Round-up\n\nCritics weighed in:\n\n\u201cThe count was worse than Vera Holt -- who had "
     "told reporters on Friday that \u2018second place is as good as first\u2019 -- had hoped. Her "
     "team was weak.\u201d\n\nAnn Lowe, The Evening Post\n",
     "Vera Holt"),
]


@pytest.mark.parametrize("label,article,expected", CASES, ids=[c[0] for c in CASES])
def test_inner_reporter_in_a_clause(speech_of, label, article, expected):
    assert [q.speaker for q in speech_of(article) if q.nested] == [expected]
