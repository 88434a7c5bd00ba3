"""Score extraction against the dev set's gold.jsonl (until `onrecord eval extract` exists).

    .venv/bin/python benchmarks/score_extract.py [DEV_EXTRACTION_DIR] [--errors]

Exact-span F1 over (start, end); kind accuracy and flag accuracy over matched spans.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.shared import dev_dir, require

DEFAULT = dev_dir() / "extraction"  # or the first argument; see onrecord.shared


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    show = "--errors" in argv
    root = require(Path(args[0]) if args else DEFAULT)
    tp = fp = fn = kind_ok = flag_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for line in (root / "gold.jsonl").open(encoding="utf-8"):
        gold = json.loads(line)
        path = root / "articles" / f"{gold['id']}.txt"
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        res = extract_document(Document(text=text, path=str(path)))
        got = {(q.start, q.end): q for q in res.quotes}
        want = {(q["start"], q["end"]): q for q in gold["quotes"]}
        for span, g in want.items():
            q = got.get(span)
            if q is None:
                fn += 1
                if show:
                    print(f"MISS {gold['id']} {span} {g['kind']}: {g['text'][:70]!r}")
                continue
            tp += 1
            confusion[(g["kind"], q.kind)] += 1
            if q.kind == g["kind"]:
                kind_ok += 1
            elif show:
                ctx = text[max(0, span[0] - 60) : span[0]].replace("\n", "/")
                print(f"KIND {gold['id']} gold={g['kind']} got={q.kind} ...{ctx!r} [{g['text'][:50]!r}] {q.kind_evidence}")
            if q.flagged == g["flagged"]:
                flag_ok += 1
            elif show:
                print(f"FLAG {gold['id']} gold={g['flagged']} {g['text'][:50]!r}")
        for span, q in got.items():
            if span not in want:
                fp += 1
                if show:
                    print(f"FALSE {gold['id']} {span} {q.kind}: {q.text[:70]!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"spans: tp={tp} fp={fp} fn={fn} precision={p:.4f} recall={r:.4f} F1={f1:.4f}")
    print(f"kind accuracy (matched): {kind_ok / tp if tp else 0:.4f} ({kind_ok}/{tp})")
    print(f"flag accuracy (matched): {flag_ok / tp if tp else 0:.4f} ({flag_ok}/{tp})")
    print("confusion (gold -> got):", dict(sorted(confusion.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
