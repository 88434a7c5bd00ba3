"""A body's unnamed voice as a sentence's subject (issue 11, round 13, lane fresh): "The Ofcom
spokesman said it was considering … . “…,” he said" and "A spokesman for the Home Office
defended the proposals. … He said: “…”" are an unnamed person. On the fresh tuning set the
he/she after such a sentence went to the body ("Ofcom") or to a minister named earlier;
referents.py records the description as the sentence's unnamed subject instead, so the
pronoun is left null with that description."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.titles import SPOKESPERSON_WORDS

_HEADS = "|".join(sorted(SPOKESPERSON_WORDS))
# "A spokesman for the Home Office": determiner, head, preposition, then the body's name
_VOICE_FOR_RE = re.compile(r"(?:a|an|the)\s+(?:" + _HEADS + r")\s+(?:for|of|at)\s+(?:the\s+)?", re.I)
# "The Ofcom spokesman", unless a name follows ("The Ofcom spokesman Ivo X said")
_BODY_VOICE_RE = re.compile(r"\s+(?:" + _HEADS + r")\b(?![,\s]+[A-Z])")
_NAMED_AFTER_RE = re.compile(r"[,\s]+[A-Z]")


def body_voice(masked: str, t0: Any, m: Any) -> str | None:
    """The description when the clause opening at determiner ``t0`` is a body's unnamed
    spokesperson around the body's mention ``m``; None when it names the person or is no such
    voice."""
    if m.possessive:
        return None
    if not masked[t0.end : m.start].strip():
        voice = _BODY_VOICE_RE.match(masked, m.end)
        return masked[t0.start : voice.end()] if voice else None
    if _VOICE_FOR_RE.fullmatch(masked, t0.start, m.start) and not _NAMED_AFTER_RE.match(masked, m.end, m.end + 3):
        return masked[t0.start : m.end]
    return None
