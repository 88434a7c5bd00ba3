"""The renderers of a check's results, by ``--format`` name: the one registry the CLI and any
other surface look a format up in (issue 9: the CLI used to find them with ``importlib`` and a
"not built yet" fallback). Each renderer writes every result to an open text stream; the
module behind it is imported only when it is used, so ``--format jsonl`` never loads rich or
the HTML template."""

from __future__ import annotations

from typing import IO, Callable

from ..errors import UsageError

Renderer = Callable[[list, IO[str], bool], None]


def _jsonl(results: list, out: IO[str], keep_text: bool) -> None:
    from .jsonl import check_record, dumps

    for r in results:
        out.write(dumps(check_record(r, keep_text=keep_text)) + "\n")


def _text(results: list, out: IO[str], keep_text: bool) -> None:
    from rich.console import Console

    from .text import render_text

    # Not a terminal (a file, a pipe, `make run` in CI): no colour and no hard wrapping, so a
    # long quote or source path stays on one line and can be grepped.
    if out.isatty():
        console = Console(file=out)
    else:
        console = Console(file=out, no_color=True, highlight=False, soft_wrap=True, width=200)
    render_text(results, console)  # one call: the summary and editor's note span all results


def _html(results: list, out: IO[str], keep_text: bool) -> None:
    from .html import render_html

    out.write(render_html(results))


def _md(results: list, out: IO[str], keep_text: bool) -> None:
    from .md import render_md

    out.write(render_md(results))


RENDERERS: dict[str, Renderer] = {"jsonl": _jsonl, "text": _text, "html": _html, "md": _md}


def check_renderer(fmt: str) -> Renderer:
    """The renderer for ``fmt``; an unknown name is a usage error naming the known ones."""
    try:
        return RENDERERS[fmt]
    except KeyError:
        raise UsageError(f"unknown report format {fmt!r} (one of {', '.join(RENDERERS)})") from None
