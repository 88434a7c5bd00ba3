"""A headline's words taken for a name (round 66, lane junk73): a title-case headline
capitalises every word, so a run of its words ("Ukraine Impeachment Inquiry Resumes With
Diplomat Who Warned …", "Impeachment Hearings Go Public", "Victim's Family: '…'", "Mexico Hits
Trump Tariff Threat") became the speaker's name. Such a run is written nowhere but in the
headline (and the page's repeat of it), no word of it is a given name, and its last word (or a
word after its first) is a common word the article writes in lower case ("inquiry", "hearings",
"family", "journalist"): it names no one, and the speaker is
better left unnamed than given a headline's phrase."""

from __future__ import annotations

import re

from ..lexicon.given_names import GIVEN_NAMES
from .layout import Layout
from .mentions import common_words


def headline_phrase(lay: Layout, name: str) -> str | None:
    """Why ``name`` is a headline's phrase and no name, else None."""
    words = name.split()
    lower = common_words(lay)[0]
    if not words or any(w.lower() in GIVEN_NAMES for w in words) \
            or not any(w.isalpha() and w.lower() in lower for w in words[-1:] + words[1:]):
        return None
    headline = lay.text[: lay.headline_end].strip()
    found = False
    for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", lay.text):
        found = True
        if m.start() >= lay.headline_end and not _headline_repeat(lay.text, m.start(), headline):
            return None
    return "a title-case headline's words, written nowhere else, are no name" if found else None


def _headline_repeat(text: str, at: int, headline: str) -> bool:
    """The line holding ``at`` repeats the headline (a page's title printed twice)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(headline) and text[start : end if end >= 0 else len(text)].strip() == headline
