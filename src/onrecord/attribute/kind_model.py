"""The learned kind model (issue 11, round 17, lane kindmodel): for a quotation the rule
cascade left typed scare or term (after attribute/fragment_kind.py), predict its kind from
cheap string features (kind_features.py) with a multinomial logistic model trained on the
real-news tuning splits only (eval/real/attribution/train_kind_model.py), and retype it scare
<-> term where the model is confident enough (thresholds.attribute.KindModelThresholds).
Never to speech: a speech quotation needs a speaker the rules did not look for.

The model ships as plain numbers (kind_model.json), scored in pure Python. Off by default
(AttributeOptions.use_kind_model): out of fold it did not beat the cascade (the gold terms the
cascade reads as scare show no shape of their own in these features either). Retrained in
round 54 on the eleven tuning sets (lane kindmodel54, twice the data): still no gain out of fold,
nor with wider domains or new features (eval/real/attribution/probe_kind_model54.py), so off.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model_file import read_model
from ..model import Quote
from ..thresholds.learned import KIND_MODEL, KindModelThresholds
from .kind_features import FEATURES, kind_features, normal

MODEL_PATH = Path(__file__).with_name("kind_model.json")
_RETYPABLE = ("scare", "term")


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> dict[str, Any]:
    """The model file, read once per process (a read-only dict: callers never change it)."""
    return read_model(path, FEATURES, "attribute/kind_features.py")


def probabilities(model: dict[str, Any], x: list[float]) -> dict[str, float]:
    """P(kind) for one feature row, over the model's classes."""
    z = [b + sum(w * v for w, v in zip(coef, x) if v) for coef, b in zip(model["coef"], model["intercept"])]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return {k: v / total for k, v in zip(model["classes"], e)}


def decide(probs: dict[str, float], kind: str, th: KindModelThresholds = KIND_MODEL) -> str | None:
    """The new kind (scare or term) when the model's best of the two differs from ``kind``
    and reaches ``th.min_prob``, else None."""
    best = max(_RETYPABLE, key=lambda k: probs.get(k, 0.0))
    return best if best != kind and probs.get(best, 0.0) >= th.min_prob else None


def retype_fragments(text: str, quotes: list[Quote], th: KindModelThresholds = KIND_MODEL) -> int:
    """Retype the scare/term quotations of one article in place; returns how many changed."""
    todo = [q for q in quotes if q.kind in _RETYPABLE and not q.nested]
    if not todo:
        return 0
    model = load_model()
    quoted = [normal(text[q.start:q.end]) for q in quotes if not q.nested]
    changed = 0
    for q in todo:
        probs = probabilities(model, kind_features(text, q.start, q.end, q.kind, q.kind_evidence, quoted))
        new = decide(probs, q.kind, th)
        if new is not None:
            q.kind_evidence = q.kind_evidence + [f"kind model: {new} (p={probs[new]:.2f}) over the rules' {q.kind}"]
            q.kind = new
            changed += 1
    return changed
