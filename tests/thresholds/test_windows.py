"""Look-back and look-ahead windows of attribute/ and extract/ rules are named thresholds
(thresholds/attribute.py, thresholds/extract.py), not bare numbers in a slice, a range or a
min/max: the functions listed here once held such numbers (the twelfth session's review; round
38's review27 added extract/saying_rules, whose look-back was a bare 80 characters); the scan
keeps them out."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "onrecord"

# (module, function): each read a window written as a bare number
CLEANED = [
    ("attribute/expletive.py", "dummy_it"),
    ("attribute/name_forms.py", "unprefixed_surnames"),
    ("attribute/referents.py", "description"),
    ("attribute/finder.py", "clause_start"),
    ("attribute/focus_office.py", "_after_preposition"),
    ("extract/saying_rules.py", "_stock_saying"),
]

SMALL = 2  # 0, 1, 2: an index or an offset of a token, not a window


def _window_numbers(tree: ast.AST) -> list[int]:
    """The integer literals above SMALL inside a slice, a range(), a min() or a max()."""
    found: dict[tuple[int, int], int] = {}  # by position: a max() inside a slice is seen twice
    for node in ast.walk(tree):
        holders = []
        if isinstance(node, ast.Slice):
            holders = [node.lower, node.upper, node.step]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"range", "min", "max"}:
            holders = list(node.args)
        for h in holders:
            for sub in ast.walk(h) if h is not None else ():
                if isinstance(sub, ast.Constant) and type(sub.value) is int and sub.value > SMALL:
                    found[(sub.lineno, sub.col_offset)] = sub.value
    return list(found.values())


def _function(module: str, name: str) -> ast.AST:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    return next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name)


@pytest.mark.parametrize("module,name", CLEANED)
def test_no_bare_window(module, name):
    assert _window_numbers(_function(module, name)) == []


def test_the_scan_sees_a_bare_window():
    tree = ast.parse("def f(text, start):\n    return text[max(0, start - 12) : start + 60]\n")
    assert sorted(_window_numbers(tree)) == [12, 60]
