from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributeOptions:
    """Thresholds of the attribute stage (each with unit, failure prevented, measurement)."""

    # sentences; how far back a pronoun ("she said") looks for its antecedent. Prevents a
    # pronoun from binding to a person last seen many paragraphs earlier; on the dev set every
    # pronoun speaker's antecedent was within 4 sentences, 8 leaves room for long paragraphs.
    pronoun_window: int = 8
    # paragraphs; how far back a quotation with no cue of its own may inherit a speaker.
    # Prevents a stray quotation after a change of subject from taking a speaker three
    # paragraphs up; dev set: all cue-less quotations continue the previous or same paragraph.
    continuation_paragraphs: int = 2
    # 0-1; below this the speaker is reported as null instead of a guess (contract: "null
    # rather than a guess when nothing supports one"). Only the fallback "last speaker of the
    # article" scores below it (0.3); every rule with textual support scores 0.5 or more.
    min_confidence: float = 0.35
    # sentences per nlp.pipe batch; 64 keeps memory flat and the batching gain (measured:
    # batch 16 -> 64 raised parsed sentences/s by about 10 % on the BBC slice).
    batch_size: int = 64
