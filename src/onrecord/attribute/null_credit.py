"""The two halves every post-pass that names a speaker for words the cascade left to nobody
shares: the speech quotations still null, sentence by sentence, and writing one person in as
their speaker (the shown name, the description, the rule's confidence and its evidence line).
Round 81's aside_credit.py and source_label.py had each written both out, and letter_sender's
"a <text> from X" the second; the review made them one."""

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


def credit(q: Any, ent: Any, confidence: float, why: str) -> None:
    """Write entity ``ent`` in as the one speaker of ``q``, with the deciding rule's
    ``confidence`` and evidence line ``why``."""
    q.speaker, q.speakers = ent.shown, [ent.shown]
    q.speaker_description = ent.description()
    q.confidence = confidence
    q.attribution_evidence = [*(q.attribution_evidence or []), why]
