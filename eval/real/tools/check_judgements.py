"""Check a judge's file for the real verification set before it is handed in.

    python eval/real/tools/check_judgements.py ARCHIVE.jsonl JUDGE.jsonl [--ids r401-r480]

Every claim id of the range once (a repeated id is reported: only the first line counts in
build_claims.py), the first round's fields, a known verdict, drop and verdict consistent,
source and span present exactly when the verdict points at evidence, and every source_span an
exact substring of its record's text (a span retyped with straight apostrophes or without its
line breaks cannot be scored). Prints one line per problem; exit 1 if any."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

FIELDS = ["id", "drop", "claimed_speaker", "verdict", "source", "source_span", "note"]
VERDICTS = {"verbatim", "variation", "drift", "out_of_context", "misattributed", "not_found", "no_source"}
NO_EVIDENCE = {"not_found", "no_source"}


def id_range(spec: str) -> list[str]:
    m = re.fullmatch(r"r(\d+)-r(\d+)", spec)
    if not m:
        raise SystemExit(f"Error: --ids wants rNNN-rNNN, not {spec!r}")
    a, b = int(m.group(1)), int(m.group(2))
    return [f"r{i:03d}" for i in range(a, b + 1)]


def problems(rec: dict, texts: dict[str, str]) -> list[str]:
    out = []
    if list(rec) != FIELDS:
        out.append(f"fields {list(rec)} (want {FIELDS})")
    v = rec.get("verdict")
    if rec.get("drop"):
        if v or rec.get("source") or rec.get("source_span"):
            out.append("a dropped claim has a verdict, source or span")
        return out
    if v not in VERDICTS:
        return out + [f"verdict {v!r}"]
    if not rec.get("claimed_speaker"):
        out.append("a kept claim without claimed_speaker")
    if v in NO_EVIDENCE:
        if rec.get("source") or rec.get("source_span"):
            out.append(f"{v} with a source or span")
        return out
    src, span = rec.get("source"), rec.get("source_span")
    if src not in texts:
        out.append(f"source {src!r} is not a record id of the archive")
    elif not span or span not in texts[src]:
        out.append(f"source_span is not an exact substring of {src}: {span!r:.80}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", type=Path)
    ap.add_argument("judgements", type=Path)
    ap.add_argument("--ids", default="r401-r480")
    a = ap.parse_args()
    texts = {r["id"]: r["text"] for r in map(json.loads, a.archive.read_text(encoding="utf-8").splitlines()) if r}
    want = id_range(a.ids)
    seen: dict[str, int] = {}
    bad = 0
    for no, line in enumerate(a.judgements.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        issues = problems(rec, texts)
        if rec.get("id") in seen:
            issues.append(f"repeats line {seen[rec['id']]} (only the first counts)")
        elif rec.get("id") not in want:
            issues.append("id outside the range")
        seen.setdefault(rec.get("id"), no)
        for p in issues:
            print(f"{a.judgements}:{no} {rec.get('id')}: {p}")
        bad += len(issues)
    missing = [i for i in want if i not in seen]
    if missing:
        print(f"{len(missing)} claims not judged: {' '.join(missing)}")
        bad += 1
    print(f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
