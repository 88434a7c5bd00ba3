"""Fixtures of the mining tests; their data lives in minedata.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from minedata import ARTICLES, FULL, records, write_corpus, write_jsonl  # noqa: F401


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The six articles split over plain, gzip and xz JSON Lines in one folder."""
    return write_corpus(tmp_path / "corpus")
