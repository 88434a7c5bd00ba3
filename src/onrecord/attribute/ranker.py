"""The learned candidate ranker (issue 11): after the rule cascade has named a speaker for
every speech quotation of an article, score each quotation's candidates (features.py) with a
model trained on the real-news tuning split (eval/real/attribution/train_ranker.py), and
overrule the cascade only where the thresholds allow (thresholds.learned.RankerThresholds).

The model ships as plain numbers (ranker_model.json): a logistic regression (weights over the
features, standardisation folded in), gradient-boosted trees (node arrays), or a conditional
logit ("softmax": one weight vector, the probabilities normalised over a quotation's
candidates, so exactly one of them is the answer), scored here in pure Python: no
scikit-learn or pickle at run time.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .model_file import read_model
from ..thresholds.learned import RANKER, RankerThresholds
from .features import FEATURES, NULL, ArticleIndex, Candidate, quote_candidates
from .layout import Layout
from .entities import Entity

MODEL_PATH = Path(__file__).with_name("ranker_model.json")


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> dict[str, Any]:
    """The model file, read once per process (a read-only dict: callers never change it);
    trees also in complete form (``score_rows``)."""
    return with_complete_trees(read_model(path, FEATURES, "attribute/features.py"))


def with_complete_trees(model: dict[str, Any]) -> dict[str, Any]:
    """``model`` with its trees also in complete form (``score_rows``), if it has trees; done
    once where a shipped model is loaded (the ranker's, the calibration's)."""
    if model["type"] == "trees":
        model["complete"] = complete_trees(model["trees"])
    return model


def _tree_value(tree: dict[str, list], x: list[float]) -> float:
    left, right, feat, thr, val = tree["left"], tree["right"], tree["feature"], tree["threshold"], tree["value"]
    node = 0
    while left[node] >= 0:
        node = left[node] if x[feat[node]] <= thr[node] else right[node]
    return val[node]


def _linear(model: dict[str, Any], x: list[float]) -> float:
    coef = model["coef"]
    return model["intercept"] + sum(coef[i] * v for i, v in enumerate(x) if v)  # rows are mostly 0


def complete_trees(trees: list[dict[str, list]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The trees as complete binary trees of one depth, in heap order (children of node i at
    2i+1, 2i+2): split features, thresholds and leaf values. A leaf above the full depth
    becomes a node that always goes left (threshold +inf) down to copies of its value. So
    every row walks every tree in the same number of array steps (``score_rows``)."""
    def depth(t: dict[str, list], n: int = 0) -> int:
        return 0 if t["left"][n] < 0 else 1 + max(depth(t, t["left"][n]), depth(t, t["right"][n]))

    d = max(depth(t) for t in trees)
    inner = 2 ** d - 1
    feat = np.zeros((len(trees), inner), dtype=np.intp)
    thr = np.full((len(trees), inner), np.inf)
    val = np.zeros((len(trees), 2 ** d))

    def fill(k: int, t: dict[str, list], node: int, pos: int, level: int) -> None:
        if level == d:
            val[k, pos - inner] = t["value"][node]
            return
        if t["left"][node] < 0:  # a leaf above the full depth: both children carry its value
            fill(k, t, node, 2 * pos + 1, level + 1)
            fill(k, t, node, 2 * pos + 2, level + 1)
            return
        feat[k, pos], thr[k, pos] = t["feature"][node], t["threshold"][node]
        fill(k, t, t["left"][node], 2 * pos + 1, level + 1)
        fill(k, t, t["right"][node], 2 * pos + 2, level + 1)

    for k, t in enumerate(trees):
        fill(k, t, 0, 0, 0)
    return feat, thr, val


def score_rows(model: dict[str, Any], xs: list[list[float]]) -> list[float]:
    """``score`` of many rows at once; trees are walked with array operations (an article's
    candidates in one pass: the pure-Python walk of 200 trees per candidate was three
    quarters of the calibration's cost), equal to ``score`` up to float summation order, in
    sets of ``RankerThresholds.score_block_rows`` rows (each row's sum is the same in any set)."""
    if model["type"] != "trees" or not xs:
        return [score(model, x) for x in xs]
    n = RANKER.score_block_rows
    z = [v for i in range(0, len(xs), n) for v in _tree_sums(model, xs[i:i + n])]
    return [_sigmoid(model["init"] + model["learning_rate"] * v) for v in z]


def _tree_sums(model: dict[str, Any], xs: list[list[float]]) -> list[float]:
    """The sum of the trees' leaf values for each row of ``xs``."""
    feat, thr, val = model.get("complete") or complete_trees(model["trees"])
    x = np.asarray(xs, dtype=float)
    n_trees, inner = feat.shape
    base = np.arange(n_trees) * inner  # where each tree's nodes begin in the flat arrays
    row_base = (np.arange(len(x)) * x.shape[1])[:, None]
    feat_flat, thr_flat, x_flat = feat.ravel(), thr.ravel(), x.ravel()
    # each row's node in each tree as a flat index (base + node): ``take`` on flat arrays
    # gathers the same values as indexing by (tree, node) pairs, in less time (the 836 calls
    # of 500 BBC articles: 0.095-0.100 s, now 0.069-0.071 s, equal floats; round 61, lane speed62)
    at = np.broadcast_to(base, (len(x), n_trees)).copy()
    for _ in range(int(np.log2(val.shape[1]))):
        go_left = x_flat.take(row_base + feat_flat.take(at)) <= thr_flat.take(at)
        at += at - base + 2 - go_left  # node -> 2 * node + 2 - go_left
    leaves = np.arange(n_trees) * val.shape[1] + (at - base) - inner
    return val.ravel().take(leaves).sum(axis=1).tolist()


