""""That said, X says, …“…”": a linking phrase, not a report whose subject is "That"
(attribute/parse_verbs.py; round 39, lane guard22). Main left such words null as "subject
'That' names nobody". The guard: "That said" inside the words stays the speaker's own. The
articles are our own words."""

from __future__ import annotations

import pytest

_OPEN = ("Dock vote\n\n\"We will not sign it,\" said the union's Berit Holm on Monday.\n\n"
         "\"The port is running a new kind of strike,\" says economist Aldo Ferrante of the harbour college.\n\n")

CASES = [
    ("That said, with a title and says",
     _OPEN + "That said, Professor Ferrante says, the union's \"trouble is that nobody in town owns a ship\" to "
     "move the goods.",
     "Aldo Ferrante"),
    ("That said, with the surname and says",
     _OPEN + "That said, Ferrante says, the union's \"trouble is that nobody in town owns a ship\" to move the goods.",
     "Aldo Ferrante"),
    ("That said inside the words is the speaker's own",
     _OPEN + "\"He said that, but he did not mean it,\" Holm added. \"That said, I trust him.\"",
     "Berit Holm"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_discourse_said(speech_of, article, speaker):
    assert speech_of(article)[-1].speaker == speaker
