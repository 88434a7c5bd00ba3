"""Nested reporting: a reporting verb inside the clause another reporter states.

"Sessions said he was told by the FBI not to list meetings “…”", "Fox News President Roger
Ailes wrote that the network rejects the effort to “…”", "When Stewart suggested that even Obama
would concede … had not been “…”": the verb nearest the words sits in the reported clause (a
``ccomp``) of an outer reporting verb, and the words are the outer reporter's account, not the
inner subject's (real-news tuning split, issue 11: each went to the inner subject). Reached from
``parse_finder._from_cue`` with the outer reporter ``_outer`` found; no parse of its own.

The outer reporter takes the words only when the inner clause does not report a named person's
own act: "Goodwin said Baquet had insisted Trump “…”" and "Reuters reported that Macron said
… “…”" stay Baquet's and Macron's (the gold and the journalist agree), and an outlet that
reports ("…, the BBC reported") is never the outer speaker.
"""

from __future__ import annotations

from typing import Any, Callable

from ..lexicon.consent import CONSENT_BASES
from ..lexicon.reporting import ACT_NOUNS, INNER_NON_REPORT_BASES, report_base
from ..thresholds.attribute import NESTED
from ..lexicon.heads import GENERIC_ORG_HEADS, ORG_HEAD_SYNONYMS


def _first_reporter_above(cue: Any, out_ids: set[int], is_report: Callable[[Any], bool]) -> tuple[Any | None, bool]:
    """The first reporting verb above ``cue`` in the frame (as ``_outer`` climbs), and whether the
    climb passed a reported clause (``ccomp``)."""
    h = cue
    through_ccomp = False
    for _ in range(NESTED.max_climb):
        if h.head.i == h.i:
            return None, through_ccomp
        through_ccomp = through_ccomp or h.dep_ == "ccomp"
        h = h.head
        if h.i in out_ids and is_report(h):
            return h, through_ccomp
    return None, through_ccomp


def reported_clause_of(cue: Any, out_ids: set[int], is_report: Callable[[Any], bool]) -> Any | None:
    """The outer reporting verb whose reported clause (a ``ccomp`` on the way up) holds ``cue``,
    or None. The first reporting verb above ``cue`` is the one tried, as ``_outer`` does."""
    verb, through_ccomp = _first_reporter_above(cue, out_ids, is_report)
    return verb if through_ccomp else None


# "would concede", "could call it": a hypothetical act inside a report did not happen (also
# inner_quote.py: "“Vance should say ‘…’”" reports no words Vance said)
MODALS = frozenset({"would", "could", "might", "may", "should", "will", "can"})
# the outer verbs that carry a report rather than make it ("…, the BBC reported")
_CARRIERS = frozenset({"report", "quote", "cite"})
# inner subjects that stand for the outer reporter's body, not a person who spoke: "Ailes wrote
# that the network rejects …"
_BODY_HEADS = GENERIC_ORG_HEADS | frozenset(ORG_HEAD_SYNONYMS)


def outer_owns(cue: Any, subj: Any | None, outer_verb: Any) -> bool:
    """Whether the words inside the reported clause of ``outer_verb`` are the outer reporter's:
    not carried by an outlet, and the inner verb is hypothetical, passive ("he was told by the
    FBI"), or its subject is "it" or a body ("the network rejects", "it fails to explain").
    A person's own naming stays his: "what he called “…”", "what the minister, X, called"
    (the dev set)."""
    if report_base(outer_verb.lower_) in _CARRIERS:
        return False
    kids = list(cue.children)
    if any(c.dep_ == "dobj" and c.lower_ in {"what", "which"} for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
        return True
    if any(c.dep_ == "nsubjpass" for c in kids):
        return True
    return subj is not None and (subj.lower_ == "it" or subj.pos_ == "NOUN" and subj.lower_ in _BODY_HEADS)


def carried_by_outlet(cue: Any, out_ids: set[int], is_report: Callable[[Any], bool]) -> bool:
    """"Iranian leaders asked that protesters gather away from “…,” ISNA reported": the first
    reporting verb above ``cue`` carries the report (report, quote, cite); the words are the inner
    reporter's, named or not, never the outlet's (real-news tuning split: an unnamed speaker
    went to the agency)."""
    verb, _ = _first_reporter_above(cue, out_ids, is_report)
    return verb is not None and report_base(verb.lower_) in _CARRIERS


def inner_non_report(cue: Any, subj: Any | None) -> str | None:
    """Why the inner verb ``cue`` (inside an outer reporter's clause) reports nothing its subject
    said, or None: the rules in order (round 26, lane wrong9; real-news fresh3, fresh5)."""
    for rule in _NON_REPORT_RULES:
        why = rule(cue, subj)
        if why:
            return why
    return None


def _directive_or_finding(cue: Any, subj: Any | None) -> str | None:
    """"saying the president ordered officials to take “…”", "has instructed his team to “…”"."""
    base = report_base(cue.lower_)
    return f"a {base} is not a report" if base in INNER_NON_REPORT_BASES else None


def going_on(cue: Any, subj: Any | None) -> str | None:
    """"said Americans continue to get information … despite “…”": "continue" governing another
    verb is going on doing it, not going on speaking ("X continued, “…”" keeps its subject)."""
    if report_base(cue.lower_) != "continue":
        return None
    return "'continue to' is not a report" if any(c.dep_ == "xcomp" for c in cue.children) else None


def _act_subject(cue: Any, subj: Any | None) -> str | None:
    """"said the decision by X to arm the rebels reveals a “…”": an act is no voice; its "by X"
    named the one acting, not a speaker (the document rule gave the words to X)."""
    if subj is None or subj.pos_ != "NOUN" or subj.lower_ not in ACT_NOUNS:
        return None
    to_inf = any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 for c in subj.children)
    return f"the {subj.lower_} to act is no voice" if to_inf else None


def _consent_to_act(cue: Any, subj: Any | None) -> str | None:
    """"Trump said Kim had agreed to destroy a “…” site": an agreement to act (a "to"
    infinitive, ``xcomp``) is an act the outer reporter recounts in his own words; "Y agreed
    that …" states Y's view and is left to the rules after this one (round 83, lane wrong100)."""
    if report_base(cue.lower_) not in CONSENT_BASES:
        return None
    to_inf = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 for c in cue.children)
    return "an agreement to act is not a report" if to_inf else None


_NON_REPORT_RULES = (_directive_or_finding, going_on, _act_subject, _consent_to_act)
