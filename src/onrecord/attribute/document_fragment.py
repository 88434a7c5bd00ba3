"""A short fragment in marks under a reporting verb whose subject is a document: "A letter
sent to party members said the councillor had a record of “quietly sidelining” the board",
"Internal emails acknowledge the risks were known to “senior staff”". The extraction typed the
words scare or term (an indefinite or plural subject is no one it credits), and
fragment_kind's subject test (``subject_is_named``) takes "A letter …" or "emails" for a
group. A document speaks for its issuer (eval/real/README.md): the words are speech, and the
document rules of the resolver find the issuer or leave the document as the description
(round 43, lane docwords26: the tuning sets' census class S_DOC and the lane's judged sample).

Only a text noun (lexicon DOCUMENT_NOUNS less FINDING_NOUNS: what a poll or study "found" is
figures and answer options, eval/real/audit/narr20-sample.tsv) as the verb's own subject, and
only a verb before the words (fragment_kind.retype): "… avoid breaking its “…”, a report
suggests" credits the sentence's claim, and the marks named a fiscal rule, a term (the lane's
corpus check on big).
"""

from __future__ import annotations

from typing import Any

from ..thresholds.attribute import CONFIDENCE as C
from .document_verbs import is_text
from .phrase import Surface


def document_subject(cue: Any) -> Any | None:
    """The document noun that is the subject of the reporting verb ``cue``, else None."""
    return next((c for c in cue.children if c.dep_ == "nsubj" and is_text(c)), None)


def document_surface(surf: Surface, cue: Any) -> Surface:
    """``surf`` when its phrase holds words of the verb's document noun phrase (the resolver's
    document rules then find the issuer or keep the document as the description); else no
    speaker: "warnings that internal emails acknowledge were known to “…”" gave the relative
    clause's antecedent ("warnings") as the subject."""
    noun = document_subject(cue)
    # the noun itself or its owner ("Mr Vale's complaint alleges": the owner is the issuer)
    words = {t.text for t in noun.subtree} if noun is not None else set()
    if any(words & set(p.text.split()) for p in surf.parts):
        return surf
    return Surface([], surf.cue, f"{surf.how}: a document's words, its issuer unnamed", C.nobody)
