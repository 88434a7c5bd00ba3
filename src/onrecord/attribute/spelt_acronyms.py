"""An acronym's spelt-out name, read from the article's text (round 68, lane body76).

An article writes a body's full name once ("the Office of Management and Budget", "the Office
of the Inspector General (OIG)") and then quotes it by its initials. The name-run builder may
cut the full name (at "and", at a title inside it), so no cluster holds it and the initials
stayed the speaker ("OMB said …"), while the gold gives the fullest name the article writes.
Here the text itself is searched for the one phrase whose words spell the initials.
"""

from __future__ import annotations

import re

from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .cues import NAME_CONNECTORS

# small words a body's initials may pass over or keep ("Department of Defense" is "DoD" and
# "DOD"; "al Qaeda in the Arabian Peninsula" is "AQAP"): the name connectors and "in"
_SMALL = NAME_CONNECTORS | {"in"}
# the small words no phrase opens with (a particle may: "al Qaeda …")
_LINKS = frozenset({"of", "for", "and", "&", "the", "on", "in"})
_WORD = re.compile(r"[A-Za-z][\w’'\-]*|&")
_SEGMENT = re.compile(r"[^.,;:!?()\[\]\"“”—–\n]+")
_POSSESSIVE = re.compile(r"[’']s?$|[’']s[’']?$")


def _spellings(words: list[str], k: int, letters: str) -> list[int]:
    """The ends of the phrases from ``words[k]`` whose words spell ``letters``: a capitalised
    word gives its initial; a small word may give its initial or be passed over. The phrase
    ends on a capitalised word."""
    if not letters:
        return [k] if k > 0 and words[k - 1][:1].isupper() else []
    if k >= len(words):
        return []
    w = words[k]
    out: list[int] = []
    if w.lower() in _SMALL:
        out += _spellings(words, k + 1, letters)  # passed over
        if w[:1].lower() == letters[0].lower():
            out += _spellings(words, k + 1, letters[1:])
    elif len(w) > 1 and w[:1].isupper() and w[:1] == letters[0] and not w.isupper():
        # not "N" of "N.Y.", nor an acronym of its own ("EU and the UK" is no "EUK")
        out += _spellings(words, k + 1, letters[1:])
    return out


def spelt_out(text: str, acronym: str) -> tuple[str, tuple[int, ...]] | None:
    """The one phrase of ``text`` whose words spell ``acronym`` ("OMB" -> "Office of Management
    and Budget") and the offsets where it is written, or None when there is none, or more than
    one. A phrase never crosses punctuation ("Lincoln’s Boys: John Hay" is no "LBJ"), holds no
    possessive, and is never one of title words only ("IG" is not "Inspector General": that
    is a person's office); it opens with a capitalised word or a name particle."""
    letters = acronym.replace(".", "")
    if len(letters) < NAME_WORDS.spelt_acronym_letters:
        return None
    found: dict[str, list[int]] = {}
    for seg in _SEGMENT.finditer(text):
        hits = list(_WORD.finditer(seg.group()))
        words = [h.group() for h in hits]
        for k, w in enumerate(words):
            if w.lower() in _LINKS:
                continue  # "The Bureau of …" is the phrase "Bureau of …"
            if w[:1] != letters[0] and w.lower() not in _SMALL:
                # a word that neither gives the first initial nor may be passed over opens no
                # spelling (``_spellings`` would return none): skipped, since this search runs
                # over the whole article once per initials-only cluster (bench_attribute: the
                # search was 2-3 % of attribution before the skip)
                continue
            for end in _spellings(words, k, letters):
                phrase = words[k:end]
                if len(phrase) >= 2 and not any(_POSSESSIVE.search(x) for x in phrase) \
                        and not all(x.lower() in TITLE_WORDS for x in phrase):
                    found.setdefault(" ".join(phrase), []).append(seg.start() + hits[k].start())
    if len(found) != 1:
        return None
    ((phrase, starts),) = found.items()
    return phrase, tuple(starts)
