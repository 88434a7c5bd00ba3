"""A party, nationality or country word glued before a person's name (round 82, lane forms95).

A run of capitals takes a capitalised label written before a name: a party word ("On guns,
Democrat X sees it this way", "Kentucky Democrat Ana Y Z"), a nationality ("Egyptian-American
Ana Y"), or a dotted country abbreviation that ended the sentence before when the split missed
the break ("… the continental U.S. Y said", "against Sen. U.S. Ana Y"). The run clusters apart
from the person's full name or becomes its fullest form, and the glued label was the shown name
("Democrat X", "U.S. Ana Y": draw K, round 82; draw I, round 81). The gold gives the person's
own name (GUIDELINES S4).

opener_names.glued_opener missed these: the label is written in capitals everywhere (never in
lower case), it is no title or person's noun, and a dotted abbreviation is no word of letters.

``side_opener`` cuts the label (the caller moves it to the mention's role) when
- the word is a party word (lexicon/groups.PARTY_SIDE_WORDS), a nationality (one or joined by
  hyphens: "Egyptian-American"), or a country's name written with full stops ("U.S.", "U.K.");
- the rest is two words or more, opening on a listed given name ("Democrat Ana Y Z"); or one
  word, and the article names a person of that surname by another listed given name
  (opener_names._other_given: "Democrat X" beside "pollster Peter X").
A nationality word is also a given name in some articles ("German X", "Dutch X" are real
names no list holds): the listed given name after it, or the other given name elsewhere, is
what keeps those.

``credit_agency`` (same lane): a photo credit's agency after "via" glued before the caption's
first words ("Jo Doe / The Outlet via Redux Ana Y, a former aide, …"): the run took the agency's
name as a given name, and "Redux Ana Y" was the shown name of all of one article's 19 quotations
of the woman the headline names in full (draw K). Only after a slash on the same line, so the
credit is a photographer's and the word after "via" names whoever passed the picture on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.groups import PARTY_SIDE_WORDS
from ..lexicon.places import is_demonym, is_place
from ..thresholds.layout import PHOTO_CREDIT_BEFORE_CHARS

# "/ The Outlet via " closing the text before the run: a credit's slash, then "via" on one line
_VIA_AFTER_SLASH = re.compile(r"/[^\n/]*\bvia\s+\Z")


def side_word(word: str) -> bool:
    """A capitalised party word, nationality, or dotted country abbreviation ("U.S.")."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    if low in PARTY_SIDE_WORDS and word[1:].islower():
        return True
    if "." in word:
        return is_place(word)
    parts = word.split("-")
    return all(p[:1].isupper() and is_demonym(p) for p in parts)


def side_opener(words: list[str], other_given: Callable[[str], bool]) -> bool:
    """``words`` is a mention's name; ``other_given(surname)`` says whether the article names a
    person of that surname by another listed given name (module docstring)."""
    if len(words) < 2 or not side_word(words[0]):
        return False
    tail = words[1:]
    if len(tail) >= 2:
        return tail[0].lower() in GIVEN_NAMES
    return tail[0][:1].isupper() and tail[0][1:].islower() and other_given(tail[0])


def credit_agency(text: str, start: int) -> bool:
    """The word at ``start`` follows "via" in a photo credit whose slash stands on the same line
    within PHOTO_CREDIT_BEFORE_CHARS characters ("Jo Doe / The Outlet via Redux …")."""
    before = text[max(0, start - PHOTO_CREDIT_BEFORE_CHARS) : start]
    return _VIA_AFTER_SLASH.search(before) is not None
