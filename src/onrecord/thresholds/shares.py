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
    # Measured 2026-12-06 on 2 cores under load 8 (four other lanes running; pipeline.extract on
    # BBC articles, seven rounds each, median): a forked round cost about 90 ms more process CPU
    # than one process at 4 articles (151 against 63 ms) and 140 ms more at 32 (504 against
    # 362 ms), and with no core to spare it was slower in wall time at 4, 8, 16 and 32 articles
    # alike ("one process" here: attribution not forked either). Not re-measured quiet: the
    # value stays the attribution workers' parallel_min_articles (16), which forked the same
    # rounds before (docs/benchmarks.md, "Issue 11, twenty-seventh session").
    min_documents: int = 16
    # characters of document text per forked round; a round is read whole, then cut into
    # contiguous shares of about equal text, one per process. Prevents one fork per 32
    # articles (the in-process batch, pipeline.ATTRIBUTE_BATCH), whose start-up and uneven ends
    # added up; and holds a long batch's memory to a round's documents and results (each
    # share attributes its ~1 MB as one group, attribute's group_chars).
    # Measured 2026-12-06 (the 500 BBC articles of bench_attribute.py, load 8-12, three runs
    # each, process CPU with the workers'): rounds of 100,000 characters 7.8-8.6 s, 400,000
    # 6.6-7.2 s, 2,000,000 (the whole batch, ~1.1 MB, in one round) 6.4-7.1 s.
    round_chars: int = 2_000_000


SHARES = SharesOptions()
