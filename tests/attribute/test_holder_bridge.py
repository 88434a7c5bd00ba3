"""An inverted credit whose role noun is one of the unnamed-holder nouns ("official",
"analyst", "expert", "aide", "diplomat") between a capitalised modifier and the name: "said
Russian oil official Sergei X", "said CNN political analyst Gloria Y". The name run stopped at
the lower-case words and the modifier became the speaker ("Russian", "CNN") (issue #11, round
20, lane places; the credit is in about 86 corpus articles). Cases in our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("a nationality, a sector and 'official' before the name",
     "Oil\n\nThe deal was signed in Beijing. \u201cThe two firms have agreed on the price,\u201d said "
     "Russian oil official Pavel Ostrenko. The talks go on.\n",
     ["Pavel Ostrenko"]),
    ("an outlet and 'analyst' before the name",
     "Debate\n\nThe debate ran late. \u201cShe needed a big night and she got one,\u201d said "
     "WKTV political analyst Dana Morrow. The count begins on Tuesday.\n",
     ["Dana Morrow"]),
]


@pytest.mark.parametrize("label,article,expected", CASES, ids=[c[0] for c in CASES])
def test_holder_noun_bridges_to_the_name(speech_of, label, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
