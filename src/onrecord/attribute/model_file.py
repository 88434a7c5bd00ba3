"""A learned model shipped with the package as plain numbers (the speaker ranker, the kind
model): read one file and check it was trained on the features the code computes now."""

from __future__ import annotations

import json
from typing import Any


def read_model(path: str, features: tuple[str, ...], defined_in: str) -> dict[str, Any]:
    """The model dict in ``path``; a ValueError naming the file when its features are not
    ``features`` (a model trained on other features scores nonsense silently)."""
    with open(path, encoding="utf-8") as f:
        model = json.load(f)
    if tuple(model["features"]) != features:
        raise ValueError(f"{path}: trained on other features than {defined_in} defines; retrain")
    return model
