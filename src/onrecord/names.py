"""Person-name logic shared by attribution (clustering mentions in an article) and verification
(is the claimed speaker the speaker of the evidence span?). One implementation, so that
"Haass", "Mr Haass" and "Richard Haass" are the same person everywhere in onrecord."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon.titles import HONORIFICS, SUFFIXES

# "The Rev. X", "the Honourable Y": a leading article goes with the honorifics.
BEFORE_NAME = HONORIFICS | {"the"}


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def name_tokens(name: str) -> list[str]:
    """Lower-cased name parts without honorifics, suffixes or punctuation.

    "Dr. Mara Ellison-Vance, PhD" -> ["mara", "ellison-vance"]."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    # memoised: attribution compares the same few names of an article thousands of times
    s = _strip_accents(name).replace("’", "'")
    parts = [p.strip(".,'") for p in re.split(r"[\s,]+", s) if p.strip(".,'")]
    out = [p.lower() for p in parts]
    while len(out) > 1 and out[0] in BEFORE_NAME:
        # the last word is never stripped: it is the surname ("King said" after "Sen. Angus
        # King": "King" alone had no name tokens and became a speaker of its own, real-news
        # tuning split; likewise Bishop, Judge, Major, Dean)
        out.pop(0)
    while out and out[-1] in SUFFIXES:
        out.pop()
    return tuple(out)


def surname(name: str) -> str:
    toks = name_tokens(name)
    return toks[-1] if toks else ""


def same_person(a: str | None, b: str | None) -> bool:
    """True when two mentions can name the same person or organisation.

    Equal token lists match; otherwise the surnames must match and any given names must be
    compatible (equal, or one an initial of the other). "Haass" ~ "Richard Haass";
    "R. Haass" ~ "Richard Haass"; "Mary Haass" !~ "Richard Haass". Organisations match on their
    full token list only (a surname rule would make "Ministry of Health" match "Health")."""
    if not a or not b:
        return False
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if ta[-1] != tb[-1]:
        return False
    ga, gb = ta[:-1], tb[:-1]
    if not ga or not gb:  # surname alone matches a full name
        return True
    for x, y in zip(ga, gb):
        if x == y:
            continue
        if len(x) == 1 and y.startswith(x) or len(y) == 1 and x.startswith(y):
            continue
        return False
    return True


def fullest(names: list[str]) -> str:
    """The most complete form among mentions of one person (most name tokens, then longest)."""
    return max(names, key=lambda n: (len(name_tokens(n)), len(n)))
