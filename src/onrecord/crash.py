"""A crash (a bug in onrecord) is reported in one line with exit 3, never as a traceback and
never as exit 1, which means "a quotation needs attention" (contract section 5; issue 10).
The traceback goes to a log file whose path the line names: under ONRECORD_HOME/logs when the
home folder is usable, else in the system's temporary folder."""

from __future__ import annotations

import datetime as _dt
import os
import sys
import tempfile
import traceback
from pathlib import Path

from . import __version__

EXIT_CRASH = 3


def _log_dir() -> Path:
    raw = os.environ.get("ONRECORD_HOME")
    home = Path(raw).expanduser() if raw else Path.home() / ".onrecord"
    for d in (home / "logs", Path(tempfile.gettempdir()) / "onrecord-logs"):
        try:
            d.mkdir(parents=True, exist_ok=True)
            if os.access(d, os.W_OK):
                return d
        except OSError:
            continue
    return Path(tempfile.gettempdir())


def write_crash_log(exc: BaseException) -> str:
    """Write the traceback of ``exc`` with the version and command line; return the log path."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = (f"onrecord {__version__}\ncommand: {' '.join(sys.argv)}\n\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    for d in (_log_dir(), Path(tempfile.gettempdir())):
        path = d / f"crash-{stamp}-{os.getpid()}.log"
        try:
            path.write_text(text, encoding="utf-8")
            return str(path)
        except OSError:
            continue
    return "(no log: no writable folder)"


def crash_line(exc: BaseException, log: str) -> str:
    """The one line printed for a crash."""
    what = " ".join(str(exc).split())[:200]
    return (f"Error: internal error ({type(exc).__name__}{': ' + what if what else ''}); this is a bug in "
            f"onrecord, please report it with the log {log}")
