"""The person credited with an employer or home after "of"/"from": "said Pellard of the
District's emergency agency", "said Rep. Tom King of New York", "Ann X from the Players' Union
said". The credit's name run went on through "of the" to the capitals after it, or was matched
word by word until only the place was left, and the place or body took the words (round 66,
lane who70: real-news fresh24 abp-4741, fresh23 abp-hve5, fresh4 bbc-entertainment-289). The
person before the preposition speaks when the article knows that name as a person."""

from __future__ import annotations

import re
from typing import Callable

from ..lexicon.places import is_place
from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import WINDOWS
from .cues import ORG_WORDS, PLURAL_BODY_HEADS
from .entities import Entity

# "Pellard of the ", "X from the Players' " right before a name part that holds only
# the place or body: the capitalised word before the preposition, and capitals after it
# (no full stop inside: "drummer Bo Lind from April. May said" is two sentences)
_HEAD_BEFORE_RE = re.compile(r"([A-Z][\w’'\-]+)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}$")


def _heads(text: str, start: int, written: str) -> list[str]:
    """The names that may stand before the preposition: the credit's words before " of " as
    written (title words and all: the title reader took "King" for one and kept only "New
    York"), and the capitalised word just before the part in the text."""
    heads = [written.split(" of ")[0]] if " of " in written else []
    m = _HEAD_BEFORE_RE.search(text, max(0, start - WINDOWS.affiliation_head_chars), start)
    if m is not None and m.end() == start:
        heads.append(m.group(1))
    return heads


def _may_be_person(head: str) -> bool:
    """Not a body's or an office's head: "Bank of England", "Secretary of State", "Friends of
    the Earth" (a plural body head), "Duke of Edinburgh" (a one-word title)."""
    words = [w.lower().strip(".’'") for w in head.split()]
    if not words or not head.split()[-1][:1].isupper():
        return False
    if words[-1] in ORG_WORDS or words[-1] in PLURAL_BODY_HEADS:
        return False
    # "Tom King": a surname that is also a title word, after a given name; never all titles
    return not all(w in TITLE_WORDS for w in words)


def person_before_of(text: str, start: int, written: str,
                     entity_for_name: Callable[[str], Entity | None]) -> Entity | None:
    """The person named before "of"/"from" in the credit ``written`` at ``start``, or
    None: only a name the article knows as a person or writes in full (not a body, a place)."""
    for head in _heads(text, start, written):
        if not _may_be_person(head):
            continue
        e = entity_for_name(head)
        if e is not None and named_person(e):
            return e
    return None


def named_person(e: Entity) -> bool:
    """A person by evidence, or a full name ("Mara Pellard" introduced with no title yet), and
    no body or place: ``Entity.substantial()`` less organisations and places. The one test of a
    name for this and joint_authors (round 66, lane one74a: they had read it two ways)."""
    return e.kind != "org" and not is_place(e.canonical) and e.substantial()
