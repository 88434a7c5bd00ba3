"""Terminal control characters from articles, sources and file names, made visible.

An article or a file name can hold ESC sequences (recolour or clear the terminal, retitle the
window, fake a "✓ verbatim" line), C1 controls, a carriage return that overwrites the line
before it, or bidi overrides that reorder what a reader sees (issue 10). Everything onrecord
prints as text goes through ``escape_controls`` first: each such character is shown as its
escape (``\\x1b``, ``\\u202e``); tabs and newlines stay. HTML, Markdown and JSON outputs have
their own escaping."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _show(m: re.Match) -> str:
    c = ord(m.group(0))
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def escape_controls(text: object) -> str:
    """``text`` with every terminal control character replaced by its visible escape."""
    return _CONTROL.sub(_show, "" if text is None else str(text))
