"""An "it" or "they" that speaks refers to the subject of its own clause ("Norway has blamed
… on what it says are “…”") or, when it opens its clause ("“…,” it added", "In the letter,
they said …"), to the subject of the sentence before. The general pronoun passes
(referents.py) take the first organisation anywhere in reach, so a body named as an object or
in passing beat a subject the entity tagger left unclassified (a country, an acronym), a
description ("the company", "a short statement") or a named owner's document ("Langhofer's
letter"). Round 33, lane itthey14: of 40 "it" attributions judged on random corpus text 14
named the wrong body, of 24 "they" 9 the wrong person or body.

``it_they_subject`` answers only when that subject is readable from the string and is no
person (for "it") or a possessive group of lawyers or aides (for "they"); otherwise it returns
None and the older passes decide. A description nothing names leaves the words unnamed (null
with the description), never to the body in passing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.function_words import SENTENCE_CONJUNCTIONS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.groups import RETAINED_GROUPS
from ..lexicon.places import is_place
from ..lexicon.reporting import report_base
from .cues import DOCUMENT_NOUNS, ORG_DESCRIPTORS, PARTY_PLURALS
from .finder import clause_start
from ..text.find import alternation

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver

# a word after a name that reads as its verb ("Norway has", "DKW said", "Harlow Mining
# announced"), not a noun it modifies ("Career staff members at …": a name as a modifier)
_AUX = frozenset("""has have had is was were are will would could should can may might must did
does do also later then now again still""".split())
# after a possessive: up to two lower-case modifiers and the head ("'s legal defense team")
_OWNED_HEAD_RE = re.compile(r"[’']?s?\s+(?:[a-z][\w-]*\s+){0,2}?("
                            + alternation(DOCUMENT_NOUNS | RETAINED_GROUPS) + r")\b")
# a party's members as a clause's whole subject: "Committee Democrats", "Six House Republicans"
_PARTY_RE = re.compile(r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)\s+)?"
                       r"(?:(?!(?:So|But|And|Yet|Now|Still|Then|Also)\b)[A-Z][\w.-]*\s+){0,2}?(?:"
                       + "|".join("[" + w[0] + w[0].upper() + "]" + w[1:] for w in sorted(PARTY_PLURALS)) + r")\b")
_CREDIT_END_RE = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:said|says|say|wrote|writes|added|told\s+\S+)\W*$")
_FROM_RE = re.compile(r"\s+(?:from|by|on|of)\s+(?:the\s+)?((?:[A-Z][\w.&’'-]*\s?){1,5})")
_DET = frozenset({"the", "a", "an", "this", "that"})
_PREPOSITIONS = frozenset({"of", "about", "from", "by", "for", "on", "in", "to", "with", "at"})
_OPENERS = SENTENCE_CONJUNCTIONS | frozenset({"so", "then", "later", "also", "still", "however"})
# a determiner, up to four modifiers (no preposition: "a short statement about …" stops at
# "statement"), and a document or body head
_HEAD_RE = re.compile(r"(?:the|a|an|this|that)\s+(?:(?!(?:of|about|from|by|for|on|in|to|with|at)\b)[\w’'-]+\s+){0,4}?("
                      + alternation(DOCUMENT_NOUNS | ORG_DESCRIPTORS) + r")\b", re.I)


def it_they_subject(res: "Resolver", part: Any, sent_idx: int) -> tuple["Entity | None", str] | None:
    """(entity or None, evidence) for an "it"/"they" part whose antecedent subject the string
    shows; None when the rule does not apply (a person subject, no readable subject)."""
    if part.text not in {"it", "they"}:
        return None
    if part.text == "they":
        intro = _intro_owner(res, part, sent_idx)
        if intro is not None:
            return intro
    where = antecedent_clause(res, part.start, sent_idx)
    if where is None:
        return None
    si, toks, c0 = where
    t0 = toks[c0]
    masked = res.lay.masked
    ms = sorted((m for m in res.by_sentence.get(si, []) if m.entity is not None and m.start >= t0.start),
                key=lambda m: m.start)
    m0 = ms[0] if ms else None
    lead = masked[t0.start : m0.begin].split() if m0 is not None and m0.start < part.start else None
    if lead is not None and m0.possessive and len(lead) <= 4 and all(
            w.isalpha() and w.lower() not in _DET | _PREPOSITIONS for w in lead):
        return _owner(res, part, m0)  # "Mine owner Carl Brandt's defense team put out …"
    # "…, signed by both A and B, the pair said they …": agents after "by" are the pair; people
    # after "to", "for", "with" are not ("In a letter to A and B, they said …")
    if part.text == "they" and lead is not None and len(lead) <= 4 and all(
            w.isalpha() and w.lower() not in _DET | _PREPOSITIONS - {"by"} for w in lead):
        return _joint(res, ms)
    if lead is not None and [w.lower() for w in lead] in ([], ["the"]):
        if part.text == "it" and _plain_body(res, m0.entity) and _verb_next(masked, m0.end):
            return m0.entity, f"pronoun 'it' -> the subject of its clause, {m0.entity.canonical}"
        return None
    if part.text == "it" and t0.lower in _DET:
        return _described(res, part, t0, si)
    return None


def antecedent_clause(res: "Resolver", pos: int, sent_idx: int) -> tuple[int, list[Any], int] | None:
    """(sentence index, its tokens, where its subject starts): the pronoun's own clause when
    words of it come before the pronoun, else the sentence before (never the headline)."""
    sents = res.lay.sentences
    toks = [t for t in sents[sent_idx].tokens if t.end <= pos]
    c0 = _subject_start(toks)
    # a quotation is masked as one "X"; "But they also said": a conjunction opens no clause
    if any(t.is_word and t.text != "X" and t.lower not in _OPENERS for t in toks[c0:]):
        for i in range(len(toks) - 1, c0, -1):
            # ", and the company is now suing … for what it says are": the last conjunct
            if _joins_clauses(toks, i):
                if i + 1 < len(toks):
                    return sent_idx, toks, i + 1
                # "North Korea said it was …, and it threatened": a pronoun that opens the last
                # conjunct shares the subject of the clause before it, not a body named in its
                # object (the general passes took "South" from "South Korea" in the object)
                return sent_idx, toks, _conjunct_before(toks, c0, i)
        return sent_idx, toks, c0
    if sent_idx <= 0 or sents[sent_idx - 1].para == 0 and sents[sent_idx].para != 0:
        return None
    prev = sents[sent_idx - 1].tokens
    c0 = _subject_start(prev)
    return (sent_idx - 1, prev, c0) if c0 < len(prev) else None


def _conjunct_before(toks: list[Any], c0: int, i: int) -> int:
    """Where the clause before the conjunction at ``i`` starts: after an earlier "; " or ", and"
    (", but"), else the sentence's subject."""
    for j in range(i - 1, c0, -1):
        if _joins_clauses(toks, j):
            return j + 1
    return c0


