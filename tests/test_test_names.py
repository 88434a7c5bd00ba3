"""Every test module has a basename of its own: pytest's default import mode imports test files
by basename, so two `test_equiv.py` in different folders stop the whole run at collection (it
happened twice when branches merged: tests/verify/test_equiv.py beside tests/text/test_equiv.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_test_module_basenames_are_unique():
    names = Counter(p.name for p in TESTS.rglob("test_*.py"))
    assert [n for n, c in names.items() if c > 1] == []
