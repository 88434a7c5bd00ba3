"""A noun-compound label in marks inside a relative clause is a term, though a reporting verb
above the clause made it speech (round 54, lane npterm54). "…,” said the group's leader, whose
organization has already drafted a “post-election agenda” memo"; "he notes the traits that
place a gun under the “assault firearm” classification"; "he called on the department to
explore regulations that would ban “bump stock” devices": the relative clause describes the
organisation, the traits, the regulations in the writer's words, and the label names a kind of
thing (a plan, a legal class, a device). On big, big2 and 300 random unread AllSides articles
the noun-compound labels typed speech whose way up to the reporting verb crosses a relative
clause were all such names (5 of 5 read); the tuning gold types fresh3's "locations where
“lone wolf” terrorists could target", under "said", a term.

Only a relative clause (dependency ``relcl``) counts. A label the verb reports directly ("the
mayor said the city would end the “parking credit” program") stays speech: the never-read
held-out gold types a named speaker's label under his own verb his speech, and
compound_label.py's first form lost kinds there. A noun's content clause ("his claim that the
“…” media", ``acl``) holds the claimant's words, so it does not count either. The label itself
is compound_label.is_label's: a noun phrase, no adverb, verb, pronoun or determiner, modifying
the noun right after the marks, that noun no piece of someone's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lexicon.reporting import report_base
from ..thresholds.extract import RELATIVE_LABEL_MAX_CLIMB
from .compound_label import is_label, label_shape, noun_after, retype_term

if TYPE_CHECKING:
    from .layout import Layout, Sentence

EVIDENCE = "but the parse puts the label inside a relative clause below the reporting verb: a term"


def candidate(lay: "Layout", qi: int) -> bool:
    """Whether speech quotation ``qi`` (not nested: compound_label.py reads those) has the
    string shape of a modifier label, so that its sentence is worth a parse."""
    return not lay.quotes[qi].nested and label_shape(lay, qi)


def crosses_relative_clause(noun: Any) -> bool:
    """Whether the way up from ``noun`` (the noun the label modifies) to the first reporting
    verb above it crosses a relative clause; False when no reporting verb stands above."""
    crossed, tok = False, noun
    for _ in range(RELATIVE_LABEL_MAX_CLIMB):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "relcl":
            crossed = True
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and report_base(tok.text):
            return crossed
    return False


def settle(lay: "Layout", surfaces: dict[int, Any], sent: "Sentence", qi: int, doc: Any) -> bool:
    """Retype speech quotation ``qi`` a term, with the reason, and drop its surface (a term has
    no speaker) when it is a ``candidate`` the parse shows to be a label inside a relative
    clause below a reporting verb; say whether."""
    if not candidate(lay, qi) or not is_label(lay, sent, qi, doc):
        return False
    q = lay.quotes[qi]
    noun = noun_after(doc, sent.start, q.end)
    if noun is None or not crosses_relative_clause(noun):
        return False
    retype_term(lay, surfaces, qi, EVIDENCE)
    return True
