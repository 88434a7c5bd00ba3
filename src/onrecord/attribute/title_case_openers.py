"""A common word glued before a surname inside title-case words in a body line (round 81, lane forms94).

A headline's wording is often written again inside the body: a blog post citing its earlier
post ("Our first post — Toll Scandal Worries Harlan's 'Tough Image' — has more"), a numbered
item's heading that ends with a full stop ("7. So–Cable News Knew Harlan's Story Was Weak."). In
title case every word is capitalised, so the run of capitals takes the verb before the surname
as a given name ("Worries Harlan"), the run clusters with the body's lone "Harlan", and as the
fullest form it became the shown name of every quotation of the person ("Threatens X" x18,
"Knew Y" x5 on draw I, round 81), though the body names the person in full ("Gov. Jo Harlan").

title_line_openers.title_line_opener reads a headline, a short subhead without a full stop and
a video box, not such a line of prose. ``title_case_opener`` adds the case where every writing
of the run stands in a title line or between title-case words (the nearest long words on either
side, in its own line, all capitalised), the word is a common English word and no listed given
name (title_line_openers.common_word), and opener_names._other_given holds (its caller asks):
the article names a person of that surname by another, listed given name. A credit phrase in
title case ("Senate Budget Chairman Patty X (D-Wash.)") passes the stretch test, so the last
condition is what keeps a real given name that no list holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.titles import TITLE_WORDS
from ..thresholds.shapes import TITLE_CASE_OPENERS as T
from .role_shape import is_person_noun
from .title_line_openers import common_word, in_title_line, written_only

if TYPE_CHECKING:
    from .layout import Layout
    from .mentions import Mention

_WORD = re.compile(r"[\w’'-]+")
# a possessive right after the surname ("Harlan's Story"): no word of its own
_POSSESSIVE = re.compile(r"^[’']s\b")


def _long_words(chunk: str) -> list[str]:
    return [w for w in _WORD.findall(chunk) if len(w.strip("’'-")) >= T.long_word_letters]


def in_title_case(text: str, start: int, end: int) -> bool:
    """The run ``text[start:end]`` stands between title-case words: the nearest long words on
    each side, in the run's own line, are there and all capitalised."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    before = _long_words(text[lo:start])[-T.words_each_side:]
    after = _long_words(_POSSESSIVE.sub("", text[end:hi]))[: T.words_each_side]
    if len(before) < T.words_each_side or len(after) < T.words_each_side:
        return False
    return all(w.strip("’'-")[:1].isupper() for w in before + after)


def title_case_only(text: str, headline_end: int, run: str) -> bool:
    """``run`` is written in the article, each time in a title line or between title-case words."""
    return written_only(text, run, lambda a, b: in_title_line(text, headline_end, a)
                        or in_title_case(text, a, b))


def title_case_opener(m: "Mention", lay: "Layout") -> bool:
    """The mention is "<Word> <Surname>" (no title or person's noun before it), the word a common
    English word, and every writing of the run stands in title-case words (module docstring; the
    caller also asks that another person of the surname be named by a listed given name)."""
    words = m.name.split()
    if len(words) != 2 or not common_word(words[0]):
        return False
    # the title's capitalised words before the run were read as its role ("Toll Scandal"): a role
    # that ends on a title or a person's noun is a real one ("Budget Chairman Jo X"), kept
    last = m.role.split()[-1].lower().strip(".") if m.role else ""
    if last and (last in TITLE_WORDS or is_person_noun(last)):
        return False
    return title_case_only(lay.text, lay.headline_end, m.name)
