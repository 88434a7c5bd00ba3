"""Whether a quotation's words name a person by surname, written plain or inside an @handle.

"“Does @JaneRowe want to carry my pack?” the veteran said" names Rowe, so Rowe (the subject
just before) is not the speaker (round 47, lane epithet28). But a handle whose surname follows
another given name is a relative's ("“Great job by @IvankaBrisk!” the president wrote" is
President Donald Brisk on his daughter: review39 found the president left null), so it names
the person only when it holds no given name or the person's own ("@realDonaldBrisk",
"@SenRowe", "@Rowe")."""

from __future__ import annotations

import re

from ..lexicon.given_names import GIVEN_NAMES
from ..text.find import has_word

# the capitalised pieces of a handle's letters before the surname: "realDonald" -> "Donald"
_CAMEL_PIECE = re.compile(r"[A-Z][a-z]+")


def surname_named(canonical: str, words: str) -> bool:
    """``words`` write the surname of ``canonical`` as a word or inside a handle of that person."""
    parts = canonical.split()
    last = parts[-1]
    if len(last) <= 2:
        return False
    if has_word(words, last):
        return True
    own = parts[0].lower() if len(parts) > 1 else None
    for m in re.finditer(r"@(\w*?)" + re.escape(last) + r"\b", words):
        pieces = _CAMEL_PIECE.findall(m.group(1))
        given = pieces[-1].lower() if pieces else None
        if given is None or given == own or given not in GIVEN_NAMES:
            return True
    return False
