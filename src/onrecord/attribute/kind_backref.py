"""A definite description of a body's kind ("the paper", "the organisation", "the station")
refers back to the body just written (issue 11, round 13, lane fresh): "Spanish daily ABC
accuses … . “…,” the paper says", "Advocacy group Muslim Advocates said … . “…,” the
organization said", "Radio 1 said … . … , the station said". On 60 fresh random articles
this was the commonest construct left null (11 of 34 nulls), and it recurs in the tuning
extension ("the organisation said in a statement", "said the radio station").

The rule reads back at most ``KIND_BACKREF_SENTENCES`` sentences for the nearest mention
vouched for as this kind of body: introduced with a head of the same class ("daily ABC", "the
newspaper Ebtekar", "group X", "X, a … group"), or an organisation opening its sentence
("Radio 1 said …"); never a person, a place or a possessive ("the DOJ's announcement").
Anything else stays null: a description is never matched to a body the article only
mentions in passing.

Round 19 (lane outlets): "the paper" / "the newspaper" also refers back to a printed title
named by its masthead within that reach ("Quoting …, The X Times reports …. The paper adds
that …"), and a paper-class description with nothing in reach takes the one body the article
introduced by a printed kind, however far back ("US magazine X's annual list" four sentences
before "the magazine reported"); two such bodies leave it null.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..lexicon.function_words import CLAUSE_FUNCTION_WORDS
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.outlets import PRINT_MASTHEAD_WORDS
from ..lexicon.places import is_place
from ..lexicon.titles import SPOKESPERSON_WORDS
from ..thresholds.attribute import KIND_BACKREF_SENTENCES
from ..thresholds.bodies import BODY_DESCRIPTIONS

if TYPE_CHECKING:
    from .entities import Entity
    from .mentions import Mention
    from .phrase import Part
    from .resolve import Resolver

# Classes of body an article names again by their kind; a head refers back only to a body
# introduced with a head of its own class ("the paper" is never the "group" named before).
_HEAD_CLASSES: tuple[frozenset[str], ...] = (
    frozenset("paper newspaper daily tabloid broadsheet weekly magazine".split()),
    # "the non-profit X" (round 51, lane orgdesc51: random AllSides text left "says the
    # organization" null after it)
    frozenset("organisation organization group charity association body non-profit nonprofit".split()),
    # "The FBI has confirmed … . “…,” explained the agency" (round 24, lane nulls8: left null on
    # the tuning splits; "the agency said" is common wire style). Its own class: Congress or a
    # company opening a sentence is no agency (corpus)
    frozenset({"agency"}),
    frozenset("station broadcaster channel".split()),
)
_CLASS_OF = MappingProxyType({h: c for c in _HEAD_CLASSES for h in c})

# what may stand between an introducing head and the name: nothing, or capitalised words
# ("the Spanish daily ABC", "the newspaper Ebtekar", "advocacy group Muslim Advocates")
_BEFORE_NAME = re.compile(r"(?<![\w-])([a-z][a-z-]*)\s+$")
# an apposition's words up to its first function word or punctuation ("X, a large Democratic
# group based in …": its head is "group"; the lazy pattern this replaced read "large" and left
# fresh17's "The group announced" null; round 51, lane orgdesc51)
# (the lexicon's clause words: review of round 51 found the lane's own copy of them here)
_APPOSITION_STOPS = CLAUSE_FUNCTION_WORDS | {"whose"}
_APPOSITION_CLOSERS = frozenset("based founded led run backed funded formed created known headquartered".split())
# "A spokesman for Reporters Without Borders … . “…,” the organisation said": whoever has a
# spokesperson is a body (tuning extension: left null)
_VOICE_OF = re.compile(r"\b(?:" + "|".join(sorted(SPOKESPERSON_WORDS | {"representative"})) + r")\s+(?:for|of)\s+(?:the\s+)?$",
                       re.I)
_ORGANISATION = _HEAD_CLASSES[1]
_AGENCY = _CLASS_OF["agency"]
_PRINT = _HEAD_CLASSES[0]
# a masthead alone ("The Harbour Observer") says newspaper, not magazine: "the magazine" after
# "New York magazine … told the New York Observer" is not the Observer (corpus, round 19)
_NEWSPAPER = frozenset({"paper", "newspaper"})
# "A new paper by coastal engineers finds …, the X Gazette reports. “…,” the paper says": a
# paper the article introduced is a study, and "the paper" is it, not the newspaper (round 19)
_A_PAPER = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?paper\b", re.I)
_CUT_SHORT = re.compile(r" [A-Z]")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def kind_head(text: str) -> str | None:
    """The head of "the [modifiers] HEAD" when it names a kind of body, else None."""
    words = text.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _CLASS_OF:
        return None
    return words[-1]


def _head_before(masked: str, m: "Mention", heads: frozenset[str]) -> bool:
    """"daily ABC", "magazine Rolling Stone's": a head of the class right before the name."""
    begin = m.begin
    before = _BEFORE_NAME.search(masked[max(0, begin - 30) : begin])
    return bool(before and before.group(1) in heads)


def _introduced_as(masked: str, m: "Mention", heads: frozenset[str]) -> bool:
    """"daily ABC", "group Muslim Advocates" or "X, a Washington-based group": the mention is
    introduced by a head of the description's class."""
    if _head_before(masked, m, heads):
        return True
    if heads is _ORGANISATION and _VOICE_OF.search(masked[max(0, m.start - 40) : m.start]):
        return True
    end = _apposed_head_end(masked, m.end, heads)
    if heads is _AGENCY and end is not None and masked[end : end + 1] not in {",", ")"}:
        # "UNHCR, the United Nations' refugee agency, notes": an apposition closes; "Under X,
        # the agency noted" opens the clause (corpus: gave the president the agency's words)
        return False
    return end is not None


