"""Bands, groups and bodies as speakers (issue 11, round 11 of docs/attribution-errors.md, the
tuning extension). Two constructs, each a small rule over the mentions of one sentence:

- ``named_after``: "Chart-topping pop band Busted have confirmed …": the parse kept the noun
  that says what the speaker is and dropped the name right after it (spaCy read the band's
  name as a verb), and the noun "band" then went to another band named later in the article.
  The name written right after such a noun is the speaker.
- ``not_named_in_own_clause``: "However they said that Busted would “…”": a pronoun is never
  the body or person its own sentence names after it, before the quotation (the band is what
  "they", the record company, talk about), so such an entity is dropped from its speakers and
  a wrong speaker becomes none.
- ``panel_of_body``: "the 13-strong AFI jury concluded “…”": a jury, panel, board or staff
  (``lexicon.groups.BODY_PANELS``) named by its body speaks for the body the article names
  ("the AFI", the American Film Institute); left unresolved, five of the institute's
  statements were null. The one rule for it: it runs before every role rule of resolve.py.

- ``outlet_named``: "“…,” The State newspaper reports": the name before the kind of outlet.

- ``named_in_apposition``: "the play's organiser in Uganda, Sarah Mukasa, told the BBC": the
  parse took the description as the subject and left the name between commas after it; the
  description alone named nobody and the words went null.

``group_named`` tries the description rules in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..lexicon.groups import BODY_PANELS
from ..lexicon.outlets import OUTLET_KIND_NOUNS
from ..lexicon.publishing import BODY_TEXT_NOUNS
from ..lexicon.places import is_place
from ..lexicon.titles import TITLE_WORDS
from .cues import ORG_DESCRIPTORS

# Nouns for a group of performers that a name may follow directly ("pop band Busted", "the
# folk trio Cara"); bodies ("record company Universal") and roles ("producer X") likewise.
BAND_WORDS = frozenset("band group duo trio quartet quintet act outfit label choir".split())
_HEADS = BAND_WORDS | ORG_DESCRIPTORS | TITLE_WORDS


def named_after(text: str, start: int, words: str, mentions: Iterable[Any]) -> Any | None:
    """The entity of the name written right after the description ``words`` (at ``start``),
    when the description ends in a noun for a group, body or role; else None."""
    end = start + len(words)
    if text[start:end] != words or not words.split() or words.split()[-1].lower() not in _HEADS:
        return None
    if text[end : end + 1] != " ":
        return None
    return next((m.entity for m in mentions if m.start == end + 1 and m.entity is not None
                 and not m.possessive), None)


def panel_of_body(text: str, start: int, words: str, mentions: Iterable[Any]) -> Any | None:
    """The body named inside a description that ends in a noun for its panel
    (``lexicon.groups.BODY_PANELS``): an organisation anywhere in it ("the Commons standards
    and privileges committee"), else the name written right before the noun when the article
    never shows it to be a person or a place ("the 13-strong AFI jury")."""
    toks = words.split()
    end = start + len(words)
    if not toks or toks[-1].lower() not in BODY_PANELS or text[start:end] != words:
        return None
    inside = [m for m in mentions if start <= m.start and m.end < end and m.entity is not None]
    org = next((m.entity for m in inside if m.entity.kind == "org"), None)
    if org is not None:
        return org
    noun_at = end - len(toks[-1])
    return next((m.entity for m in inside if not text[m.end : noun_at].strip()
                 and not m.entity.person_like() and not is_place(m.entity.canonical)), None)


def outlet_named(text: str, start: int, words: str, mentions: Iterable[Any]) -> Any | None:
    """"“…,” The State newspaper reports": the name written right before a noun for a kind of
    outlet (``OUTLET_KIND_NOUNS``) is the outlet, when the article never shows it to be a
    person or a place (round 15, lane described: the real-news tuning split left it null)."""
    toks = words.split()
    end = start + len(words)
    if len(toks) < 2 or toks[-1] not in OUTLET_KIND_NOUNS or text[start:end] != words:
        return None
    if re.search(r"\bby\s+$", text[max(0, start - 4) : start]):
        return None  # "X was quoted by The Australian newspaper as saying": X speaks (tuning extension)
    noun_at = end - len(toks[-1])
    return next((m.entity for m in mentions if start <= m.start and m.end <= noun_at and m.entity is not None
                 and not m.possessive and not text[m.end : noun_at].strip()
                 and not m.entity.person_like() and not is_place(m.entity.canonical)), None)


# What may stand between a body's name and its text noun: nothing, or one lower-case word ("the
# <Department> travel warning", "a <House> fact sheet")
_TEXT_GAP = re.compile(r"\s*(?:[a-z][a-z-]*\s+)?")


def text_of_body(text: str, start: int, words: str, mentions: Iterable[Any]) -> Any | None:
    """"according to the <Agency> guidelines", "The <Paper> piece notes": a text noun
    (``BODY_TEXT_NOUNS``) whose modifier, written right before it, names a body: the body wrote
    the text and speaks by it. Never a person ("The <Candidate> ad" is a campaign's), a place or
    a possessive owner (the document readers read "X's report"). One lower-case word may stand
    between the name and the noun ("travel warning", "fact sheet")."""
    toks = words.split()
    end = start + len(words)
    if len(toks) < 2 or toks[-1].lower() not in BODY_TEXT_NOUNS or text[start:end] != words:
        return None
    noun_at = end - len(toks[-1])
    return next((m.entity for m in mentions if start <= m.start and m.end <= noun_at and m.entity is not None
                 and not m.possessive and _TEXT_GAP.fullmatch(text, m.end, noun_at)
                 and not m.entity.person_like() and not is_place(m.entity.canonical)
                 and m.entity.place_evidence == 0), None)


# What may stand between the description and the comma before the name: a short place or body
# the parse left out of the description ("the play's organiser in Uganda, Sarah Mukasa, told").
# "to" and "on" tie an envoy or a committee member to the post ("the Dutch ambassador to the
# United States, NAME, tweeted"; "said the top Democrat on the House Intelligence Committee,
# Rep. NAME of Ohio"): without them the role went back to the person in focus, another named
# person (round 82, lane desc96, draw K)
_APPOSITION_GAP = re.compile(r"(?:\s(?:in|at|of|for|from|to|on)\s[^,.;:“”\"]{1,40})?,\s")
# a lawmaker's state written after the apposed name ("Rep. NAME of Ohio."), before its comma or
# full stop
_STATE_TAIL = re.compile(r"\s+of\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=[,.])")
_GAP_CHARS = 50  # the longest such gap read, in characters: the phrase above and its comma


def named_in_apposition(text: str, start: int, words: str, mentions: Iterable[Any]) -> Any | None:
    """The person named between commas right after the description (``apposed_name``)."""
    end = start + len(words)
    gap = _APPOSITION_GAP.match(text, end, end + _GAP_CHARS)
    if text[start:end] != words or gap is None:
        return None
    return apposed_name(text, gap.end(), mentions, state_tail=True)


def apposed_name(text: str, at: int, mentions: Iterable[Any], state_tail: bool = False) -> Any | None:
    """The entity of ``apposed_mention``, or None."""
    m = apposed_mention(text, at, mentions, state_tail)
    return m.entity if m is not None else None


def apposed_mention(text: str, at: int, mentions: Iterable[Any], state_tail: bool = False) -> Any | None:
    """The mention of a name in apposition written at ``at``: two or more words, closed by a
    comma or by the sentence's full stop, and no organisation the article knows ("the
    organiser, Sarah X, told"; "said Y President and CEO, Sara X." after an office, in
    name_shape.holder_after; "The official, Ali bin X, also said" and "Danny X, who …" after an
    indefinite description, in described.named_next). The one reading of the construct over
    mentions; parse_subject.py reads the parser's apposition arc instead, before there are
    mentions, and says why. ``state_tail``: the name may also be closed by "of <Place>" and then
    its comma or full stop ("Rep. NAME of Ohio,": round 82, lane desc96)."""
    m = next((m for m in mentions if m.begin == at
              and m.entity is not None), None)
    if m is None or m.entity.kind == "org" or len(m.name.split()) < 2:
        return None
    if text[m.end : m.end + 1] in (",", "."):
        return m
    tail = _STATE_TAIL.match(text, m.end) if state_tail else None
    return m if tail is not None and is_place(tail.group("place")) else None


_DESCRIPTION_RULES = (named_after, panel_of_body, outlet_named, text_of_body, named_in_apposition)


def group_named(text: str, start: int, words: str, mentions: Sequence[Any]) -> Any | None:
    """The group or body a description names outright (the rules above, in order), or None."""
    for rule in _DESCRIPTION_RULES:
        e = rule(text, start, words, mentions)
        if e is not None:
            return e
    return None


def not_named_in_own_clause(found: list[Any], pronoun_start: int, quote_start: int,
                            mentions: Sequence[Any]) -> list[Any]:
    """``found`` without the entities the sentence names between the pronoun and the quotation."""
    named = {id(m.entity) for m in mentions if m.entity is not None and pronoun_start < m.start < quote_start}
    if not named:
        return found
    return [e for e in found if id(e) not in named]
