"""A "they" that speaks for one body only when that body is the subject of the pronoun's clause
or the sentence before ("CBO did a study …. They found …", "The Times is not satisfied. In
fact, they write …"), or the one credited there ("…,” Fox News said. They added …").

The general passes (referents.py) give a "they" the first subject of a sentence in reach that
is an organisation, and the subject they read is the first name of the sentence: "The public
health deans had warned that the CIA's program …. “…,” they said" went to the CIA, "In their
letter, the three senators cited a Washington Post editorial …. “…,” they wrote" to the Post,
"Hussain's family expressed …" to a police unit named before. The antecedent there is a plural
description or a list of people the article does not join into one speaker, so the words are
left unnamed rather than given to a body named in passing (round 77, lane pron77: of the
unseen corpus's "they" credited to one body, most were such).

An "it" is held to the same check (round 77 wave 2, lane it77): "Deep Root used what it called
…" went to a university named in passing, "It screams: …" (an idea) and "the receipt … It
describes …" to a city. Three antecedents defer to the older passes instead: a photo or BBC
caption set between the body and its words (the body is in the paragraph above the caption),
a sentence that itself opens with "it" (a run of "It said …. It told …" carries the body
credited at its start), and a sentence opening with "he"/"she" (a person is no "it", so the
clause's subject says nothing about which body the "it" is: "… sanctioned by the Treasury.
It alleged …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .it_they_subject import _antecedent_clause
from ..lexicon.heads import BODY_DESCRIPTION_HEADS
from ..lexicon.reporting import report_base
from .photo_captions import photo_caption
from .spelt_acronyms import spelt_out

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver


def they_body_subject(res: "Resolver", part: Any, sent_idx: int, e: "Entity") -> bool:
    """Whether a "they" may stand for the single body ``e``: True when its antecedent clause
    opens with ``e`` (after at most "the"), when that sentence credited its words to ``e``, or
    when no antecedent clause is readable (the older passes decide, as before)."""
    where = _antecedent_clause(res, part.start, sent_idx)
    if where is None:
        return True
    si, toks, c0 = where
    if any(x is e for x in res.speakers_at.get(si, [])):
        return True
    t0 = toks[c0]
    ms = sorted((m for m in res.by_sentence.get(si, []) if m.entity is not None and m.start >= t0.start),
                key=lambda m: m.start)
    if not ms or ms[0].entity is not e or ms[0].start > part.start:
        return False
    lead = res.lay.masked[t0.start : ms[0].begin].split()
    return [w.lower() for w in lead] in ([], ["the"])


# the clause openers after which an "it" is left to the older passes (see the module's note)
_DEFER_OPENERS = frozenset({"it", "he", "she"})


def it_body_subject(res: "Resolver", part: Any, sent_idx: int, e: "Entity") -> bool:
    """Whether an "it" may stand for the body ``e``: as :func:`they_body_subject`, except that a
    caption before it, or an antecedent clause opening with it/he/she, leaves ``e`` as it is."""
    where = _antecedent_clause(res, part.start, sent_idx)
    if where is None:
        return True
    si, toks, c0 = where
    if photo_caption(res.lay, si) or res.lay.in_caption(si):
        return True
    if c0 < len(toks) and toks[c0].lower in _DEFER_OPENERS:
        return True
    said = res.speakers_at.get(si, [])
    if said and all(hasattr(x, "is_person") and not x.is_person() for x in said):
        # "“…,” China’s Foreign Ministry said. “…” it added": the body credited there, under
        # another entity than the one the older passes gave; they carry the credit on
        return True
    if _body_description(toks[c0:]):
        return True
    return they_body_subject(res, part, sent_idx, e) or _opens_with_name(toks[c0:], e)


def _body_description(toks: list[Any]) -> bool:
    """The clause opens with a definite description of a body, or credits its quotation to one
    ("The group said …", "“…,” said the radio station"): a body the article names elsewhere,
    which the older passes resolve; the description is no body named in passing."""
    words = [t.lower for t in toks if t.is_word and t.text != "X"][:5]
    if words[:1] and report_base(words[0]) is not None:
        words = words[1:]
    if words[:1] != ["the"]:
        return False
    return any(w in BODY_DESCRIPTION_HEADS for w in words[1:3])


def _opens_with_name(toks: list[Any], e: "Entity") -> bool:
    """The clause's first word (after its quotation and "the") is one of ``e``'s names, or the
    initials of its name, though
    no mention was read there: "“…,” WHO says on its website. “…” it adds" (the capitals read
    as the pronoun "who", so the sentence credited no one)."""
    words = [t.text for t in toks if t.is_word and t.text != "X"]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return False
    if words[0] in e.names:
        return True
    spelt = spelt_out(e.canonical, words[0]) if words[0].isupper() else None
    return spelt is not None and spelt[0] == e.canonical
