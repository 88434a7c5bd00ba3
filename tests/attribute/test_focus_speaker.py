"""A he/she given to a person merely mentioned inside a prepositional phrase ("in X", "like
X") when the sentence subject in reach is a man or woman who has been speaking (issue 11, round
25, lane pronoun9: "Mr X said …. For example in West Ham, this might … “…” he said" went to
West Ham; "At times he sounds like a poor man's Billy Mays—you may be eligible, he enthused"
went to Billy Mays; real-news tuning splits fresh3 and fresh4). Our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("a name after 'against' yields to the speaking subject",
     "Seats\n\nMr Tomas Reyna said the rules on shortlists could change next year. The same "
     "rule was used against Walt Brisco in the last election. \u201cWe cannot wait another "
     "decade,\u201d he said.\n",
     ["Tomas Reyna"]),
    ("a name in a comparison yields to the speaking subject",
     "Sales pitch\n\nMr Tomas Reyna says the scheme works. The leader of the county is now "
     "a glorified salesman. At times he sounds like a poor man\u2019s Walt Brisco\u2014you "
     "may qualify, he told them on Tuesday, for grants \u201cthat halve the bills.\u201d\n",
     ["Tomas Reyna"]),
    ("a name in a 'where' clause yields to the speaking subject",
     "Stem cells\n\nMichael Reyna has backed stem cell research, saying it is important "
     "people are not frightened of the future.\n\nThe issue was a feature of the recent "
     "election, where George Brisco opposed extending it. But the Green leader argued there "
     "was a moral case for science. \"We have a duty to offer hope,\" he said.\n",
     ["Michael Reyna"]),
    # guards: a person introduced by "spoke to", a new speaker named in apposition, a name in
    # passing when nobody has spoken yet
    ("a person spoken to keeps he",
     "Floods\n\nMr Tomas Reyna said the river defences had held. The paper spoke to Walt "
     "Brisco, a farmer near the bridge. \u201cI lost half my sheep,\u201d he said.\n",
     ["Walt Brisco"]),
    ("a titled example after 'like' keeps he",
     "Budget\n\nMr Tomas Reyna said the talks had stalled. There was talk of a deal from "
     "members like Council Leader Walt Brisco. \u201cI remain hopeful,\u201d he said.\n",
     ["Walt Brisco"]),
    ("a name in passing keeps he when no subject has spoken",
     "Match\n\nThe club will play its final game at home. The visitors were beaten in "
     "Leeds by Mr Walt Brisco\u2019s side. \u201cWe were ready,\u201d he said.\n",
     ["Walt Brisco"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_focus_speaker(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article)] == expected


# which mentions count as a preposition's object (passing.prepositional); the name is "Ada Vole"
PREPOSITIONAL = [
    ("she grew up during Ada Vole, when", True),  # round 25: "during World War II" (fresh3)
    ("the rule was used against Ada Vole in", True),
    ("he sounds like a poor man\u2019s Ada Vole\u2014you", True),
    ("at the Ada Vole retreat", True),
    ("the election, where Ada Vole opposed it", True),
    ("life in the spotlight Ada Vole hugs the winner", False),  # a caption run on (corpus)
    ("the paper spoke to Ada Vole, a farmer", False),
    ("When Ada Vole took office", False),
]


@pytest.mark.parametrize("text,expected", PREPOSITIONAL, ids=[c[0] for c in PREPOSITIONAL])
def test_prepositional(text, expected):
    from onrecord.attribute.mentions import Mention
    from onrecord.attribute.passing import prepositional

    start = text.index("Ada Vole")
    assert prepositional(text, Mention(start, start + 8, "Ada Vole")) is expected
