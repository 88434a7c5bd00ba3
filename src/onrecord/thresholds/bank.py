"""Thresholds of the quote bank (onrecord/bank/) and of mining (onrecord/mine/). Each field:
unit, the failure it prevents, the measurement behind the value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BankOptions:
    # words per shingle. 3: a shared 3-word run is rare between different quotations of one
    # topic ("the American people" is the longest stock phrase that recurs), while a one-word
    # edit in a 12-word quotation still leaves most 3-shingles intact. 2 made candidate lists
    # explode on function-word pairs; 4 lost edited short quotations (eval/real/bank, 2026-12-02).
    shingle_words: int = 3
    # words; a form shorter than this joins a cluster only by an identical canonical form. A
    # four-word fragment ("we will not stop") is contained in many different quotations, and
    # attaching it to one of them would be a guess.
    min_variant_words: int = 6
    # forms; a shingle held by more canonical forms than this is a stock phrase ("i don't think
    # we") and is not used to propose candidates: it would make the candidate pairs quadratic
    # and never decides a pair alone. 50 keeps the candidate join linear on the 10k AllSides slice.
    max_shingle_forms: int = 50
    # shared shingles; a candidate pair must share at least this many non-stock shingles.
    min_shared_shingles: int = 2
    # fraction of the shorter form's words that lie in runs of >= ``min_run_words`` words shared,
    # in order, with the longer form. Truncations and elisions score 1.0; one swapped word in a
    # 10-word quotation about 0.8; different quotations on one topic share only stock phrases
    # (< 0.4 on the labelled set). 0.7 is the middle of that gap (eval/real/bank/pairs.jsonl).
    min_coverage: float = 0.7
    # words; a shared run shorter than this does not count towards coverage (scattered "the",
    # "we", "will" made different quotations look alike).
    min_run_words: int = 2


@dataclass(frozen=True)
class MineOptions:
    # documents per task sent to a worker process. 16: large enough that spaCy's nlp.pipe and
    # the pickling overhead are amortised, small enough that a Ctrl-C loses at most a few
    # seconds of work and memory stays flat (at most ``inflight_per_worker`` chunks in flight).
    chunk_docs: int = 16
    # chunks queued per worker. 2 keeps every worker busy while the next chunk is read, without
    # reading ahead an unbounded part of the corpus (ProcessPoolExecutor.map would read it all).
    inflight_per_worker: int = 2
    # seconds between progress lines on stderr when it is not a terminal (a log file).
    progress_every: float = 5.0
