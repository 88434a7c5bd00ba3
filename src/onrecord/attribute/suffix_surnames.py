"""A surname ending like a participle or an adverb opening its sentence: "Speed says she …",
"Reilly said", "Downing wrote" (issue 11, round 83, lane surname101).

``mentions._opens_name`` refuses a sentence's first word ending in "-ing", "-ed" or "-ly" before
a lower-case word ("Notifying the families took …": a participle, not a name). The same test
threw away the bare surnames Speed, Reilly, Kelly, Downing, Healy, Allred …: the person's later
mention at a sentence's start made no mention at all, so "X says she …" bound the "she" to
nobody (left null "between two speakers") and "“…,” X said" lost its speaker or took the one
before. Draw N (round 83) holds about twenty such openers before a verb.

The word is a surname here when the article also writes it right after a listed given name or
a courtesy title ("Ana Speed", "Ms. Speed") with no capitalised word after it: a participle or
an adverb is never written so. Word given names ("Will", "Grant") are no evidence ("Will Hiring
Slow?" in a title-case headline)."""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..lexicon.given_names import GIVEN_NAMES, WORD_GIVEN_NAMES
from ..lexicon.titles import COURTESY_TITLES

SUFFIXES = ("ing", "ed", "ly")


def _named_after_given(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` after a given name or a courtesy title, no capital after."""
    # one space, the period only after a title: "… said Mark. According to …" ends a sentence
    pattern = r"\b([A-Z][a-z]+)(\.?) (?:[A-Z]\. )?" + re.escape(word) + r"\b(?![’']?\s*[A-Z])"
    for m in re.finditer(pattern, text):
        head = m.group(1).lower()
        if head in COURTESY_TITLES or not m.group(2) and head in GIVEN_NAMES and head not in WORD_GIVEN_NAMES:
            return True
    return False


def suffix_surname(text: str, toks: Sequence[Any], i: int) -> bool:
    """Whether ``toks[i]``, a capitalised word ending in -ing/-ed/-ly, is the bare surname of a
    person the article names in full (asked only where the participle test would refuse it)."""
    word = toks[i].text
    return word[:1].isupper() and word.lower().endswith(SUFFIXES) and _named_after_given(text, word)


def surname_opens_clause(text: str, toks: Sequence[Any], mentions: Sequence[Any]) -> bool:
    """Whether the sentence ``toks`` opens with such a surname, a mention of its own: then its
    first word is the subject, not a participle's introductory phrase (``finder.clause_start``
    skipped "Speed says she recognizes …, but …" to the comma, so "Speed" was no subject and
    her "she" fixed no gender)."""
    return bool(toks) and any(m.start == toks[0].start for m in mentions) and suffix_surname(text, toks, 0)
