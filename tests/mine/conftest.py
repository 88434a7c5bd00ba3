"""Fixtures of the mining tests; their data lives in minedata.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from minedata import ARTICLES, FULL, records, write_jsonl  # noqa: F401


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The six articles split over plain, gzip and xz JSON Lines in one folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    recs = records()
    write_jsonl(folder / "part1.jsonl", recs[:2])
    write_jsonl(folder / "part2.jsonl.gz", recs[2:4])
    write_jsonl(folder / "part3.jsonl.xz", recs[4:])
    return folder
