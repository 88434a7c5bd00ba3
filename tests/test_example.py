"""The bundled example end to end: `onrecord check` on examples/article.txt against
examples/sources/ gives every quotation the kind, speaker, verdict and context that
examples/EXPECTED.md says its story intends. Runs the real pipeline (spaCy, the archive, the
verifier), through the CLI and the contract's JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples"


def expected_rows() -> list[dict[str, str]]:
    lines = [l for l in (EXAMPLE / "EXPECTED.md").read_text(encoding="utf-8").splitlines()
             if l.startswith("|")]
    head = [c.strip() for c in lines[0].strip("|").split("|")]
    return [dict(zip(head, (c.strip() for c in l.strip("|").split("|")))) for l in lines[2:]]


@pytest.fixture(scope="module")
def checked() -> tuple[int, dict]:
    res = CliRunner().invoke(cli, [
        "check", str(EXAMPLE / "article.txt"), "--sources", str(EXAMPLE / "sources"),
        "--published", "2025-03-10", "--translated", "--format", "jsonl"])
    lines = [l for l in res.stdout.splitlines() if l.strip()]
    assert len(lines) == 1, res.output
    return res.exit_code, json.loads(lines[0])


def _row_for(quotes: list[dict], key: str) -> dict:
    found = [q for q in quotes if q["text"].startswith(key)]
    assert len(found) == 1, f"expected one quotation starting {key!r}, got {[q['text'] for q in quotes]}"
    return found[0]


def test_example_rows_are_well_formed():
    rows = expected_rows()
    assert len(rows) >= 10
    verdicts = {r["verdict"] for r in rows}
    assert {"verbatim", "variation", "drift", "misattributed", "not_found"} <= verdicts
    assert {"title", "scare"} <= {r["kind"] for r in rows}
    text = (EXAMPLE / "article.txt").read_text(encoding="utf-8")
    assert 350 <= len(text.split()) <= 500
    sources = list((EXAMPLE / "sources").glob("*.txt"))
    assert 4 <= len(sources) <= 6


def test_every_quotation_is_found_with_its_kind(checked):
    _code, rec = checked
    rows = expected_rows()
    assert len(rec["quotes"]) == len(rows), [q["text"] for q in rec["quotes"]]
    for row, q in zip(rows, rec["quotes"]):
        assert q["text"].startswith(row["quotation starts"]), (row, q["text"])
        assert q["kind"] == row["kind"], (row["quotation starts"], q["kind"])


@pytest.mark.parametrize("row", expected_rows(), ids=lambda r: r["quotation starts"][:30])
def test_each_quotation_gets_its_intended_verdict(checked, row):
    _code, rec = checked
    q = _row_for(rec["quotes"], row["quotation starts"])
    if row["verdict"] == "-":
        assert q.get("verdict") is None, q
        return
    assert q["speaker"] == row["speaker"], q
    assert q["verdict"] == row["verdict"], (q["verdict"], q.get("explanation"), q.get("span"))
    if row["verdict"] != "not_found":
        assert q["source"] and q["span"]["text"], q
    if row["verdict"] == "misattributed":
        assert q["source_speaker"] and q["source_speaker"] != row["speaker"]


def test_example_exits_1_because_some_quotes_need_attention(checked):
    code, _rec = checked
    assert code == 1


def test_example_context_hints():
    """Context resolution on the example, checked through the library (the contract's JSON
    Lines do not carry hints)."""
    from onrecord.context import resolve_context
    from onrecord.pipeline import extract

    (result,) = list(extract([str(EXAMPLE / "article.txt")], published="2025-03-10", attribute=False))
    resolve_context(result, "2025-03-10")
    for row in expected_rows():
        if row["kind"] != "speech":
            continue
        q = next(q for q in result.quotes if q.text.startswith(row["quotation starts"]))
        want_date = None if row["date hint"] == "-" else row["date hint"]
        want_outlet = None if row["outlet hint"] == "-" else row["outlet hint"]
        assert (q.date_hint, q.outlet_hint) == (want_date, want_outlet), (row["quotation starts"], q.context_evidence)


def test_text_report_of_the_example():
    res = CliRunner().invoke(cli, [
        "check", str(EXAMPLE / "article.txt"), "--sources", str(EXAMPLE / "sources"),
        "--published", "2025-03-10", "--translated"])
    assert res.exit_code == 1, res.output
    out = res.stdout
    assert "Oskar Brenholt" in out and "drift" in out
    assert "We cannot keep asking people to wait for a bus that never comes" in out
    assert "Editor's Note: These quotations, accurately translated, could not be verified." in out


def test_draft_note_lists_exactly_the_drift_and_not_found_rows_of_expected():
    # issue 17: EXPECTED.md said the misattributed quote is left out, the printed note listed it
    res = CliRunner().invoke(cli, [
        "check", str(EXAMPLE / "article.txt"), "--sources", str(EXAMPLE / "sources"),
        "--published", "2025-03-10", "--translated"])
    block = res.stdout.split("Draft editor's note\n", 1)[1].split("\n\n", 1)[0].splitlines()
    listed = [line for line in block if line.startswith("* ")]
    want = [r["quotation starts"] for r in expected_rows() if r["verdict"] in ("drift", "not_found")]
    assert len(listed) == len(want)
    for line, start in zip(listed, want):
        assert line.startswith("* \u201c" + start), (line, start)
