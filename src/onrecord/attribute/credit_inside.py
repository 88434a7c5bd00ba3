"""A credit whose parsed subject lies inside the quotation itself.

The parser sometimes reads a quotation and its credit as one clause and hangs a noun of the
quoted words under the credit's verb as its subject: "“The hall meetings have all been
friendly,” Senate Leader Ruth Okafor, Maine Democrat, said on Monday" came out as "The hall
meetings … said", a description nobody resolves, and the named speaker right after the closing
mark was lost (issue 11, round 54, lane null54: random AllSides text left a party leader, a
council member who tweeted, a spokeswoman and a House manager null this way). Words inside the
marks never name who said them, so the subject is refused and the name that opens right after
the closing mark (or right after the verb, "“…,” continues Okafor") is read instead, with the
subject rule's own confidence. Only a name answers: a description there stays with the rules
that read descriptions.
"""

from __future__ import annotations

from typing import Any

from ..thresholds.attribute import CONFIDENCE as C
from .inner_quote import enclosing
from .parse_verbs import FINITE_TAGS
from .phrase import Part, Surface
from .quote_parse import QuoteParse


def credit_inside_surface(f: QuoteParse, subj: Any | None, cue: Any, cue_text: str | None) -> Surface | None:
    """The surface naming the one after the closing mark, when the verb's parsed subject is a
    word inside the quotation; None when this rule does not apply."""
    if not subject_inside_quote(f, subj, cue):
        return None
    named = name_after_close(f, cue)
    if not named:
        return None
    return Surface(named, cue_text, f"parse: subject of '{cue.text}' inside the quotation; the name after the "
                   "closing mark", C.parse_subject)


# a run holding one of these is a description around a name, not a name with its title
_NOT_IN_NAME = frozenset({"DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"})


def subject_inside_quote(f: QuoteParse, subj: Any | None, cue: Any) -> bool:
    """The parsed subject of the credit verb ``cue`` is a word inside the quotation's marks,
    the verb standing after the closing mark."""
    # a quotation inside another ("“They hugged me and said, ‘…,’” the judge told"): the inner
    # words may be another's, whom the credit's speaker repeats
    if subj is None or not f.qtoks or enclosing(f.lay, f.sent, f.qi) is not None:
        return False
    first, last = f.qtoks[0].i, f.qtoks[-1].i
    return first <= subj.i <= last and cue.i > last and cue.i in f.out_ids


def name_after_close(f: QuoteParse, cue: Any) -> list[Part] | None:
    """The name opening right after the closing mark, up to the first comma or the verb
    ("Mark Ortiz, head of the health board, tweeted"), or, where the verb comes first, right
    after the verb ("continues Keller"): its speaker parts, or None unless it is a name."""
    last = f.qtoks[-1].i
    between = [t for t in f.outside if last < t.i < cue.i]
    words = [t for t in between if not t.is_punct]
    lead = between[: between.index(words[0])] if words else between
    if any(t.text.strip(",") for t in lead):
        return None  # "“…”. Board members said": a new sentence, not the credit
    if words:
        run = _until_comma(between)
    elif cue.tag_ in FINITE_TAGS:
        # "“…,” continues Keller": an inverted finite credit right after the mark; never a
        # participle, whose name after it is its object ("“…,” referring to Senator Ames")
        run = _until_comma([t for t in f.outside if t.i > cue.i])
    else:
        return None
    if not run or run[-1].pos_ != "PROPN" or any(t.pos_ in _NOT_IN_NAME for t in run):
        return None  # "an operative working with the candidate and the RNC": no name heads it
    parts = f.parts(run[-1])
    if not parts or any(p.kind != "name" for p in parts):
        return None
    return parts


def _until_comma(toks: list[Any]) -> list[Any]:
    """The words from the first word up to the first comma, dash or mark (exclusive)."""
    run: list[Any] = []
    for t in toks:
        if t.is_punct and t.text not in {".", "-"}:
            if run:
                break
            continue
        run.append(t)
    return run
