"""A he/she after a sentence whose subject is a work of a named person ("X's column", "X's
op-ed", "X's letter") is that person's, not a titled man named later in the sentence only as the
owner of what the work was about ("… supported President Y's call …"). Issue 11, round 83, lane
pron101: on draw N a senator's column "supported" the president's call, and "He denounced …"
went to the president. Our own words."""

from __future__ import annotations

import pytest

KEEPS = [
    ("a column backing a titled man's call",
     "Paper\n\nThe Harbour Ledger printed an opinion piece by Sen. Tom Dunmore on Tuesday.\n\n"
     "Dunmore\u2019s column backed President Carl Ostrow\u2019s call to close the port. He "
     "denounced \u201creckless dockside gangs\u201d in the piece.", "Tom Dunmore"),
    ("a letter praising a titled man's plan",
     "Plan\n\nRep. Jim Kessel wrote to the board last week.\n\nKessel\u2019s letter praised "
     "Governor Paul Varga\u2019s plan for the bridge.\n\n\u201cThis is overdue,\u201d he wrote.",
     "Jim Kessel"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in KEEPS], ids=[c[0] for c in KEEPS])
def test_he_stays_with_the_works_owner(speech_of, article, speaker):
    assert [q.speaker for q in speech_of(article)] == [speaker]


YIELDS = [
    ("the titled man is the next sentence's subject's object only in passing, no work",
     "Race\n\nSen. Tom Dunmore spoke on Monday.\n\nDunmore\u2019s aide met President Carl "
     "Ostrow on the lawn.\n\n\u201cIt went well,\u201d he said.", None),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in YIELDS], ids=[c[0] for c in YIELDS])
def test_no_work_no_change(speech_of, article, speaker):
    got = [q.speaker for q in speech_of(article)]
    assert len(got) == 1
