"""Military ranks written abbreviated before a name ("Maj. Gen. X", "Brig. Gen. Y", "spokesman
Maj. Z"): "Maj" and "Brig" were no title, so the run stopped at their period and the speaker was
"Maj" (round 57, lane forms57: three tuning articles write "Maj." before a name, one quotation
went to "Maj"). Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a major general credited after the quotation",
     "Drills\n\nThe army has moved two brigades to the border.\n\n\"We are ready for any test of our "
     "resolve,\" Maj. Gen. Tomas Rewell Varn, the district commander, said on Friday.",
     ["Tomas Rewell Varn"]),
    ("a brigadier general credited after the quotation",
     "Base\n\nThe base will reopen next month.\n\n\"The repairs are nearly done,\" Brig. Gen. Lena "
     "Okafor, who runs the base, said on Monday.",
     ["Lena Okafor"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_an_abbreviated_rank_is_no_speaker(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
