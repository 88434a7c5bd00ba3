"""Speakers the article names without a reporting verb (issue 11, round 11, nulls): the words of
someone's bill, plan or document ("His bill seeks to ban … “…”"). Split from parse_finder.py,
whose rules it extends; each rule needs a construct that names the owner, never a guess."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ..lexicon.reporting import CLAIM_NOUNS
from .cues import DOCUMENT_NOUNS
from .described import renamed_next
from .phrase import Part

# Works a person or body owns whose wording an article quotes as theirs: the documents, and
# the bills, plans and proposals of politicians ("His bill seeks to ban federal support for
# any “…”" is the congressman's wording; real-news tuning split).
OWNED_WORK_NOUNS = DOCUMENT_NOUNS | frozenset("""bill bills plan plans proposal proposals op-ed
legislation amendment measure manifesto budget motion resolution""".split())

# Nouns for someone's own words or judgement: "the Gazette's praise was typical", "In X's words,
# “…”", "In her view, “…”" (round 12, no reporting verb: the owner is the one using the words)
# (not lexicon/reporting.COLON_WORDS_NOUNS: that list heads "X's words:" before a colon)
OWNED_WORDS_NOUNS = frozenset("""words word praise view views verdict message criticism
comments remarks assessment judgement judgment description phrase""".split()) | frozenset(
    # what someone said, named by the act (round 13, fresh tuning set: "his admission that he
    # “…” will do little …", "his pledge that the agency would report “…”" were left null)
    """admission pledge promise vow warning insistence assurance boast""".split())

# the owner pronoun as the subject pronoun resolve.py binds
_OWNER_PRONOUNS = MappingProxyType({"his": "he", "her": "she", "its": "it", "their": "they"})


def owned_words_owner(parts_of: Any, toks: list[Any], out_ids: set[int], base: int) -> list[Part] | None:
    """"Regarding it as “…”, the Gazette's praise was typical", "In Kowal's words, “…”": the
    owner of a words noun outside the quotation that is the sentence's subject, its verbless head
    ("Senator X's message to the hall: “…”") or follows "in", as speaker parts; None when there is none or its owner is not a pronoun or a name."""
    for t in toks:
        if t.i in out_ids and t.lower_ in OWNED_WORDS_NOUNS and (
                t.dep_ == "nsubj" and _holds_or_is(t, out_ids)
                or t.dep_ == "ROOT" or t.dep_ == "pobj" and t.head.lower_ == "in"):
            owner = owned_work_owner(parts_of, t, base, OWNED_WORDS_NOUNS)
            if owner:
                return owner
    return None


# how a speaker found by ``claim_clause_owner`` is reported (parse_finder.py, fragment_kind.py)
CLAIM_OWNER_HOW = "parse: owner of the claim whose clause holds the words"


def claim_clause_owner(parts_of: Any, toks: list[Any], qtoks: list[Any], base: int,
                       nouns: frozenset[str] = CLAIM_NOUNS, phrase_chars: int = 0) -> list[Part] | None:
    """"Nielsen disputed Trump's assertion that the program was “…”", "the context for his
    comment that “…”", "whether X's claim—that “…”—holds": a claim noun with an owner, its
    "that" or "to" clause opening right after it and holding the quotation, whatever the noun's
    place in the sentence; the owner speaks (round 15, lane narration: no reporting verb, null
    on the tuning and unannotated sets). An unowned claim ("the claim that “…”") names nobody.
    With ``phrase_chars``, a phrase of the noun's own of at most that many characters may stand
    before the clause ("X's statement Tuesday that", "his comment in the interview that")."""
    if not qtoks:
        return None
    first = qtoks[0]
    for t in toks:
        if t.i >= first.i or t.lower_ not in nouns:
            continue
        opener = _clause_opener(t, toks[t.i + 1 : first.i], phrase_chars)
        if opener is None or not (opener.lower_ == "that" or opener.lower_ == "to" and opener.pos_ == "PART"):
            continue
        inside = t.left_edge.i <= first.i <= t.right_edge.i
        if not (inside or all(u.is_punct for u in toks[opener.i + 1 : first.i])):
            continue  # the clause must hold the words: by the parse, or "that" right before them
        owner = owned_work_owner(parts_of, t, base, nouns)
        if owner:
            return owner
    return None


def _clause_opener(noun: Any, between: list[Any], phrase_chars: int) -> Any | None:
    """The first word after ``noun`` (before the quotation), or with ``phrase_chars`` the first
    "that" or "to" after a phrase the parse hangs on the noun, with no verb and no comma in it
    (a phrase of a verb's, "X's claim was made in May that …", is no noun's)."""
    words = [u for u in between if not u.is_punct]
    if not words or not phrase_chars or words[0].lower_ in ("that", "to"):
        return words[0] if words else None
    for u in words:
        if u.lower_ in ("that", "to"):
            phrase = between[: u.i - noun.i - 1]
            fits = u.idx - (noun.idx + len(noun.text)) <= phrase_chars
            own = all(noun.left_edge.i <= w.i <= noun.right_edge.i and w.pos_ not in ("VERB", "AUX") and w.text != ","
                      for w in phrase)
            return u if fits and own else None
    return None


# copula forms (the pipeline runs without a lemmatizer)
_COPULA = frozenset("is was are were be been being 's".split())


def _holds_or_is(noun: Any, out_ids: set[int]) -> bool:
    """A words noun as subject speaks for its owner only when the quotation is in its own
    clause ("his admission that he “…” will …") or the verb is a copula ("the Gazette's praise
    was typical"); "His remarks flattered the people (judges, “career” staff)" names an object
    the writer put in quotation marks, not the remarks' wording."""
    return noun.head.lower_ in _COPULA or any(x.i not in out_ids for x in noun.subtree)


def owned_work_owner(parts_of: Any, subj: Any, base: int,
                     nouns: frozenset[str] = OWNED_WORK_NOUNS) -> list[Part] | None:
    """"His bill seeks to ban … “…”", "Schock's plan would …": the owner of the work that is
    the subject of a narrating verb, as speaker parts; None when the subject is no owned work
    or its owner is not a pronoun or a name (``parts_of``: the frame's token -> parts;
    ``base``: the sentence's offset)."""
    if subj.lower_ not in nouns:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in _OWNER_PRONOUNS:
        return [Part("pronoun", _OWNER_PRONOUNS[poss.lower_], base + poss.idx)]
    if poss.pos_ != "PROPN":
        return None
    parts = parts_of(poss)
    return parts if parts and all(p.kind == "name" for p in parts) else None


def named_later_subject(lay: Any, sent: Any, subj: Any, parts: list[Part] | None) -> list[Part] | None:
    """"A Saudi official had defended the executions as “…”. The official, Ali bin X, …": an
    indefinite description subject of a narrating verb is the one the next sentence names by
    repeating its head before the name (resolved in described.py); ``parts``: the subject's."""
    if subj is None or not parts or len(parts) != 1 or parts[0].kind != "desc":
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children):
        return None
    if sent.index + 1 >= len(lay.sentences):
        return None
    nxt = lay.sentences[sent.index + 1]
    return parts if renamed_next(lay.masked, subj.lower_, nxt.start) is not None else None


def per_source(t: Any) -> Any | None:
    """"OCISO was created to “…,” per the internal memo": "per" before a document or a name
    is "according to" (real-news tuning split: left null); not "$5 per gallon"."""
    if t.lower_ != "per":
        return None
    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.lower_ in DOCUMENT_NOUNS or obj.pos_ == "PROPN"):
        return None
    return obj
