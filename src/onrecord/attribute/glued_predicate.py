"""A known person's name with the start of its own predicate glued on as a description (issue
11, round 79, lane null89): "Brown fired back and said he “…”" gave the description "Brown
fired" (finder._said_before drops only "<verb> and" from "<verb> <object> and said"); "Gray
nevertheless insisted the crowd “…”", "Lee first demurs, then says …", "Park resigned amid …,
and apologized “…”". The description matched no entity and the words were left null, though
the name opening it is a person the article knows.

Taken only when the description is a run of capitalised words that the article's entities know
as a person, followed by lower-case words the first of which is a verb's past form ("-ed", or
a few irregular ones) or an adverb: never a noun after the name ("Murray onstage", "Trump
rallies"), where the name is an object or a modifier of someone else's words."""

from __future__ import annotations

import re
from typing import Any, Callable

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.negation import NEGATORS
from ..lexicon.predicates import IRREGULAR_PASTS, LY_NOUNS, PREDICATE_ADVERBS
from ..thresholds.subjects import SUBJECTS
from .cues import ADVERBS

_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")


def _opens_predicate(word: str) -> bool:
    """A verb's past form or an adverb: what follows a subject, never a noun it modifies."""
    if not word.islower():
        return False
    return (word.endswith("ed") and len(word) >= SUBJECTS.glued_ed_min_letters) or word in IRREGULAR_PASTS \
        or word in ADVERBS or word in PREDICATE_ADVERBS \
        or (word.endswith("ly") and len(word) >= SUBJECTS.glued_ly_min_letters and word not in LY_NOUNS)


def glued_name(text: str, entity_for_name: Callable[[str], Any]) -> Any | None:
    """The person entity named by the capitalised run opening the description ``text`` when
    the lower-case words after it open a predicate, or None."""
    words = text.split()
    run = 0
    while run < len(words) and _NAME_WORD.fullmatch(words[run]):
        run += 1
    if run == 0 or run > SUBJECTS.glued_name_words or run == len(words) or not _opens_predicate(words[run]):
        return None
    if words[0].lower() in FUNCTION_WORDS:
        return None  # "The Senate voted …": a determiner, no name opens it
    if any(w.lower() in NEGATORS or w.lower().endswith(("n’t", "n't")) for w in words[run:]):
        # "NAME oddly doesn’t mention the “proof”": a writer's scare quote, words NAME did not
        # say (draw E, round 79: the first version gave them to the name)
        return None
    e = entity_for_name(" ".join(words[:run]))
    if e is None or e.kind == "org" or not (e.is_person() or e.person_like()):
        return None
    return e


def glued_description(text: str, entity_for_name: Callable[[str], Any]) -> tuple[Any, str] | None:
    """The person and the evidence line for the description ``text`` (``glued_name``), or None."""
    e = glued_name(text, entity_for_name)
    return None if e is None else (e, f"description '{text}' -> the name opening it, {e.canonical}")
