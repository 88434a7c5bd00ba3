"""onrecord's home folder: named archives and caches. ``ONRECORD_HOME`` relocates it (the test
suite points it at a tmp_path so tests never touch the real home); default ``~/.onrecord``."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import UsageError

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def onrecord_home() -> Path:
    """The home folder, created on first use."""
    raw = os.environ.get("ONRECORD_HOME")
    home = Path(raw).expanduser() if raw else Path.home() / ".onrecord"
    home.mkdir(parents=True, exist_ok=True)
    return home


def archives_dir() -> Path:
    d = onrecord_home() / "archives"
    d.mkdir(parents=True, exist_ok=True)
    return d


def archive_path(name: str) -> Path:
    """Where the archive called ``name`` lives (``--archive NAME``). Names are plain words so a
    name can never escape the home folder ("../x" was the case)."""
    if not _NAME.fullmatch(name):
        raise UsageError(
            f"bad archive name {name!r}: use letters, digits, '.', '_' or '-' (at most 64)"
        )
    return archives_dir() / name
