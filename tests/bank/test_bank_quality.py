"""Variant-clustering quality on real quotations: eval/real/bank/pairs.jsonl (labelled pairs from
the AllSides and BBC corpora; eval/real/bank/README.md says how they were chosen and labelled).
Floors: precision and recall >= 0.95, on the whole set and on the held-out BBC half."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.bank.quality import score_pairs

PAIRS = Path(__file__).resolve().parents[2] / "eval" / "real" / "bank" / "pairs.jsonl"
FLOOR = 0.95


def _subset(tmp_path, keep) -> Path:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = tmp_path / "pairs.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows if keep(r)), encoding="utf-8")
    return out


@pytest.mark.parametrize("name, keep", [
    ("all", lambda r: True),
    ("held out", lambda r: r.get("held_out", False)),
])
def test_precision_and_recall_hold_their_floor(tmp_path, name, keep):
    s = score_pairs(_subset(tmp_path, keep))
    assert s.tp + s.fn >= 50 and s.fp + s.tn >= 40, "the labelled set lost pairs"
    report = "; ".join(f"{m['id']} ({m['label']}, {m['kind']})" for m in s.mistakes)
    assert s.precision >= FLOOR, f"{name}: precision {s.precision:.3f} < {FLOOR}: {report}"
    assert s.recall >= FLOOR, f"{name}: recall {s.recall:.3f} < {FLOOR}: {report}"


def test_every_pair_is_labelled_with_offsets():
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        assert p["label"] in ("same", "different") and p["kind"]
        for side in ("a", "b"):
            ref = p[side]
            assert ref["doc"].split("/")[0] in ("allsides_news_2012_2020", "bbc_news_2004_2005")
            assert ref["end"] - ref["start"] == len(ref["text"])
