"""Quotations in a related-story link line ("More: …", "( Also on SITE: …)") or a video box's
clip title ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:12"): another
story's headline set inside this one. Issue 11, round 48, lane headline28: the title's words
were nobody's (a link line is no sentence of the story; the box's second copy has no subject the
parse reads), and a fragment there was typed scare or term for want of a credit, though the
title opens on the person whose words they are. The name opening the title, before a colon or a
verb of saying, is the speaker when the article names that person outside the title. Cases
written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _article(line: str) -> str:
    return ("Harbour tax row deepens\n\nMayor Ruth Fenn met the port board on Monday about the "
            "new harbour tax. Councillor Ivo Brandt spoke after her, and the two argued for an hour.\n\n"
            + line + "\n\nThe board will vote in June, a spokesman said.")


def _box(title: str) -> str:
    return f"JUST WATCHED {title} Replay More Videos ... MUST WATCH {title} 02:12"


def _quotes(article: str, case: str):
    r = extract_document(read_text(article, path=case))
    attribute_results([r])
    start = article.index("\n\n", article.index("an hour.")) + 2
    end = article.index("\n\n", start)
    return [q for q in r.quotes if start <= q.start < end]


CASES = [
    ("a link line opened by a name and a colon",
     _article("More: Brandt: Port board's new plan is 'a slow death for the docks'"), [("speech", "Ivo Brandt")]),
    ("a bracketed link line opened by a name and a verb of saying",
     _article("( Also on HARBOURWIRE: Fenn warns port board it will 'lose every vote it calls')"),
     [("speech", "Ruth Fenn")]),
    ("a bracketed link line opened by a name and a colon",
     _article("( Also on HARBOURWIRE: Brandt: Levy talks 'premature')"), [("speech", "Ivo Brandt")]),
    ("a name only the link line writes, as it writes it",
     _article("( Also on HARBOURWIRE: Graves: Levy talks 'premature')"), [("speech", "Graves")]),
    ("a title before the surname is read past",
     _article("Read more: Mayor Fenn says the harbour tax is 'dead on arrival'"), [("speech", "Ruth Fenn")]),
    ("both copies of a clip title opened by a name and a colon",
     _article(_box("Fenn: Harbour tax 'a disgrace to the whole town'")), [("speech", "Ruth Fenn")] * 2),
    ("a fragment typed term in a clip title opened by a name and a verb",
     _article(_box("Brandt clarifies 'dock levy' remarks")), [("speech", "Ivo Brandt")] * 2),
    ("a fragment typed scare in a clip title opened by a name and a verb",
     _article(_box("Ruth Fenn rails against the board's 'harbour grab'")), [("speech", "Ruth Fenn")] * 2),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_link_title_opening_name(case, article, expected):
    got = [(q.kind, q.speaker) for q in _quotes(article, case)]
    assert got == expected


NOT_THEIRS = [
    ("a clip title opened by a name in the passive",
     _article(_box("Ivo Brandt remembered as 'outgoing'"))),
    ("a link line opened by a possessive names a thing",
     _article("More: Fenn's harbour plan: board calls it 'a slow death for the docks'")),
    ("a link line opened by a name and a verb that passes on another's words",
     _article("More: Fenn quotes dockers who call the levy 'a slow death'")),
    ("a title-case headline whose run ends on a known surname",
     _article("Related: Angry Dockers Turn On Brandt: 'Sold Out' Or 'Shut Out'?")),
    ("a common word heading a clip",
     _article(_box("Panel: Harbour tax 'a slow death'") + " " + _box("Panel: Board 'out of touch'"))),
    ("an abbreviation heading a link line",
     _article("More: H.B: Levy talks 'premature'")),
]


def test_a_surname_two_people_share_names_nobody():
    article = ("Harbour tax row deepens\n\nMayor Ruth Fenn met the port board on Monday. Her husband, "
               "Tom Fenn, a retired docker, sat at the back of the hall.\n\n"
               + _box("Fenn: Husband may run for 'something'") + "\n\nThe board will vote in June.")
    r = extract_document(read_text(article, path="two Fenns"))
    attribute_results([r])
    got = [q.speaker for q in r.quotes if "something" in q.text and q.kind == "speech"]
    assert not any(s in ("Ruth Fenn", "Tom Fenn") for s in got)  # (which Fenn: the text does not say)


@pytest.mark.parametrize("case,article", NOT_THEIRS, ids=[c[0] for c in NOT_THEIRS])
def test_link_title_names_nobody(case, article):
    got = [q.speaker for q in _quotes(article, case) if q.kind == "speech"]
    assert not any(s in ("Ruth Fenn", "Ivo Brandt", "Panel", "H.B") for s in got)
