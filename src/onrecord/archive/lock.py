"""One writer per archive, across processes (issue 10: two `sources add` on one archive, or a
`verify` while an add runs, used to crash with "UNIQUE constraint failed" or tantivy's
"LockBusy").

Writers (add, remove, reindex, index catch-up) hold an exclusive ``flock`` on the archive's
``write.lock``; a second writer says on stderr that it is waiting, then waits its turn. Readers
take no lock: SQLite in WAL mode gives each read a consistent snapshot and tantivy's searcher
sees the last commit, so `verify` and `stats` run while an add is under way."""

from __future__ import annotations

import fcntl
import os
import sys
from pathlib import Path


class WriteLock:
    """A re-entrant, process-wide exclusive lock on ``folder/write.lock``."""

    NAME = "write.lock"

    def __init__(self, folder: Path):
        self.path = Path(folder) / self.NAME
        self._fh = None
        self._depth = 0

    def acquire(self, wait: bool = True) -> bool:
        """Take the lock; with ``wait=False`` return False at once when another process holds it."""
        if self._depth:
            self._depth += 1
            return True
        fh = open(self.path, "a+")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                fh.close()
                return False
            sys.stderr.write(f"waiting: another onrecord process is writing to the archive {self.path.parent}\n")
            sys.stderr.flush()
            fcntl.flock(fh, fcntl.LOCK_EX)
        self._fh, self._depth = fh, 1
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
        except OSError:
            pass
        return True

    def release(self) -> None:
        if not self._depth:
            return
        self._depth -= 1
        if self._depth == 0 and self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "WriteLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
