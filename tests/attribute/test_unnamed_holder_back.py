""""Another strategist said …. “…,” the strategist said": a definite role after an unnamed
holder of it was introduced ("a", "an", "one", "another") is that unnamed holder, not the
person in focus (issue 11, round 82, lane desc95: on draw K an unnamed network executive's,
an unnamed strategist's, an unnamed senator's ("the lawmaker") and a retired officer's words
went to the person the piece was about; the officer's second remark came past the
window the introduction is searched in). Our own words."""

from __future__ import annotations

import pytest

_FILLER = " ".join(["The council met again on Tuesday and the budget was read out in full."] * 24)

CASES = [
    ("another strategist, then the strategist",
     "Texas plans\n\nDale Rourke launched the group on Monday. \"We will build "
     "slowly,\" Rourke said.\n\nAnother strategist tied to the state called the plan a fair "
     "start.\n\n\"None of this is real until you have money,\" the strategist said.",
     ["Dale Rourke", None]),
    ("an executive whose network name holds an ampersand",
     "Show row\n\nHost Carl Benning was suspended on Friday. \"I stand by it,\" Benning said."
     "\n\nAn A&E executive who spoke on condition of anonymity said talks would resume.\n\n"
     "\"Everybody just needs to take a breath,\" the executive said.",
     ["Carl Benning", None]),
    ("one senator, then the lawmaker",
     "Court fight\n\nJudge Alan Pruitt testified on Thursday. \"I will not withdraw,\" Pruitt "
     "said.\n\nOne Democratic senator, who requested anonymity, said the caucus was restless."
     "\n\n\"They always vow to stay right until they don't,\" the lawmaker said.",
     ["Alan Pruitt", None]),
    ("the same unnamed officer again, past the window",
     "Generals\n\nPresident Tom Greer met the generals on Friday. \"They are great,\" Greer "
     "said.\n\nA retired military officer who knows the generals spoke to us.\n\n\"They get "
     "along very well,\" said the former officer.\n\n" + _FILLER + "\n\n\"It was a long year,\" "
     "said a transition member.\n\nGreer has praised the "
     "generals often.\n\n\"They know how government works,\" the former officer told us.",
     ["Tom Greer", None, None, None]),
]
GUARDS = [
    ("no unnamed holder introduced: the focus",
     "Texas plans\n\nStrategist Dale Rourke launched the group on Monday. \"We will build "
     "slowly,\" Rourke said.\n\n\"None of this is real until you have money,\" the strategist "
     "said.",
     ["Dale Rourke", "Dale Rourke"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_unnamed_holder_back(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
