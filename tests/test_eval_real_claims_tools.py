"""The real verification set's judging tools (eval/real/tools) take a later draw: a second
candidate file judged by other judges and adjudicated in its own file (issue 12: the 80-claim
extension r401 on). Claims and judgements here are made up; nothing is written into eval/."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "eval" / "real" / "tools"


def _cand(cid: str, quote: str, who: str | None) -> dict:
    return {"article": f"art-{cid}", "published": "2019-05-01", "quote": quote, "start": 0, "end": len(quote),
            "onrecord_speaker": who or "Pat Nobody", "archive_person": who, "id": cid}


def _judge(cid: str, verdict: str | None, speaker: str | None = "Ada Placeholder") -> dict:
    return {"id": cid, "drop": verdict is None, "claimed_speaker": speaker if verdict else None,
            "verdict": verdict, "source": None, "source_span": None, "note": "made up"}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args) -> dict:
    out = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture()
def rounds(tmp_path):
    first = _write(tmp_path / "candidates.jsonl", [_cand("r001", "the harbour stays open all winter", "Ada Placeholder"),
                                                   _cand("r002", "we never sold the lighthouse", "Ada Placeholder")])
    ext = _write(tmp_path / "candidates-ext.jsonl", [_cand("r401", "the ferry will run twice a day", "Ada Placeholder"),
                                                     _cand("r402", "nobody asked the fishermen", None),
                                                     _cand("r403", "a bridge is a promise", "Ada Placeholder")])
    j1 = _write(tmp_path / "judge1.jsonl", [_judge("r001", "not_found"), _judge("r002", "not_found")])
    j2 = _write(tmp_path / "judge2.jsonl", [_judge("r001", "not_found"), _judge("r002", "no_source")])
    adj = _write(tmp_path / "adjudicated.jsonl", [{**_judge("r002", "not_found"), "reason": "made up"}])
    # the extension's judges: r401 agreed, r402 agreed (no_source), r403 one keeps, one drops
    j4 = _write(tmp_path / "judge4.jsonl", [_judge("r401", "not_found"), _judge("r402", "no_source", "Pat Nobody"),
                                            _judge("r403", "not_found")])
    j5 = _write(tmp_path / "judge5.jsonl", [_judge("r401", "not_found"), _judge("r402", "no_source", "Pat Nobody"),
                                            _judge("r403", None)])
    return tmp_path, first, ext, j1, j2, adj, j4, j5


def test_agreement_claims_reports_one_round(rounds):
    tmp, _, ext, *_, j4, j5 = rounds
    s = _run(TOOLS / "agreement.py", "claims", ext, j4, j5, "--out", tmp / "dis.jsonl")
    assert (s["two_judgements"], s["drop_agree"], s["both_kept"], s["verdict_agree"]) == (3, 2, 2, 2)
    assert s["disagreements"] == 1
    assert json.loads((tmp / "dis.jsonl").read_text())["id"] == "r403"


@pytest.mark.parametrize("adjudicate_r403, unresolved, kept_ext", [(False, 1, 2), (True, 0, 3)])
def test_build_claims_merges_the_extension(rounds, adjudicate_r403, unresolved, kept_ext):
    tmp, first, ext, j1, j2, adj, j4, j5 = rounds
    adj_ext = _write(tmp / "adjudicated-ext.jsonl", [{**_judge("r403", "not_found"), "reason": "made up"}] if adjudicate_r403 else [])
    s = _run(TOOLS / "build_claims.py", first, j1, j2, j4, j5, "--adjudicated", adj, "--candidates-ext", ext,
             "--adjudicated", adj_ext, "--out", tmp / "out")
    assert s["unresolved"] == unresolved
    assert s["by_draw"]["candidates"]["two_judgements"] == 2 and s["by_draw"]["candidates-ext"]["two_judgements"] == 3
    claims = [json.loads(x) for sp in ("tune", "test") for x in (tmp / "out" / f"claims-{sp}.jsonl").read_text().splitlines()]
    assert len([c for c in claims if c["id"] >= "r401"]) == kept_ext
    for sp in ("tune", "test"):
        for x in (tmp / "out" / f"claims-{sp}.jsonl").read_text().splitlines():
            cid = json.loads(x)["id"]
            assert (int(hashlib.sha1(cid.encode()).hexdigest(), 16) % 3 == 0) == (sp == "test")


def test_build_claims_refuses_an_id_in_two_draws(rounds):
    tmp, first, _, j1, j2, *_ = rounds
    again = _write(tmp / "again.jsonl", [_cand("r001", "a different quotation entirely", None)])
    res = subprocess.run([sys.executable, TOOLS / "build_claims.py", first, j1, j2, "--candidates-ext", again, "--out", tmp / "o"],
                         capture_output=True, text=True)
    assert res.returncode != 0 and "r001" in res.stderr


SPEECH_TEXT = ("Friends, we gather at the quay. Tonight we renew our pledge that the harbour will never be sold. "
               "We will dredge the channel by spring, and the pier stays open.")


@pytest.mark.parametrize("quote, leading_only", [
    ("The harbour will never be sold.", True),          # words before it left off, runs to the end
    ("the harbour will never be sold,", True),          # the article's closing comma is its own
    ("We will dredge the channel by spring", False),    # a trailing clause dropped: variation stays
    ("Tonight we renew our pledge", False),             # starts the sentence, stops early
    ("Friends, we gather at the quay.", False),         # a whole sentence: not a partial quote
    ("the harbour will be sold.", False),               # not the same words
])
def test_convention_finds_only_quotes_with_their_start_left_off(quote, leading_only):
    sys.path.insert(0, str(TOOLS))
    from convention import leading_words_only
    assert leading_words_only(quote, SPEECH_TEXT) is leading_only
