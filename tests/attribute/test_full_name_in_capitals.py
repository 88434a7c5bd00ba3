"""A full name the article writes only in capitals, the surname alone elsewhere: a transcript's
speaker label ("JOHN X: I'm asking you …") or a shot list's ("RUSSIAN PRESIDENT, VLADIMIR Y,
SAYING: “…”"). The speaker kept the surname (round 57, lane forms57). Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a transcript label gives the given name to the narrated surname",
     "Kettering to Ann Dow: \"Who Signed the Order?\"\n\nSenator Kettering went on the Sunday show and "
     "pressed the host on the missing memo.\n\nKettering asked Dow whether anyone had read it "
     "(transcript below):\n\nHAROLD KETTERING: I am asking you a simple question.\n\nANN DOW: And I "
     "am answering it.",
     ["Harold Kettering"]),
    ("a hyphenated given name in a transcript label",
     "Council Row\n\nThe mayor defended the budget on local radio.\n\n\"We cut what we could,\" "
     "Roussel said after the interview.\n\nTranscript:\n\nJEAN-PAUL ROUSSEL: We cut what we could."
     "\n\nHOST: Was it enough?",
     ["Jean-Paul Roussel"]),
]


KEPT = [
    ("two given names in capitals before the surname",
     "Family Feud\n\nThe brothers disagree about the farm.\n\n\"We should sell,\" Kettering said."
     "\n\nTranscript:\n\nMARK KETTERING: Sell it.\n\nPAUL KETTERING: Never.",
     ["Kettering"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_the_full_name_in_capitals_is_the_speakers(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_several_full_names_in_capitals_give_none(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
