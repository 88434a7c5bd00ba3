"""Shared data of the web tests (a plain module: ``from conftest import`` would depend on which
of the two conftest.py files Python imported first)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples"


def example_sources() -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted((EXAMPLE / "sources").glob("*.txt"))]


def article_text() -> str:
    return (EXAMPLE / "article.txt").read_text(encoding="utf-8")
