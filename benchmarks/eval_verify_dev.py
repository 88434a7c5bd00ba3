"""Score the verdict cascade on the dev set (until `onrecord eval verify` exists).

    .venv/bin/python benchmarks/eval_verify_dev.py [--no-embed] [--show-errors]

Prints accuracy, macro-F1, false-verify rate (gold drift/misattributed/not_found predicted
verbatim/variation), negation flips verified, per-class P/R/F1 and source agreement."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from onrecord.archive import Archive
from onrecord.model import VERDICTS, Claim
from onrecord.shared import dev_dir, require
from onrecord.verify import verify_claims

DEV = dev_dir() / "verification"  # or --set; see onrecord.shared


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(DEV))
    ap.add_argument("--no-embed", action="store_true", help="a no-op since vectors are lazy (issue 13)")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--scores", action="store_true", help="cosines of drift/not_found claims graded semantically")
    ap.add_argument("--archive", default=None, help="reuse an archive directory")
    a = ap.parse_args()
    d = require(Path(a.set))
    gold = [json.loads(l) for l in open(d / "claims.jsonl", encoding="utf-8")]
    arch_dir = Path(a.archive) if a.archive else Path(tempfile.mkdtemp(prefix="onrecord-dev-"))
    t0 = time.time()
    arch = Archive.open(arch_dir, embed=not a.no_embed)
    arch.add([d / "sources"], progress=False)
    t1 = time.time()
    claims = [Claim(g["id"], g["quote"], g.get("speaker"), g.get("date_hint")) for g in gold]
    verdicts = verify_claims(claims, arch)
    t2 = time.time()
    conf = Counter()
    errors = []
    src_ok = src_n = 0
    false_verify = 0
    neg_flip_verified = 0
    for g, v in zip(gold, verdicts):
        conf[(g["verdict"], v.verdict)] += 1
        if g["verdict"] != v.verdict:
            errors.append((g, v))
        if g["verdict"] not in ("verbatim", "variation") and v.verdict in ("verbatim", "variation"):
            false_verify += 1
            if "negation" in (g.get("note") or ""):
                neg_flip_verified += 1
        if g["source"] and v.evidence and g["verdict"] == v.verdict:
            src_n += 1
            src_ok += Path(v.evidence.source).name == g["source"]
    n = len(gold)
    acc = sum(conf[(c, c)] for c in VERDICTS) / n
    f1s = _class_scores(conf)
    bad = sum(1 for g in gold if g["verdict"] not in ("verbatim", "variation"))
    print(f"claims {n}  accuracy {acc:.3f}  macro-F1 {sum(f[2] for f in f1s.values()) / len(f1s):.3f}  "
          f"false-verify {false_verify}/{bad} = {false_verify / bad:.3f}  negation flips verified {neg_flip_verified}")
    for c, (p, r, f) in f1s.items():
        print(f"  {c:14s} P {p:.2f} R {r:.2f} F1 {f:.2f}")
    print("confusion (gold -> predicted):")
    for c in VERDICTS:
        print(f"  {c:14s} " + " ".join(f"{x[:4]}={conf[(c, x)]}" for x in VERDICTS))
    print(f"source agreement on correct verdicts: {src_ok}/{src_n}")
    print(f"ingest {t1 - t0:.1f}s, verify {t2 - t1:.1f}s ({n / (t2 - t1):.1f} claims/s)")
    if a.scores:
        for g, v in zip(gold, verdicts):
            if g["verdict"] in ("drift", "not_found") and v.stage in ("semantic", "none"):
                print(f"score {g['verdict']:10s} {v.score:.3f} {g['id']} -> {v.verdict}")
    if a.show_errors:
        _show_errors(errors)
    return 0


def _class_scores(conf: Counter) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 of each verdict from the (gold, predicted) counts."""
    f1s = {}
    for c in VERDICTS:
        tp = conf[(c, c)]
        p = tp / max(1, sum(conf[(x, c)] for x in VERDICTS))
        r = tp / max(1, sum(conf[(c, x)] for x in VERDICTS))
        f1s[c] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return f1s


def _show_errors(errors: list) -> None:
    """Each wrong verdict with the claim, the evidence (or nearest passage) and the explanation."""
    for g, v in errors:
        print(f"\n{g['id']} gold={g['verdict']} got={v.verdict} stage={v.stage} score={v.score} [{g['note']}]")
        print(f"   Q: {g['quote']}")
        ev = v.evidence or v.nearest
        print(f"   E: {ev.text[:200]!r} ({Path(ev.source).name}, {ev.source_speaker})" if ev else "   E: none")
        print(f"   X: {v.explanation[:300]}")


if __name__ == "__main__":
    sys.exit(main())
