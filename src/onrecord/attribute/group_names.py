"""Capitalised names that are no one speaker: a hashtag or a handle, and a people or a group
of many written with a capital ("Americans say", "Many Americans feel", "Italians find",
"Critics say" opening a sentence). The entity clustering keeps such runs as names, so "“…,”
Americans said" showed "Americans" as the speaker (round 78, lane wrong88: 15 quotations of
3,000 unseen articles, every one a broad group or a poll's respondents, whose words are a
description's (D3, D6) or scare (K28), never a named speaker's). ``Resolver._resolve_name``
asks first."""

from __future__ import annotations

from typing import Any, Callable

from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.places import DEMONYMS
from .cues import PARTY_WORDS


def not_a_name(text: str, part: Any, name: str, lower_words: set[str], entity_for_name: Callable[[str], Any]) -> tuple[None, str] | None:
    """(None, why) when the name part ``part`` (read as ``name``) names no one speaker, else None.
    A people or group becomes a description (``part.kind``), so no fallback gives the words the
    previous speaker; ``lower_words`` are the words the article writes in lower case. A word the
    clustering joined to a longer body's name ("Americans" for "Americans for Prosperity",
    read by the parse as the subject's head) stays that body."""
    if part.start > 0 and text[part.start - 1] in "#@":
        # "#NotMyAbuela began trending, with posts like: “…”": a hashtag or a handle is no
        # name (round 31, lane junk12: corpus read); the posts are nobody's in particular
        return None, f"'{part.text}' is a hashtag or handle, not a name"
    words = name.split()
    if not words or any(w.lower() not in lower_words for w in words[:-1]):
        return None  # "Americans for Prosperity", "Young Americans for Liberty": a body's name
    last = words[-1].lower()
    # not a party's plural ("the Conservatives", "Liberals said"): a body (party_groups.py)
    if last.endswith("s") and last[:-1] in DEMONYMS or last in GROUP_NOUNS and last not in PARTY_WORDS:
        e = entity_for_name(name)
        if e is not None and e.canonical.split()[-1].lower() != last:
            return None
        part.kind = "desc"
        return None, f"'{part.text}' is a people or a group, no one speaker"
    return None
