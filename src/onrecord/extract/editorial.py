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
_NOTE_RE = re.compile(
    r"(?im)^[ \t]*(?P<marker>[*\u2020\u2021\u2051\u204e]{1,3})?[ \t]*"
    r"(?P<label>(?:editor|translator)s?[\u2019'`]?s?[\u2019']?[ \t]+note|note[ \t]+from[ \t]+the[ \t]+"
    r"(?:editor|translator)s?)[ \t]*[:.\u2014\u2013-]"
)


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


def find_editors_note(text: str) -> dict[str, Any] | None:
    """The editor's (or translator's) note: its span, text and the marker it opens with.

    The last note wins: a note is an appendix, and a quotation of the phrase "editor's note"
    earlier in an article is not one. ``text`` is ``doc[start:end]`` (marker included), the
    paragraph from the marker to its end."""
    if "note" not in text and "Note" not in text and "NOTE" not in text:
        return None  # cheap substring test first: most articles have no note
    found = None
    for m in _NOTE_RE.finditer(text):
        found = m
    if found is None:
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
