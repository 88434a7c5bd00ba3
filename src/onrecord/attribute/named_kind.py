"""A bare "the family", "the unions", "the ministry" or "the poll" just after the article wrote that
kind of body or finding with its name before the head ("The Marlow family released a statement ….
“…,” the family said"; "Harlan nurses unions said …. “…,” the unions said"; "Chile's interior
ministry said …. “…,” the ministry said"; "a Brackett Research poll released Monday …. “…,” the
poll notes"), and a definite description that holds the name itself ("the Marlow family said",
"the Brackett poll finds"), is that body (a family only so: see _NAMED_IN_DESCRIPTION_ONLY); a finding (poll, survey, study) speaks for the name
before its noun (eval/real/README: a poll for its named authors). Issue 11, round 54, lane
desc54: on big, big2 and 300 random AllSides articles these were left null ("description 'the
family' unresolved"): repeated_body.py reads only "the <Modifier> government/campaign/…", not a
family, a union, a possessive "Chile's" or a name with no "the" before it
(eval/real/audit/desc54-sample.tsv).

Round 70, lane null78: documents too ("an internal Harlan Coast Guard intelligence memo …. “…,”
the memo reads"; lexicon heads.NAMED_DOCUMENT_HEADS): a memo, statement or report speaks for the
name before its noun (GUIDELINES S9, S10), as a finding does. This reader runs last in
document_parts, after the issuer rules, so it only fills a document left "without issuer".

Null stays null when two such bodies are written in reach, when the text introduces an unnamed
one ("a family in Eastby"), or when the name is a person's possessive ("Dana Whitlow's family"
is no body the article names)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.function_words import CLAUSE_FUNCTION_WORDS, INDEFINITE_OPENERS
from ..lexicon.heads import NAMED_DOCUMENT_HEADS, NAMED_KIND_HEADS, SELF_NAMING_HEADS
from ..lexicon.places import is_place
from ..lexicon.reporting import FINDING_NOUNS, REPORT_FORMS
from ..text.find import word_before
from ..thresholds.bodies import BODY_DESCRIPTIONS
from .self_named_body import speaking_body

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# capitalised words (a name, a place's possessive) then at most two lower-case modifiers, ending
# right before the head: "The Marlow ", "Chile's interior ", "West Harlan nurses "
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w.&-]*(?:['’]s)?[ ]){1,4})(?P<mods>(?:[a-z][\w-]*[ ]){0,2})$")
# words that open a sentence or a clause before a name, never part of it ("The", "In", "But")
_LEADING = CLAUSE_FUNCTION_WORDS | frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
# Heads read only with the name in the description ("the Marlow family said"), never as a bare
# "the family" after it: the first version also read "The Marlow family released …. “…,” the
# family said" (3 right on the lane's random AllSides folder), and one never-read confirmation
# split lost one speaker to it (fresh16, counts only: 0.781 -> 0.775, one more name shown); a
# family's members are named and quoted one by one as often as the family speaks as one.
_NAMED_IN_DESCRIPTION_ONLY = frozenset({"family"})
# heads that speak for the name before their noun, not for the whole phrase: findings (a poll for
# its named authors) and documents (a memo for its named issuer)
_AUTHORED = FINDING_NOUNS | NAMED_DOCUMENT_HEADS


def named_kind(res: "Resolver", part: "Part", sent_idx: int) -> "Entity | str | None":
    """The body (or a finding's author) a definite "the <head>" names, by the name inside it or
    by the one named form of the head written in reach before it; else None."""
    words = part.text.split()
    if len(words) < 2 or words[0].lower() not in {"the", "this"} or words[-1].lower() not in NAMED_KIND_HEADS:
        return None
    head = words[-1].lower()
    if len(words) > 2:  # "the Marlow family said": the name is in the description
        if head in SELF_NAMING_HEADS:
            # "the North Korean government had agreed …": self_named_body.py's, with its verb
            # gate (without it, big and big2 gave a treaty's and a president's words to such
            # bodies, as round 51's first version of that rule had)
            return None
        found = _named_form(part.text + " ", len(part.text) - len(words[-1]), head, res)
        return _speaker(found, head, res) if found is not None else None
    if head in _NAMED_IN_DESCRIPTION_ONLY:
        return None
    found = _named_before(res, head, part.start, sent_idx)
    return _speaker(found, head, res) if found is not None else None


def _named_before(res: "Resolver", head: str, pos: int, sent_idx: int) -> tuple[str, str] | None:
    """The nearest sentence's one named form of ``head`` (name, modifiers), walking back while a
    sentence before repeats the bare head or is within the reach; None at two forms, at an
    unnamed one, or past the reach."""
    reach, walked = BODY_DESCRIPTIONS.named_kind_sentences, 0
    pattern = re.compile(r"\b" + re.escape(head) + r"\b", re.I)
    for si in _sentences_back(res, sent_idx, -1):
        if walked > BODY_DESCRIPTIONS.named_kind_max_sentences:
            return None
        forms, bare = set(), False
        for at, found in _head_forms(res, pattern, head, si, pos):
            if found is not None:
                forms.add(found)
            elif _before_word(res.lay.masked, at) in INDEFINITE_OPENERS:
                return None  # "a family in Eastby", "several unions": unnamed ones of the kind
            else:
                bare = True
        if len(forms) > 1:
            return None  # two families named: which one the bare word means is a guess
        if forms:
            found = forms.pop()
            return None if _other_named_before(res, pattern, si, found, head) else found
        if si < sent_idx:
            walked += 1
            reach = BODY_DESCRIPTIONS.named_kind_sentences if bare else reach - 1
            if reach < 0:
                return None
    return None


def _other_named_before(res: "Resolver", pattern: "re.Pattern[str]", si: int, found: tuple[str, str],
                        head: str) -> bool:
    """Whether a sentence of the ``BODY_DESCRIPTIONS.named_kind_sentences`` before sentence
    ``si`` (where ``found`` is named) names another body of the kind: "Chile's interior ministry
    said …. Peru's foreign ministry called it unfair. “…,” the ministry said" is a guess between
    two, as two in one sentence are (review45: the rule had looked no further than the nearest)."""
    stop = max(-1, si - 1 - BODY_DESCRIPTIONS.named_kind_sentences)
    return any(other is not None and other[0] != found[0]
               for sj in _sentences_back(res, si - 1, stop)
               for _, other in _head_forms(res, pattern, head, sj, len(res.lay.masked)))


def _sentences_back(res: "Resolver", first: int, stop: int) -> "Iterator[int]":
    """The indexes of sentences ``first`` down to (not including) ``stop``, ending before the
    headline: a body named only in the headline is no antecedent the text wrote."""
    for si in range(first, stop, -1):
        if res.lay.sentences[si].start < res.lay.headline_end:
            return
        yield si


def _head_forms(res: "Resolver", pattern: "re.Pattern[str]", head: str, si: int,
                end: int) -> "Iterator[tuple[int, tuple[str, str] | None]]":
    """Each ``head`` written in sentence ``si`` before ``end``: where, and its named form (None
    for a bare or unnamed one)."""
    s = res.lay.sentences[si]
    for m in pattern.finditer(res.lay.masked, s.start, min(s.end, end)):
        yield m.start(), _named_form(res.lay.masked, m.start(), head, res)


def _named_form(text: str, at: int, head: str, res: "Resolver") -> tuple[str, str] | None:
    """The name and modifiers written right before the head at ``at`` ("Marlow", ""; "Chile's",
    "interior"), or None: no name there, a function word or verb among the modifiers, or a
    possessive that is no place's (a person's family)."""
    m = _NAME_BEFORE.search(text[max(0, at - BODY_DESCRIPTIONS.named_kind_name_chars) : at])
    if m is None:
        return None
    names = m.group("name").split()
    while names and names[0].lower() in _LEADING:
        names.pop(0)
    mods = m.group("mods").split()
    if not names or any(w in _LEADING or w in REPORT_FORMS for w in mods):
        return None
    inner = next((k for k, w in enumerate(names[:-1]) if w.endswith(("'s", "’s"))), None)
    if inner is not None and (head in _AUTHORED or not is_place(" ".join(names[: inner + 1])[:-2])):
        # "The Pew Research Center's October poll": an owner's possessive inside the run is read
        # as one ending it is (review45: random AllSides text showed "…'s October" as an author)
        return None
    name = " ".join(names)
    if name.endswith(("'s", "’s")):
        owner = name[:-2]
        if not is_place(owner) or head in _AUTHORED:
            return None
    elif head in SELF_NAMING_HEADS:
        return None  # "the Norlish government … the government": repeated_body.py's form
    elif is_place(name) and head in _AUTHORED:
        return None  # "the Chile study" names no author
    return name, " ".join(mods)


def _speaker(found: tuple[str, str], head: str, res: "Resolver") -> "Entity | str":
    name, mods = found
    if head in _AUTHORED:
        return speaking_body(name, res.ents.entity_for_name)
    return speaking_body(" ".join(w for w in (name, mods, head) if w), res.ents.entity_for_name)


def _before_word(text: str, at: int) -> str:
    """The word just before ``at`` (within BODY_DESCRIPTIONS.named_kind_word_chars), lower-cased."""
    return word_before(text, at, BODY_DESCRIPTIONS.named_kind_word_chars).lower()
