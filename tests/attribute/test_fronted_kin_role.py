"""A fronted phrase opened by a preposition that names the subject's relative ("With his daughter
at his side, X headed back") is not X's role: its "daughter" must not make X a sure woman, or every
later "he" of X's is refused and left null (attribute/role_shape.py; round 83, lane pnull100).
The articles are our own words; the names are ones no list holds."""

from __future__ import annotations

import pytest

_ARTICLE = ("Recovery\n\nA patient went home from the clinic on Friday.\n\n\u201cWe are going home "
            "now!\u201d said Tovik Brennock as he left the clinic in Grand Valley.\n\n{before}\n\n"
            "\u201cI would call it a small miracle,\u201d he said.")

CASES = [
    ("a preposition's fronted phrase names his daughter: he stays Brennock",
     _ARTICLE.format(before="With his daughter at his side, Brennock headed back to the farm on Sunday "
                            "from a clinic in Grand Valley, calling his recovery a relief."),
     "Tovik Brennock"),
    ("no fronted phrase: he is Brennock",
     _ARTICLE.format(before="Brennock drove home late that night from a clinic in Grand Valley, calling "
                            "his recovery a relief."),
     "Tovik Brennock"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_kin_role(speech_of, article, speaker):
    assert speech_of(article)[-1].speaker == speaker
