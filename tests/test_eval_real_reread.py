"""The gold re-reading tool (eval/real/tools/reread.py, thirty-fourth session): blind worksheets
show spans without labels, the comparison finds where two blind readers agree against the gold
or split, and decisions are written into the gold only with a reason. Articles, gold and
readings here are made up; nothing is written into eval/."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "eval" / "real" / "tools" / "reread.py"
TEXT = 'Mayor Ida Quell said the scheme was "a shambles". Critics call it "the bridge tax". The "Ferry Act" passed.'


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _q(words: str, kind: str, speaker: str | None = None, desc: str | None = None, cue: str | None = None) -> dict:
    s, e = _span(words)
    return {"text": words, "start": s, "end": e, "kind": kind, "speaker": speaker,
            "speakers": [speaker] if speaker else [], "speaker_description": desc, "cue": cue, "flagged": False}


def _read(words: str, kind: str, speaker: str | None = None, desc: str | None = None) -> dict:
    s, e = _span(words)
    return {"id": "art-1", "start": s, "end": e, "kind": kind, "speaker": speaker,
            "speakers": [speaker] if speaker else [], "speaker_description": desc, "clause": "K1"}


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True)


@pytest.fixture()
def setup(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "art-1.txt").write_text(TEXT, encoding="utf-8")
    gold = _jsonl(tmp_path / "gold.jsonl", [{"id": "art-1", "quotes": [
        _q("a shambles", "speech", "the Mayor Ida Quell", cue="said"),
        _q("the bridge tax", "term"),
        _q("Ferry Act", "term")]}])
    return tmp_path, arts, gold


def test_sheets_show_spans_but_not_the_gold_labels(setup):
    tmp, arts, gold = setup
    assert _run("sheets", gold, arts, tmp / "sheets").returncode == 0
    sheet = (tmp / "sheets" / "art-1.sheet.txt").read_text(encoding="utf-8")
    assert "'a shambles'" in sheet and "'Ferry Act'" in sheet
    assert "speech" not in sheet and "term" not in sheet and "Ida Quell\"" not in sheet.split("# quotation spans")[1]


def test_check_takes_a_complete_reading_and_names_each_problem(setup):
    tmp, arts, gold = setup
    assert _run("sheets", gold, arts, tmp / "sheets").returncode == 0
    good = _jsonl(tmp / "good.jsonl", [_read("a shambles", "speech", "Ida Quell"), _read("the bridge tax", "term"),
                                        _read("Ferry Act", "title")])
    out = _run("check", tmp / "sheets", good)
    assert out.returncode == 0 and out.stdout.strip() == "OK: 3 items"
    bad = _jsonl(tmp / "bad.jsonl", [_read("a shambles", "speech"), _read("the bridge tax", "slogan")])
    out = _run("check", tmp / "sheets", bad)
    assert out.returncode == 1
    assert "unnamed speech needs speaker_description" in out.stdout and "kind 'slogan'" in out.stdout
    assert f"missing ('art-1', {_span('Ferry Act')[0]}, {_span('Ferry Act')[1]})" in out.stdout


def test_compare_separates_agreed_changes_from_splits(setup):
    tmp, _, gold = setup
    a = _jsonl(tmp / "a.jsonl", [_read("a shambles", "speech", "Ida Quell"), _read("the bridge tax", "scare", desc=None),
                                  _read("Ferry Act", "title")])
    b = _jsonl(tmp / "b.jsonl", [_read("a shambles", "speech", "IDA QUELL"), _read("the bridge tax", "term"),
                                  _read("Ferry Act", "title")])
    out = _run("compare", gold, a, b, tmp / "cmp")
    assert out.returncode == 0, out.stderr
    agreed = [json.loads(x) for x in (tmp / "cmp" / "agreed-changes.jsonl").read_text().splitlines()]
    split = [json.loads(x) for x in (tmp / "cmp" / "split.jsonl").read_text().splitlines()]
    # the readers agree on the name (case aside) against the gold's "the Mayor Ida Quell", and on
    # the act's title against the gold's term; they split on the bridge tax (scare / term = gold)
    assert sorted(r["text"] for r in agreed) == ["Ferry Act", "a shambles"]
    assert [r["text"] for r in split] == ["the bridge tax"]
    summary = json.loads((tmp / "cmp" / "agreement.json").read_text())
    assert summary["items"] == 3 and summary["kind_agreement"] == round(2 / 3, 3)


def test_compare_refuses_a_reading_that_misses_items(setup):
    tmp, _, gold = setup
    a = _jsonl(tmp / "a.jsonl", [_read("a shambles", "speech", "Ida Quell")])
    out = _run("compare", gold, a, a, tmp / "cmp")
    assert out.returncode != 0 and "not judged by both readers" in out.stderr


def test_apply_needs_a_reason_and_clears_speaker_and_cue_off_speech(setup):
    tmp, _, gold = setup
    s, e = _span("a shambles")
    bad = _jsonl(tmp / "bad.jsonl", [{"id": "art-1", "start": s, "end": e, "kind": "scare"}])
    out = _run("apply", gold, bad)
    assert out.returncode != 0 and "no reason" in out.stderr
    ok = _jsonl(tmp / "ok.jsonl", [{"id": "art-1", "start": s, "end": e, "kind": "scare", "reason": "K27 irony"}])
    assert _run("apply", gold, ok).returncode == 0
    q = json.loads(gold.read_text())["quotes"][0]
    assert (q["kind"], q["speaker"], q["speakers"], q["cue"]) == ("scare", None, [], None)


def test_drop_article_takes_only_a_lowercase_the(setup):
    tmp, _, gold = setup
    doc = json.loads(gold.read_text())
    doc["quotes"][0].update(speaker="the Quell Trust", speakers=["the Quell Trust", "The Daily Ledger"])
    _jsonl(gold, [doc])
    assert _run("drop-article", gold).returncode == 0
    q = json.loads(gold.read_text())["quotes"][0]
    assert q["speaker"] == "Quell Trust" and q["speakers"] == ["Quell Trust", "The Daily Ledger"]
