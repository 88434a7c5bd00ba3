"""A whole quoted sentence right after a credit, with the narration glued on behind it in the
same paragraph (BBC copies without paragraph breaks, pasted text without a space after the
mark): the words go on in the credited voice, not "inside narration" (round 35, lane nulls16:
"… Manley told The Hill. “…”The Centers for …", "… he said. “Who are they trying to kid?” The
proposed question …" left null on corpus text). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a second quoted sentence, then narration glued on after a space",
     "Ferry fares\n\nThe council approved the rise on Monday. \"The fares must rise,\" said "
     "Noor Kassab, the council leader. \"We have no other way to pay for the pier.\" The rise "
     "takes effect in May and will be reviewed next year.",
     ["Noor Kassab", "Noor Kassab"]),
    ("a quoted question, then narration after a space",
     "Ferry fares\n\n\"The pier is failing,\" Teo Marlow told the Harbour Gazette on Friday. "
     "\"Who will pay for it now?\" The board meets again next month to decide on the tender.",
     ["Teo Marlow", "Teo Marlow"]),
    ("a quoted question, then narration glued on with no space",
     "Ferry fares\n\n\"The pier is failing,\" Teo Marlow told the Harbour Gazette on Friday. "
     "\"Who will pay for it now?\"The board meets again next month to decide on the tender.",
     ["Teo Marlow", "Teo Marlow"]),
]

CASES.append(
    ("a quoted sentence, then the story's link on the same line",
     "Ferry fares\n\n\"The pier is failing,\" Teo Marlow said. \"We must act before the winter.\" "
     "http://example.org/ferry\n\nThe board meets again next month.",
     ["Teo Marlow", "Teo Marlow"]))

GUARDS = [
    ("a quoted phrase opening a narrating sentence stays nobody's",
     "Ferry fares\n\n\"The fares must rise,\" said Noor Kassab, the council leader. "
     "\"Fair fares for all\" was the slogan painted on the old ferry in 1990.",
     ["Noor Kassab", None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_glued_continuation(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
