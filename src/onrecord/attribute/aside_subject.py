"""The named subject of a reporting verb that the parser lost behind a comma-bracketed aside
(issue 11, round 15, lane narration): "Asked …, fellow candidate Sen. X, D-Ohio, said “…”",
"Speaking with a host on Thursday, Mr. X, referring to Y's remark about the “…,” said …". The
parse left the verb without a subject (the name hung as a conjunct or an adverbial), the
quotation became a continuation, and the continuation was refused because the sentence names
someone else: null, in the unannotated corpus and the never-read splits alike. Split from
parse_finder.py, whose ``_from_cue`` asks it before giving up on the subject."""

from __future__ import annotations

from typing import Any

from ..lexicon.places import PLACES
from .phrase import Part


def name_before_aside(parts_of: Any, cue: Any, out_ids: set[int]) -> list[Part] | None:
    """Walking left from the reporting verb ``cue`` over comma-separated segments: skip asides
    (a participle clause, a party-and-state tag, a role, an age, "of New York"), and take the
    first other segment when it is a name with no verb of its own; None otherwise (``parts_of``:
    the frame's token -> speaker parts; ``out_ids``: tokens outside the quotation)."""
    segs = _segments(cue, out_ids)
    if segs is None:
        return None
    reports_clause = any(c.dep_ == "ccomp" for c in cue.children)
    for k, seg in enumerate(segs):
        before = segs[k + 1] if k + 1 < len(segs) else None
        if not seg or _aside(seg) or before is not None and before[0].pos_ == "ADP" \
                and not (before[0].i == 0 and reports_clause):
            # "of Minneapolis, Minn., said": the state after a place is no name; a phrase that
            # opens the sentence is no place before it when the verb reports a clause ("In his
            # letter to the speaker, Jackson, D-Ill., acknowledged that he had made …": round
            # 37, lane narr20). Not "…, X, the press secretary, chided the press as failing to
            # put the president's comments about … being “fine” …": the president's word
            continue
        return _name_of(parts_of, seg)
    return None


def _segments(cue: Any, out_ids: set[int]) -> list[list[Any]] | None:
    """The comma-separated stretches left of ``cue``, nearest first; None when a quotation
    lies in one (no name of a speaker there)."""
    doc, segs, end = cue.doc, [], cue.i
    while end > 0:
        start = end - 1
        while start >= 0 and doc[start].text != ",":
            start -= 1
        seg = [t for t in doc[start + 1 : end] if t.i in out_ids]
        if len(seg) != end - start - 1:
            return segs if segs and any(segs) else None
        segs.append(seg)
        end = start
    return segs


def _aside(seg: list[Any]) -> bool:
    """A comma-bracketed aside between a name and its verb: "referring to …", "D-Ohio", "29",
    "a Utah Republican", "now in Russia", "of New York", "director of the group X"."""
    first = seg[0]
    if first.pos_ == "VERB" and first.tag_ in {"VBG", "VBN"}:
        return True  # "referring to the plan", "put up to respond"
    if first.pos_ in {"ADP", "ADV", "DET", "NUM"} or any(t.pos_ == "ADP" for t in seg):
        return True
    if any(t.text == "-" for t in seg) and all(t.pos_ in {"PROPN", "PUNCT"} for t in seg):
        return True  # "D-Ohio", "R-Ala."
    if all(t.lower_ in PLACES for t in seg if t.pos_ == "PROPN"):
        return True
    return not any(t.pos_ == "PROPN" for t in seg)  # "the group's president"


def _name_of(parts_of: Any, seg: list[Any]) -> list[Part] | None:
    """The segment's name when it ends in one and holds no verb."""
    if any(t.pos_ in {"VERB", "AUX"} for t in seg) or seg[-1].pos_ != "PROPN":
        return None
    parts = parts_of(seg[-1])
    return parts if parts and all(p.kind == "name" for p in parts) else None


# the unnamed heads a name is put in apposition to: "One of the engineers, X,", "another of
# the captives, X," (the corpus hits; a wider subject took a misparsed headline's object)
_ONE_OF = frozenset({"one", "another"})


def apposed_name(parts_of: Any, subj: Any, cue: Any, out_ids: set[int]) -> list[Part] | None:
    """"One of the engineers, Petra X, told reporters …": the name in apposition to a subject
    that names nobody speaks (round 22, lane nulls6: the unannotated corpus left such words
    null, "One" being the subject). Asked by parse_finder's ``_from_cue`` before "names nobody"."""
    if subj.lower_ not in _ONE_OF:
        return None  # "Trump defends Kavanaugh but says …": a misparsed headline, no "one of"
    for c in subj.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and subj.i < c.i < cue.i and c.i in out_ids:
            parts = parts_of(c)
            if parts and all(p.kind == "name" for p in parts):
                return list(parts)
    return None
