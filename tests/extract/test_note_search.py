"""find_editors_note searches for the note after each line break (a literal the regex engine
scans for) and at the text's start, and tests for the word "note" only when a note line was
found: the same note as the scan of every line start (``_NOTE_RE``) behind that test, on random
texts built from note labels, markers, line breaks and words."""

import random

from onrecord.extract.editorial import _NOTE_RE, find_editors_note
from onrecord.extract.paragraph_spans import paragraphs

_PIECES = ["\n", "\n\n", " ", "\t", "*", "\u2020", "Editor's note", "editors\u2019 NOTE", "Note from the editor",
           "translator's Note", "note", "NOTE", "Note", ":", ".", "\u2014", "-", "word", "EDITOR", "noted",
           "Ed", "TRANSLATORS' note", "No", "\u0130", "The", "n"]


def _by_every_line_start(text: str):
    if "note" not in text and "Note" not in text and "NOTE" not in text:
        return None
    found = None
    for m in _NOTE_RE.finditer(text):
        found = m
    if found is None:
        return None
    start = found.start("marker") if found.group("marker") else found.start("label")
    end = text.find("\n", found.end())
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"start": start, "end": end, "text": text[start:end], "marker": found.group("marker") or None}


def test_note_found_after_line_breaks_is_the_note_of_every_line_start():
    rng = random.Random(16)
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        expected = _by_every_line_start(text)
        hits += expected is not None
        assert find_editors_note(text) == expected, text
        # the line breaks paragraphs() finds on its way, as extraction passes them
        breaks: list[int] = []
        paragraphs(text, breaks)
        assert find_editors_note(text, breaks) == expected, text
    assert hits > 500  # the random texts do hold notes
