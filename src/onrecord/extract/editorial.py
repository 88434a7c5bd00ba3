"""Editorial markers: a mark such as ``*`` or ``†`` directly after a closing quotation mark
flags the quotation, and the article's editor's note explains it ("*Editor's Note: These
quotations, accurately translated, could not be verified.")."""

from __future__ import annotations

import re
from typing import Any

# Characters that an editor puts right after a closing mark. The asterisk is what translated
# pieces use; dagger and double dagger are the print-style alternatives.
FLAG_MARKS = "*\u2020\u2021\u2051\u204e"

# "Editor's Note:", "Editors’ note —", "Note from the editor:", "Translator's note:" at the
# start of a line, optionally after the marker it explains ("*Editor’s Note: …").
_NOTE_LINE = (
    r"[ \t]*(?P<marker>[*\u2020\u2021\u2051\u204e]{1,3})?[ \t]*"
    r"(?P<label>(?:editor|translator)s?[\u2019'`]?s?[\u2019']?[ \t]+note|note[ \t]+from[ \t]+the[ \t]+"
    r"(?:editor|translator)s?)[ \t]*[:.\u2014\u2013-]"
)
_NOTE_RE = re.compile(r"(?im)^" + _NOTE_LINE)
# What a note's line can open with: blank, a marker, or a label's first two letters ("ed",
# "tr", "no"); a non-ASCII character may be either, whatever letter it folds to (IGNORECASE).
_NOTE_BLANK_OR_MARKER = frozenset(" \t*")
_LABEL_FIRST = frozenset("eEtTnN")
_LABEL_SECOND = frozenset("dDrRoO")


def flag_after(text: str, close_end: int) -> str | None:
    """The editorial marker directly after a closing mark ending at ``close_end``, or None."""
    if close_end < len(text) and text[close_end] in FLAG_MARKS:
        run = close_end
        while run < len(text) and text[run] in FLAG_MARKS:
            run += 1
        if run - close_end >= 3:
            return None  # "****": a section divider after the quotation, not a flag
        return text[close_end]
    return None


def _last_note_line(text: str, breaks: list[int] | None = None) -> re.Match[str] | None:
    """The last match of ``_NOTE_RE``: it is tried at each line start, found by str.find (a
    byte search in C), that opens as a note's line can (a scan of the whole text by "^", or by
    a test for the word "note" in it, reads every character in turn: the editor's note was 2 %
    of extraction, issue 16). ``breaks``: every line break's offset, in order, when already
    found (extraction's paragraphs find them: a second search per line was 1 % of it)."""
    if breaks is None:
        breaks = _line_breaks(text)
    found = None
    n = len(text)
    start = 0
    for b in (*breaks, n):  # each line: from start, up to its break b
        if start >= n:
            break
        c = text[start]
        if c in _LABEL_FIRST:
            c = text[start + 1] if start + 1 < n else ""
            if c in _LABEL_SECOND or not c.isascii():
                found = _NOTE_RE.match(text, start) or found
        elif c in _NOTE_BLANK_OR_MARKER or not c.isascii():
            found = _NOTE_RE.match(text, start) or found
        start = b + 1
    return found


def _line_breaks(text: str) -> list[int]:
    """The offset of every line break of ``text``, in order."""
    breaks = []
    b = text.find("\n")
    while b >= 0:
        breaks.append(b)
        b = text.find("\n", b + 1)
    return breaks


def find_editors_note(text: str, breaks: list[int] | None = None) -> dict[str, Any] | None:
    """The editor's (or translator's) note: its span, text and the marker it opens with.

    The last note wins: a note is an appendix, and a quotation of the phrase "editor's note"
    earlier in an article is not one. ``text`` is ``doc[start:end]`` (marker included), the
    paragraph from the marker to its end."""
    found = _last_note_line(text, breaks)
    # (the note's line is looked for first: few lines open like one; the test of the word
    # "note" stays, as it was, a condition)
    if found is None or ("note" not in text and "Note" not in text and "NOTE" not in text):
        return None
    start = found.start("marker") if found.group("marker") else found.start("label")
    end = text.find("\n", found.end())
    if end < 0:
        end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "marker": found.group("marker") or None,
    }
