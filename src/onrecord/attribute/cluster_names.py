"""Whether two written names name one person or body: the name-matching helpers of the entity
clusters (entities.py), moved verbatim from there (round 44, lane tidy27) when that module
reached its 500-line cap. A peer's title and lone name, one name ending with another, the keys
a one-word mention is matched by, and one body written two ways."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon.titles import PEERAGE_TITLES
from .cues import ORG_WORDS
from .mentions import Mention, _tokens, name_tokens
from .name_forms import bare_surname, owner_acronym_dropped

if TYPE_CHECKING:
    from .entities import Entity


_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "&"})


def peer_of(name: str, word: str | None = None) -> bool:
    """Whether ``name`` is a peer's title and a lone name ("Lord Goldsmith"), that name
    ``word`` when given."""
    parts = name.split()
    return len(parts) == 2 and parts[0].lower() in PEERAGE_TITLES and (word is None or parts[1].lower() == word)


def tail_of(a: Entity, b: Entity) -> bool:
    """Whether a name of ``a`` ends with a whole name of two or more tokens of ``b``."""
    return any(len(tb) >= 2 and len(ta) > len(tb) and ta[-len(tb):] == tb
               for ta in map(_tokens, a.names) for tb in map(_tokens, b.names))


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, str, str, frozenset[str], frozenset[str]] | None:
    """What match_single and _acronym_of read of a name of two or more tokens: its last token,
    that token without an Arabic article, its first token, its tokens without apostrophes, and
    the acronyms it spells (without small words, without "the"/"and"/"&", with every word);
    None for a one-token name. A pure function of the name, memoised: match_single asks it for
    every name of every entity at each one-word mention (10 % of attribution's CPU on 300
    real-news articles; round 19, lane speed)."""
    nt = _tokens(name)
    if len(nt) < 2:
        return None
    bare = [t.strip("’'") for t in nt]
    acronyms = frozenset("".join(t[0] for t in bare if t and t not in skip)
                         for skip in (_ACRONYM_SKIP, frozenset({"the", "and", "&"}), frozenset()))
    return nt[-1], bare_surname(nt[-1]), nt[0], frozenset(bare), acronyms


def tail_acronyms(name: str) -> frozenset[str]:
    """The acronyms the last words of a name of three or more tokens spell (a proper tail, its
    small words skipped as in ``name_keys``): "CAS" of "North American Court of Arbitration for
    Sport", "FBI" of "US Federal Bureau of Investigation". The initials stand for the body
    without the place or qualifier the article writes before it (real-news tuning splits fresh2
    and fresh5: "said a CAS statement" and "the FBI said" were shown as the initials, beside the
    full name written once)."""
    bare = [t.strip("’'") for t in _tokens(name)]
    tails = (bare[k:] for k in range(1, len(bare) - 1))
    return frozenset("".join(t[0] for t in tail if t and t not in _ACRONYM_SKIP) for tail in tails)


def org_same(a: str, names: list[str]) -> bool:
    ta = [t for t in name_tokens(a) if t not in {"the"}]
    for n in names:
        tb = [t for t in name_tokens(n) if t not in {"the"}]
        if ta == tb:
            return True
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if len(short) >= 2 and long_[: len(short)] == short and _same_body_tail(short, long_[len(short):]) \
                or owner_acronym_dropped(a, n):
            return True
    return False


def same_body(m: Mention, e: Entity) -> bool:
    """One body: both bodies and the names agree, or one name written alike and the other side
    has nothing of a person ("technology giant Keller X", then "firms such as Keller X" took its
    chief's "she" as a cluster of its own: round 35, lane entity16)."""
    if e.kind == "org" and m.org:
        return org_same(m.name, e.names)
    if m.name not in e.names:
        return False
    return not m.role if e.kind == "org" else e.kind == "unknown" and not e.roles


def _same_body_tail(short: list[str], tail: list[str]) -> bool:
    """Whether a longer name that starts with a shorter one names the same body: "Brennan
    Center" + "for Justice", "Goldman Sachs" + "Group", "Fifth Circuit" + "Court of Appeals".
    Not when the shorter is a body's whole name and a new head follows with words of its own:
    "the White House" became the "White House Office of Management" (its budget office) and
    took the White House's tweets (corpus read, eleventh session)."""
    return len(tail) <= 1 or tail[0] in _ACRONYM_SKIP or short[-1] not in ORG_WORDS
