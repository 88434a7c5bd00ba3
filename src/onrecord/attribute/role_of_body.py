""""the director of the CDC told …": a definite role of a named body is no back-reference to a
person in focus who is not shown with that body.

``Resolver._unresolved_role`` reads "the director", "the head", "the leader" as the person in
focus. With "of <a body>" after it the role names whose office it is: on new corpus text "the
director of the CDC told a hearing" went to Anthony Fauci (of another institute), "the head of
the Addiction Policy Forum" and "the head of the National Weather Service" to Trump, and "the
owner of a gun range" to the gunman (round 35, lane big2: 6 of 11 such roles in big2 and big
resolved to the wrong person; the 5 right ones were written beside the body's name, "Bob
Corker, chairman of the Senate Foreign Relations Committee")."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Callable

from ..lexicon.heads import STAFF_ROLES
from ..lexicon.titles import LEGISLATOR_WORDS, RANK_BELOW_WORDS
from ..text.find import has_word
from ..thresholds.attribute import WINDOWS
from ..thresholds.subjects import SUBJECTS

_OF_BODY = re.compile(
    r"\s+(?P<prep>of|for)\s+(?:(?P<indef>an?\s)|(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w&.'’-]*)){0,6}))")
_BODY_TAIL = re.compile(r"(?:\s+(?:of|for|and|on))+$")


def role_of_other_body(text: str, part: Any, person: Any, names_person: Callable[[str], bool]) -> bool:
    """True when the description at ``part`` goes on "of a/an …" (someone unnamed) or "of
    <Body>" and ``person`` is never mentioned near that body's name nor carries it; or goes on
    "for <a person the article names>" (``names_person``): round 39, lane focus22, "The campaign
    manager for <a rival candidate>" took the words of the spokeswoman in focus. "for" with
    anything but a person keeps the focus ("The MP for <a constituency>", tuning split)."""
    end = part.start + len(part.text)
    if text[part.start:end] != part.text:
        return False
    m = _OF_BODY.match(text, end)
    if m is None:
        return False
    if m.group("prep") == "for":
        # the focus's own name there ("the spokesman for Lowe") is their aide, never them
        # a whole word: "Ford" is not in "the MP for Fordham" (review31)
        return m.group("body") is not None and (has_word(m.group("body"), person.canonical.split()[-1])
                                                or names_person(_BODY_TAIL.sub("", m.group("body"))))
    if m.group("indef"):
        return True  # "the owner of a gun range": one of many, unnamed
    body = _BODY_TAIL.sub("", m.group("body"))
    if person.canonical.split()[-1] in body:
        return False  # "the chairman of Koch Industries" for Charles Koch
    if any(0 <= part.start - mm.start <= SUBJECTS.role_heading_reach for mm in person.mentions):
        # "4) Sen. Bob Corker (R-TN) | On Sunday evening, the chair of the Senate Foreign
        # Relations Committee put out a statement": named just before, as a heading
        return False
    reach = SUBJECTS.role_body_reach
    for occ in re.finditer(re.escape(body), text):
        if occ.start() != m.start("body") and any(abs(mm.start - occ.start()) <= reach for mm in person.mentions):
            return False  # "Bob Corker, chairman of the Senate Foreign Relations Committee"
    return True


# "the prime minister's official spokesman", "The rapper's spokesman": a role owned by someone
_OWNED_ROLE = re.compile(r"(?:the\s+)?(?P<owner>.+?)['’]s\s+(?P<role>.+)", re.I)


def role_of_other_owner(text: str, part: Any, person: Any) -> bool:
    """True when the description at ``part`` is a role another owns ("the rapper's spokesman",
    "the town's mayor") and ``person`` is that owner or was never shown in such a role: the
    person in focus is no back-reference for it. On big + big2, 5 of 6 such roles read as the
    person in focus were wrong: the rapper given his own spokesman's denial, the Home Secretary
    the prime minister's spokesman's words, a statue's general the town mayor's (round 37, lane
    about20). The right one was written "The Fabian Society's Sundar X" before "The political
    reform group's general secretary": a person shown after an owner's possessive keeps it."""
    m = _OWNED_ROLE.fullmatch(part.text.strip())
    if m is None:
        return False
    owner = m.group("owner").lower().split()
    surname = person.canonical.split()[-1].lower()
    if surname in owner or any(owner[-1] in r.lower().split() for _, r in person.roles):
        return True  # the owner himself ("the rapper's spokesman" for the rapper)
    head = m.group("role").lower().split()[-1]
    if any(head in r.lower().split() for _, r in person.roles):
        return False  # shown in that role ("Jo X, the mayor's spokesman, …")
    if any(0 <= part.start - mm.start <= SUBJECTS.role_heading_reach for mm in person.mentions):
        return False  # named just before, as a heading
    reach = SUBJECTS.owner_possessive_reach
    return not any(re.search(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}$", text[max(0, mm.start - reach):mm.start])
                   for mm in person.mentions)


# "One Democratic senator, who requested anonymity, said …. The lawmaker said …": a
# lawmaker is any member of a legislature (round 82, lane desc95)
_UNNAMED_SYNONYMS = MappingProxyType({**{h: STAFF_ROLES for h in STAFF_ROLES}, "lawmaker": LEGISLATOR_WORDS})


def unnamed_before(masked: str, head: str, pos: int) -> bool:
    """Whether the characters before ``pos`` (WINDOWS.unnamed_role_chars) introduce an
    unnamed holder of the role ``head`` (or a synonym): as someone's role without a name after
    it ("the prime minister's official spokesman urged …. …, the spokesman said": not the
    minister in focus), or after a possessive pronoun ("her manager")."""
    heads = "|".join(re.escape(h) for h in {head} | _UNNAMED_SYNONYMS.get(head, frozenset()))
    before = masked[max(0, pos - WINDOWS.unnamed_role_chars) : pos]
    if re.search(r"\b(?:a|an|one|another|\w+[’']s?)\s(?:[\w&-]+\s){0,3}(?:" + heads
                 + r")\b(?![,\s]+(?-i:[A-Z]))", before, re.I) is not None:
        return True
    # "she told her manager …. … the manager said": a possessive pronoun's role is someone the
    # person in focus deals with, never that person (round 39, lane focus22: the worker was
    # given her manager's words); "her term as president" is her own office, not another holder
    # "her vice president", "his deputy leader" (a rank word right before the head): another
    # office, so no other holder of the bare role; the president is still the focus (review31)
    return any(not set(m.group("mid").lower().split()[-1:]) & RANK_BELOW_WORDS for m in re.finditer(
        r"\b(?:her|his|their|its)\s(?P<mid>(?:(?!as\b|of\b)[\w-]+\s){0,3})(?:" + heads
        + r")\b(?![,\s]+(?-i:[A-Z]))", before, re.I))
