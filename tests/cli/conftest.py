"""Shared by the test_cli_* modules (tests/test_cli.py until round 63): an invented article
with a speech quotation, a title and an unsourced claim, and a sources folder holding the one
briefing that says the first. test_messages.py and test_verify_bad_claims.py define a
``sources`` of their own, which takes precedence in those modules."""

from __future__ import annotations

import pytest

# cli_runs.one_line_error asserts as a test would; rewritten, its failures show the values
pytest.register_assert_rewrite("cli_runs")


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(
        "Harbour vote\n\nThe mayor said \u201cwe will dredge now\u201d on Monday. Critics called the "
        "\u201cHarbour Plan\u201d reckless and said \u201cthe fish will never come back\u201d.\n",
        encoding="utf-8",
    )
    return p


@pytest.fixture
def sources(tmp_path):
    d = tmp_path / "sources"
    d.mkdir()
    (d / "briefing.txt").write_text(
        "Title: Briefing\nSpeaker: Mara Ellison\nDate: 2024-03-02\n\nI say we will dredge now, and soon.\n",
        encoding="utf-8",
    )
    return d
