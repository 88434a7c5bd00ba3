"""No quotation vanishes silently (issue 10): an opening mark that pairs with nothing is
reported, with the words after it, in the extraction result, the JSON Lines records and the
text report. Invented sentences."""

from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.extract import extract_document
from onrecord.model import Document

TEXT = "Title: Row\n\nThe councillor said \u201cwe never agreed to the plan and we will fight it.\n\nShe left.\n"


def test_unpaired_opener_is_reported_with_its_words():
    res = extract_document(Document(text=TEXT, path="t"))
    assert res.quotes == []
    (u,) = res.unbalanced
    assert u["mark"] == "\u201c" and TEXT[u["offset"]] == "\u201c"
    assert u["context"] == "we never agreed to the plan and we will fight it."


def test_balanced_text_reports_nothing():
    res = extract_document(Document(text="She said \u201cyes\u201d and left.", path="t"))
    assert res.unbalanced == []


def test_jsonl_and_text_report_name_the_unbalanced_mark(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    src = tmp_path / "s"
    src.mkdir()
    (src / "x.txt").write_text("Title: X\nSpeaker: Bo Lee\n\nNothing here.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(art), "--no-attribute"])
    (u,) = json.loads(r.stdout)["unbalanced_marks"]
    assert u["context"].startswith("we never agreed")
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src), "--format", "text"])
    assert "unbalanced mark \u201c at offset" in r.stdout and "not checked as a quotation" in r.stdout
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(src), "--format", "md"])
    assert "unbalanced mark \u201c at offset" in r.stdout
