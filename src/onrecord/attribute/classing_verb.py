"""A fragment in marks that names the class a named subject puts something in: "The Institute
ranks only three as “…”", "Mr X has deemed the pages “…”", "the agency downgraded the debt to
“…”", "the body reserves the term for “…”". The class is the classing subject's wording, an
official category credited to a body by a verb (guideline K9; K1 and ruling R1). The
extraction sees no reporting verb next to the marks and types the words scare or term,
credited to nobody; ``fragment_kind.retype`` asks this rule after ``citing_report``.

Round 73, lane verbfrag83: of the named-subject fragments credited to nobody on the tuning
sets, the verbs spread over some thirty lemmas, each once or twice, as often gold scare or
term as speech; only this class was gold speech every time with an active named subject
(eval/real/audit/verbfrag83-tuning.tsv). Not the thing classed (the verb's direct object:
"downgraded the “…” notes" names it), not a passive ("was deemed “…”": nobody named), not a
participle hung on a noun ("the pages deemed “…”")."""

from __future__ import annotations

from typing import Any

from ..extract.category_rules import MARKED_CATEGORY_REASON
from ..extract.term_rules import CLASSED_AS_REASON
from ..lexicon.categories import CLASSING_VERBS, FOR_CLASSING_VERBS
from ..thresholds.attribute import CONFIDENCE as C
from .phrase import Surface
from .quote_parse import QuoteParse
from .verb_subject import subject_of

# The extraction's category readings ("has classed the bonds as “…”": a term, whoever classed
# them). K9 makes a class a named subject gives that subject's speech, so fragment_kind opens
# these two readings to this rule alone.
CLASS_GIVEN_REASONS = (CLASSED_AS_REASON, MARKED_CATEGORY_REASON)

# the class given as an object predicate or a clause ("deemed the pages “…”")
_CLASS_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp"})
# the class given after a preposition ("ranks three as “…”", "downgraded it to “…”")
_CLASS_PREPOSITIONS = frozenset({"as", "to", "into", "among"})


def class_given(why: str) -> bool:
    """The extraction typed the words a category after a classing verb (``why``: its reasons)."""
    return any(r in why for r in CLASS_GIVEN_REASONS)


def classing_report(f: QuoteParse) -> tuple[Any, Surface, Any] | None:
    """(verb, the subject's surface, the words' highest token) when the words name the class
    an active classing verb with a subject of its own gives, else None."""
    top = f.top
    if top is None or not f.words:
        return None
    verb = _classing_verb(top)
    if verb is None or verb.i not in f.out_ids or verb.dep_ in ("acl", "pcomp", "amod", "relcl") \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj, how = subject_of(verb)
    parts = f.parts(subj) if subj is not None and subj.dep_ == "nsubj" and subj.head.i == verb.i else None
    if not parts:
        return None
    # no cue: a classing verb gives a class, it is no verb of saying (the gold leaves "has
    # classed" and "have deemed" without a cue; fresh4 and fresh24)
    return verb, Surface(parts, None, f"parse: {how} of '{verb.text}', which classes the words",
                         C.parse_subject), top


def _classing_verb(top: Any) -> Any | None:
    """The classing verb whose class the words with highest token ``top`` name."""
    h = top.head
    if top.dep_ in _CLASS_DEPS:
        return h if _classing(h, None) else None
    if top.dep_ == "appos" and h.dep_ == "dobj":
        # "deemed the pages “…”": the parse may hang the class on the thing classed
        return h.head if _classing(h.head, None) else None
    if h.dep_ != "prep" or top.dep_ not in ("pobj", "amod", "acomp", "advmod"):
        return None  # the class is the preposition's object, or a bare adjective on it
    up = h.head
    for _ in range(3):
        # "as" hung off the thing classed: "ranks only three (of the towns) as “…”"
        if up.dep_ not in ("dobj", "pobj", "prep") or up.pos_ == "VERB":
            break
        if up.dep_ == "dobj":
            up = up.head
            break
        up = up.head
    return up if _classing(up, h.lower_) else None


def _classing(tok: Any, prep: str | None) -> bool:
    if tok.pos_ != "VERB" or tok.lower_ not in CLASSING_VERBS:
        return False
    if tok.lower_ in FOR_CLASSING_VERBS:
        return prep == "for"
    return prep is None or prep in _CLASS_PREPOSITIONS