def probabilities(model: dict[str, Any], xs: list[list[float]]) -> list[float]:
    """P(candidate is the speaker) for each candidate of one quotation."""
    if model["type"] != "softmax":
        return score_rows(model, xs)
    z = [_linear(model, x) for x in xs]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def probabilities_many(model: dict[str, Any], groups: list[list[list[float]]]) -> list[list[float]]:
    """``probabilities`` of several quotations' candidates, scored in one pass where the model
    scores rows one by one (an article's quotations at once: one array walk, not one each)."""
    if model["type"] == "softmax":
        return [probabilities(model, xs) for xs in groups]
    flat = score_rows(model, [x for xs in groups for x in xs])
    out, k = [], 0
    for xs in groups:
        out.append(flat[k:k + len(xs)])
        k += len(xs)
    return out


def score(model: dict[str, Any], x: list[float]) -> float:
    """P(candidate is the speaker) for one feature row (logistic or trees: a softmax model
    scores a quotation's candidates together, ``probabilities``)."""
    if model["type"] == "logistic":
        z = _linear(model, x)
    elif model["type"] == "trees":
        z = model["init"] + model["learning_rate"] * sum(_tree_value(t, x) for t in model["trees"])
    else:
        raise ValueError(f"unknown ranker model type {model['type']!r}")
    return _sigmoid(z)


def _sigmoid(z: float) -> float:
    # exp overflows far below -40, where the probability is 0 to double precision anyway
    return 0.0 if z < -40 else 1.0 / (1.0 + math.exp(-z))


def article_candidates(lay: Layout, entities: list[Entity], th: RankerThresholds | None = None,
                       named_only: bool = False, window: int = RANKER.window_chars) -> dict[int, list[Candidate]]:
    """Every speech quotation's candidates (quote index -> candidates), from the cascade's
    speakers as they stand: training and scoring both call this. With ``th`` only the
    quotations ``decide`` could change under it (a named speaker at or above
    ``replace_below_conf`` stands whatever the ranker says: most quotations; the features of
    one quotation do not depend on which others are computed). With ``named_only`` only the
    quotations with a speaker (the calibration scores names). The article's index is built
    only if some quotation is scored: most articles have none below the threshold."""
    speech = [qi for qi, q in enumerate(lay.quotes) if q.kind == "speech" and not q.nested]
    speech.sort(key=lambda qi: lay.quotes[qi].start)
    todo = [k for k, qi in enumerate(speech) if th is None or lay.quotes[qi].speaker is None
            or lay.quotes[qi].confidence < th.replace_below_conf]
    if named_only:
        todo = [k for k in todo if lay.quotes[speech[k]].speaker]
    if not todo:
        return {}
    idx = ArticleIndex(lay, entities)
    by_name = {e.canonical: e for e in entities}
    out: dict[int, list[Candidate]] = {}
    for k in todo:
        qi = speech[k]
        prev = lay.quotes[speech[k - 1]].speaker if k > 0 else None
        nxt = lay.quotes[speech[k + 1]].speaker if k + 1 < len(speech) else None
        out[qi] = quote_candidates(lay, idx, qi, prev, nxt, by_name, window)
    return out


def decide(cands: list[Candidate], probs: list[float], speaker: str | None, conf: float,
           th: RankerThresholds = RANKER) -> tuple[str | None, float] | None:
    """The ranker's change to one quotation: (new speaker or None for null, probability), or
    None to keep the cascade's answer."""
    best = max(range(len(cands)), key=lambda i: probs[i])
    top, p = cands[best].name, probs[best]
    if top == NULL:
        if speaker is not None and conf < th.replace_below_conf and p >= th.null_min_prob:
            return None, p
        return None
    if speaker is None:
        return (top, p) if p >= th.fill_min_prob else None
    if top != speaker and conf < th.replace_below_conf and p >= th.replace_min_prob:
        return top, p
    return None


def rerank(lay: Layout, entities: list[Entity], th: RankerThresholds = RANKER) -> int:
    """Apply the ranker to an attributed article in place; returns how many quotations changed."""
    model = load_model()
    cands = article_candidates(lay, entities, th)
    changes = []
    for qi, cs in cands.items():
        q = lay.quotes[qi]
        probs = probabilities(model, [c.x for c in cs])
        d = decide(cs, probs, q.speaker, q.confidence, th)
        if d is not None:
            changes.append((q, d, next((c.entity for c in cs if c.name == d[0]), None)))
    for q, (name, p), ent in changes:
        was = q.speaker
        if name is None:
            q.speaker, q.speakers = None, []
            q.confidence = 0.0
            q.attribution_evidence.append(f"ranker: nobody (p={p:.2f}) over the rules' {was}")
            continue
        q.speaker, q.speakers = name, [name]
        q.speaker_description = ent.description() if ent is not None else None
        q.confidence = round(p, 2)
        q.attribution_evidence.append(f"ranker: {name} (p={p:.2f})" + (f" over the rules' {was}" if was else ""))
    return len(changes)
