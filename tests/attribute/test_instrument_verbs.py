""""X used a speech to say …", "X took the chance to call it …": the thing used or taken is
the speaker's instrument, not someone made to speak, so the words are the subject's (issue 11,
round 19, lane nulls: on two fresh tuning splits the speech or the message became the speaker
by object control and the words were left null). Object control itself stays ("urged Teo Varga
to tell"). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("used a speech to say",
     "Rates row\n\nGreen leader Nadia Roux spoke in Leeds on Friday. Ms Roux used a speech to say "
     "her party would face up to \u201chard choices on the budget\u201d next year.",
     "Nadia Roux"),
    ("used a message to denounce",
     "Festival\n\nBishop Karl Wendt leads the northern diocese. Bishop Wendt used his Easter message "
     "to denounce the cuts as a \u201ccruel\u201d way to save money.",
     "Karl Wendt"),
    ("object control still holds",
     "Strike vote\n\nThe mayor, Ivo Kell, urged the union's chief Teo Varga to tell the members that "
     "\u201cthis offer is fair and it is final\u201d before the vote.",
     "Teo Varga"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_user_of_an_instrument_speaks(speech_of, article, speaker):
    q = speech_of(article)[-1]
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)
