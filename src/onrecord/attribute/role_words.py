"""Small pure helpers of referents.py (split from it, round 19, lane speed, to keep it under
500 lines): a role's own words before its complement, and a sentence's last commas."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..lexicon.function_words import CLAUSE_AFTER_OFFICE, ROLE_COMPLEMENT_PREPOSITIONS
from ..lexicon.titles import GRADED_OFFICES, RANK_BELOW_WORDS, TITLE_WORDS
from ..text.phrase import has_phrase
from .layout import CLOSERS


def role_core(role: str, phrase: str, e: Any) -> str:
    """A person's role's own words, before a preposition opening its complement, unless the
    phrase sought has one too: "the parliament" is not "speaker of the outgoing parliament".
    A body keeps its whole role: "the contract with the supplier, Orvane" is the supplier (dev);
    so does a title sought: "the accounts of Clinton's campaign chairman, X" is the chairman."""
    if e.kind == "org" or _keeps_whole_role(phrase):
        return role
    return _own_words(role)


@lru_cache(maxsize=65536)
def holds_office(role: str, phrase: str) -> bool:
    """The role holds the phrase sought as its own office: not as the office its holder ranks
    below, the owner of another role (possessor_at) or a clause's subject (clause_at). "deputy
    prime minister" holds the words "prime minister" but is another office, so "the prime
    minister said" is not the deputy named last (fresh14, a BBC politics article; on the lanes'
    corpus samples "the president" went to two vice presidents and "the mayor" to a deputy
    mayor). A phrase that carries the rank word itself ("the deputy prime minister") matches as
    before. A hyphen after the rank word ("vice-chair") is read as a space, and a grade of the
    same office (lexicon GRADED_OFFICES: "associate justice") holds it."""
    role, phrase = _rank_hyphen_as_space(role), _rank_hyphen_as_space(phrase)
    if not has_phrase(role, phrase):
        return False
    ranked = phrase.split()[0] in RANK_BELOW_WORDS
    grades = GRADED_OFFICES.get(phrase.split()[-1], frozenset())
    i = role.find(phrase)
    while i >= 0:
        before = role[:i].split()
        if (ranked or not before or before[-1] not in RANK_BELOW_WORDS or before[-1] in grades) \
                and not possessor_at(role, i + len(phrase)) and not clause_at(role, i + len(phrase)) \
                and has_phrase(role[i:], phrase):
            return True
        i = role.find(phrase, i + 1)
    return False


def rank_dropped(words: list[str], n: int) -> bool:
    """Whether the last ``n`` of a description's ``words`` leave out the rank word just before
    them ("vice" of "the vice president", "deputy" of "the Russian deputy envoy"): the shorter
    phrase names the office above it, whose holder is not the one described. The head alone
    gave "the vice president" to the president and "the deputy envoy" to the envoy on unseen
    articles (round 79, lane desc89, draw E); a grade of the same office ("associate
    professor" for "the professor", lexicon GRADED_OFFICES) is not dropped."""
    if n >= len(words):
        return False
    rank = words[-n - 1]
    return rank in RANK_BELOW_WORDS and rank not in GRADED_OFFICES.get(words[-1], frozenset())


def clause_at(role: str, end: int) -> bool:
    """Whether the office ending at ``end`` is the subject of a clause the role ran into ("the
    president is now saying …", "the president also seemed …": lexicon CLAUSE_AFTER_OFFICE), a
    misread apposition that names someone else's office."""
    after = role[end:].split(maxsplit=1)
    return bool(after) and after[0] in CLAUSE_AFTER_OFFICE


def possessor_at(role: str, end: int) -> bool:
    """Whether the office ending at ``end`` owns what follows ("the president’s son-in-law",
    "the mayor's press aide"): the role is the one it is related to, not the office. "the
    president said" went to the president's daughter-in-law and to his personal lawyer on
    unseen articles (round 79, lane desc89, draw E)."""
    return role[end : end + 2] in ("’s", "'s") or role[end : end + 1] in ("’", "'") and role[end - 1 : end] == "s"


def _rank_hyphen_as_space(role: str) -> str:
    """"vice-chair" as "vice chair": has_phrase counts a hyphen as part of a word, so neither
    holds_office nor ranks_below saw "chair" in it, and "the chair said" went to the only
    Vice-Chair named (review33, round 41's review; "Vice-President" likewise)."""
    if "-" not in role:
        return role
    words = role.split()
    return " ".join(w.replace("-", " ", 1) if w.split("-")[0] in RANK_BELOW_WORDS else w for w in words)


def ranks_below(role: str, office: str) -> bool:
    """The role holds ``office``'s words only under a rank word ("deputy prime minister" for
    "prime minister"): checked with the whole description, so its head alone ("minister")
    does not find the deputy either."""
    return has_phrase(_rank_hyphen_as_space(role), _rank_hyphen_as_space(office)) and not holds_office(role, office)


# Memos of pure functions of strings: description() asks them for every role of every person
# at each new phrase (5 % of attribution's CPU on 300 real-news articles; round 19, lane speed).
@lru_cache(maxsize=16384)
def _keeps_whole_role(phrase: str) -> bool:
    words = phrase.split()
    return words[-1] in TITLE_WORDS or any(w in ROLE_COMPLEMENT_PREPOSITIONS for w in words)


@lru_cache(maxsize=65536)
def _own_words(role: str) -> str:
    words = role.split()
    cut = next((i for i, w in enumerate(words) if w in ROLE_COMPLEMENT_PREPOSITIONS), len(words))
    return " ".join(words[:cut])


def last_commas(toks: list[Any]) -> list[int]:
    """The indexes of the last two commas (or closing marks after the first token) of a
    sentence, in order: all _trailing_attribution reads of them, found from the right (the
    list of every comma of every sentence was 2 % of attribution's CPU; round 19)."""
    out: list[int] = []
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i].text
        if t == "," or t in CLOSERS and i > 0:
            out.append(i)
            if len(out) == 2:
                break
    return out[::-1]
