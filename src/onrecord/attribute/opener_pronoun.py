"""A he/she subject after a sentence-opening adverbial (issue 11, round 35, lane wrong16).

"Within hours, with a calm display of purpose and leadership, he had recast himself as a
modern-day Lincoln" and "Later he met Lincoln": the string reader of a sentence's subject
(``finder.clause_start``) skips one introductory phrase closed by a comma, so after a second
phrase, or a phrase with no comma, the subject was unknown and the name in the predicate stood
first among the next pronoun's antecedents (random corpus sample: a mayor's "he said" went to
Winston Churchill, whom he had been compared with). Here the he/she is the subject when every
phrase before it opens like an adverbial and nothing before it could be a subject: no name, no
other pronoun, no auxiliary, no subordinator ("When he woke, Reyes was …" stays Reyes's), no
quotation mark."""

from __future__ import annotations

from typing import Any

from ..lexicon.calendar import TIME_OPENERS
from ..lexicon.function_words import ADVERBIAL_OPENERS, AUXILIARY_OPENERS, CLAUSE_PRONOUNS, INTRO_PREPOSITIONS, \
    SENTENCE_CONJUNCTIONS, SUBORDINATORS
from ..text.mask import CLOSERS
from ..thresholds.subjects import SUBJECTS
from .cues import DETERMINERS

_PERSONAL = frozenset({"he", "she"})
_MARKS = frozenset(CLOSERS) | {":", ";", "(", ")"}  # every quotation mark, opening ones too
# adverbial openers ("Later he met …", "With a calm display …", "On Tuesday he …")
_OPENER_WORDS = ADVERBIAL_OPENERS | INTRO_PREPOSITIONS | TIME_OPENERS


def _adverbial(words: list[Any], first: bool) -> bool:
    """A comma-separated stretch before the subject that reads as an adverbial: it opens on an
    adverbial word ("Within hours", "with a calm display of purpose", "Quietly"), or it is a
    short list item after one ("purpose and leadership")."""
    if not words:
        return False
    w = words[0].lower
    if w in SENTENCE_CONJUNCTIONS and len(words) > 1:
        w = words[1].lower
    if w in _OPENER_WORDS or w.endswith(("ly", "ing")):
        return True
    return not first and len(words) <= SUBJECTS.opener_list_item_words and w not in DETERMINERS


def opener_pronoun(toks: list[Any], name_starts: list[int]) -> int | None:
    """The index in ``toks`` (a sentence's tokens) of a he/she that is the sentence's subject
    after an opening adverbial, or None. ``name_starts``: where the sentence's names start."""
    first_name = min(name_starts, default=None)
    for k, t in enumerate(toks[: SUBJECTS.opener_pronoun_reach + 1]):
        if first_name is not None and t.start >= first_name:
            return None  # a name comes first: the existing readers decide
        if t.lower in _PERSONAL:
            return k if k > 0 and k + 1 < len(toks) and toks[k + 1].text[:1].islower() \
                and _opening(toks[:k]) else None
        if t.lower in SUBORDINATORS or t.lower in CLAUSE_PRONOUNS or t.lower in AUXILIARY_OPENERS \
                or t.text in _MARKS:
            return None
    return None


def _opening(before: list[Any]) -> bool:
    """Whether the tokens before the he/she are adverbials only: a comma closes the last one, or
    a single comma-less phrase of at most three words ("Later", "On Tuesday", "Two days later")."""
    chunks: list[list[Any]] = [[]]
    for t in before:
        if t.text == ",":
            chunks.append([])
        else:
            chunks[-1].append(t)
    if chunks[-1] and (len(chunks) > 1 or len(chunks[0]) > SUBJECTS.opener_phrase_words):
        return False  # "In May the company hired him and he …": words after the last comma
    chunks = [c for c in chunks if c]
    return bool(chunks) and all(_adverbial(c, i == 0) for i, c in enumerate(chunks))
