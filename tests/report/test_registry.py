"""report/registry.py: the one table of check renderers by --format name (issue 9). Every
format the CLI offers is in it, each writes a real check's results to a stream, and an unknown
name is a usage error naming the known ones. Invented text only."""

from __future__ import annotations

import io
import json

import pytest

from onrecord import pipeline
from onrecord.errors import UsageError
from onrecord.report.registry import RENDERERS, check_renderer


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    d = tmp_path_factory.mktemp("registry")
    src = d / "sources"
    src.mkdir()
    (src / "pier.txt").write_text("Speaker: Oda Lind\n\nWe will keep the old pier open all winter.\n", encoding="utf-8")
    art = d / "art.txt"
    art.write_text("Pier\n\nOda Lind said: \u201cWe will keep the old pier open all winter.\u201d\n", encoding="utf-8")
    return list(pipeline.check([art], sources=src))


@pytest.mark.parametrize("fmt, looks_like", [
    ("jsonl", lambda s: json.loads(s.splitlines()[0])["quotes"][0]["verdict"] == "verbatim"),
    ("text", lambda s: "old pier open" in s and "verbatim" in s),
    ("html", lambda s: s.lstrip().lower().startswith("<!doctype html") and "old pier open" in s),
    ("md", lambda s: "# onrecord report" in s and "old pier open" in s),
])
def test_each_format_renders_a_real_check(results, fmt, looks_like):
    out = io.StringIO()
    check_renderer(fmt)(results, out, False)
    assert looks_like(out.getvalue())


def test_the_cli_offers_exactly_the_registered_formats():
    from onrecord.cli.check import check

    choices = next(p for p in check.params if p.name == "fmt").type.choices
    assert sorted(choices) == sorted(RENDERERS)


def test_an_unknown_format_names_the_known_ones():
    with pytest.raises(UsageError, match="jsonl, text, html, md"):
        check_renderer("pdf")
