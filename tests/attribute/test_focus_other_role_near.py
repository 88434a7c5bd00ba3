"""Near misses of round 39's focus22 rules (role_of_body.unnamed_before, role_of_other_body's
"for"), found by review31: a role after her/his/their/its that a rank word makes another office
("her vice president", "his deputy leader") introduces no other holder of the bare role, and the
focus's surname inside a longer place name ("Ford" in "Fordham") is not the focus named after
"for". Each was the person in focus on 425d2ce and null (or another name) after focus22. Our
own words."""

from __future__ import annotations

import pytest

CASES = [
    ("her vice president: the president is still the focus",
     "Plant visit\n\nAna Ruiz toured the plant with her vice president on Monday. \"We will build "
     "here,\" the president said.",
     ["Ana Ruiz"]),
    ("his deputy leader: the leader is still the focus",
     "Party split\n\nMr Dale Pike met his deputy leader on Monday. The leader said the party had been "
     "\"working very hard\" on the issue.",
     ["Dale Pike"]),
    ("the focus's surname inside a place name after for",
     "Campaign row\n\nMr Dale Ford warned that the party was drifting. The MP for Fordham and Brill "
     "said the leader had been \"working very hard\" on the issue.",
     ["Dale Ford"]),
    ("her own manager is still another holder",
     "Shop claims\n\nNina Hale worked at the bakery. She complained to her shift manager about the "
     "man. \"It is not the first time,\" the manager told her.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_focus_other_role_near_miss(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
