"""One status line per stage on stderr, from the first second of a command.

Why: a first ``check`` sat at "0/1" for ~18 s while spaCy and the sentence model loaded, and
with stderr redirected to a log (a cron job, a CI step) nothing at all was shown (issue 13).
Each stage is announced once per process, when it starts, as a plain line prefixed
``onrecord:`` so it reads the same in a terminal and in a log and is easy to filter; the rich
progress bar of ``check`` (a terminal only) is drawn below these lines."""

from __future__ import annotations

import sys
import time
from typing import IO

PREFIX = "onrecord: "


class Status:
    """``status(key, text)`` prints ``onrecord: [1.2 s] text`` once per key (seconds since the
    Status was made); ``enabled=False`` (``--no-progress``) prints nothing."""

    def __init__(self, enabled: bool = True, stream: IO[str] | None = None):
        self.enabled = enabled
        self.stream = stream
        self.t0 = time.perf_counter()
        self.seen: set[str] = set()

    def __call__(self, key: str, text: str) -> None:
        if not self.enabled or key in self.seen:
            return
        self.seen.add(key)
        out = self.stream or sys.stderr  # looked up late: click's test runner swaps sys.stderr
        out.write(f"{PREFIX}[{time.perf_counter() - self.t0:.1f} s] {text}\n")
        out.flush()


def quiet(key: str, text: str) -> None:
    """The status of a caller that asked for none."""
