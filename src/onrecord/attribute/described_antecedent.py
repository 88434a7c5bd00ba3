"""A he/she whose nearest subject before it is a definite description of a person refers to
that description's person (issue 11, round 68, lane desc76).

"Though the North Korean leader decided not to …, he persisted …", "The former president also
said he was … remarks, which he noted …", "… but the Scot admitted he was unsure …. “…,” he
said": the pronoun search reads names only, so it passed over the epithet subject and took the
last person named before it (a correspondent in a credit line, a senator in a photo caption, the
player the manager spoke about). Here the epithet is resolved as a speaker's description is and
its person taken; where it names no one the search goes on as before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.function_words import SENTENCE_CONJUNCTIONS, SUBORDINATORS
from ..lexicon.heads import EPITHET_HEADS
from ..lexicon.places import PERSON_DEMONYMS
from ..lexicon.reporting import report_base
from ..lexicon.titles import TITLE_WORDS
from .cues import AGE_ROLE_RE, FOCUS_ROLES
from .phrase import Part
from .role_of_body import STAFF_ROLES

if TYPE_CHECKING:
    from .resolve import Resolver

# "the Scot admitted", "The former president also said", "the North Korean leader decided":
# a definite description of one to five words as a clause's subject, an adverb allowed before
# its verb (a reporting verb or a past tense)
_THE = re.compile(r"(?<![\w’'])[Tt]he\s")
_DESCRIBED_SUBJECT = [re.compile(r"([Tt]he(?:\s+[\w’'-]+){%d})\s+(?:(?:also|later|then|again|now)\s+)?([a-z]+)\b" % n)
                      for n in range(1, 6)]


_OBJECT_CLAUSE = frozenset({"what", "how", "why", "whether"})


def _opens_clause(masked: str, start: int) -> bool:
    """The description opens a clause: after a sentence's start, a punctuation mark, a
    conjunction or "in which"; not inside an object clause ("left out what the president said")."""
    before = masked[max(0, start - 30):start]
    if not before.strip() or "\n" in before[len(before.rstrip()):] or before.rstrip()[-1] in ".!?;:,()—–\"“”":
        return True
    word = before.split()[-1].lower()
    # a wh-word of an object clause ("what the president said") makes the description no subject before
    return word not in _OBJECT_CLAUSE and (word in SUBORDINATORS or word in SENTENCE_CONJUNCTIONS)


def _subjects(masked: str, start: int, end: int):
    """Each "the …" phrase of one to five words followed by a verb-like word, in text order."""
    for the in _THE.finditer(masked, start, end):
        for pattern in _DESCRIBED_SUBJECT:
            m = pattern.match(masked, the.start(), end)
            if m is not None and _person_head(m.group(1)) and _opens_clause(masked, the.start()) \
                    and (report_base(m.group(2)) is not None or m.group(2).endswith("ed")):
                yield m
                break


def _person_head(description: str) -> bool:
    """An epithet, nationality, age or office heads the description ("the Scot", "the 41-year-old")."""
    head = description.split()[-1].lower()
    return head in EPITHET_HEADS or head in FOCUS_ROLES or head in PERSON_DEMONYMS \
        or head in TITLE_WORDS or AGE_ROLE_RE.fullmatch(head) is not None


def _subject_description(res: "Resolver", pos: int, sent_idx: int) -> tuple[Part, int] | None:
    """The last definite person description opening a clause between the start of the sentence
    before and ``pos``, with its sentence, when no person is named after it; else None."""
    first = max(0, sent_idx - 1)
    start = res.lay.sentences[first].start
    found = None
    for m in _subjects(res.lay.masked, start, pos):
        found = m
    if found is None:
        return None
    named_after = [m for si in (first, sent_idx) for m in res.by_sentence.get(si, [])
                   if found.end() <= m.start < pos and m.entity is not None and m.entity.kind != "org"]
    if named_after:  # a name between is the nearer antecedent
        return None
    si = first if found.start() < res.lay.sentences[sent_idx].start else sent_idx
    text = res.lay.text[found.start(1):found.end(1)]
    return Part("desc", text, found.start(1)), si


def described_antecedent(res: "Resolver", part: Part, sent_idx: int) -> tuple[Any, str] | None:
    """(person, why) for a he/she whose nearest subject before it is a definite person
    description that names someone; None otherwise."""
    if part.text not in {"he", "she"}:
        return None
    found = _subject_description(res, part.start, sent_idx)
    if found is None:
        return None
    desc, si = found
    e, why = res.resolve_part(desc, desc.start, si)
    gender = "m" if part.text == "he" else "f"
    # the pronoun must fit the person: "the president … she" is someone else (a reporter)
    if e is None or getattr(e, "kind", "org") == "org" or not e.person_like() or not res._compatible(e, gender):
        return None
    if "the person in focus" in why:
        # the focus reading is the pronoun search's own guess, made worse by skipping the
        # speaking subject ("…, where X opposed it. But the Green leader argued …. he said")
        return None
    head = desc.text.split()[-1].lower()
    if head in STAFF_ROLES and not res._titled(e, head):
        # a body's spokesman or aide the article never names is an unnamed voice, not the
        # body's leader in focus ("X, the group's leader, … The group's spokesman said …. He …")
        return None
    return e, f"pronoun '{part.text}' -> the description before it: {why}"
