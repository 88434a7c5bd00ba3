"""Thresholds of the forked shares (onrecord/rounds.py): when `extract`/`check` extract,
resolve context and attribute a round of documents in forked processes, and how large a round
is. Each field: unit, failure prevented, measurement behind the value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SharesOptions:
    # documents; a round with fewer is extracted, resolved and attributed in this process.
    # Prevents paying for a fork (and for sending the results back) where one core finishes
    # as soon: the handful of articles of a `check`, one pasted article in the web app.
    # Measured quiet (2026-12-06, 04:48 UTC, load 0.2-1.1, 2 cores; pipeline.extract on BBC
    # articles, seven rounds each, median wall / process CPU with the children's): forked
    # against one process at 16 articles 172 / 322 ms against 147 / 147 ms, 24: 215 / 415
    # against 234 / 234, 32: 269-286 / 481-513 against 269-281 / 269-281, 40: 335 / 617 against
    # 372 / 372, 48: 336 / 654 against 438 / 438, 64: 425-439 / 828-836 against 606-638 /
    # 606-638. Below 32 a fork saves no wall time and costs twice the CPU; from 40 it saves
    # 10-30 %. (Under load 8, lane speed60 found a fork slower at every size to 32.)
    min_documents: int = 32
    # characters of document text per forked round; a round is read whole, then cut into
    # contiguous shares of about equal text, one per process. Prevents one fork per 32
    # articles (the in-process batch, pipeline.ATTRIBUTE_BATCH), whose start-up and uneven ends
    # added up; and holds a long batch's memory to a round's documents and results (each
    # share attributes its ~1 MB as one group, attribute's group_chars).
    # Measured 2026-12-06 (the 500 BBC articles of bench_attribute.py, load 8-12, three runs
    # each, process CPU with the workers'): rounds of 100,000 characters 7.8-8.6 s, 400,000
    # 6.6-7.2 s, 2,000,000 (the whole batch, ~1.1 MB, in one round) 6.4-7.1 s.
    # Quiet (04:57 UTC, load 0.9, two runs each, after a warm-up on 500 others): 100,000
    # characters 3.52 / 3.66 s wall (6.7 / 6.9 s CPU), 400,000 2.55 / 2.55 s (4.9 s), 2,000,000
    # 2.40 / 2.30 s (4.6 / 4.4 s).
    round_chars: int = 2_000_000


SHARES = SharesOptions()
