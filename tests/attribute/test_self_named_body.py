"""A definite description whose modifiers name its body ("the Harlan administration", "the
Okafor campaign", "the Norwegian foreign ministry") is that body by those words: the speaker is
the description without "the" (eval/real/README: bodies speak; gold writes "Obama
administration", "Trump campaign", "Russian defense ministry"). Issue 11, round 51, lane
orgdesc51: such descriptions were left null, or sent to another body, on big, big2 and random
AllSides text (eval/real/audit/orgdesc51-sample.tsv). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an administration named by its president",
     "Visas\n\nCongress passed a bill on Tuesday to limit the new visa rules. But the Harlan "
     "administration maintains that its program is \"open to every applicant,\" not a quota.",
     "Harlan administration"),
    ("a campaign named by its candidate",
     "Donors\n\nA radio host claimed that the candidate had given money to the fund. Asked about "
     "the claim, the Okafor campaign said there was \"nothing to it\" at all.",
     "Okafor campaign"),
    ("a ministry named by its country",
     "Trade\n\nThe senator said the tariffs would stay for years. In response, the Norwegian "
     "foreign ministry said the trade deal brought \"lasting benefits\" to both sides.",
     "Norwegian foreign ministry"),
    ("a government named by its coalition",
     "Treaty\n\nThe country stayed silent in Vienna. The Alliance government has long argued against the "
     "treaty, saying that the old pact keeps the country \"safe and prosperous\" today.",
     "Alliance government"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_description_naming_its_body_speaks_for_it(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    # the body named in full in the article keeps that name
    ("a department named in full",
     "Grants\n\nThe Department of Energy announced new grants on Monday. The Energy department "
     "said the money would reach \"every state in the union\" by spring.",
     "Department of Energy"),
    # the body is the subject of a clause that does not say the words: "had agreed to", a
    # passive, "continues this program" (big: these took another's words once named)
    ("a body that agreed, in another's report",
     "Claims\n\nAs mayor, Dana Pruitt has said many things: that the Harlan government had agreed to "
     "a new port, that she would pass a \"law of kindness\" within a year.",
     "Dana Pruitt"),
    ("a body that continues a program",
     "Grants\n\nIncredibly, the Harlan administration still continues this program, granting money to "
     "groups in the largest \"migrant\" towns.",
     None),
    # round 51 review: the words stand in a second "that" clause of another's verb, after the
    # body's own clause ("he stressed that the X administration had told …, and that “…”":
    # random AllSides text gave a host's words to the administration)
    ("a body's clause, then another clause of the host's",
     "Firings\n\nOn his radio show, Glen Marsh stressed that the Harlan administration had told "
     "every inspector to leave in its first month, and that \"no one said a word\" back then.",
     "Glen Marsh"),
    # a bare description names no body by itself
    ("a bare administration",
     "Visas\n\nCongress passed a bill on Tuesday to limit the new visa rules. But the "
     "administration maintains that its program is \"open to every applicant,\" not a quota.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_other_descriptions_keep_their_answer(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
