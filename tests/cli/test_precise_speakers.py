"""``--precise-speakers`` (issue 11, round 27): on the real pipeline, a name is shown only at a
calibrated probability of at least CALIBRATION.precise_names; the names kept are the ones the
default run gives; the flag reaches extract, check and eval extract alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from precise_cases import WEAK  # tests/precise_cases.py
from onrecord.thresholds.learned import CALIBRATION

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "article.txt"


def _quotes(*args: str) -> list[dict]:
    r = CliRunner().invoke(cli, ["extract", *args, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    return [q for line in r.stdout.splitlines() if line.strip() for q in json.loads(line)["quotes"]]


@pytest.mark.parametrize("source", ["example", "weak"])
def test_names_below_the_threshold_are_withheld_and_the_rest_kept(source, tmp_path):
    path = ARTICLE
    if source == "weak":
        path = tmp_path / "weak.txt"
        path.write_text(WEAK, encoding="utf-8")
    default = _quotes(str(path))
    precise = _quotes(str(path), "--precise-speakers")
    assert [q["text"] for q in precise] == [q["text"] for q in default]
    assert any(q["speaker"] for q in default)
    if source == "weak":  # the case the flag is for: one name kept, one withheld
        assert [q["speaker"] for q in precise] == ["Piet Kral", None]
    for d, p in zip(default, precise):
        if d["speaker"] and d["confidence"] >= CALIBRATION.precise_names:
            assert p["speaker"] == d["speaker"] and p["confidence"] == d["confidence"]
        else:
            assert p["speaker"] is None and p["speakers"] == [] and p["confidence"] == 0.0


def test_eval_extract_reports_the_precision_of_the_names_shown(tmp_path):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "a.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    quotes = _quotes(str(arts / "a.txt"))
    gold = {"id": "a", "quotes": [{k: q[k] for k in ("text", "start", "end", "kind", "speaker", "cue", "flagged")}
                                  for q in quotes]}
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    for flag in ([], ["--precise-speakers"]):
        r = CliRunner().invoke(cli, ["eval", "extract", "--gold", str(g), "--articles", str(arts), "--format", "json", *flag])
        assert r.exit_code == 0, r.output
        rep = json.loads(r.stdout)
        assert rep["speaker_precision"] == 1.0  # the gold is the default run itself
        shown = sum(1 for q in quotes if q["speaker"] and (not flag or q["confidence"] >= CALIBRATION.precise_names))
        assert rep["speakers_shown"] == shown


def test_check_withholds_the_uncertain_name_too(tmp_path):
    path = tmp_path / "weak.txt"
    path.write_text(WEAK, encoding="utf-8")
    sources = str(ROOT / "examples" / "sources")

    def speakers(*flag: str) -> list:
        r = CliRunner().invoke(cli, ["check", str(path), "--sources", sources, "--format", "jsonl", *flag])
        assert r.exit_code in (0, 1), r.output
        (rec,) = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
        return [q["speaker"] for q in rec["quotes"]]

    assert speakers() == ["Piet Kral", "Ada Brenner"]
    assert speakers("--precise-speakers") == ["Piet Kral", None]


def test_check_hands_the_verifier_the_calibrated_probability_only():
    """pipeline._claims: a calibrated name carries its probability to the verifier
    (verify/decide._speaker_uncertain); a name no calibration scored (nested, over budget)
    carries None, never the rule's value."""
    from onrecord.model import Quote
    from onrecord.pipeline import _claims

    qs = [Quote(text="a", start=0, end=1, speaker="Ann Vale", confidence=0.41, speaker_probability=0.41),
          Quote(text="b", start=2, end=3, speaker="Ann Vale", confidence=0.6),
          Quote(text="c", start=4, end=5, speaker=None, confidence=0.7),
          Quote(text="d", start=6, end=7, kind="title")]
    positions, claims = _claims(qs, None)
    assert positions == [0, 1, 2]
    assert [c.speaker_confidence for c in claims] == [0.41, None, None]
