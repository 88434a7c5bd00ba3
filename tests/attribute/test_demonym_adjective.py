"""A nationality adjective alone before a lower-case noun ("the Russian president said", "said
the European hurdles champion", "a big Dutch bank told reporters") was read as a name and
became the speaker "Russian" / "European" (issue #11, round 20, lane places: seven such speakers
in 1,000 unannotated articles; the credit construct is in about 390 corpus articles). The
adjective is a description, never a name. Cases in our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("the nationality and office after the quotation is the leader named before",
     "Summit\n\nIn a talk to senior Russian generals in Moscow, Russian President Vladimir Putin "
     "said the new bases were \u201ca threat to Russia\u201d.\n\n\u201cWe will be forced to answer in kind, and "
     "quickly,\u201d the Russian president said.\n",
     ["Vladimir Putin", "Vladimir Putin"]),
    ("the same with the surname alone: no one, never the adjective",
     "Summit\n\nIn a talk to senior Russian generals in Moscow, Putin said the new bases were "
     "\u201ca threat to Russia\u201d.\n\n\u201cWe will be forced to answer in kind, and "
     "quickly,\u201d the Russian president said.\n",
     ["Putin", None]),
    ("said the European champion: an unnamed description, never the adjective",
     "Trials\n\nTeam member Jane Dole said the squad would cope without her. \u201cIt would be a "
     "shame to lose her,\u201d said the European hurdles champion. \u201cBut we will manage.\u201d\n",
     [None, None]),
    ("an unnamed chief of a foreign firm is nobody named",
     "Cars\n\nSales fell again in March. The rise in the dollar was \u201ca disaster for us\u201d, "
     "the head of a leading Dutch car maker told the BBC.\n",
     [None]),
]


@pytest.mark.parametrize("label,article,expected", CASES, ids=[c[0] for c in CASES])
def test_nationality_adjective_is_no_speaker(speech_of, label, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
