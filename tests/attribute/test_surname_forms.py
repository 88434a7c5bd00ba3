"""Shorter forms of the right name (issue 11, round 13 of docs/attribution-errors.md, lane
forms): a surname of two words written after Mr or Ms ("Mr Van X") is the full name the
article gave ("Chris Van X"), even when that full name opens a sentence; an office's object
before a name keeps the name's middle initial. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a two-word surname after Mr joins the full name given mid-sentence",
     "Port deal\n\nThe plan was backed by harbour minister Tomas Van Oordt on Monday.\n\n"
     "\u201cThe port will pay for itself,\u201d Mr Van Oordt said.",
     "Tomas Van Oordt"),
    ("a full name opening a sentence is not a surname with an adjective before it",
     "Gallery figures\n\nVisitor numbers rose by a fifth. Edmund Lisle Harcourt, the gallery's "
     "director, welcomed the news. Mr Lisle Harcourt said the figures were \u201cbetter than we "
     "dared hope\u201d.",
     "Edmund Lisle Harcourt"),
    ("a title's object before a name keeps the name's middle initial",
     "Hearing\n\nAt the hearing, Director of Coastal Intelligence Ambrose K. Tillery was asked "
     "about the records. Mr. Tillery replied, \u201cNot to my knowledge.\u201d",
     "Ambrose K. Tillery"),
]


@pytest.mark.parametrize("article,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_surname_forms(speech_of, article, speaker):
    got = speech_of(article)[-1]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)


def test_place_before_a_name_is_not_its_fullest_form(speech_of):
    """"Ambassador to Ruritania Hugo X": a two-word name not written after Mr is given name
    and surname; a longer run ending in it is no fuller form of it."""
    article = ("Envoy testifies\n\nMuch of what was said by the ambassador to Ruritania Hugo Brandt "
               "was new. Hugo Brandt said the aid was \u201cheld back on purpose\u201d.")
    assert speech_of(article)[-1].speaker == "Hugo Brandt"
