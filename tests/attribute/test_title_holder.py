"""A role written before the name it belongs to, with the name finder cutting the role off as a
description of its own: "Secretary of State Ann Roe this week touted “…”" (description
"Secretary of"), "Chairman of the Rivers Committee Tom Hale MP, said:" (description "Chairman"),
"said a proud coach Dai Morgan" (the description holds the name), "my colleague Ben Ash points
out". The person named right after (or inside) the role is the speaker; onrecord left them
null (fresh14: four such quotations; big + big2: "host of <a show> <Name>", "Chairman of <a
committee> Rep. <Name>", "my colleague <Name>", "the public-health expert <Name>"). Only a name
the article knows as a person is taken. Articles written for this test (round 42, lane
census25s)."""

from __future__ import annotations

import pytest

CASES = [
    ("an office with its 'of' phrase before the name",
     "Talks\n\nPrisoners were moved abroad last week. Secretary of State Ann Roe this week "
     "touted \u201csteady progress\u201d on closing the camp, as her aide Lee Park left.",
     ["Ann Roe"]),
    ("a committee chair before the name, with letters after it",
     "Housing\n\nThe report was critical. Chairman of the Rivers Committee Tom Hale MP, said: "
     "\u201cThe plan is careless about flooding and must be rewritten before any homes are "
     "built.\u201d",
     ["Tom Hale"]),
    ("an indefinite role with an adjective, the name inside the description",
     "Rugby\n\nWales won again on Saturday. \u201cThe whole country wants us back at the top "
     "table,\u201d said a proud coach Dai Morgan.",
     ["Dai Morgan"]),
    ("a possessive role before the name",
     "Column\n\nThe bill passed the House. As my colleague Ben Ash points out, \u201cnobody "
     "who read the draft should be surprised by any of this.\u201d",
     ["Ben Ash"]),
    ("a headline's role is not the name opening the next line",
     "Spending rule 'safe' says ex-aide\n\nTreasury Minister Tom Hale will keep his spending "
     "rule \"with room to spare\", according to his former chief adviser.",
     [None, None]),
    ("an unnamed role stays unnamed",
     "Talks\n\nThe camp will close. A senior official of the State Department said the "
     "transfers were \u201ca step forward for everyone involved\u201d on Monday.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_title_holder(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
