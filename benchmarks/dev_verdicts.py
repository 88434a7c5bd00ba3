"""Per-claim verdicts on the dev verification set, one JSON line each, to diff two builds.

    PYTHONPATH=src .venv/bin/python benchmarks/dev_verdicts.py > /tmp/after.jsonl
    diff <(git stash; ... before ...) /tmp/after.jsonl

Each line: id, verdict, stage, score (3 decimals) and the evidence (or nearest) source and
offsets, so a change in which passage decided shows up even when the verdict label agrees.
The dev set is found through ONRECORD_SHARED or ../shared beside the repository."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from onrecord.archive import Archive
from onrecord.model import Claim
from onrecord.shared import dev_dir, require
from onrecord.verify import verify_claims


def main() -> int:
    d = require(dev_dir() / "verification")
    gold = [json.loads(line) for line in open(d / "claims.jsonl", encoding="utf-8")]
    t0 = time.perf_counter()
    # argv[1]: an archive directory to reuse (a second run then measures the warm vector cache)
    arch = Archive.open(Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="onrecord-devv-")))
    arch.add([d / "sources"], progress=False)
    t1 = time.perf_counter()
    claims = [Claim(g["id"], g["quote"], g.get("speaker"), g.get("date_hint")) for g in gold]
    verdicts = verify_claims(claims, arch)
    t2 = time.perf_counter()
    for v in verdicts:
        ev = v.evidence or v.nearest
        print(json.dumps({"id": v.id, "verdict": v.verdict, "stage": v.stage, "score": round(v.score, 3),
                          "source": Path(ev.source).name if ev else None,
                          "span": [ev.start, ev.end] if ev else None}))
    enc = arch.encoder
    print(f"ingest {t1 - t0:.1f} s, verify {t2 - t1:.1f} s for {len(claims)} claims; "
          f"{enc.encoded} texts encoded, {enc.stored_hits} from the archive's cache", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
