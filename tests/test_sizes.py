"""Modules under 500 lines and functions under 60 (issue 9; the team's style rules): a newcomer
reads a module in one sitting and a function on one screen. The failure it prevents: a 207-line
classifier function (extract/classify.py before the split) and a 669-line archive module, where
a changed rule had to be found by scrolling. Counted with ``ast``: a module's physical lines, a
function's lines from its ``def`` to its last line (docstring included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "onrecord"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MODULES = sorted(SRC.rglob("*.py"))


def _functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_and_its_functions_are_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(SRC)}: {lines} lines"
    long = [f"{name} ({n} lines)" for name, n in _functions(path) if n > MAX_FUNCTION_LINES]
    assert long == [], f"{path.relative_to(SRC)}: {', '.join(long)}"


def test_the_counter_sees_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    f = tmp_path / "m.py"
    f.write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert _functions(f) == [("long", MAX_FUNCTION_LINES + 1)]
