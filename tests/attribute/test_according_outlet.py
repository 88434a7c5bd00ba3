""""…, according to the Gazette" after a clause that names who spoke: the outlet vouches for the
report and is not the speaker (attribute/vouched.py, attribute/finder.py; issue #11 round 50,
lane bodies50). Random unread AllSides text gave the outlet the words of a leader who "called"
a missile two things, the second quotation after the first, and of an official who "backed …
and questioned whether …", a verb joined to the clause that names him. Cases written for this
test."""

from __future__ import annotations

import pytest

CASES = [
    ("the second of two quotations under one weak verb of naming",
     "Ferries\n\nThe mayor unveiled the new ferry on Monday.\n\nVoss called the ship a \"floating "
     "palace\" and an \"engineering triumph,\" according to the Harbour Gazette.\n\nThe council "
     "meets next week.\n",
     ["Voss", "Voss"]),
    ("a verb joined to the clause that names the speaker",
     "Ferries\n\nThe mayor unveiled the new ferry on Monday.\n\nCity lawyer Tom Rudd backed the "
     "plan and questioned whether the city needed shelters \"before taking any action against a "
     "single boat owner,\" according to the Harbour Gazette.\n\nThe council meets next week.\n",
     ["Tom Rudd"]),
    ("guard: nothing but the outlet after the words",
     "Ferries\n\nThe mayor unveiled the new ferry on Monday.\n\n\"The ferry is late again and "
     "nobody will say why,\" according to the Harbour Gazette.\n\nThe council meets next week.\n",
     ["Harbour Gazette"]),
    ("guard: no verb of saying before the outlet",
     "Ferries\n\nThe mayor unveiled the new ferry on Monday.\n\nThe new fares are \"far too high "
     "for islanders,\" according to the Harbour Gazette.\n\nThe council meets next week.\n",
     ["Harbour Gazette"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_according_outlet(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
