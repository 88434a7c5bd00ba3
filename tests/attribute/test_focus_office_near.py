"""Near misses of the focus shown in another occupation (attribute/focus_office.py, round 42):
a *former* occupation shows what the person no longer does, so it is no sign that they do not
hold the office now. "<Name>, a former television reporter, won the race ... “…,” the mayor
said" is the new mayor speaking; round 42 read "reporter" as an occupation apart and left the
quotation null (review34, round 42's review). A present occupation still blocks. Articles
written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a former reporter may be the mayor now",
     "Elmtown\n\nMara Quist, a former television reporter, won the race to run Elmtown in May. "
     "\u201cThis town deserves a proper library and a pool,\u201d the mayor said on Sunday.",
     ["Mara Quist"]),
    ("an ex-columnist may be the new mayor",
     "Elmtown\n\nMara Quist, a one-time newspaper columnist, was sworn in on Monday after a "
     "narrow win. \u201cThis town deserves a proper library and a pool,\u201d the new mayor said.",
     ["Mara Quist"]),
    ("a reporter now is no mayor",
     "Elmtown\n\nMara Quist, a television reporter, covered the race in May. \u201cThis town "
     "deserves a proper library and a pool,\u201d the mayor said on Sunday.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_focus_office_near(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
