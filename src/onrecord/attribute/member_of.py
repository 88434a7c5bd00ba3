"""An indefinite description of an unnamed voice that names, in its own complement, the body
or person the voice belongs to ("one Republican member of Congress told the paper", "said a
mechanic at Harbour General", "said one congressional source of the White House", "as one
friend of the Vales put it"), or whose head is a person noun matched to a body ("says a
veteran Western official" read as the militia named before). The description's role match
(referents.description) found the entity by a shared word and gave the words to it: the
body the speaker belongs to, never the speaker (GUIDELINES D2). Issue 11, round 79, lane
unnamed89: 9 quotations in 6 articles of 3,000 unseen AllSides articles (draw E), 8 wrong and
one arguable; the round-36 check (indefinite.unnamed_role_match) leaves bodies alone and trusts
a person named only later."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import INDEFINITE_OPENERS, ONE_PERSON_OPENERS, VOICE_COMPLEMENT_OPENERS
from ..lexicon.titles import UNNAMED_VOICE_HEADS
from ..text.find import noun_in
from .role_shape import is_person_noun

# a name apposed right after the description: "said one of the lawyers, Joe X" is Joe X
_APPOSED_AFTER_RE = re.compile(r"\s*,\s*[A-Z]")


def member_of_named(masked: str, part: Any, e: Any) -> str | None:
    """Why ``e`` is not the unnamed voice ``part`` describes, or None when it may be. Only an
    indefinite opener ("a", "one", "two", "some" …) and no name apposed after the
    description."""
    words = part.text.split()
    if len(words) < 2 or words[0].lower() not in INDEFINITE_OPENERS:
        return None
    end = part.start + len(part.text)
    if _APPOSED_AFTER_RE.match(masked, end):
        return None
    lead = _lead_words(words)
    head = lead[-1].lower() if lead else ""
    # a person's voice only: "a 2018 report by the X Institute", "a tally by the Journal" are
    # the body's own documents (draw E: the first version lost three such to null)
    if is_person_noun(head, body_ok=False) and len(lead) < len(words):
        inside = any(part.start < m.start and m.end <= end and _complement_before(masked[part.start : m.start])
                     for m in e.mentions)
        if inside or _named_in_complement(words[len(lead):], e):
            return f"description '{part.text}' is indefinite: a voice of {e.canonical}, unnamed"
    if e.kind == "org" and words[0].lower() in ONE_PERSON_OPENERS and noun_in(head, UNNAMED_VOICE_HEADS):
        # "says a veteran Western official": a body is never "an official" (draw E: a militia)
        return f"description '{part.text}' is indefinite: a person, not {e.canonical}"
    return None


def _lead_words(words: list[str]) -> list[str]:
    """The description's words before its complement ("a mechanic" of "a mechanic at X")."""
    out = []
    for w in words:
        if re.split(r"[’']", w.lower())[0] in VOICE_COMPLEMENT_OPENERS:  # "who’s dealt with …"
            break
        out.append(w)
    return out


def _named_in_complement(rest: list[str], e: Any) -> bool:
    """Whether a capitalised word of the complement ``rest`` is a word of one of ``e``'s names
    ("a mechanic at Harbour General" for "Harbour General Hospital", which the clustering did
    not record as a mention there)."""
    caps = {w.strip("’'.,") for w in rest[1:] if w[:1].isupper() and w.lower() != "the"}
    return bool(caps) and any(caps & set(n.split()) for n in e.names)


def _complement_before(text: str) -> bool:
    """Whether a complement opener is among the words of ``text`` after the first."""
    return any(w.lower() in VOICE_COMPLEMENT_OPENERS for w in re.findall(r"[\w’']+", text)[1:])

