"""Near misses of the focus shown in another occupation (attribute/focus_office.py, round 42).
A present occupation blocks the office. review34 also tried letting a *former* occupation
through ("<Name>, a former television reporter, won the race ... “…,” the mayor said" is the
new mayor, left null since round 42), but on big2 it gave "the former secretary of state and
New York senator" back to a man shown as a "former Clinton strategist" (round 42's right
removal); dropped, so only the control stays here. Articles written for this test (review34,
round 42's review)."""

from __future__ import annotations

import pytest

CASES = [
    ("a reporter now is no mayor",
     "Elmtown\n\nMara Quist, a television reporter, covered the race in May. \u201cThis town "
     "deserves a proper library and a pool,\u201d the mayor said on Sunday.",
     [None]),
    ("a columnist now is no governor",
     "State\n\nMara Quist, a newspaper columnist, wrote about the budget on Friday. \u201cThis "
     "state will balance its books this year,\u201d the governor said.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_focus_office_near(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
