"""A short fragment on a related-story line in capitals that opens on a name and a verb of
saying ("FENN AGAIN BLASTS BRANDT AS 'PAID STOOGE'", "FENN ACCUSES THE BOARD OF 'STALLING'")
is the opening name's verdict, her speech (guidelines K1, K4), as the line's whole quotations
are; the extraction saw no credit in capitals and typed it scare or term. A fragment the
article writes elsewhere as a name in title case (a slogan) keeps its kind. attribute/capital_fragment.py (issue 11, round 83,
lane kind101). Our own words."""

from __future__ import annotations

import pytest


def _article(line: str) -> str:
    return ("Harbour row\n\nMayor Ruth Fenn met the port board on Monday. Councillor Ivo Brandt "
            "spoke after her. Dockers marched under Save Our Quays banners.\n\n" + line
            + "\n\nThe board will vote in June, a spokesman said.")


NAMED = [
    ("an accusation's 'OF' object",
     _article("RUTH FENN ACCUSES ANONYMOUS LEDGER OP-ED WRITER OF 'SABOTAGING' THE PORT"), "SABOTAGING", "Ruth Fenn"),
    ("a verdict after 'AS', an adverb before the verb",
     _article("FENN AGAIN BLASTS EX-COUNCILLOR BRANDT AS 'PAID STOOGE' WHO 'CANNOT BE TRUSTED'"),
     "PAID STOOGE", "Ruth Fenn"),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_a_capital_lines_verdict_is_its_namers_speech(article, words, speaker, quote_of):
    q = quote_of(article, words)
    assert q.kind == "speech", (q.kind, q.kind_evidence)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)


KEPT = [
    ("a slogan the article writes in title case",
     _article("FENN BLASTS BRANDT FOR PLANS TO PAINT 'SAVE OUR QUAYS' ON THE HARBOUR WALL"), "SAVE OUR QUAYS"),
]


@pytest.mark.parametrize("article,words", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_a_slogan_keeps_its_kind(article, words, quote_of):
    q = quote_of(article, words)
    assert q.kind != "speech", (q.kind, q.kind_evidence)
