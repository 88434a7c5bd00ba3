"""Who the claim names (issue 12): several speakers, or one with a long title.

Translated and rewritten reports credit words to "Iranian President Hassan Rouhani", or to
two people at once ("the president and his envoy said"). The words of any one of them count:
a match said by one of the named people is theirs (verbatim, variation or drift with that
speaker), never a misattribution. A title is read off by also trying the last two and three
words of each name ("Hassan Rouhani" in "President of the Islamic Republic of Iran Hassan
Rouhani"); a surname alone is not tried, because "former president Clinton" must not match
both Clintons."""

from __future__ import annotations

import re

from ..names import name_tokens, same_person

_SEVERAL = re.compile(r"\s+(?:and|&)\s+|\s*;\s*|\s+/\s+")


def claimed_names(speaker: str | None) -> list[str]:
    """The names a claim's speaker field can mean: each person it lists, each also without
    the words before its last two or three (a title)."""
    if not speaker:
        return []
    out: list[str] = []
    for part in (p.strip() for p in _SEVERAL.split(speaker)):
        if not part:
            continue
        out.append(part)
        words = part.split()
        for k in (3, 2):
            if len(words) > k and len(name_tokens(" ".join(words[-k:]))) == k:
                out.append(" ".join(words[-k:]))
    return list(dict.fromkeys(out))


def said_by(claimed: str | None, speaker: str | None) -> bool:
    """True when ``speaker`` is (one of) the people the claim names."""
    if not claimed or not speaker:
        return False
    return any(same_person(n, speaker) for n in claimed_names(claimed))
