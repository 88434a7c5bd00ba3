"""Repetition bounds of cue patterns are named thresholds, read by the pattern: a bound written
as a bare "{0,12}" in a regex could not be found, explained or changed with its measurement
(the fourteenth session's review). Each case checks that the pattern stops exactly at the
named bound: one more word or character and it no longer matches."""

from __future__ import annotations

from onrecord.attribute.layout import caption_furniture
from onrecord.extract.lexicon import NAMING_RE
from onrecord.thresholds.layout import CAPTION_CREDIT_MAX_CHARS
from onrecord.thresholds.extract import NAMING_OBJECT_MAX_WORDS


def _refers(words: int) -> str:
    return "The harbour memo refers to " + " ".join(["docks"] * words) + " as "


def test_refer_to_object_as_up_to_the_bound():
    assert NAMING_RE.search(_refers(NAMING_OBJECT_MAX_WORDS))
    assert not NAMING_RE.search(_refers(NAMING_OBJECT_MAX_WORDS + 1))


def _caption(credit_chars: int) -> str:
    return ("Port news\n\nImage copyright " + "x" * credit_chars
            + " Image caption Harbour master Ona Vell said the tolls would rise\n")


def test_image_credit_up_to_the_bound():
    text = _caption(CAPTION_CREDIT_MAX_CHARS)
    (start, end), = caption_furniture(text)
    assert text[start:].startswith("Image copyright") and text[end:].startswith("Harbour")
    assert caption_furniture(_caption(CAPTION_CREDIT_MAX_CHARS + 1)) == []
