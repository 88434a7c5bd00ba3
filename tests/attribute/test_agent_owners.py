"""A quotation inside the clause of a warning, comment or statement "from" or "made by" a named
person, while the sentence's subject is someone else ("Despite a warning from Minister Y that
“…”, Kell found …"): the words are the named owner's, not the subject's (issue 11, round 17,
lane warning: the largest wrong-name group left on the fresh tuning splits). Articles written
for this test; an unnamed "from officials" warning names nobody."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nCouncillor Mirela Dobos wants the old bus depot sold. Mayor Ivo Kell "
         "said on Monday the sale would wait. \u201cThe depot stays until spring,\u201d Kell said.\n\n")

CASES = [
    ("a warning from a named minister, the subject finds",
     _OPEN + "Despite a warning last March from Transport Minister Petra Lund that without repairs, "
     "\u201cthe roof will not last another winter,\u201d Kell found the money elsewhere.",
     ["Ivo Kell", "Petra Lund"]),
    ("a statement by a named councillor, the that-clause right after her name",
     _OPEN + "The vote went ahead despite a statement by Councillor Mirela Dobos that at the "
     "current rate, \u201cthe depot will cost more than it earns,\u201d and Kell signed.",
     ["Ivo Kell", "Mirela Dobos"]),
    ("a warning from unnamed officials names nobody new",
     _OPEN + "Despite a warning from officials that without repairs, \u201cthe roof will not "
     "last another winter,\u201d Kell found the money elsewhere.",
     ["Ivo Kell", "Ivo Kell"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_agent_owner(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
