"""A common word glued before a surname in a title line: a headline's adjective (round 80, lane names91).

A headline or a subhead describes its subject with an adjective written before the surname:
"Defiant X vows …", "Weary-of-it-all X tees off on …", a list's subhead "1974: Defiant X", a
video box's "JUST WATCHED Former X campaign manager on …". The run of capitals takes the
adjective as a given name, the run clusters with the body's "President X" and "Mr X", and as
the fullest form it became the shown name of every quotation of the person: "Defiant X" x25,
"Impeachment-weary X" x27 (a hyphened word no opener rule read), "Former X" x13, "Defiant Y" x4
on draw G (round 80). The gold gives the surname the body writes (GUIDELINES S4, S7).

opener_names.glued_opener cuts a glued word before a lone surname only when the article names
another person of the surname by a given name, or the run opens its sentence and is written
once; a headline's word is often neither, and "defiant" need not occur in lower case.
``title_line_opener`` adds the case where every writing of the run stands in a title line
and the word is a common English word (wordfreq), no listed given name. A real person's full
name stands in the body's prose too ("… said Gov. Jo X"), so it is kept; given names that are
common words are listed in lexicon/given_names.WORD_GIVEN_NAMES ("Jay", "Chad", "Robin").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.furniture import VIDEO_BOX_HEADERS
from ..lexicon.given_names import GIVEN_NAMES, WORD_GIVEN_NAMES
from ..lexicon.titles import NAME_PARTICLES, PEERAGE_TITLES
from ..lexicon.word_frequency import zipf
from ..thresholds.shapes import TITLE_LINE_OPENERS
from .cues import ORG_WORDS

if TYPE_CHECKING:
    from .layout import Layout
    from .mentions import Mention

# a capitalised word, its other letters lower case, with inner hyphens ("Impeachment-weary")
_WORD_SHAPE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
# the video box's header right before the run ("JUST WATCHED X …", "MUST WATCH X …")
_VIDEO_HEADER = re.compile(r"(?:" + "|".join(VIDEO_BOX_HEADERS) + r")\s+$")
_SENTENCE_END = ".!?\"”’'"


def listed_name_word(low: str) -> bool:
    """A lower-cased word no cut may take off the front of a name: a given name (listed, or a
    common word that is one: "jay"), a function word, a body's word or a name particle. Read
    here and by opener_names._kept_word."""
    return low in GIVEN_NAMES or low in WORD_GIVEN_NAMES or low in FUNCTION_WORDS or low in ORG_WORDS \
        or low in NAME_PARTICLES


def common_word(word: str) -> bool:
    """A word of the run's shape that is a common English word and opens no listed name."""
    low = word.lower()
    if not _WORD_SHAPE.fullmatch(word) or listed_name_word(low) or low in PEERAGE_TITLES:
        return False
    return zipf(word) >= TITLE_LINE_OPENERS.common_word_zipf


def in_title_line(text: str, headline_end: int, pos: int) -> bool:
    """``pos`` stands in the headline, in a short line with no sentence's end (a subhead:
    "1974: Defiant X"), or right after a video box's header."""
    if pos < headline_end or _VIDEO_HEADER.search(text, max(0, pos - 20), pos):
        return True
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1 : len(text) if end < 0 else end].strip()
    return len(line.split()) <= TITLE_LINE_OPENERS.subhead_words and not line.endswith(tuple(_SENTENCE_END))


def written_only(text: str, run: str, where: Callable[[int, int], bool]) -> bool:
    """``run`` is written in ``text`` as a whole phrase, and ``where(start, end)`` holds for
    every writing of it (read here for title lines, by title_case_openers for title case too)."""
    at = list(re.finditer(r"(?<![\w-])" + re.escape(run) + r"(?![\w-])", text))
    return bool(at) and all(where(x.start(), x.end()) for x in at)


def title_line_only(text: str, headline_end: int, run: str) -> bool:
    """``run`` is written in the article, and only in title lines."""
    return written_only(text, run, lambda a, _: in_title_line(text, headline_end, a))


def title_line_word(word: str, text: str, headline_end: int, surname: str) -> bool:
    """A common word written before ``surname`` only in title lines (fullname.py's search for
    a fuller form skips it: the cut "X" would otherwise be lengthened back to "Former X")."""
    return common_word(word) and title_line_only(text, headline_end, f"{word} {surname}")


def title_line_opener(m: "Mention", lay: "Layout") -> bool:
    """The mention is "<Word> <Surname>" (no role before it), the word a common English word,
    and every writing of the run in the article stands in a title line (module docstring)."""
    words = m.name.split()
    if len(words) != 2 or m.role or not common_word(words[0]):
        return False
    return title_line_only(lay.text, lay.headline_end, m.name)
