"""Writing one person in as the speaker of words the cascade left to nobody (the shown name,
the description, the rule's confidence and its evidence line), for every post-pass that does:
round 81's aside_credit.py and source_label.py had each written it out, and letter_sender's
"a <text> from X" a third time; the review made them one (their shared walk over the speech
still null is speech_walks.null_speech)."""

from __future__ import annotations

from typing import Any


def credit(q: Any, ent: Any, confidence: float, why: str) -> None:
    """Write entity ``ent`` in as the one speaker of ``q``, with the deciding rule's
    ``confidence`` and evidence line ``why``."""
    q.speaker, q.speakers = ent.shown, [ent.shown]
    q.speaker_description = ent.description()
    q.confidence = confidence
    q.attribution_evidence = [*(q.attribution_evidence or []), why]
