"""A bare "the government" / "the campaign" / "the administration" / "the ministry" a sentence or
two after the article wrote the body in full by its own modifiers ("The Harlan campaign seized on
the remark. “…,” the campaign said") is that body (eval/real/README: bodies speak; gold writes
"Obama campaign", "Iraqi government"). Issue 11, round 53, lane census53: such quotations were
left null on big, big2 and random AllSides text (eval/real/audit/census53-sample.tsv). Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("a campaign that acted, then spoke",
     "Debate\n\nGovernor Rita Okafor and Senator Tom Lyle met at a fair on Sunday, where Lyle repeated "
     "his claim. The Okafor campaign seized on his words within the hour. \"He has now said two different things,\" the campaign said.",
     "Okafor campaign"),
    ("a government that issued a statement, then added",
     "Strikes\n\nOn Monday, the Valdan government issued a sharp statement about the raids. The "
     "government added it would \"review every agreement\" with its allies.",
     "Valdan government"),
    ("a government that warns, then advises",
     "Travel\n\nThe Norlish government warns visitors of the risks in the hills.\n\n\"Storms can "
     "close the passes without warning,\" the government advises on its website.",
     "Norlish government"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bare_body_word_after_the_body_in_full_is_that_body(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("two bodies of that kind before",
     "Talks\n\nThe Valdan government and the Norlish government met in Geneva on Friday. \"We "
     "expect nothing soon,\" the government said.",
     None),
    ("the body in full only paragraphs before",
     "Rules\n\nThe Harlan administration wrote the first rules in 1988.\n\nThey lasted for years.\n\n"
     "Courts upheld them in 1991.\n\nA new plan came this spring. Most clinics will need \"separate "
     "rooms,\" the administration argued.",
     None),
    ("the body in full only as a time",
     "Refugees\n\nThe new rules came out on Tuesday. \"It is a ban in all but name,\" said Ana Ruiz, who "
     "ran the program during the Harlan administration.\n\nThe administration also said the checks "
     "would need \"new safeguards\" first.",
     None),
    # review44 (rounds 52-53 review): a body in full as one side of a relation, not an actor
    ("the body in full after 'from': a holdover from it",
     "Rules\n\nDana Whitlow, a holdover from the Harlan administration, left in May. \"We will "
     "review every waiver,\" the administration said.",
     None),
    ("the body in full after 'of': the last years of it",
     "Rules\n\nDana Whitlow served in the last years of the Harlan administration. The "
     "administration said on Friday it would \"review every waiver\" this spring.",
     None),
    ("another kind of body before",
     "Vote\n\nThe Okafor campaign held a rally on Sunday. \"Turnout will be high,\" the government "
     "said.",
     None),
]


@pytest.mark.parametrize("article,expected", [g[1:] for g in GUARDS], ids=[g[0] for g in GUARDS])
def test_a_bare_body_word_without_one_body_just_before_stays_null(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
