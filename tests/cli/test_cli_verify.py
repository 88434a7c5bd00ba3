"""``onrecord verify`` through CliRunner: the contract's fields for each claim, and a bad claims
file or line named in one line. Stages are replaced by ``fake_stages`` (tests/conftest.py) where
a test asks for it; ``run`` and ``one_line_error`` are tests/cli/cli_runs.py's, the ``article``
and ``sources`` fixtures tests/cli/conftest.py's. Moved from tests/test_cli.py (round 63)."""

from __future__ import annotations

import json

from cli_runs import one_line_error, run


def _claims(tmp_path, lines):
    p = tmp_path / "claims.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_verify_jsonl_contract_fields(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [
        json.dumps({"id": "c1", "quote": "we will dredge now", "speaker": "Mara Ellison", "date_hint": "2024-03"}),
        json.dumps({"id": "c2", "quote": "invented words", "speaker": None, "date_hint": None}),
    ])
    r = run("verify", "--claims", str(p), "--sources", str(sources))
    assert r.exit_code == 1
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["id"] for x in recs] == ["c1", "c2"]
    for x in recs:
        assert set(x) >= {"id", "verdict", "source", "span", "source_speaker", "score", "explanation"}
    assert recs[0]["span"]["text"] == "we will dredge now"
    assert recs[1]["verdict"] == "not_found" and recs[1]["source"] is None and recs[1]["span"] is None


def test_verify_malformed_claim_line(fake_stages, tmp_path, sources):
    # The bad line is named and skipped; c1 is still verified (issue 10: it used to abort the run).
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "x"}), "not json"])
    r = run("verify", "--claims", str(p), "--sources", str(sources))
    assert r.exit_code == 2 and [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["c1"]
    (err,) = [x for x in r.stderr.splitlines() if x.startswith("Error: ")]
    assert "claims.jsonl" in err and "line 2" in err and "not valid JSON" in err


def test_verify_claim_with_raw_line_separator(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "we will\u2028dredge now"}, ensure_ascii=False)])
    r = run("verify", "--claims", str(p), "--sources", str(sources))
    assert r.exit_code == 1 and json.loads(r.stdout)["id"] == "c1"  # one claim, not a broken line


def test_verify_claim_without_quote(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "speaker": "A"})])
    one_line_error(run("verify", "--claims", str(p), "--sources", str(sources)), "line 1", "no \"quote\"")


def test_verify_bad_date_hint(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "x", "date_hint": "March"})])
    one_line_error(run("verify", "--claims", str(p), "--sources", str(sources)), "line 1", "date_hint")


def test_verify_missing_claims_file(fake_stages, tmp_path, sources):
    one_line_error(run("verify", "--claims", str(tmp_path / "no.jsonl"), "--sources", str(sources)), "no.jsonl", "no such file")


def test_verify_text_format(fake_stages, tmp_path, sources):
    p = _claims(tmp_path, [json.dumps({"id": "c1", "quote": "we will dredge now"})])
    r = run("verify", "--claims", str(p), "--sources", str(sources), "--format", "text")
    assert r.exit_code == 0 and r.stdout.startswith("c1\tverbatim")
