"""A document that lays out the quoted words with a verb of showing, not of saying: "The first
email indicates that the staff were “in the safe room.”", "One slide indicated that the tool
lets analysts read “…”", "The group put together a petition that begins, “…”", "The
announcement signals a bigger parade, set with “…”". The parse found no reporting verb and
left the words null as narration; a document speaks for its issuer (eval/real/README.md), so
the verb stands as the cue and the document as the subject, resolved by the document rules
(document_parts.py: its owner, sender or issuer, else nobody with the document as the
description). Round 37, lane narr20: four of the 52 named speakers in its sample of null
narration on new corpus text had this shape; two are named now (a slide is no document noun,
and "sent by the State Department" is a passive the issuer rules do not read).

Only a document noun as the verb's subject (or as the noun its relative clause hangs on): a
person who "showed" or "began" says nothing by it. Polls, surveys and studies are left out:
what they "show" is figures and answers (eval/real/audit/narr20-sample.tsv: poll answer
categories are no speech), and "the poll found" once took the last document's issuer
(lexicon/reporting.py, DOCUMENT_NOUNS)."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import DOCUMENT_CONTENT_VERBS, DOCUMENT_NOUNS, FINDING_NOUNS
from ..text.find import noun_in

_TEXT_HEADS = DOCUMENT_NOUNS - FINDING_NOUNS


def showing_verb(outside: list[Any], qtoks: list[Any]) -> Any | None:
    """The verb of showing whose clause holds the quotation and whose subject is a document."""
    if not qtoks:
        return None
    for v in outside:
        if v.lower_ in DOCUMENT_CONTENT_VERBS and v.pos_ in {"VERB", "AUX"} \
                and _holds(v, qtoks[0]) and _document_subject(v):
            return v
    return None


def _holds(v: Any, t: Any) -> bool:
    """Whether the quotation's first token ``t`` lies in the clause of ``v``, or follows ``v``
    with only punctuation between ("a petition that begins, “…”": the parser makes the quoted
    sentence the root and hangs the narration on it)."""
    if any(a.i == v.i for a in t.ancestors):
        return True
    return v.i < t.i and all(u.is_punct for u in t.doc[v.i + 1 : t.i])


def _document_subject(v: Any) -> bool:
    """"The email indicates": a document noun as subject; "a petition that begins": the noun a
    relative clause hangs on."""
    if any(c.dep_ == "nsubj" and _is_text(c) for c in v.children):
        return True
    return v.dep_ == "relcl" and _is_text(v.head) and not any(
        c.dep_ == "nsubj" and c.lower_ not in {"that", "which"} for c in v.children)


def _is_text(n: Any) -> bool:
    """A document noun, singular or plural ("The emails show"; the parse runs without lemmas)."""
    low = n.lower_
    return n.pos_ in {"NOUN", "PROPN"} and noun_in(low, _TEXT_HEADS)
