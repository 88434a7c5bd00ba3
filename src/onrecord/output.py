"""Where reports go (``check -o``), safely (issue 10: never destroy a user's file).

- ``refuse_unsafe_target``: before any slow work, ``-o`` may not name one of the inputs or a
  source file, and may not lie inside the sources folder (the report would be indexed on the
  next run and verify every quotation it lists).
- ``AtomicFile``: ``-o FILE`` is written to a hidden temporary file in the same folder and
  renamed over FILE only when the report is complete, so Ctrl-C, a crash or a run with nothing
  readable leaves the previous report as it was. The temporary name carries the writer's
  process id: a writer killed outright (``kill -9``, the machine's out-of-memory killer) cannot
  remove its own file, so the next write to the same FILE removes those whose writer is gone.
- ``folder_target``: a report file in an ``-o`` folder that already exists is not overwritten
  without ``--force``, and never when it is one of the inputs.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Iterable

from .errors import OutputExists, UsageError


def _resolved(path: str | os.PathLike) -> Path:
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path)))).resolve()


def _is_local(item: object) -> bool:
    return isinstance(item, (str, os.PathLike)) and os.fspath(item) != "-" and "://" not in os.fspath(item)


def refuse_special_file(path: str) -> None:
    """Raise UsageError when ``path`` exists and is neither a regular file nor a folder: the
    rename at the end replaced a named pipe or a device node with a regular file, with exit 1
    and no word (issue 10)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # does not exist (yet): nothing to protect
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket" if stat.S_ISSOCK(mode) else "a special file")
        raise UsageError(f"is not a regular file ({kind}): a report is written only to a regular file or a "
                         "folder, or a path that does not exist yet", path=path)


def refuse_unsafe_target(output: str | None, inputs: Iterable[object], sources: str | None = None,
                         source_files: Iterable[str] = ()) -> None:
    """Raise UsageError when writing the report to ``output`` would destroy an input or a
    source or a special file, or put the report where the archive reads sources."""
    if not output:
        return
    refuse_special_file(output)
    out = _resolved(output)
    for item in inputs:
        if _is_local(item) and _resolved(item) == out:  # type: ignore[arg-type]
            raise UsageError("is one of the inputs: writing the report there would destroy it; "
                             "choose another -o", path=output)
    for f in source_files:
        if _resolved(f) == out:
            raise UsageError("is a source file of the archive: writing the report there would destroy it; "
                             "choose another -o", path=output)
    if sources:
        folder = _resolved(sources)
        if out == folder or folder in out.parents:
            raise UsageError(f"is inside the sources folder {sources}: the report would be read as a source "
                             "on the next run; write it elsewhere", path=output)


class AtomicFile:
    """A text file written under a temporary name and renamed over ``path`` by ``finish(True)``;
    ``finish(False)`` removes the temporary file and leaves ``path`` untouched. The temporary
    name is ``.FILE.<pid>.<random>.tmp``; opening one removes the temporary files of FILE left
    by writers that no longer run (see ``remove_stale_temporaries``)."""

    def __init__(self, path: str):
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        remove_stale_temporaries(path)
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=_temp_prefix(path) + f"{os.getpid()}.", suffix=".tmp", dir=folder)
        except OSError as e:
            raise UsageError(f"cannot write the report ({e.strerror or e})", path=path) from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def finish(self, keep: bool) -> None:
        if not self.fh.closed:
            self.fh.close()
        if not keep:
            _unlink(self.tmp)
            return
        try:
            # mkstemp makes the file private (0600); a report gets the usual mode for new files
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
            os.replace(self.tmp, self.path)
        except OSError as e:
            _unlink(self.tmp)
            raise UsageError(f"cannot write the report ({e.strerror or e})", path=self.path) from None


def _temp_prefix(path: str) -> str:
    return "." + os.path.basename(path) + "."


def remove_stale_temporaries(path: str) -> list[str]:
    """Remove the temporary files of ``path`` (``.FILE.<pid>.<random>.tmp`` beside it) whose
    writer process is gone, and return their names. A ``kill -9`` during ``-o FILE`` left an
    empty hidden file there for good (issue 10). Only this exact prefix with a process id that
    no longer exists is touched: a report being written right now by another onrecord keeps
    its file, and so does anything else in the folder (older temporaries without a process id
    included: nothing says whether their writer still runs)."""
    folder = os.path.dirname(os.path.abspath(path))
    pattern = re.compile(re.escape(_temp_prefix(path)) + r"(\d+)\.[^./]+\.tmp")
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed  # mkstemp will say what is wrong with the folder
    for name in names:
        m = pattern.fullmatch(name)
        if m is None or _process_runs(int(m.group(1))):
            continue
        full = os.path.join(folder, name)
        if os.path.isfile(full) and not os.path.islink(full):
            _unlink(full)
            removed.append(name)
    return removed


def _process_runs(pid: int) -> bool:
    """True if a process ``pid`` exists (or may: another user's process answers "not yours")."""
    if pid == os.getpid():
        return True  # this process's own writer, e.g. another AtomicFile still open
    if pid <= 0:
        return False
    if os.name == "nt":
        return True  # there os.kill(pid, 0) sends CTRL_C_EVENT instead of asking: keep the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as someone else
        return True
    return True


def _unlink(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def folder_target(path: str, force: bool, inputs: Iterable[object]) -> None:
    """Raise OutputExists when the report file ``path`` in an ``-o`` folder would overwrite a
    file: an input always, any other existing file without ``force``."""
    refuse_special_file(path)  # --force is for the user's reports, not for a pipe or a device
    out = _resolved(path)
    if any(_is_local(i) and _resolved(i) == out for i in inputs):  # type: ignore[arg-type]
        raise OutputExists("is one of the inputs; not overwritten (choose another -o folder)", path=path)
    if out.exists() and not force:
        raise OutputExists("exists already; not overwritten (use --force to overwrite)", path=path)
