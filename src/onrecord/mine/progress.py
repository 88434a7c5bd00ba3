"""Progress of a mining run on stderr: documents, articles/s, characters/s, quotations.
On a terminal one line rewritten in place; in a log file a line every few seconds."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import IO


@dataclass
class Progress:
    out: IO[str] | None = None
    every: float = 5.0
    mined: int = 0
    known: int = 0
    failed: int = 0
    quotes: int = 0
    chars: int = 0
    started: float = field(default_factory=time.monotonic)
    _last: float = 0.0

    def rate(self) -> float:
        return self.mined / max(time.monotonic() - self.started, 1e-9)

    def line(self) -> str:
        secs = max(time.monotonic() - self.started, 1e-9)
        return (f"mined {self.mined:,} documents ({self.mined / secs:.1f} articles/s, "
                f"{self.chars / secs:,.0f} chars/s), {self.quotes:,} quotations, "
                f"{self.known:,} already in the bank, {self.failed:,} skipped")

    def tick(self, force: bool = False) -> None:
        if self.out is None:
            return
        now = time.monotonic()
        tty = getattr(self.out, "isatty", lambda: False)()
        if not force and now - self._last < (0.5 if tty else self.every):
            return
        self._last = now
        self.out.write(("\r" + self.line()) if tty else self.line() + "\n")
        self.out.flush()

    def done(self) -> None:
        if self.out is None:
            return
        self.tick(force=True)
        if getattr(self.out, "isatty", lambda: False)():
            self.out.write("\n")


def stderr() -> IO[str]:
    return sys.stderr
