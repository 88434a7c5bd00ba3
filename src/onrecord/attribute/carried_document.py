"""An outlet that reports a document is not its issuer (round 54, lane wrong54).

"In a letter to the governor, the heads of two unions said they are “…”, the Ledger reported.
… “…,” the letter said": the letter is the unions' (named or not), and the paper only carries
the report of it. The sentence that brings in "a letter" recorded its subject as the letter's
issuer (speakers.py, "in a <document>"), and when the union heads were an unnamed description
that subject was the outlet credited at the sentence's end, so every "the letter said" after it
went to the paper (random AllSides text: three quotations of one article, the outlet shown).

Likewise "“…” read the notice to Congress, according to the Ledger": the notice's words, which
the paper only vouches for; the parse took the source of "according to" as the speaker because
"read" is no reporting verb (vouched.py and parse_finder._according_to ask here), and the
words go to the notice, so to the issuer recorded where it came in ("In a notice delivered to
Congress, the Pentagon announced …"), else to nobody.

And "[the union heads, lost by the parser to an apposition] said they are “…”, the Ledger
reported": a subjectless verb of saying inherited the outlet's subject (verb_subject.py asks
``carried_by_report``). In each the outlet is dropped: a wrong name is worse than none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.reporting import DOCUMENT_NOUNS, report_base
from ..thresholds.documents import DOCUMENTS

if TYPE_CHECKING:
    from .entities import Entity
    from .layout import Layout, Sentence

# the outlet's credit that closes its sentence: ", the Ledger reported." / "… reports."
_REPORTED_AFTER = re.compile(r"^[’'s]*\s+(?:has\s+|had\s+|first\s+|also\s+)?report(?:ed|s)\b\s*[.!]?\s*$")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def carrier_only(lay: "Layout", s: "Sentence", e: "Entity") -> bool:
    """Whether every mention of ``e`` in sentence ``s`` only credits a report: the subject of a
    "reported" that ends the sentence, or the source of "according to"."""
    ms = [m for m in e.mentions if s.start <= m.start < s.end]
    if not ms:
        return False
    text = lay.masked
    for m in ms:
        start = m.prefix_start if m.prefix_start >= 0 else m.start
        before = text[max(s.start, start - DOCUMENTS.carrier_according_chars) : start]
        after = text[m.end : s.end]
        if not (_REPORTED_AFTER.match(after) or _ACCORDING_BEFORE.search(before)):
            return False
    return True


def issuers_kept(lay: "Layout", s: "Sentence", subj: list["Entity"]) -> list["Entity"]:
    """The sentence's subjects that may issue the document it brings in: not an outlet that
    only reports the sentence (``carrier_only``)."""
    return [e for e in subj if not carrier_only(lay, s, e)]


_READ_FORMS = frozenset({"read", "reads", "reading"})


def read_document(verb: Any) -> Any | None:
    """The document noun of a document's "read(s)" ("“…” read the notice", "the memo reads"),
    or None: an "according to" hanging on it vouches for the document's words, never the
    source's, and the words are the document's."""
    if verb.lower_ not in _READ_FORMS:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.lower_ in DOCUMENT_NOUNS), None)


def document_reads(verb: Any) -> bool:
    """Whether ``verb`` is a document's "read(s)" (``read_document``)."""
    return read_document(verb) is not None


# what verb_subject.subject_of says for a subjectless voice an outlet's report carries
CARRIED_VOICE = "a voice an outlet's report carries: not the outlet"


def carried_by_report(v: Any) -> bool:
    """A subjectless verb of saying in the reported clause of a "reported" written after it:
    "… said they are “…”, The Hill reported" (the parse lost the sayer to an apposition). Its
    subject is the sayer, never the outlet the climb would reach."""
    if v.dep_ != "ccomp" or v.head.i < v.i or report_base(v.head.lower_) != "report":
        return False
    base = report_base(v.lower_)
    return base is not None and base != "report" \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)


def _cited_re(noun: str) -> "re.Pattern[str]":
    # (not one an apposition names: "according to the website, Example.org, which …" is the
    # site's, its name the sentence's subject; tuning fresh22)
    return re.compile(r"\baccording\s+to\s+(?:a|an|the|this|that)\s+(?:[\w’'.-]+\s+){0,4}?" + re.escape(noun)
                      + r"\b(?!\s*,\s*(?-i:[A-Z]))", re.I)


def cited_only(lay: "Layout", s: "Sentence", docs: set[str]) -> set[str]:
    """The document nouns sentence ``s`` names only as the source of "according to": "Migrants
    from the region are surging …, according to an internal agency memo" cites the memo for a
    claim about its subject, which never issued it (the memo's later "the memo says" went to the
    region; round 66, lane docw73). A possessive source ("according to his memo") is left to the
    owner readers."""
    text = lay.masked[s.start : s.end]
    cited = set()
    for w in docs:
        every = len(re.findall(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", text, re.I))
        if every and len(_cited_re(w).findall(text)) == every:
            cited.add(w)
    return cited
