"""Every command documents itself: help text with an "Examples:" section showing that very
command, so `onrecord <cmd> --help` is enough to start."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from onrecord.cli import cli


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in group.commands.items():
        path = prefix + (name,)
        yield path
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)


COMMANDS = list(_commands(cli))


def test_command_group_is_complete():
    top = {p[0] for p in COMMANDS}
    assert top >= {"extract", "verify", "check", "sources", "eval", "serve", "mine", "bank"}
    assert {p for p in COMMANDS if p[0] in ("sources", "eval")} >= {
        ("sources",), ("sources", "add"), ("sources", "list"), ("sources", "remove"), ("sources", "stats"),
        ("eval",), ("eval", "extract"), ("eval", "verify"),
    }


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_has_an_example(path):
    r = CliRunner().invoke(cli, [*path, "--help"])
    assert r.exit_code == 0
    assert "Examples:" in r.stdout
    assert "onrecord " + " ".join(path) in r.stdout.split("Examples:", 1)[1]


def test_readme_starts_with_the_two_commands():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```", 2)[1]
    lines = [l for l in first_block.splitlines()[1:] if l.strip()]
    assert lines == ["make run", "make test"]
