"""Whether a description may refer to someone the article names only after it (issue 11,
lane wrong6: the wrong person).

``Resolver.description`` resolves "the actress", "the newspaper", "a prosecutor" by a role or
by a body's kind. When nobody holding it was named before, it took the first holder named
anywhere below: "The actress and singer dropped out. She said …" went to another actress in
the guest list three paragraphs on (real-news extension), "the newspaper said" to the
publisher of the copyright line. In 1,000 unannotated corpus articles 18 of 28 such
resolutions were wrong, each 500 or more characters on. A description looks back; a later
holder still counts when named at once (within DESCRIPTION_LATER_CHARS: "The CEO of a large
insurer said …. Acme CEO Jo X's remarks …"), when the description spells its name out in
lower case ("the information commissioner's office says", fresh4), or when an indefinite one
opens the news (the lede holds the name back: "A federal judge has declared … ruling that
“…”" before "U.S. District Judge X ruled", corpus; "a prosecutor told the court", dev).
"""

from __future__ import annotations

import re

from ..thresholds.attribute import DESCRIPTION_LATER_CHARS, LEDE
from .entities import Entity
from .layout import Layout
from .mentions import name_tokens


def named_soon(lay: Layout, cands: list[Entity], pos: int, text: str) -> list[Entity]:
    """The candidates (none named before ``pos``) that the description ``text`` there may
    still describe."""
    words = {re.sub(r"[’']s$", "", w) for w in re.findall(r"[\w\-’']+", text.lower())}
    held_back = text.split()[:1] in (["a"], ["an"], ["A"], ["An"]) and _in_lede(lay, pos)
    return [e for e in cands if e.mentions and (
        held_back or e.first <= pos + DESCRIPTION_LATER_CHARS or _spelled_out(e, words))]


def _spelled_out(e: Entity, words: set[str]) -> bool:
    return {re.sub(r"[’']s$", "", w.lower()) for w in name_tokens(e.canonical)} <= words


def _in_lede(lay: Layout, pos: int) -> bool:
    body = [s for s in lay.sentences if s.start >= lay.headline_end][: LEDE.sentences]
    return any(s.start <= pos < s.end for s in body)
