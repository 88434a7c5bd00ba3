"""docs/cli.md is generated from every command's --help (scripts/gen_cli_docs.py); this test
fails when the two disagree, naming the first differing line and the command to regenerate."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cli_docs_are_up_to_date():
    gen = _generator()
    expected = gen.render()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    if current != expected:
        diff = "".join(list(difflib.unified_diff(
            current.splitlines(True), expected.splitlines(True), "docs/cli.md", "--help output", n=1))[:40])
        raise AssertionError(
            "docs/cli.md is out of date with the --help output; run "
            "`.venv/bin/python scripts/gen_cli_docs.py`\n" + diff)


def test_cli_docs_cover_every_command():
    from onrecord.cli import cli

    gen = _generator()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    paths = list(gen.commands(cli))
    assert ("check",) in paths and ("sources", "add") in paths and ("eval", "verify") in paths
    for path in paths:
        assert f"## onrecord {' '.join(path)}\n" in current, path
        assert f"Usage: onrecord {' '.join(path)} " in current, path
