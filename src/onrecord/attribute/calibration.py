"""A calibrated speaker confidence (issue 11): P(the name onrecord shows is the right one).

The rule cascade gives each rule a fixed confidence (thresholds.attribute.Confidence) that
orders the rules but is no probability: on the never-read sets a name shown at "0.93" was
right far less often than 93 % of the time. A reader filtering a quote bank by confidence, or
a verifier weighing a "misattributed" verdict, needs the probability. This module scores one
named quotation from the cascade's evidence and its candidates' features (features.py) with a
model learned on the real-news tuning sets (eval/real/attribution/calibrate.py), shipped as
plain numbers (calibration_model.json) and scored in pure Python like the ranker.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import WITHHELD, Quote
from ..thresholds.learned import CALIBRATION
from .features import FEATURES, NULL, Candidate
from .model_file import read_model
from .entities import Entity
from .layout import Layout
from .ranker import article_candidates, load_model as load_ranker, probabilities_many, score_rows, with_complete_trees

MODEL_PATH = Path(__file__).with_name("calibration_model.json")
# the ranker whose probabilities the calibration was trained on (round 25's, lane ranker10),
# frozen in its own file: retraining the ranker (ranker_model.json, round 54) must not move
# the calibrated probability of every shown name. Retrain both together to update it.
RANKER_PATH = Path(__file__).with_name("calibration_ranker_model.json")

# one indicator per distinct rule confidence (the value names the rule family that decided),
# frozen as the model was trained: a later change to the Confidence table must not rename the
# features under a shipped model (tests/attribute/test_calibration.py checks every table value
# is here; retrain with eval/real/attribution/calibrate.py when one is added)
RULE_LEVELS = (0.93, 0.92, 0.9, 0.88, 0.86, 0.85, 0.82, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3)

CAL_FEATURES = (
    "rule_conf", *(f"rule_conf_{v:g}" for v in RULE_LEVELS),
    "chosen_missing", "ranker_p_chosen", "ranker_p_other", "ranker_p_null", "ranker_chosen_top",
    "log_words", "short_fragment", "ends_sentence", "joint", "name_tokens", "has_description",
    *(f"c_{f}" for f in FEATURES),
)


@lru_cache(maxsize=2)
def load_model(path: str = str(MODEL_PATH)) -> dict[str, Any]:
    """The model file, read once per process (a read-only dict); trees also in complete form."""
    return with_complete_trees(read_model(path, CAL_FEATURES, "attribute/calibration.py"))


def quote_rows(quotes: list[Quote], cands: list[list[Candidate]]) -> list[list[float]]:
    """The features of named speech quotations, given each one's candidates (quote_candidates);
    the ranker scores all their candidates in one pass."""
    probs = probabilities_many(load_ranker(str(RANKER_PATH)), [[c.x for c in cs] for cs in cands])
    return [quote_row(q, cs, ps) for q, cs, ps in zip(quotes, cands, probs)]


def quote_row(q: Quote, cands: list[Candidate], probs: list[float]) -> list[float]:
    """The features of one named speech quotation, given its candidates and the ranker's
    probability for each."""
    chosen = next((i for i, c in enumerate(cands) if c.name == q.speaker), None)
    p_null = next((p for c, p in zip(cands, probs) if c.name == NULL), 0.0)
    p_other = max((p for i, (c, p) in enumerate(zip(cands, probs)) if i != chosen and c.name != NULL), default=0.0)
    words = q.text.split()
    row = [q.confidence, *(float(math.isclose(q.confidence, v)) for v in RULE_LEVELS)]
    p_chosen = probs[chosen] if chosen is not None else 0.0
    row += [float(chosen is None), p_chosen, p_other, p_null, float(p_chosen >= max(probs))]
    row += [math.log1p(len(words)), float(len(words) <= CALIBRATION.short_fragment_words),
            float(bool(q.text.rstrip()) and q.text.rstrip()[-1] in ".?!"),
            float(len(q.speakers) > 1), float(len((q.speaker or "").split())), float(bool(q.speaker_description))]
    row += cands[chosen].x if chosen is not None else [0.0] * len(FEATURES)
    return row


def probability(model: dict[str, Any], x: list[float]) -> float:
    """P(the shown name is right) for one row (logistic or trees, as the ranker scores them)."""
    return score_rows(model, [x])[0]


def calibrate(lay: Layout, entities: list[Entity], min_probability: float = 0.0) -> None:
    """Replace each named speech quotation's rule confidence with the calibrated probability
    that its name is right; the rule's value stays in the evidence. A name below
    ``min_probability`` is withheld (``--precise-speakers``): speaker null, confidence 0, the
    name in the evidence."""
    calibrate_many([(lay, entities)], min_probability)


def calibrate_many(articles: list[tuple[Layout, list[Entity]]], min_probability: float = 0.0) -> None:
    """``calibrate`` for each (layout, entities) of ``articles``, their rows scored together:
    one article's rows do not depend on another's, and the models score many articles' rows in
    sets of a hundred or so where one article has a dozen (ranker.score_rows; a scoring per
    article paid numpy's per-call overhead 836 times on 500 BBC articles; round 61, lane
    speed62)."""
    quotes: list[Quote] = []
    cands: list[list[Candidate]] = []
    for lay, entities in articles:
        found = article_candidates(lay, entities, named_only=True, window=CALIBRATION.window_chars)
        quotes += [lay.quotes[qi] for qi in found]
        cands += found.values()
    if not quotes:
        return
    for q, p in zip(quotes, score_rows(load_model(), quote_rows(quotes, cands))):
        q.attribution_evidence.append(f"calibrated: p={p:.2f} (the rule's {q.confidence:g})")
        q.confidence = q.speaker_probability = round(p, 4)
        if p < min_probability:
            q.attribution_evidence.append(f"{WITHHELD}{' and '.join(q.speakers) or q.speaker} "
                                          f"(p={p:.2f} < {min_probability:g})")
            q.speaker, q.speakers, q.speaker_description, q.confidence = None, [], None, 0.0
            q.speaker_probability = None
