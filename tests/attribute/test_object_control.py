"""Object-controlled infinitives (attribute/parse_finder._controller, issue 11 round 14): in
"the speech prompted X to call it “…”" the one made to speak is X, not the subject of
"prompted"; an unnamed object ("led several listeners to complain …") leaves the speaker null,
never the outer subject. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a named object of prompting",
     "Budget speech\n\nMayor Ivo Kell defended the cuts for an hour on Monday, prompting the "
     "opposition leader Ana Lind to call the speech \u201ca insult to every family\u201d in a radio "
     "interview.",
     "Ana Lind"),
    ("a named object of urge",
     "Strike vote\n\nThe mayor, Ivo Kell, urged the union's chief Teo Varga to tell the members that "
     "\u201cthis offer is fair and it is final\u201d before the vote.",
     "Teo Varga"),
    ("an unnamed object leaves the speaker null",
     "Radio row\n\nThe presenter Teo Varga was criticised after a show in May led several listeners "
     "to complain that he was \u201ccrude and careless\u201d on air.",
     None),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_object_made_to_speak_is_the_speaker(speech_of, article, speaker):
    q = speech_of(article)[-1]
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)
