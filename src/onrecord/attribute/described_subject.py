"""The subject of a clause that opens on a determiner (moved from referents.py, round 26, lane
wrong9, to keep it under 500 lines): the name apposed to it ("The board chair, Anneliese
Harrow, has insisted …"), or the entity its first words describe. ``Referents.leading_subject``
asks it."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.heads import PERSON_ROLE_NOUNS
from ..lexicon.function_words import INTRO_WORDS


def described_subject(res: Any, s: Any, toks: list[Any], c0: int, ms: list[Any]) -> list[Any] | None:
    """A clause opening on a determiner: the apposed name, or the entity its first words
    describe."""
    t0 = toks[c0]
    # "The board chair, Anneliese Harrow, has insisted …"
    seg = res.lay.masked[t0.start : s.end]
    mm = re.match(r"[^,;:.]{2,60},\s", seg)
    if mm:
        after = t0.start + mm.end()
        for m in ms:
            if m.start == after or m.prefix_start == after:
                return [m.entity] if m.entity else []
    words = [t for t in toks[c0 : c0 + 4]]
    for n in (4, 3, 2):
        phrase = " ".join(t.text for t in words[:n])
        if n < len(words) and words[n].lower in PERSON_ROLE_NOUNS:
            # "The world champion says …": "The world" is no description of its own (it
            # matched the "World Indoor Championships"; round 26, lane wrong9, fresh5)
            continue
        if len(words) >= n and all(t.is_word for t in words[:n]):
            e = res.description(phrase, t0.start)
            if e is not None and words[n - 1].lower not in INTRO_WORDS:
                return [e]
    return None
