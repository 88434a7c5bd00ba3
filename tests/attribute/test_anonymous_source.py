""""said one source close to the X", "“…,” the source close to Okafor said": an unnamed voice
whose description ends in a name is never that name (issue 11, round 54, lane unnamed54;
attribute/anonymous_source.py). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("inverted verb, a source close to an office",
     "Harbour\n\nThe minister has kept her post for a year. \u201cShe reads every brief twice,\u201d "
     "said one source close to the Harbour secretary.",
     [None], "one source close to the Harbour secretary"),
    ("verb after the words, the source close to a surname",
     "Harbour\n\nHarbour Secretary Grace Okafor spoke on Monday. \u201cWe never leave the port "
     "unguarded,\u201d Okafor said. \u201cShe is careful with every word,\u201d the source close to "
     "Okafor said.",
     ["Grace Okafor", None], "the source close to Okafor"),
    ("one of the aides interviewed by an outlet",
     "Harbour\n\nThe Ledgerline spoke to four aides. \u201cNobody agrees with him on the budget,\u201d "
     "said one of the aides interviewed by Ledgerline.",
     [None], "one of the aides interviewed by Ledgerline"),
    # review45: the openers come from lexicon INDEFINITE_OPENERS, which holds "many" too
    ("many sources close to an office",
     "Harbour\n\nThe minister has kept her post for a year. \u201cShe reads every brief twice,\u201d "
     "said many sources close to the Harbour secretary.",
     [None], "many sources close to the Harbour secretary"),
]


@pytest.mark.parametrize("article,expected,desc", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_anonymous_source_keeps_no_name(speech_of, article, expected, desc):
    quotes = speech_of(article)
    assert [q.speaker for q in quotes] == expected
    assert quotes[-1].speaker_description == desc


GUARDS = [
    ("a named spokesman is still named",
     "Harbour\n\n\u201cThe port stays open,\u201d said Ben Arlow, a spokesman for the ministry.",
     ["Ben Arlow"]),
    ("a named adviser close to the minister keeps his name",
     "Harbour\n\n\u201cShe reads every brief,\u201d said Tom Reyes, an adviser close to the minister.",
     ["Tom Reyes"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_named_voice_kept(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
