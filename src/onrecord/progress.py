"""Status lines on stderr, from the first second: which stage a command is in, and how far it
got. Stdout is never touched, so ``--format jsonl`` stays pure JSON.

- On a terminal: one rich live line (spinner, stage, count, elapsed time), redrawn in place and
  cleared at the end.
- Otherwise (a pipe, a log file, CI): one plain line per stage, ``onrecord: <stage>``, and
  counted progress at most every ``heartbeat_s`` seconds, so a log stays short; a stage that
  reports no steps (indexing, loading a model) is repeated with its time every ``heartbeat_s``
  ("... (still working, 12 s)"), so stderr is never silent longer. Lines start once the
  command has run ``quiet_start_s`` (1 s): a quick failure is still one error line.

The library reports through the small ``StatusSink`` protocol (``stage``, ``count``, ``warn``)
and never prints itself; ``SILENT`` is the default sink. Any front end (CLI, web, mining job)
passes its own sink: ``Status`` here is the CLI's.

Usage::

    with Status() as status:                     # stderr; live=None decides by isatty
        status.stage("loading the spaCy model")
        for i, claim in enumerate(claims, 1):
            ...
            status.count(i, len(claims), "claims verified")
        status.warn("a.txt", "not UTF-8: read as Windows-1252")
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from typing import IO, Any, Iterator, Protocol

from .thresholds import progress as _thresholds
from .thresholds.progress import ProgressOptions


class StatusSink(Protocol):
    """What the library calls to say where it is. Every method must be cheap and never raise."""

    def stage(self, message: str) -> None: ...

    def count(self, done: int, total: int, what: str) -> None: ...

    # Optional: ``note(message)``, a line that does not replace the stage (the sentence
    # model's announcement during a counted verify). Sinks without it get ``stage``.

    def warn(self, where: str, message: str) -> None: ...


class _Silent:
    """The default sink: says nothing (library callers that did not ask for status)."""

    def stage(self, message: str) -> None:
        return None

    def count(self, done: int, total: int, what: str) -> None:
        return None

    def note(self, message: str) -> None:
        return None

    def warn(self, where: str, message: str) -> None:
        return None


SILENT: StatusSink = _Silent()


class Status:
    """The stderr status line (see the module doc). A context manager: the live line is
    started on enter and cleared on exit; ``stage``/``count``/``warn`` work outside it too
    (plain lines)."""

    def __init__(self, stream: IO[str] | None = None, *, live: bool | None = None, enabled: bool = True,
                 options: ProgressOptions | None = None, clock: Any = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = _isatty(self.stream) if live is None else live
        self.enabled = enabled
        self.options = options or _thresholds.PROGRESS
        self.clock = clock
        self._stage = ""
        self._last_plain = float("-inf")
        self._warned: set[tuple[str, str]] = set()
        self._rich: Any = None
        self._started = clock()
        self._lock = threading.Lock()
        self._stage_t = self._started
        self._current = ""  # the latest stage or count line
        # plain lines wait for quiet_start_s; the stage current then is printed by the watcher
        self._speaking = self.options.quiet_start_s <= 0
        self._pending: str | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    # context manager ------------------------------------------------------------------
    def __enter__(self) -> "Status":
        if self.enabled and self.live:
            from rich.console import Console
            from rich.live import Live
            from rich.spinner import Spinner

            self._spinner = Spinner("dots", self._live_text("starting"))
            # never redirect stdout into the live display (stderr): JSON Lines written during
            # the run would land on stderr
            self._rich = Live(self._spinner, console=Console(file=self.stream, force_terminal=True),
                              transient=True, redirect_stdout=False, redirect_stderr=False, refresh_per_second=10)
            self._rich.start()
        elif self.enabled:
            self._watcher = threading.Thread(target=self._watch, name="onrecord-status", daemon=True)
            self._watcher.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=1)
            self._watcher = None
        with self._lock:
            self._speaking, self._pending = False, None  # nothing after the command's own output

    def _watch(self) -> None:
        """Plain mode's clock: after quiet_start_s, print the stage current then; from then on,
        when a stage has said nothing for heartbeat_s (an archive being indexed, a model
        loading: work that reports no steps), say it is still at it, with the time it took."""
        if not self._speaking:
            if self._stop.wait(self.options.quiet_start_s):
                return
            with self._lock:
                self._speaking = True
                pending, self._pending = self._pending, None
            # the stage (or count) current now, then a note held back after it: a note made in
            # the quiet start (the encoder's first "embedding 8 passages …") had replaced the
            # stage line, so a log never said which stage it was in until the heartbeat
            for line in dict.fromkeys(x for x in (self._current, pending) if x):
                self._plain(line)
        beat = self.options.heartbeat_s
        # polled every quarter beat and due after three quarters: a line at most every beat
        while not self._stop.wait(beat / 4):
            now = self.clock()
            if self._current and now - self._last_plain >= beat * 3 / 4:
                self._plain(f"{self._current} (still working, {now - self._stage_t:.0f} s)")

    # the sink -------------------------------------------------------------------------
    def stage(self, message: str) -> None:
        self._stage, self._stage_t, self._current = message, self.clock(), message
        self.note(message)

    def note(self, message: str) -> None:
        """A line that leaves the stage as it was: a count after it still names its stage."""
        if not self.enabled:
            return
        if self._rich is not None:
            self._spinner.update(text=self._live_text(message))
        else:
            self._plain(message)

    def count(self, done: int, total: int, what: str) -> None:
        if not self.enabled:
            return
        line = f"{self._stage}: {done}/{total} {what}" if self._stage else f"{done}/{total} {what}"
        self._current = line  # what the heartbeat repeats: the count, not the bare stage
        if self._rich is not None:
            self._spinner.update(text=self._live_text(line))
            return
        now = self.clock()
        if done >= total or now - self._last_plain >= self.options.heartbeat_s:
            self._plain(line)

    def warn(self, where: str, message: str) -> None:
        """``Warning: <where>: <message>``, once per pair (a JSON Lines file read as
        Windows-1252 warns once, not once per record)."""
        key = (where, message)
        if key in self._warned:
            return
        self._warned.add(key)
        line = f"Warning: {where}: {message}" if where else f"Warning: {message}"
        if self._rich is not None:
            self._rich.console.print(line, markup=False, highlight=False)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    # helpers --------------------------------------------------------------------------
    def _plain(self, line: str) -> None:
        with self._lock:
            if not self._speaking:
                self._pending = line
                return
            self._last_plain = self.clock()
            try:
                self.stream.write(f"onrecord: {line}\n")
                self.stream.flush()
            except (OSError, ValueError):  # stderr closed under us (a broken pipe): stay quiet
                self._speaking = False

    def _live_text(self, line: str) -> Any:
        return _Elapsed(line, self)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Take the live line off the terminal while another display runs (the archive draws its
        own progress bars while it indexes; two live displays garble each other). Plain lines
        and the heartbeat go on: they never move the cursor."""
        live = self._rich
        if live is not None:
            live.stop()
        try:
            yield
        finally:
            if live is not None and self._rich is live:
                live.start()


class _Elapsed:
    """The live line's text, redrawn on every refresh so the seconds keep counting while a
    stage reports nothing (a fixed "(7 s)" stood still for 15 s of verification)."""

    def __init__(self, line: str, status: Status) -> None:
        self.line, self.status = line, status

    def __rich__(self) -> Any:
        from rich.text import Text

        return Text(f"{self.line}  ({self.status.clock() - self.status._started:.0f} s)")  # never markup


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def document_warnings(doc: Any, status: StatusSink) -> None:
    """Pass on what a reader noted about a document (another encoding, repaired mojibake), named
    by its file (a JSON Lines record by its file, so the file warns once)."""
    for w in (getattr(doc, "meta", None) or {}).get("warnings", ()):
        status.warn(str(doc.path).split("#", 1)[0], w)
