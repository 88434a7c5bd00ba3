"""Nothing depends on where the repository was cloned: shared data is found relative to the
repository root or through ONRECORD_SHARED (onrecord.shared), and no tracked file names an
absolute path of one machine (benchmarks and docs once named the author's folders, so every
benchmark failed in any other clone)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from onrecord import shared
from onrecord.errors import MissingInput

ROOT = Path(__file__).resolve().parents[1]
SKIP_DIRS = {".git", ".venv", ".venv-bench", "node_modules", "__pycache__", ".pytest_cache", "build", "dist"}
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".json", ".jsonl", ".cfg", ".ini", ".yml", ".yaml", ".sh", ".html", ".css", ".js", ""}
# Home folders and the workplace root of the machine the project was started on; built from
# parts so this file does not match itself.
ABSOLUTE = re.compile(r"(?<![\w.~-])/(?:" + "|".join(["wo" + "rk", "ro" + "ot", "ho" + "me", "Us" + "ers"]) + r")/")


def _tracked_text_files():
    """The files git tracks (caches such as .hypothesis/ record absolute paths and are ignored);
    without git (an unpacked archive), every file outside hidden and build folders but .ci/."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60).stdout
        paths = [ROOT / n for n in out.decode("utf-8").split("\0") if n]
    except (OSError, subprocess.SubprocessError):
        paths = []
        for folder, dirs, files in os.walk(ROOT):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS and (d == ".ci" or not d.startswith("."))
                       and not d.endswith(".egg-info")]
            paths += [Path(folder) / name for name in files]
    # files written in this checkout but not yet added count too (a new benchmark)
    untracked = subprocess.run(["git", "ls-files", "-z", "--others", "--exclude-standard"], cwd=ROOT,
                               capture_output=True, timeout=60).stdout if paths else b""
    paths += [ROOT / n for n in untracked.decode("utf-8").split("\0") if n]
    return [p for p in paths if p.is_file() and p.suffix in TEXT_SUFFIXES and p.name != ".git"]


def test_no_absolute_machine_paths_in_the_tree():
    hits = []
    for p in _tracked_text_files():
        try:
            text = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for lineno, line in enumerate(text.splitlines(), 1):
            if ABSOLUTE.search(line):
                hits.append(f"{p.relative_to(ROOT)}:{lineno}: {line.strip()[:100]}")
    assert not hits, "absolute machine paths (use onrecord.shared or a relative path):\n" + "\n".join(hits)


@pytest.mark.parametrize("line, bad", [
    ('DEV = Path("/' + 'work/shared/data/dev")', True),
    ("git clone /" + "root/x", True),
    ("see ~/.onrecord and ../shared/data", False),
    ("ONRECORD_HOME=/tmp/x-home", False),
])
def test_absolute_path_pattern(line, bad):
    assert bool(ABSOLUTE.search(line)) is bad


def test_shared_dir_is_beside_the_repository_by_default(monkeypatch):
    monkeypatch.delenv("ONRECORD_SHARED", raising=False)
    monkeypatch.delenv("ONRECORD_DEV_DIR", raising=False)
    root = shared.repo_root()
    assert root is not None and (root / "pyproject.toml").is_file()
    assert shared.shared_dir() == root.parent / "shared"
    assert shared.dev_dir() == root.parent / "shared" / "data" / "dev"
    assert shared.corpora_dir() == root.parent / "shared" / "data" / "corpora"
    assert shared.spec_dir() == root.parent / "shared" / "spec"


def test_environment_variables_relocate_it(monkeypatch, tmp_path):
    monkeypatch.setenv("ONRECORD_SHARED", str(tmp_path / "elsewhere"))
    monkeypatch.delenv("ONRECORD_DEV_DIR", raising=False)
    assert shared.dev_dir() == tmp_path / "elsewhere" / "data" / "dev"
    monkeypatch.setenv("ONRECORD_DEV_DIR", str(tmp_path / "dev"))
    assert shared.dev_dir() == tmp_path / "dev"
    assert shared.corpora_dir() == tmp_path / "elsewhere" / "data" / "corpora"


def test_missing_shared_data_says_what_to_set(tmp_path):
    with pytest.raises(MissingInput) as e:
        shared.require(tmp_path / "nowhere")
    assert "ONRECORD_SHARED" in str(e.value) and str(tmp_path / "nowhere") in str(e.value)
    assert shared.require(tmp_path) == tmp_path