def _apposed_head_end(masked: str, at: int, heads: frozenset[str]) -> int | None:
    """Where a head of the class ends in an apposition opening at ``at`` (", a large Democratic
    group"), reading at most four words and none past a function word; else None."""
    for n in range(1, BODY_DESCRIPTIONS.apposition_words + 1):
        m = re.compile(r",\s+(?:a|an|the)\s+((?:[\w’'.-]+\s+){%d})" % (n - 1) + r"([\w-]+)\b").match(masked, at)
        if m is None:
            return None
        word = m.group(2)
        if word in heads:
            after = _NEXT_WORD.match(masked, m.end())
            # the head closes the phrase: "group based in", "group, which"; not "a group founder"
            return m.end() if after is None or after.group(1) in _APPOSITION_STOPS | _APPOSITION_CLOSERS else None
        if word.lower() in _APPOSITION_STOPS:
            return None
    return None


def _opener(res: "Resolver", m: "Mention", si: int) -> str | None:
    """What stands before the mention in its sentence when it opens it: "" or "The" ("The FBI
    has confirmed …": the article does not stop it opening the sentence; round 24), else None."""
    s = res.lay.sentences[si]
    begin = m.begin
    before = res.lay.masked[s.start : begin].strip()
    return before if before in {"", "The"} else None


def _vouched(res: "Resolver", m: "Mention", si: int, heads: frozenset[str], mastheads: bool) -> bool:
    """The mention is a body of the description's kind: introduced with a head of its class,
    a newspaper's masthead for "the paper" (round 19), or an organisation opening its
    sentence ("Radio 1 said …", "The FBI has confirmed …")."""
    e = m.entity
    if e is None or m.possessive or is_place(e.canonical):
        return False
    if _CUT_SHORT.match(res.lay.masked, m.end):
        return False  # "Reporters [Without Borders]": a name cut short inside its capitalised run
    if e.kind == "person":
        # the entity layer typed fresh17's "Priorities USA, a large Democratic group based in
        # Washington," a person by its apposition's party word: the apposition says a body
        # (round 51, lane orgdesc51); nothing else vouches for a person
        apposed = _apposed_head_end(res.lay.masked, m.end, heads) is not None
        return heads is _ORGANISATION and e.gender is None and apposed
    if _introduced_as(res.lay.masked, m, heads):
        return True
    if mastheads and _masthead(e):
        return True  # "Quoting X, The Harbour Gazette reports … . The paper adds" (round 19)
    opener = _opener(res, m, si)
    if opener is None or _modifies_group(res, m):
        return False
    if heads is _AGENCY:
        # "The FBI has confirmed …", "HHS said …": only an acronym opening its sentence, with or
        # without "The" (the entity layer leaves most acronyms "unknown"); on the corpus a name
        # opening a sentence two back was Congress, and "The Syrian Observatory …" (for "the
        # group") was not the body meant (round 24, lane nulls8)
        # the mention as written counts: "A Harbour Budget Office analysis … The HBO said …"
        # makes the full name canonical (fresh17 left "the agency acknowledges" null; round 51)
        return _ACRONYM.fullmatch(e.canonical) is not None or _ACRONYM.fullmatch(m.name) is not None
    return opener == "" and e.kind == "org"


def _modifies_group(res: "Resolver", m: "Mention") -> bool:
    """"Administration officials said …": the name only modifies the group that opens the
    sentence, whose members speak, not the body (round 24: on the corpus it took "the agency
    said" from ICE)."""
    after = _NEXT_WORD.match(res.lay.masked, m.end)
    return after is not None and after.group(1) in GROUP_NOUNS


def _masthead(e: "Entity") -> bool:
    """A printed title by its name ("The New York Times", "Daily Telegraph"); never a journal
    of research ("Journal of Coastal Studies": its "paper" is an article in it)."""
    words = e.canonical.split()
    return len(words) >= 2 and words[-1] in PRINT_MASTHEAD_WORDS and "of" not in words


def _only_titled_outlet(res: "Resolver", part: "Part") -> "Entity | None":
    """The one body the article introduced by a printed kind before "the magazine" / "the paper"
    ("US magazine Rolling Stone's annual list", possessive or not), however far back; None when
    it introduced two or more. The fresh tuning set's "the magazine reported" came four sentences
    after its only magazine, out of the two-sentence reach (round 19, lane outlets)."""
    found = {id(m.entity): m.entity for m in res.ents.mentions
             if res.lay.headline_end <= m.start < part.start and m.entity is not None
             and m.entity.kind != "person" and not is_place(m.entity.canonical)
             and not _CUT_SHORT.match(res.lay.masked, m.end) and _head_before(res.lay.masked, m, _PRINT)}
    return next(iter(found.values())) if len(found) == 1 else None


def kind_backref(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """The body "the paper" / "the organisation" / "the station" refers back to: the nearest
    mention within reach vouched for as a body of its kind, or None."""
    head = kind_head(part.text)
    if head is None:
        return None
    heads = _CLASS_OF[head]
    study = head == "paper" and _A_PAPER.search(res.lay.masked, 0, part.start) is not None
    mastheads = head in _NEWSPAPER and not study
    lo = max(0, sent_idx - KIND_BACKREF_SENTENCES)
    for si in range(sent_idx, lo - 1, -1):
        if res.lay.sentences[si].start < res.lay.headline_end:
            break  # a headline vouches for nothing ("Press" over the story)
        before = sorted((m for m in res.by_sentence.get(si, []) if m.start < part.start),
                        key=lambda x: -x.start)
        found = next((m for m in before if _vouched(res, m, si, heads, mastheads)), None)
        if found is not None:
            return found.entity
    return _only_titled_outlet(res, part) if heads is _PRINT and not study else None
