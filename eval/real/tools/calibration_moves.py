"""Which named quotations' calibrated speaker probability moves between two source trees, and
through which calibration features (round 63, lane calib64). A name-layer rule that reads a
body's name whole changes no speaker near it and still moves a calibrated probability: the
features read the entity's mentions (how often the article reports it speaking, the nearest
mention, the candidates within the window), not only the name shown. This lists each move with
the features that changed and, for each, how far the probability goes back when that feature
alone takes its old value (the after tree's model scores both rows).

    PYTHONPATH=AFTER/src python eval/real/tools/calibration_moves.py BEFORE AFTER \\
        --articles DIR --ids IDS [--counts-only]

BEFORE and AFTER are source trees (each with src/onrecord); IDS lists article ids (or paths),
one a line; DIR holds <id>.txt. ``--counts-only`` prints no article id, text or name: for the
calibration and never-read sets, whose items are not read (the moves' directions, whether they
cross the precise-speakers threshold and the features' names only).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

# a row's feature changed when it moved by more than this (floats computed twice)
_EPS = 1e-9


def dump_rows(root: Path, ids: Path, articles: Path, out: Path) -> None:
    """Each named speech quotation of the articles (one process, one worker): its speaker, its
    calibrated probability, its calibration row and its candidates' names, as JSON lines."""
    sys.path.insert(0, str(root / "src"))
    from onrecord import pipeline
    from onrecord.attribute import calibration as cal
    from onrecord.options import DEFAULT_OPTIONS

    seen: dict[int, tuple[object, list[float], list[str]]] = {}
    plain_rows = cal.quote_rows

    def quote_rows(quotes, cands):  # the rows as the calibration scores them
        rows = plain_rows(quotes, cands)
        for q, r, cs in zip(quotes, rows, cands):
            seen[id(q)] = (q, r, [c.name for c in cs])  # q held: its id stays unique
        return rows

    cal.quote_rows = quote_rows
    options = replace(DEFAULT_OPTIONS, attribute=replace(DEFAULT_OPTIONS.attribute, workers=1))
    names = [line.strip() for line in ids.read_text(encoding="utf-8").split() if line.strip()]
    paths = [Path(n) if n.endswith(".txt") else articles / f"{n}.txt" for n in names]
    with out.open("w", encoding="utf-8") as f:
        for path, res in zip(paths, pipeline.extract(paths, options=options)):
            for q in res.quotes:
                _, row, cands = seen.get(id(q), (None, None, None))
                f.write(json.dumps({"id": path.stem, "start": q.start, "text": q.text[:100],
                                    "speaker": q.speaker, "p": q.speaker_probability,
                                    "row": dict(zip(cal.CAL_FEATURES, row)) if row else None,
                                    "cands": cands}, ensure_ascii=False) + "\n")


def moves(before: list[dict], after: list[dict]) -> list[tuple[dict, dict]]:
    """The (before, after) records of one quotation whose speaker or probability differs."""
    old = {(r["id"], r["start"]): r for r in before}
    return [(old[k], r) for r in after if (k := (r["id"], r["start"])) in old
            and (old[k]["speaker"], old[k]["p"]) != (r["speaker"], r["p"])]


def moved_features(a: dict, b: dict) -> list[str]:
    if not a["row"] or not b["row"]:
        return []
    return [f for f in b["row"] if abs(a["row"][f] - b["row"][f]) > _EPS]


def contributions(a: dict, b: dict) -> dict[str, float]:
    """For each moved feature, the after probability less the after row's probability with
    that feature alone at its before value (the after tree's model)."""
    from onrecord.attribute.calibration import CAL_FEATURES, load_model
    from onrecord.attribute.ranker import score_rows

    model = load_model()
    base = score_rows(model, [[b["row"][f] for f in CAL_FEATURES]])[0]
    out = {}
    for f in moved_features(a, b):
        row = dict(b["row"], **{f: a["row"][f]})
        out[f] = base - score_rows(model, [[row[g] for g in CAL_FEATURES]])[0]
    return out


def report(pairs: list[tuple[dict, dict]], threshold: float, counts_only: bool) -> list[str]:
    lines = [f"{len(pairs)} quotations moved"]
    for a, b in pairs:
        pa, pb = a["p"] or 0.0, b["p"] or 0.0
        cross = "crosses" if (pa >= threshold) != (pb >= threshold) else "same side of"
        head = f"{'up' if pb > pa else 'down' if pb < pa else 'no move'}, {cross} {threshold:g}, speaker changed: {a['speaker'] != b['speaker']}"
        if not counts_only:
            head = f"{b['id']}@{b['start']} {a['speaker']!r} -> {b['speaker']!r} p {pa:.4f} -> {pb:.4f}; " + head
        lines.append(head)
        lines.append(f"    candidates {len(a['cands'] or [])} -> {len(b['cands'] or [])}")
        for f, d in contributions(a, b).items():
            values = "" if counts_only else f"{a['row'][f]:.3f} -> {b['row'][f]:.3f}, "
            lines.append(f"    {f}: {values}share of the move {d:+.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--articles", type=Path, required=True)
    ap.add_argument("--ids", type=Path, required=True)
    ap.add_argument("--counts-only", action="store_true")
    ap.add_argument("--threshold", type=float, default=None, help="default: CALIBRATION.precise_names")
    ap.add_argument("--rows-of", type=Path, help=argparse.SUPPRESS)  # internal: one tree's rows
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.rows_of:
        dump_rows(a.rows_of, a.ids, a.articles, a.out)
        return 0
    from onrecord.thresholds.learned import CALIBRATION

    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for k, root in enumerate((a.before, a.after)):
            out = Path(tmp) / f"{k}.jsonl"
            subprocess.run([sys.executable, __file__, str(root), str(root), "--articles", str(a.articles),
                            "--ids", str(a.ids), "--rows-of", str(root.resolve()), "--out", str(out)], check=True)
            rows.append([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
    threshold = a.threshold if a.threshold is not None else CALIBRATION.precise_names
    print("\n".join(report(moves(*rows), threshold, a.counts_only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
