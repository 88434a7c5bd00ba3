"""Speech quotations woven into narration with no reporting verb, whose sentence still names
the person using the words (issue 11, round 12: the held-out set's largest null class). Cases
written for this test; an unnamed owner stays null."""

from __future__ import annotations

import pytest


# (case, article, expected speakers of the speech quotations)
CASES = [
    ("a named owner's verdict, the subject of 'was', is the owner's",
     "New album\n\nThe band's second record came out in May to warm reviews.\n\n"
     "Regarding it as \u201ca loud and joyful return to the garage sound that made them\u201d, "
     "the Harbour Gazette's praise was typical of the welcome.",
     ["Harbour Gazette"]),
    ("an unnamed owner's verdict stays null",
     "New album\n\nThe band's second record came out in May to warm reviews.\n\n"
     "Regarding it as \u201ca loud and joyful return to the garage sound that made them\u201d, "
     "one critic's praise was typical of the welcome.",
     [None]),
    ("'In X's words' names the one whose words follow",
     "Talks\n\nThe minister met the unions on Monday. In Jana Kowal's words, \u201cnobody left "
     "the room happy about the offer on the table\u201d.",
     ["Jana Kowal"]),
    ("a named owner's message before a colon, with no verb, is the owner's",
     "Votes\n\nSeveral senators spoke before the vote. Senator Odile Brant's message to the "
     "hall: \u201cGo home and tell your towns what you saw here today.\u201d",
     ["Odile Brant"]),
    ("the content of a named believer's clause is the believer's, whatever its own subject",
     "Market plan\n\nCouncillor Mirela Dobos wants the old hall reopened on Saturdays.\n\n"
     "She believes that the \u201cquiet pull of a covered market on a wet afternoon\u201d of towns "
     "like hers is waiting to be used.",
     ["Mirela Dobos"]),
    ("an unnamed believer's clause stays null",
     "Market plan\n\nThe old hall may reopen on Saturdays.\n\n"
     "One trader believes that the \u201cquiet pull of a covered market on a wet afternoon\u201d of towns "
     "like this is waiting to be used.",
     [None]),
    ("the owner of an admission, the subject, is the one admitting (round 13)",
     "Bench\n\nWinger Tomas Vrba denied any row with the manager after the final. But his "
     "admission that he \u201csaw it coming the night before\u201d will do little to end the talk.",
     ["Tomas Vrba"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_narration_owner(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