def _joins_clauses(toks: list[Any], i: int) -> bool:
    """``toks[i]`` joins two clauses: "; ", ", and", ", but"."""
    return toks[i].text == ";" or toks[i].lower in {"and", "but"} and toks[i - 1].text == ","


def _subject_start(toks: list[Any]) -> int:
    c0 = clause_start(toks)
    if c0 + 1 < len(toks) and toks[c0].lower in SENTENCE_CONJUNCTIONS:  # "But a short statement …"
        c0 += 1 + clause_start(toks[c0 + 1 :])
    return c0


def _plain_body(res: "Resolver", e: "Entity") -> bool:
    """An entity an "it" can be: no person, no name used as a modifier. Having spoken is no
    evidence of a person here ("DrKW said …", "Russia has said …" made both person-like); a
    gender, a role, more person than place evidence (unless the name is a place's), or a given
    name first is. Nor a capitalised opener the article writes in lower case elsewhere
    ("Stalls sell …": a common word)."""
    words = e.canonical.split()
    if not words or e.modifier or e.kind == "person" or e.gender is not None or words[0].lower() in GIVEN_NAMES:
        return False
    if len(words) == 1 and words[0].lower() in res._lower_words:
        return False
    return e.kind == "org" or is_place(e.canonical) or not (e.is_person() or e.roles)


def _verb_next(masked: str, end: int) -> bool:
    m = re.match(r"[’']?\s+([a-z]+)\b", masked[end:])
    if m is None:
        return False
    w = m.group(1)
    return w in _AUX or report_base(w) is not None or w.endswith("ed") or \
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us"))


def _owner(res: "Resolver", part: Any, m0: Any) -> tuple["Entity | None", str] | None:
    """"Ferris's letter was sent …. It asked …": the document's owner. "Alden's lawyers wrote
    …. In the letter, they said …", "X's defense team put out …": people acting for the owner,
    unnamed, never the owner."""
    m = _OWNED_HEAD_RE.match(res.lay.masked, m0.end)
    if m is None:
        return None
    head = m.group(1)
    if part.text == "it" and head in DOCUMENT_NOUNS:
        return m0.entity, f"pronoun 'it' -> the {head} of its subject, by {m0.entity.canonical}"
    if part.text == "they" and head in RETAINED_GROUPS:
        desc = res.lay.text[m0.start : m.end()].strip()
        res.unclear[part.start] = desc
        return None, f"pronoun 'they' -> {desc}: unnamed, not {m0.entity.canonical}"
    return None


