"""Gold quotations of an eval/real set matched to onrecord's (by overlap, as `onrecord eval
extract` matches them), for the trainers and probes of this folder (train_kind_model.py,
probe_kind_context.py): one loop, written once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from onrecord.attribute.kind_features import normal
from onrecord.eval import match_overlap
from onrecord.model import Quote
from onrecord.pipeline import extract


def matched(gold_file: Path, articles: Path) -> Iterator[tuple[dict[str, Any], str, list[str], dict[str, Any], Quote]]:
    """(record, article text, every predicted quotation's normalised text, gold quotation,
    predicted quotation) for each overlap-matched pair of ``gold_file``'s articles."""
    recs = [json.loads(l) for l in gold_file.read_text(encoding="utf-8").splitlines() if l.strip()]
    for rec, res in zip(recs, extract([articles / f"{r['id']}.txt" for r in recs])):
        text = res.document.text
        pred = [q for q in res.quotes if not q.nested]
        quoted = [normal(text[q.start:q.end]) for q in pred]
        for gi, pi in match_overlap(rec["quotes"], [{"start": q.start, "end": q.end} for q in pred]):
            yield rec, text, quoted, rec["quotes"][gi], pred[pi]
