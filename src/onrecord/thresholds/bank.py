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
    # words of a form that must all lie in shared runs: a form of up to this many words plus
    # ``words_per_edit - 1`` joins only as a pure truncation or elision. On the labelled set
    # (eval/real/bank/pairs.jsonl) every 6-8-word form that differed by one word was another
    # quotation ("at the end of the year" / "... of the day"), while 9-15-word forms that
    # changed one or two words were the same quotation misquoted ("the best mayor" / "the great
    # mayor").
    edit_free_words: int = 5
    # words per allowed changed word beyond ``edit_free_words``: 9-12 words may change one,
    # 13-16 two, 29 six. 3 let two different 12-word quotations with the same opening join;
    # 5 lost 13-15-word misquotes (labelled set, 2026-12-02).
    words_per_edit: int = 4
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
