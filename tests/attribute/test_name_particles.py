"""A lower-case particle inside a personal name (issue 11, round 13 of
docs/attribution-errors.md): an Arabic article ("al-", "el-"), a patronymic ("bin"), a
Dutch or German nobiliary particle ("van", "von der"). The particle is part of the name, so
the speaker is the full name, and a later surname with or without its particle resolves to
it. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an Arabic article joined to the surname by a hyphen",
     "Talks resume\n\nMinister Karim al-Tahiri arrived in Geneva on Monday.\n\n"
     "\u201cWe are ready to sign the accord this week,\u201d said Karim al-Tahiri.",
     "Karim al-Tahiri"),
    ("the surname with its article later resolves to the full name",
     "Talks resume\n\nKarim al-Tahiri arrived in Geneva on Monday for the second round.\n\n"
     "\u201cWe are ready to sign the accord this week,\u201d al-Tahiri told reporters.",
     "Karim al-Tahiri"),
    ("the surname without its article later resolves to the full name",
     "Talks resume\n\nKarim al-Tahiri arrived in Geneva on Monday for the second round.\n\n"
     "\u201cWe are ready to sign the accord this week,\u201d Tahiri told reporters.",
     "Karim al-Tahiri"),
    ("a patronymic particle between two capitalised names",
     "Port expands\n\nThe harbour will double in size by next spring.\n\n"
     "\u201cThis is the largest project in our history,\u201d said Omar bin Rashed.",
     "Omar bin Rashed"),
    ("a two-word nobiliary particle",
     "Grant awarded\n\nThe lab received the grant on Tuesday.\n\n"
     "\u201cIt lets us hire four more people,\u201d said Greta von der Mell.",
     "Greta von der Mell"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_particles(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)
