"""The voice of a sentence of reported speech that ends on an inverted credit (", says Mr X.")."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import INVERSION_BASES, report_base
from .phrase import Part, mention_phrase

def inverted_credit(toks: list[Any], commas: list[int]) -> Part | None:
    """", says Mr X." / ", said Nadia X, the finance chief." closing a sentence of reported speech:
    the name right after the verb is the sentence's voice. Read in the "X said" order only, such a
    sentence had no subject, and the bare quotation after it ("…, says Mr X. “…”") was left with
    no speaker found (round 17, lane narration2: the unannotated corpus, BBC and AllSides alike).
    Only a name after an inversion verb (lexicon.INVERSION_BASES): ", says a report." or ", saying
    the plan …" names no voice, ", told The Post." names the one spoken to."""
    for c in reversed(commas):
        seg = toks[c + 1 :]
        cut = next((i for i, t in enumerate(seg) if t.text == ","), len(seg))
        seg = [t for t in seg[:cut] if t.text not in {".", "!", "?"}]
        if len(seg) < 2 or report_base(seg[0].lower) not in INVERSION_BASES or seg[0].lower.endswith("ing"):
            continue
        parts = mention_phrase(seg[1:])
        if parts and len(parts) == 1 and parts[0].kind == "name":
            return parts[0]
    return None
