"""An "as X puts it" aside closed by a dash credits only the words it stands beside, never
quoted words later in the sentence (round 35, review of lane scareterm16, whose rule
cues._ASIDE_CLOSED no test held: switched off, every test still passed). Our own words."""

from __future__ import annotations

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def test_words_after_a_closed_aside_are_not_its_speakers():
    article = ("Campus\n\nThe new dean, Mara Lindqvist \u2013 \u201ca born fixer,\u201d as Professor "
               "Alan Reyes puts it \u2013 has been holding \u201copen door\u201d sessions with students.")
    result = extract_document(read_text(article, path="aside"))
    attribute_results([result])
    by_text = {q.text: q for q in result.quotes}
    assert by_text["a born fixer,"].speaker == "Alan Reyes"  # the aside's own words
    assert by_text["open door"].kind != "speech"
    assert by_text["open door"].speaker is None
