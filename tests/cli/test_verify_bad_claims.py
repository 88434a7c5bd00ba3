"""One bad line of a claims file (bad JSON, an impossible date_hint, a duplicate id) is named in
one line and the other claims are still verified; the run ends with a summary and exit 2, the
run being incomplete (issue 10, probe F7: the whole run used to abort with no verdicts)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import MalformedRecord
from onrecord.pipeline import load_claims

GOOD = {"id": "a", "quote": "the night ferry will stop at the island pier", "speaker": "Tove Rask"}
LAST = {"id": "d", "quote": "the pier lights stay on until midnight", "speaker": "Tove Rask"}


@pytest.fixture
def sources(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    d = tmp_path / "sources"
    d.mkdir()
    (d / "talk.txt").write_text(
        "Title: Harbour talk\nSpeaker: Tove Rask\nDate: 2025-01-20\n\n"
        f"From March {GOOD['quote']}. And {LAST['quote']}.\n", encoding="utf-8")
    return d


BAD_LINES = [
    ('{"id": "b", "quote":', "line 2", "not valid JSON"),
    (json.dumps({"id": "b", "quote": "the pier", "date_hint": "2025-02-30"}), "line 2", "not a real date"),
    (json.dumps({"id": "a", "quote": "the pier lights"}), "line 2", "duplicate claim id 'a'"),
]


@pytest.mark.parametrize("bad, where, why", BAD_LINES)
def test_one_bad_claim_line_is_named_and_the_rest_verified(tmp_path, sources, bad, where, why):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("\n".join([json.dumps(GOOD), bad, json.dumps(LAST)]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["verify", "--claims", str(claims), "--sources", str(sources)])
    assert r.exit_code == 2, (r.stderr, r.exception)
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(v["id"], v["verdict"]) for v in got] == [("a", "verbatim"), ("d", "verbatim")]
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(errors) == 1 and "claims.jsonl" in errors[0] and where in errors[0] and why in errors[0]
    assert "2 claims verified, 1 claim line skipped" in r.stderr


def test_a_file_of_only_bad_lines_is_one_error(tmp_path, sources):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("{bad\n[1, 2]\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["verify", "--claims", str(claims), "--sources", str(sources)])
    assert r.exit_code == 2 and r.stdout == ""
    assert "no readable claim: 2 bad lines" in r.stderr


def test_the_library_stays_strict_without_an_errors_list(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps(GOOD) + "\n{bad\n", encoding="utf-8")
    with pytest.raises(MalformedRecord, match="line 2"):
        load_claims(claims)
    errors: list = []
    assert [c.id for c in load_claims(claims, errors=errors)] == ["a"]
    assert [e.message.split(":")[0] for e in errors] == ["line 2"]
