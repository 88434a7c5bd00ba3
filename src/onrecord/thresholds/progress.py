"""Thresholds of the status line (onrecord/progress.py). Each field: unit, failure prevented,
measurement behind the value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProgressOptions:
    # seconds; the longest a command may leave stderr without a word. `check` sat at "0/1" for
    # 18 s and `eval verify` printed nothing for 1 min 39 s (issue 17), and users killed runs
    # they took for hung. 2 s is the issue's own bound. Without a terminal, counted progress
    # ("verified 40/200 claims") is printed at most this often, so a log gets a line per step of
    # a long stage rather than one per claim; a stage with no steps to count (indexing sources,
    # loading a model: 24.5 s of silence in `check` on a cold home) is repeated this often with
    # its elapsed time.
    heartbeat_s: float = 2.0
    # seconds; without a terminal, stage lines start only once a command has run this long. A
    # command that fails or finishes sooner prints exactly what it did before: its result, or
    # its one-line error (docs/contract.md section 5: "one-line message on stderr"); a slow one
    # prints the stage it is in at this moment and every stage after. 1 s is well inside the
    # 2 s bound above; bad-input errors come back in 0.2-0.5 s (test_cli's cases).
    quiet_start_s: float = 1.0
    # claims; ``pipeline.verify`` with a status sink verifies this many claims per call to the
    # verify stage and reports progress in between. Verdicts do not depend on the grouping
    # (verify_claims computes each claim from the same cached texts as alone); the encoder is
    # batched within a group, so smaller groups cost more calls. 8 claims took 0.5-4 s on the
    # dev set on the shared 2-core machine (docs/benchmarks.md, "Status lines").
    verify_step: int = 8


PROGRESS = ProgressOptions()
