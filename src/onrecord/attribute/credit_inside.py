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
from .verb_subject import INHERITED_SUBJECT


def credit_inside_surface(f: QuoteParse, subj: Any | None, cue: Any, cue_text: str | None,
                          how: str = "", outer: Surface | None = None) -> Surface | None:
    """The surface naming the one after the closing mark, when the verb's parsed subject is a
    word inside the quotation; None when this rule does not apply."""
    if lent_from_quoted_clause(f, subj, cue, how) and (lent := _lent_surface(f, subj, cue, cue_text, outer)):
        return lent
    if not subject_inside_quote(f, subj, cue):
        return None
    named = name_after_close(f, cue)
    if not named:
        return None
    return Surface(named, cue_text, f"parse: subject of '{cue.text}' inside the quotation; the name after the "
                   "closing mark", C.parse_subject)


# a run holding one of these is a description around a name, not a name with its title
_NOT_IN_NAME = frozenset({"DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"})

# the evidence of _lent_surface's continuation, read again by the continuation step
# (lent_continuation.py: the last speaker over a narrating subject, round 83, lane desc102)
LENT_HOW = "inherited from inside a quotation"


def _lent_surface(f: QuoteParse, subj: Any, cue: Any, cue_text: str | None,
                  outer: Surface | None) -> Surface | None:
    """"“… before the governor called me again …” to ask what X had done to “…”": the parse
    hangs the verb after the closing mark on a verb of the quoted words and lends it that
    verb's subject, a noun the speaker uses; it is no credit, and giving the words to it took
    a witness's testimony from him (round 83, lane desc100: fresh24). A name right after the
    mark speaks, else the reporter of the clause ("X said “…,” calling it “…”"); words that
    open their sentence go on in the voice before; None (the rule does not apply) for words
    inside narration."""
    named = name_after_close(f, cue) if subject_inside_quote(f, subj, cue) else None
    if named:
        return Surface(named, cue_text, f"parse: subject of '{cue.text}' inside the quotation; the name after the "
                       "closing mark", C.parse_subject)
    if outer is not None:
        return outer
    first = next((t for t in f.all_toks if t.is_alpha), None)
    if first is None or first.i in f.out_ids:
        # "X has tweeted support (“They are …”) and demanded the “…”": inside narration the
        # parse may have lent the quoted clause's subject in place of the sentence's own (a
        # right name lost and three wrong withdrawn on draw N when this went null): not ruled
        return None
    return Surface([], cue_text, f"parse: subject of '{cue.text}' {LENT_HOW}; continues "
                   "the previous speaker", C.parse_cue_without_subject, continuation=True)


def lent_from_quoted_clause(f: QuoteParse, subj: Any | None, cue: Any, how: str) -> bool:
    """The verb ``cue`` (outside the marks) inherited its subject from a clause of quoted words:
    the subject and the verb it hangs on both lie inside a quotation of the sentence (this one
    or one before the verb), the verb of the quotation is no scare-quoted subject's ("The
    “moderates” met and said": the verb "met" is outside, the group speaks)."""
    if subj is None or not how.startswith(INHERITED_SUBJECT) or cue.i not in f.out_ids or subj.i > cue.i:
        return False
    if enclosing(f.lay, f.sent, f.qi) is not None:
        return False
    inside = [(f.lay.quotes[j].start, f.lay.quotes[j].end) for j in f.sent.quotes]
    held = [(a, b) for a, b in inside if a <= f.base + subj.idx < b]
    return bool(held) and held[0][0] <= f.base + subj.head.idx < held[0][1] and subj.head.i != subj.i


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
