"""Write docs/cli.md from the --help of every onrecord command, so the reference can never say
something the command does not. Run after changing any command's options or help text:

    .venv/bin/python scripts/gen_cli_docs.py           # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check   # exit 1 if docs/cli.md is out of date

tests/test_cli_docs.py fails when docs/cli.md differs from what this script would write."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "cli.md"
# A fixed width: the help text wraps to the terminal, and the file must not depend on the
# terminal of whoever regenerated it.
WIDTH = 100

HEADER = """# onrecord command line reference

Generated from `onrecord <command> --help` by `scripts/gen_cli_docs.py`; do not edit by hand
(`tests/test_cli_docs.py` fails when this file and the help text disagree). The README has a
short guide per command; this is the full list of options.

Exit codes (every command): `0` success (for `check` and `verify`: every speech quote verbatim
or variation), `1` at least one quote drift, misattributed or not_found, `2` bad usage or an
unreadable input (one line `Error: <input>: <reason>` on stderr).
"""


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command path, depth first, in the order ``onrecord --help`` lists them."""
    ctx = click.Context(group, info_name="onrecord")
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is None or cmd.hidden:
            continue
        path = prefix + (name,)
        yield path
        if isinstance(cmd, click.Group):
            yield from commands(cmd, path)


def help_text(path: tuple[str, ...]) -> str:
    from onrecord.cli import cli

    r = CliRunner().invoke(
        cli, [*path, "--help"], prog_name="onrecord", terminal_width=WIDTH, max_content_width=WIDTH
    )
    if r.exit_code != 0:
        raise SystemExit(f"onrecord {' '.join(path)} --help failed: {r.output}")
    return r.stdout.rstrip() + "\n"


def render() -> str:
    from onrecord.cli import cli

    parts = [HEADER]
    paths = [()] + list(commands(cli))
    parts.append("## Commands\n\n" + "\n".join(
        f"- [`onrecord {' '.join(p)}`](#{'onrecord-' + '-'.join(p)})" for p in paths if p) + "\n")
    for p in paths:
        title = "onrecord " + " ".join(p) if p else "onrecord"
        parts.append(f"## {title.strip()}\n\n```\n{help_text(p)}```\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