def _joint(res: "Resolver", ms: list[Any]) -> tuple[list["Entity"], str] | None:
    """"Democratic pollsters Ann Lake and Tom Dunn, in their review …, said …. “…,” they
    wrote": both people (the subject reader kept only the first after the role words)."""
    people = [m for m in ms[:3] if m.entity is not None and _personal(m.entity)][:2]
    if len(people) < 2 or people[0] is not ms[0] and _personal(ms[0].entity):
        return None
    a, b = people
    if not re.fullmatch(r"\s+and\s+(?:[a-z][\w-]*\s+){0,2}", res.lay.masked[a.end : b.begin]) \
            or a.entity is b.entity:
        return None
    return [a.entity, b.entity], f"pronoun 'they' -> the joint subject, {a.entity.canonical}, {b.entity.canonical}"


def _personal(e: "Entity") -> bool:
    first = e.canonical.split()[0].lower() if e.canonical.split() else ""
    return e.kind != "org" and (e.is_person() or e.person_like() or first in GIVEN_NAMES)


def _intro_owner(res: "Resolver", part: Any, sent_idx: int) -> tuple["Entity | None", str] | None:
    """"In the letter from Ford's lawyers, they said …": the owner's retained group named in
    the phrase before the pronoun, in its own sentence."""
    for m0 in res.by_sentence.get(sent_idx, []):
        if m0.possessive and m0.entity is not None and m0.end < part.start:
            found = _owner(res, part, m0)
            if found is not None:
                return found
    return None


def _described(res: "Resolver", part: Any, t0: Any, si: int) -> tuple["Entity | None", str] | None:
    """"A short statement about the mine was read out …. It said …": a document nobody issued
    (or one "from X"); "The Belgian government kept … what it described as": the body the
    description names, else nobody."""
    m = _HEAD_RE.match(res.lay.masked, t0.start)
    if m is None:
        return None
    head = m.group(1).lower()
    phrase = res.lay.text[t0.start : m.end()]
    if head in DOCUMENT_NOUNS:
        by = _FROM_RE.match(res.lay.masked, m.end())
        e = res.ents.entity_for_name(by.group(1).strip()) if by else None
        # "A Pentagon planning memo said …": a body named inside the phrase issued it
        inside = [x.entity for x in res.by_sentence.get(si, []) if x.entity is not None
                  and t0.start <= x.start < m.end() and x.entity.kind == "org"]
        e = e or (inside[0] if inside else None)
        if e is not None:
            return e, f"pronoun 'it' -> the {head} of its subject, from {e.canonical}"
        if t0.lower not in {"a", "an"}:
            # "That decision, made last month, …. It said …": a definite document points back
            # to one named before (a Supreme Court ruling); the older passes find its issuer
            return None
        res.unclear[part.start] = None
        return None, f"pronoun 'it' -> the {head} just introduced, issuer unnamed"
    if head in ORG_DESCRIPTORS:
        # "In a statement from Lycos Europe …, the company denied …": the one body the
        # sentence names; with none or several, the older passes decide. (Resolving the
        # description itself gave "the administration" to a news agency in a byline.)
        bodies = {m.entity.id: m.entity for m in res.by_sentence.get(si, [])
                  if m.entity is not None and m.start < t0.start + len(phrase) and m.entity.kind == "org"}
        if len(bodies) == 1:
            e = next(iter(bodies.values()))
            return e, f"pronoun 'it' -> the subject of its clause, '{phrase}': the body its sentence names, {e.canonical}"
    return None


def party_they(res: "Resolver", part: Any, sent_idx: int) -> tuple[None, str] | None:
    """"Committee Democrats criticised … in a letter. “…,” they wrote": a party's members by
    their role are a description (README rulings), not a body named in reach. Called after
    the joint-subject step ("Schumer and Pelosi said …. Democrats also … “…,” they said" stays
    theirs), and not when the sentence credits someone at its end (", the analysts said.")."""
    where = antecedent_clause(res, part.start, sent_idx) if part.text == "they" else None
    if where is None:
        return None
    si, toks, c0 = where
    masked = res.lay.masked
    party = _PARTY_RE.match(masked, toks[c0].start)
    s = res.lay.sentences[si]
    if party is None or not _verb_next(masked, party.end()) or _CREDIT_END_RE.search(masked, s.start, s.end):
        return None
    desc = res.lay.text[party.start() : party.end()]
    res.unclear[part.start] = desc
    return None, f"pronoun 'they' -> '{desc}': unnamed"
