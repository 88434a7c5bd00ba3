"""Where the project's shared material lives (the dev set, the corpora, the spec): never at a
fixed absolute path. Benchmarks, tests and docs used to name the folders of the machine they
were written on, so a clone anywhere else failed; now one function decides.

Order: ``ONRECORD_SHARED`` (the folder holding ``data/`` and ``spec/``), else ``shared/`` beside
the repository (``<repo>/../shared``, the layout of a development checkout). The dev set can be
pointed at on its own with ``ONRECORD_DEV_DIR`` (kept because CI scripts already use it).

Nothing here is needed by the product itself: a user checking articles never needs shared data.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import MissingInput

SHARED_ENV = "ONRECORD_SHARED"
DEV_ENV = "ONRECORD_DEV_DIR"


def repo_root(start: Path | None = None) -> Path | None:
    """The repository this package (or ``start``) sits in: the nearest folder upward holding a
    pyproject.toml. None for an installed wheel in site-packages (no repository around it)."""
    here = (start or Path(__file__)).resolve()
    for folder in [here, *here.parents]:
        if (folder / "pyproject.toml").is_file() and (folder / "src" / "onrecord").is_dir():
            return folder
    return None


def shared_dir() -> Path:
    """The shared folder: ``$ONRECORD_SHARED``, else ``<repo>/../shared``, else ``./../shared``
    (run from a clone whose package is installed elsewhere). It may not exist: callers that
    need it use ``require``."""
    env = os.environ.get(SHARED_ENV)
    if env:
        return Path(env).expanduser()
    root = repo_root() or repo_root(Path.cwd()) or Path.cwd()
    return root.parent / "shared"


def dev_dir() -> Path:
    """The dev set (``data/dev`` of the shared folder, or ``$ONRECORD_DEV_DIR``)."""
    env = os.environ.get(DEV_ENV)
    return Path(env).expanduser() if env else shared_dir() / "data" / "dev"


def corpora_dir() -> Path:
    """The benchmark corpora (``data/corpora`` of the shared folder)."""
    return shared_dir() / "data" / "corpora"


def spec_dir() -> Path:
    """The shared spec (``spec/`` of the shared folder: contract.md)."""
    return shared_dir() / "spec"


def missing_hint() -> str:
    """What to do when shared data is absent: one sentence, the same everywhere."""
    return (
        "shared data not found; place the shared folder beside the repository "
        f"(../shared) or set {SHARED_ENV}=/path/to/shared ({DEV_ENV} for the dev set alone)"
    )


def require(path: Path) -> Path:
    """``path`` when it exists, else MissingInput saying where onrecord looked and what to set."""
    if not path.exists():
        raise MissingInput(missing_hint(), path=str(path))
    return path
