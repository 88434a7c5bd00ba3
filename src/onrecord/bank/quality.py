"""Scoring the variant rule on labelled pairs of real quotations (eval/real/bank/pairs.jsonl):
each pair is two quotations as printed, labelled ``same`` (a truncation, elision, word swap or
light edit of one quotation) or ``different`` (another quotation, often on the same topic or
sharing a stock phrase). The rule is asked whether the two forms end in one cluster."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from ..thresholds.bank import BankOptions
from .cluster import cluster_forms
from .forms import canonical


@dataclass
class PairScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    mistakes: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def joined(a: str, b: str, options: BankOptions | None = None) -> bool:
    ca, cb = canonical(a), canonical(b)
    if ca == cb:
        return True
    clusters = cluster_forms([ca, cb], options)
    return clusters[ca] == clusters[cb]


def score_pairs(path: str | os.PathLike, options: BankOptions | None = None) -> PairScores:
    s = PairScores()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            p = json.loads(line)
            got, want = joined(p["a"]["text"], p["b"]["text"], options), p["label"] == "same"
            if got and want:
                s.tp += 1
            elif got:
                s.fp += 1
            elif want:
                s.fn += 1
            else:
                s.tn += 1
            if got != want:
                s.mistakes.append({"id": p["id"], "label": p["label"], "kind": p["kind"], "a": p["a"]["text"], "b": p["b"]["text"]})
    return s
