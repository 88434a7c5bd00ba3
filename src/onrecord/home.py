"""onrecord's home folder: named archives and caches. ``ONRECORD_HOME`` relocates it (the test
suite points it at a tmp_path so tests never touch the real home); default ``~/.onrecord``."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import HomeUnusable, UsageError

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def onrecord_home() -> Path:
    """The home folder, created on first use. A home that is a file, or a folder onrecord
    cannot write, is one line naming it (it was a traceback)."""
    raw = os.environ.get("ONRECORD_HOME")
    if raw is not None and not raw.strip():
        # set but empty (a script's unset variable): it silently meant ~/.onrecord (issue 10)
        raise HomeUnusable("ONRECORD_HOME is set but empty; point it at a folder, or unset it to use "
                           "~/.onrecord")
    home = Path(raw).expanduser() if raw else Path.home() / ".onrecord"
    _usable_folder(home, "ONRECORD_HOME" if raw else "the onrecord home folder")
    return home


def archives_dir() -> Path:
    d = onrecord_home() / "archives"
    _usable_folder(d, "the archives folder")
    return d


def _usable_folder(d: Path, what: str) -> None:
    if d.exists() and not d.is_dir():
        raise HomeUnusable(f"{what} is a file, not a folder; point ONRECORD_HOME at a folder", path=str(d))
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise HomeUnusable(f"{what} cannot be created ({e.strerror or e}); point ONRECORD_HOME at a "
                           "folder you can write", path=str(d)) from None
    if not os.access(d, os.W_OK | os.X_OK):
        raise HomeUnusable(f"{what} is not writable; point ONRECORD_HOME at a folder you can write",
                           path=str(d))


def archive_path(name: str) -> Path:
    """Where the archive called ``name`` lives (``--archive NAME``). Names are plain words so a
    name can never escape the home folder ("../x" was the case)."""
    if not _NAME.fullmatch(name):
        raise UsageError(
            f"bad archive name {name!r}: use letters, digits, '.', '_' or '-' (at most 64)"
        )
    return archives_dir() / name
