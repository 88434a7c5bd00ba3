"""Shared by the real-news gates: load a set's draw.py (a script, not a package module)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_draw(set_dir: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, set_dir / "draw.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
