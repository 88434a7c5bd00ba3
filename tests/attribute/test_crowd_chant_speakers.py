"""Words a crowd chants are no one's words: a quotation right after "chanted", "chanting",
"chants of" or "a chant of" is the chant of protesters, supporters or an audience, and the
gold leaves it null even when a named person stands next to it (the leader who praised the
crowd, the speaker the chant interrupted, the politician the protesters were against). The
parse gave such chants to a relative clause's antecedent, to a pronoun's referent, or to the
subject of the next clause (round 69, lane unnamed77: five tuning items in five articles).
A quotation cued to a named person after the chant keeps its speaker. Articles written for
this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a leader who praised a crowd for chanting",
     "Rally season\n\nThe posters show Governor Ana Ruiz, who last week thanked a stadium crowd "
     "for chanting \u201cRuiz for the nation.\u201d\n\nThe campaign plans more rallies.",
     [None]),
    ("chants that died down before the speaker went on",
     "Rally season\n\n\u201cWe built the bridge,\u201d Governor Ana Ruiz said. After chants of "
     "\u201ctwo more terms!\u201d faded, Ruiz added: \u201cWe are only getting started.\u201d",
     ["Ana Ruiz", None, "Ana Ruiz"]),
    ("protesters who chanted against a named politician",
     "Plant closure\n\nSenator Paul Okafor met the workers outside the plant on Friday. The "
     "workers waved banners and chanted: \u201cSave our jobs!\u201d\n\nOkafor left after an hour.",
     [None]),
    ("a crowd that broke into chants after a named man spoke",
     "Plant closure\n\nSenator Paul Okafor said the workers grew louder and broke into chants "
     "of \u201cShut it down.\u201d",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_crowd_chant_speakers(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [(q.speaker, q.attribution_evidence) for q in qs]
