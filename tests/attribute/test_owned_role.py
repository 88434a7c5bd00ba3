"""A role another owns ("the singer's spokesman", "the prime minister's official spokesman") is
no back-reference to the person in focus who is that owner or was never shown in such a role
(issue 11, round 37, lane about20: a rapper was given his spokesman's denial, a home secretary
the prime minister's spokesman's words). Our own words."""

from __future__ import annotations

import pytest

HEAD = "Court news\n\n"
CASES = [
    ("the owner himself",
     "Singer Dax Morrow has been sued by a former driver. The singer's spokesman said the claims "
     "were \"baseless and cruel\".", None),
    ("a minister in focus, another office's spokesman",
     "Home Secretary Alan Pryce warned of new threats on Monday. Asked about the warning, the "
     "prime minister's official spokesman said: \"We take the threat seriously.\"", None),
    # round 37, review28: the owner check held no test of its own (the case above is barred by
    # the later checks too); shown after a label's possessive, the singer is still the owner
    ("the owner himself, shown after another's possessive",
     "The label's star singer Dax Morrow has been sued by a former driver over unpaid wages and a "
     "broken contract. The singer's spokesman said the claims were \"baseless and cruel\".", None),
]
GUARDS = [
    # round 37, review28: the lane's guard below passed with the possessive check switched off
    # (the name was within the heading reach); this one is farther from the description
    ("a person shown after an owner's possessive keeps the role, farther back",
     "The Reform League's Jon Tasker said on Monday that the change to the voting rules was "
     "overdue and welcome. The campaign group's general secretary told radio listeners it was "
     "\"a long-awaited step\".", "Jon Tasker"),
    ("a person shown after an owner's possessive keeps the role",
     "The Reform League's Jon Tasker said the change was overdue. The campaign group's general "
     "secretary told radio listeners it was \"a long-awaited step\".", "Jon Tasker"),
    ("a person shown in that role keeps it",
     "Ana Ruiz, the mayor's spokeswoman, said the budget was fair. Later the mayor's spokeswoman "
     "added that cuts were \"not on the table\".", "Ana Ruiz"),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_owned_role_is_not_the_person_in_focus(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)][-1] == expected
