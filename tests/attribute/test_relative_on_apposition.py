""""Senator X, a budget hawk who said “…”" and "X — a former mayor who once declared, “…”"
(issue 11, round 32, lane nulls13: a random sample of null speech in unannotated corpus text):
the relative clause hangs on the apposition, not on the name, so the description ("a budget
hawk") became the speaker's and, finding no role of that shape, left the words null. The
apposition is the name. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("comma apposition",
     "Senator Hal Brenner, a budget hawk who said last week that any delay would be a "
     "\u201cserious mistake,\u201d voted no on Tuesday.",
     ["Hal Brenner"]),
    ("dash apposition",
     "How Mr. Tobias Doyle \u2014 a former mayor who once declared, \u201cI will never raise "
     "taxes\u201d \u2014 became a tax champion is a long story.",
     ["Tobias Doyle"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relative_clause_on_an_apposition(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
