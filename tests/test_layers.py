"""Nothing imports upward (issue 9). The allowed order is the table in docs/architecture.md
(between its layer markers), read here, so it is written once; every ``import`` in
src/onrecord, lazy ones inside functions included, is checked against it with ``ast``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "onrecord"
DOC = ROOT / "docs" / "architecture.md"


def _layers() -> dict[str, int]:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("<!-- layers:start -->"):text.index("<!-- layers:end -->")]
    out: dict[str, int] = {}
    for row in re.finditer(r"^\| (\d+) \| (.+) \|$", table, re.M):
        for name in re.findall(r"`([\w]+)`", row.group(2)):
            out[name] = int(row.group(1))
    return out


LAYERS = _layers()


def _top(path: Path) -> str:
    return path.relative_to(SRC).parts[0].removesuffix(".py")


def _imported(path: Path, code: str | None = None) -> list[tuple[int, str]]:
    """(line, top-level onrecord package or module) of every onrecord import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8") if code is None else code)
    package = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if package[-1] == "__init__":
        package = package[:-1]
    else:
        package = package[:-1]
    out = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                if node.module:
                    names = [".".join([*base, node.module])]
                else:
                    names = [".".join([*base, a.name]) for a in node.names]
            elif node.module:
                names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "onrecord" and len(parts) > 1:
                out.append((node.lineno, parts[1]))
    return out


def test_the_layer_table_is_read():
    assert LAYERS["text"] == LAYERS["lexicon"] == 0
    assert LAYERS["extract"] < LAYERS["archive"] < LAYERS["verify"] < LAYERS["pipeline"] < LAYERS["cli"]


def test_every_package_has_a_layer():
    tops = {_top(p) for p in SRC.rglob("*.py")} | {p.name for p in SRC.iterdir() if p.is_dir() and any(p.glob("*.py"))}
    assert sorted(tops - set(LAYERS)) == []


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_nothing_imports_upward(path):
    me = LAYERS[_top(path)]
    upward = [f"line {line}: onrecord.{other} (layer {LAYERS.get(other)})"
              for line, other in _imported(path)
              if other != "__version__" and LAYERS.get(other, 99) > me]
    assert upward == [], f"{path.relative_to(SRC)} (layer {me}) imports upward"


def test_the_checker_sees_an_upward_import():
    """Relative, absolute and lazy imports are all found (a checker that saw none would pass)."""
    code = "from ..verify import cascade\nimport onrecord.cli\ndef f():\n    from .. import pipeline\n"
    found = [other for _, other in _imported(SRC / "read" / "probe.py", code)]
    assert found == ["verify", "cli", "pipeline"]
    assert all(LAYERS[o] > LAYERS["read"] for o in found)
