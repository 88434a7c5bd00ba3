"""A quotation inside another whose own reporter is named inside the outer words.

"Said the auditor: “Ms. Vance told us the memo was her ‘safety net’ for the year”": the inner
words are the ones the outer quotation reports, Vance's, not the auditor's. The finders see only
the words outside every quotation, so an inner quotation went to the outer one's speaker (lane
inner15's sample of big: an inspector general's report quoting an agent twice, a statement
quoting a preacher; 16 such inner quotations among 193 nested speech quotations on big).

Reached from ``attribute._parse_jobs`` for a nested speech quotation, with the sentence's parse.
The inner reporter takes the words only when it is a name (a pronoun inside a quotation is the
outer speaker's "I", "he" someone the outer speaker means) and nothing above the verb denies it
("I never heard him saying ‘…’": words nobody reports as said).
"""

from __future__ import annotations

from typing import Any

from ..lexicon.negation import CONDITIONALS
from ..thresholds.attribute import CONFIDENCE as C, NESTED
from .layout import Layout, Sentence
from .nested import MODALS
from .parse_subject import np_parts, quote_tokens
from .parse_verbs import is_report
from .phrase import Surface


_HOW = "parse: named reporter of"


def inner_voiced(q: Any) -> bool:
    """Whether quotation ``q`` went to a reporter named inside its enclosing quotation: the
    outer words that go on in the next sentence are not that reporter's."""
    return q.nested and any(e.startswith(_HOW) for e in q.attribution_evidence)


def enclosing(lay: Layout, sent: Sentence, qi: int) -> int | None:
    """The quotation of the sentence that holds quotation ``qi``, or None."""
    q = lay.quotes[qi]
    holders = [j for j in sent.quotes if j != qi and lay.quotes[j].start < q.start and q.end <= lay.quotes[j].end]
    return min(holders, key=lambda j: lay.quotes[j].end - lay.quotes[j].start) if holders else None


def _reporting_verb(qtoks: list[Any], inside: set[int]) -> Any | None:
    """Climb from the quotation's highest token, through the outer words only, to a verb of
    reporting (as ``parse_finder._attached_cue`` climbs outside every quotation)."""
    qids = {t.i for t in qtoks}
    h = qtoks[0]
    while h.i in qids:
        if h.head.i == h.i:
            return None
        h = h.head
    for _ in range(NESTED.max_climb):
        if h.i not in inside:
            return None
        if is_report(h):
            return h
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def _denied(verb: Any, inside: set[int]) -> bool:
    """"I didn't hear him saying ‘…’", "she never told them ‘…’": a negation on the verb or a
    verb above it inside the outer words. "Vance should say ‘…’", "if Vance says ‘…’": a modal
    or a condition on the verb itself makes the words ones nobody reports as said (review24;
    only on the verb: "I can tell you Vance told us ‘…’" reports Vance's words)."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "mark" and c.lower_ in CONDITIONALS for c in verb.children):
        return True
    h = verb
    for _ in range(NESTED.max_climb):
        if any(c.dep_ == "neg" for c in h.children):
            return True
        if h.head.i == h.i or h.head.i not in inside or h.dep_ in _OWN_CLAUSES:
            # "The league did not apologise when Dana X said ‘…’": a clause of time or a
            # relative clause is no complement of the denial above it (round 37, lane weak20)
            return False
        h = h.head
    return False


# clauses that say when or who, not what was heard or said: a negation above them denies none
# of their words
_OWN_CLAUSES = frozenset({"advcl", "relcl", "acl"})


def inner_reporter(lay: Layout, sent: Sentence, qi: int, doc: Any) -> Surface | None:
    """The named reporter, inside the enclosing quotation, of the nested quotation ``qi``."""
    j = enclosing(lay, sent, qi)
    if j is None:
        return None
    q, o, base = lay.quotes[qi], lay.quotes[j], sent.start
    toks = list(doc)
    qtoks = quote_tokens(toks, q, base)
    inside = {t.i for t in toks if o.start <= base + t.idx < o.end and not q.start - 1 <= base + t.idx <= q.end}
    verb = _reporting_verb(qtoks, inside) if qtoks else None
    if verb is None or _denied(verb, inside):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in inside and c.pos_ == "PROPN"), None)
    if subj is None and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN" and verb.head.i in inside and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        subj = verb.head  # "Dana X -- who had told reporters that ‘…’": the one the clause is about
    parts = np_parts(lay, doc, subj, base) if subj is not None else None
    if not parts or any(p.kind != "name" for p in parts):
        return None
    return Surface(parts, verb.text, f"{_HOW} '{verb.text}' inside the enclosing quotation",
                   C.parse_subject, aside=True)  # no last speaker: the outer words go on
