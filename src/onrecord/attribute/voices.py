"""Unnamed voices: one reading of "this description is one person the article never names",
for both places that leave a he/she null after one (issue 11; round 14 merged the two twins).

- A body's unnamed voice as a sentence's subject (round 13, lane fresh): "The Ofcom spokesman
  said it was considering … . “…,” he said" and "A spokesman for the Home Office defended the
  proposals. … He said: “…”". On the fresh tuning set the he/she after such a sentence went to
  the body ("Ofcom") or to a minister named earlier; referents.py finds the description with
  ``body_voice`` and records it as the sentence's unnamed subject.
- An indefinite description of one person as a quotation's own speaker (round 13, lane forms:
  "A spokesman for the council said …. He added …" went to the mayor named before); speakers.py
  records it.

Both record only what ``unnamed_person`` accepts."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.titles import SPOKESPERSON_WORDS, UNNAMED_VOICE_HEADS
from .described import ORG_KIND_HEADS
from .finder import clause_start

_HEADS = "|".join(sorted(SPOKESPERSON_WORDS))
# "A spokesman for the Home Office": determiner, head, preposition, then the body's name
_VOICE_FOR_RE = re.compile(r"(?:a|an|the)\s+(?:" + _HEADS + r")\s+(?:for|of|at)\s+(?:the\s+)?", re.I)
# "The Ofcom spokesman", unless a name follows ("The Ofcom spokesman Ivo X said")
_BODY_VOICE_RE = re.compile(r"\s+(?:" + _HEADS + r")\b(?![,\s]+[A-Z])")
# a name apposed after the body's mention ("A spokesman for the Home Office, Ivo X, said"): only
# after a comma, since a capital word right after it is the rest of the body's name ("A
# spokeswoman for Human Rights Watch said" gave the mention "Human Rights"; round 17)
_NAMED_AFTER_RE = re.compile(r",\s*[A-Z]")


def body_voice(masked: str, t0: Any, m: Any) -> str | None:
    """The description when the clause opening at determiner ``t0`` is a body's unnamed
    spokesperson around the body's mention ``m`` (as ``unnamed_person`` reads it); None when
    it names the person or is no such voice."""
    if m.possessive:
        return None
    voice = None
    if not masked[t0.end : m.start].strip():
        after = _BODY_VOICE_RE.match(masked, m.end)
        voice = masked[t0.start : after.end()] if after else None
    elif _VOICE_FOR_RE.fullmatch(masked, t0.start, m.start) and not _NAMED_AFTER_RE.match(masked, m.end, m.end + 3):
        voice = masked[t0.start : m.end]
    return voice if voice and unnamed_person(voice) else None


def quoted_voice(res: Any, sent_idx: int) -> str | None:
    """The unnamed spokesperson who opens a sentence that quotes them ("A spokeswoman for the
    Trust said it was a “…”."): the quotation goes to the body, yet a he/she in the next
    sentence is the spokeswoman, as after the same sentence with no quotation. The real-news
    tuning split: "… She added: “…”" went to the body as a woman (the sentence's subject was
    learnt from its speakers, so ``body_voice`` was never asked)."""
    toks = res.lay.sentences[sent_idx].tokens
    c0 = clause_start(toks)
    if c0 >= len(toks) or toks[c0].lower not in {"the", "a", "an"}:
        return None
    ms = [m for m in res.by_sentence.get(sent_idx, []) if m.start >= toks[c0].start]
    return body_voice(res.lay.masked, toks[c0], ms[0]) if ms else None


# Words that head a body's description, never one person's ("a council spokesman" is headed by
# "spokesman"; "the council" by a body)
_NOT_ONE_PERSON = ORG_KIND_HEADS | frozenset("""council government ministry department agency
party team club union board committee court police army office campaign group family""".split())


def unnamed_person(desc: str) -> bool:
    """One person the article does not name: an indefinite description of one person ("A
    spokesman for the council", "One resident", "A local teacher"; not a body, not a group in
    the plural), or a body's spokesperson, definite or not ("The Ofcom spokesman"). A he/she in
    the next sentence is that person. Not another definite one: "The 41-year-old chart-topper
    told reporters" is the singer named before, though no rule resolved it (a tuning article
    lost two)."""
    words = _head_words(desc)
    if not words:
        return False
    last = words[-1]
    if words[0] == "the":
        return last in SPOKESPERSON_WORDS
    return last not in _NOT_ONE_PERSON and not (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def unnamed_voice(desc: str) -> bool:
    """An ``unnamed_person`` headed by a word for someone who speaks for others or is asked
    (spokesman, aide, analyst, resident …: lexicon UNNAMED_VOICE_HEADS). Any indefinite noun
    is not enough: "said a recent trip underscored the need for a “…”" is the senator's."""
    words = _head_words(desc)
    return bool(words) and words[-1] in UNNAMED_VOICE_HEADS and unnamed_person(desc)


def _head_words(desc: str) -> list[str]:
    """The description's words up to its head (before "for", "of" …), lower case; [] unless it
    opens on a determiner."""
    words = re.findall(r"[\w’'-]+", desc.lower())
    if not words or words[0] not in {"the", "a", "an", "one", "another"}:
        return []
    head = next((w for w in words[1:] if w in {"for", "of", "in", "at", "from", "with", "who"}), None)
    return words[: words.index(head)] if head else words
