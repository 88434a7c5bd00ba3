"""Every command documents itself: help text with an "Examples:" section showing that very
command, so `onrecord <cmd> --help` is enough to start."""

from __future__ import annotations

import re
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


# The contract lives in the repository (docs/contract.md), in step with the shared spec, and the
# docs link it: "contract section 3" cited a file a reader of the repository could not see.
ROOT = Path(__file__).resolve().parents[1]


def test_contract_holds_every_line_of_the_shared_spec():
    from onrecord.shared import spec_dir

    spec = spec_dir() / "contract.md"
    if not spec.is_file():
        pytest.skip(f"shared spec not found at {spec} (place ../shared or set ONRECORD_SHARED)")
    ours = set((ROOT / "docs" / "contract.md").read_text(encoding="utf-8").splitlines())
    missing = [l for l in spec.read_text(encoding="utf-8").splitlines() if l.strip() and l not in ours]
    assert not missing, "docs/contract.md lacks lines of the shared spec:\n" + "\n".join(missing[:10])
    assert "## Additions" in ours


def _help_texts():
    for path in COMMANDS:
        yield " ".join(path), CliRunner().invoke(cli, [*path, "--help"]).stdout
    yield "", CliRunner().invoke(cli, ["--help"]).stdout


def test_docs_and_help_link_the_contract_file():
    texts = [("README.md", (ROOT / "README.md").read_text(encoding="utf-8"))]
    texts += [(f"docs/{p.name}", p.read_text(encoding="utf-8")) for p in (ROOT / "docs").glob("*.md") if p.name != "contract.md"]
    texts += [(f"onrecord {name} --help", text) for name, text in _help_texts()]
    for where, text in texts:
        for m in re.finditer(r"contract section \d", text, re.I):
            before = text[max(0, m.start() - 40): m.start()]
            assert "docs/contract.md" in before, f"{where}: cites {m.group(0)!r} without docs/contract.md"
    readme = texts[0][1]
    assert "](docs/contract.md)" in readme
