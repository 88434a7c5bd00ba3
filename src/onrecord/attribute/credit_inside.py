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

from .phrase import Part
from .quote_parse import QuoteParse


def subject_inside_quote(f: QuoteParse, subj: Any | None, cue: Any) -> bool:
    """The parsed subject of the credit verb ``cue`` is a word inside the quotation's marks,
    the verb standing after the closing mark."""
    if subj is None or not f.qtoks:
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
    if words:
        if between[0].is_punct and between[0].text not in {",", "\u201d", '"', "\u2019", "'"}:
            return None  # "“…”. Board members said": a new sentence, not the credit
        run = _until_comma(between)
    else:
        run = _until_comma([t for t in f.outside if t.i > cue.i])
    if not run or run[-1].pos_ != "PROPN":
        return None
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
