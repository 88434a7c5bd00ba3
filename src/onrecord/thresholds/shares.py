"""Thresholds of the forked shares (onrecord/rounds.py): when `extract`/`check` extract,
resolve context and attribute a round of documents in forked processes, and how large a round
is. Each field: unit, failure prevented, measurement behind the value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SharesOptions:
    # documents; a round with fewer is extracted, resolved and attributed in this process.
    # Prevents paying for a fork (and for sending the results back) where one core finishes
    # first: the handful of articles of a `check`, one pasted article in the web app.
    # MEASURED_BELOW
    min_documents: int = 16
    # characters of document text per forked round; a round is read whole, then cut into
    # contiguous shares of about equal text, one per process. Prevents one fork per 32
    # articles (the in-process batch, pipeline.ATTRIBUTE_BATCH), whose start-up and uneven ends
    # added up; and holds a long batch's memory to a round's documents and results (each
    # share attributes its ~1 MB as one group, attribute's group_chars).
    # MEASURED_ROUND
    round_chars: int = 2_000_000


SHARES = SharesOptions()
