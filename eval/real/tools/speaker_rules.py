"""Count the speaker errors of a split by outcome and by the rule that decided them, without
printing any article text (so the test split's remaining classes can be counted without
reading, or tuning on, its items: docs/attribution-errors.md round 10).

    onrecord eval extract --gold eval/real/attribution/gold-test.jsonl --articles DIR \
        --format json > test.json
    PYTHONPATH=src python eval/real/tools/speaker_rules.py test.json --articles DIR
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speaker_errors import speaker_errors  # noqa: E402


def rule_family(evidence: list[str]) -> str:
    """The deciding rule's family and the kind of speaker words it found, from the evidence."""
    if not evidence:
        return "no attribution (typed not speech)"
    first = evidence[0]
    family = re.sub(r"\s+at\s+\d+$", "", re.split(r"[:'“(]", first, maxsplit=1)[0].strip())
    if first.startswith("string:"):
        family = "string pattern"
    elif first.startswith("parse:"):
        family = "parse"
    part = next((w for e in evidence[1:] for w in ("pronoun", "description", "document", "name", "first person")
                 if e.startswith(w)), "")
    if any(e.startswith("continues") for e in evidence):
        part = part or "continuation"
    return f"{family} / {part}" if part else family


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path)
    ap.add_argument("--articles", required=True, type=Path)
    args = ap.parse_args(argv)
    errs = speaker_errors(json.loads(args.report.read_text(encoding="utf-8")), args.articles)
    by_doc: dict[str, list[dict]] = {}
    for e in errs:
        by_doc.setdefault(e["document"], []).append(e)
    tally: Counter[tuple[str, str]] = Counter()
    for doc, es in sorted(by_doc.items()):
        r = extract_document(read_path(str(args.articles / f"{doc}.txt"))[0])
        attribute_results([r])
        for e in es:
            q = next((q for q in r.quotes if q.start == e["start"]), None)
            tally[(e["cls"], rule_family(q.attribution_evidence or [] if q else []))] += 1
    for (cls, fam), n in sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{cls:14} {n:3}  {fam}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
