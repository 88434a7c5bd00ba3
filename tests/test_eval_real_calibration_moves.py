"""eval/real/tools/calibration_moves.py: the quotations whose calibrated probability moves
between two source trees, with the features that moved; ``--counts-only`` (for sets whose items
are never read) prints no article id, text, name or value. Rows here are made up."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from onrecord.attribute.calibration import CAL_FEATURES

TOOL = Path(__file__).resolve().parents[1] / "eval" / "real" / "tools" / "calibration_moves.py"


def _tool():
    spec = importlib.util.spec_from_file_location("calibration_moves", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rec(start: int, speaker: str | None, p: float | None, **changed: float) -> dict:
    row = dict.fromkeys(CAL_FEATURES, 0.0)
    row.update(changed)
    return {"id": "art-moved", "start": start, "text": "made-up words", "speaker": speaker, "p": p,
            "row": row, "cands": ["Port Board", "<nobody>"]}


def test_moves_and_features():
    tool = _tool()
    before = [_rec(10, "Port Board", 0.70, name_tokens=2.0), _rec(90, "Ada Kell", 0.95)]
    after = [_rec(10, "Port Board of Rivers and Tides", 0.90, name_tokens=6.0, c_reported_frac=0.5),
             _rec(90, "Ada Kell", 0.95)]
    pairs = tool.moves(before, after)
    assert [(a["start"], b["start"]) for a, b in pairs] == [(10, 10)]
    assert tool.moved_features(*pairs[0]) == ["name_tokens", "c_reported_frac"]


def test_counts_only_names_nothing():
    tool = _tool()
    pairs = [(_rec(10, "Port Board", 0.70, name_tokens=2.0), _rec(10, "Port Board of Tides", 0.90, name_tokens=4.0))]
    text = "\n".join(tool.report(pairs, 0.82, counts_only=True))
    assert "crosses 0.82" in text and "name_tokens" in text
    assert not any(w in text for w in ("art-moved", "Port Board", "made-up", "0.700", "2.000"))
    full = "\n".join(tool.report(pairs, 0.82, counts_only=False))
    assert "art-moved@10" in full and "Port Board of Tides" in full
