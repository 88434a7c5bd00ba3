"""The walks over a document's speech quotations that the post-passes after the cascade share:
those still null, sentence by sentence (aside_credit.py and source_label.py, which credit
someone; round 81's review made their two walks one), and those named, with their sentence
(unnamed_teller.py and addressee.py, which withdraw a name; the forty-third session's review
made their two loop heads one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def null_speech(lay: Any) -> Iterator[tuple[Any, Any]]:
    """Each speech quotation with no speaker yet, with its sentence, in the text's order
    (checked as it is reached, so a credit given earlier in the loop is seen)."""
    for s in lay.sentences:
        for qi in s.quotes:
            q = lay.quotes[qi]
            if q.kind == "speech" and not q.speaker:
                yield s, q


def named_speech(lay: Any) -> Iterator[tuple[int, Any, int]]:
    """Each speech quotation given a speaker, not inside another quotation and in a sentence:
    its index, the quotation and its sentence's index (checked as it is reached)."""
    for qi, q in enumerate(lay.quotes):
        if q.kind != "speech" or not q.speaker or q.nested:
            continue
        si = lay.quote_sentence.get(qi)
        if si is not None:
            yield qi, q, si
