"""What ``onrecord sources list`` and ``sources archives`` show: read-only views of archives.

``sources list`` showed only a file's path for a JSON Lines archive (5,059 speeches in one file
were one line with no title, speaker or date), because a file with several documents had no
details; ``source_lines`` gives one line per document. ``archives`` lists the archives under
ONRECORD_HOME with their size, so a user can see what is there and what it costs on disk."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A folder indexed on the fly (--sources DIR) is cached under a 16-hex-digit name
# (Archive.for_folder); a named archive has the name the user gave it.
_FOLDER_CACHE = re.compile(r"[0-9a-f]{16}")


@dataclass(frozen=True)
class SourceLine:
    """One document of an archive (one record of a JSON Lines or WARC file), or an unreadable
    file with its reason."""

    path: str
    status: str
    title: str | None = None
    speakers: list[str] = field(default_factory=list)
    date: str | None = None
    outlet: str | None = None
    reason: str | None = None

    def columns(self) -> list[str]:
        """path, status, date, speakers, outlet, title (or the reason a file is unreadable)."""
        return [self.path, self.status, self.date or "", "; ".join(self.speakers), self.outlet or "",
                self.title or self.reason or ""]


def source_lines(archive: Any) -> list[SourceLine]:
    """Every document of ``archive`` in path order, each with its title, speakers, date and
    outlet; an unreadable file as one line with its reason."""
    db: sqlite3.Connection = archive.db
    out: list[SourceLine] = []
    for fid, path, status, reason in db.execute("SELECT id, path, status, reason FROM files ORDER BY path"):
        docs = db.execute("SELECT path, title, speaker, speakers, date, outlet FROM documents "
                          "WHERE file_id=? ORDER BY id", (fid,)).fetchall()
        if not docs:
            out.append(SourceLine(path, status, reason=reason))
        for dpath, title, speaker, speakers, date, outlet in docs:
            names = json.loads(speakers or "[]") or ([speaker] if speaker else [])
            out.append(SourceLine(dpath or path, status, title, names, date, outlet))
    return out


@dataclass(frozen=True)
class ArchiveInfo:
    """An archive folder under ONRECORD_HOME/archives: its name, size on disk, number of source
    files, and for a folder's cache the folder it indexes."""

    name: str
    path: Path
    size_bytes: int
    files: int | None  # None when its database cannot be read
    folder: str | None = None

    def columns(self) -> list[str]:
        what = f"index of --sources {self.folder}" if self.folder else "named archive"
        files = "?" if self.files is None else str(self.files)
        return [self.name, human_size(self.size_bytes), f"{files} file{'s' if self.files != 1 else ''}", what]


def archives(archives_dir: Path) -> list[ArchiveInfo]:
    """The archives in ``archives_dir``, by name, without opening (or migrating) any of them."""
    out = []
    for d in sorted(p for p in archives_dir.iterdir() if p.is_dir()):
        size = sum(f.stat().st_size for f in d.rglob("*") if f.is_file())
        files, paths = _files(d / "archive.db")
        folder = os.path.commonpath(paths) if paths and _FOLDER_CACHE.fullmatch(d.name) else None
        if folder and len(paths) == 1:
            folder = str(Path(folder).parent)
        out.append(ArchiveInfo(d.name, d, size, files, folder))
    return out


def _files(db_path: Path) -> tuple[int | None, list[str]]:
    if not db_path.is_file():
        return None, []
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            paths = [r[0] for r in con.execute("SELECT path FROM files")]
        finally:
            con.close()
    except sqlite3.Error:
        return None, []
    return len(paths), paths


def human_size(n: int) -> str:
    """Bytes as people read them: 532 B, 12.4 kB, 3.1 MB, 1.2 GB (powers of 1,000, as ls -h --si)."""
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} GB"  # pragma: no cover
