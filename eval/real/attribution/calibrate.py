"""Calibrate the speaker confidence (issue 11): learn P(the shown speaker is right) for every
speech quotation onrecord gives a name, from the rule cascade's own evidence and the candidate
features (attribute/features.py).

Two stages, because the rules were written on the tuning sets: there a shown name is right
93 % of the time, on sets no rule has seen 85-89 %. So a model fitted on the tuning sets
ranks names well but is too sure of them. (1) Gradient-boosted trees learn the ranking on the
TUNING sets; (2) a Platt scaling of the trees' log-odds is fitted on the CALIBRATION sets
(fresh7, fresh8, ...: annotated like the others, but no rule is ever tuned on them), and
folded into the trees (init and learning rate), so the shipped model is plain trees.

    python eval/real/attribution/draw.py --out DIR
    PYTHONPATH=src python eval/real/attribution/calibrate.py --articles DIR [--rows R.json] [--design D] [--write]
    PYTHONPATH=src python eval/real/attribution/calibrate.py --articles DIR --score gold-test.jsonl

Without --write it reports per model: out of fold on the tuning sets (5 folds grouped by
article), then on the calibration sets, trained on the tuning sets, before and after Platt
scaling (cross-fitted: each calibration set scaled by a fit on the others): AUC, Brier score,
expected calibration error, and the threshold and share of names kept where the kept names
reach one error in fifteen. ``--score`` applies the written model to one gold file and prints
the same figures (for the never-read sets: counts only, nothing item by item).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.base import clone
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from train_ranker import cascade_output  # this folder: run as a script
from onrecord.attribute.calibration import MODEL_PATH, quote_rows, CAL_FEATURES
from onrecord.attribute.ranker import article_candidates
from onrecord.eval import _norm, match_overlap
from onrecord.thresholds.learned import CALIBRATION as CALIBRATION_TH

SEED = 20261215
HERE = Path(__file__).resolve().parent
FOLDS = 5
# the trees' data (the tuning sets) and the Platt scaling's data (sets annotated like them on
# which no rule is ever tuned). "shipped": fresh7 and fresh8 from round 27; fresh9 and fresh10
# joined them in round 32, when the threshold got its margin; fresh11 and fresh12 confirmed that
# choice. "round54": every tuning set (fresh14, fresh15 and the random AllSides sets fresh17
# and fresh18 added: 2,457 -> 3,672 named quotations) and fresh19 (60 random AllSides articles
# drawn for it, never read) in the Platt scaling. Measured in round 54 (docs/attribution-errors.md,
# "Round 54, lane calib54"): better than "shipped" on every aggregate (fresh19's AUC 0.724 ->
# 0.753; the seven never-read sets under --precise-speakers 1,567/1,644 = 0.953, "shipped"
# retrained on the same rules 1,570/1,656 = 0.948), but at 0.82 fresh11 reads 260/277, two
# names under its floor (0.945; "shipped" retrained: 263/282, and held under its floor too), so
# its model was not committed then. Round 57 (twenty-sixth session) shipped it, by a rule written
# before fresh21 was scored: on fresh21 311/325 names right against 304/320, and over the nine
# never-read sets neither design was fitted on 2,168/2,275 against 2,160/2,275. The default.
TUNING = ("gold-tune.jsonl", "gold-ext.jsonl", "judged-fresh.jsonl", "gold-fresh2.jsonl", "gold-fresh3.jsonl",
          "gold-fresh4.jsonl", "gold-fresh5.jsonl")
CALIBRATION = ("gold-fresh7.jsonl", "gold-fresh8.jsonl", "gold-fresh9.jsonl", "gold-fresh10.jsonl")
DESIGNS = {
    "shipped": (TUNING, CALIBRATION),
    "round54": (TUNING + ("gold-fresh14.jsonl", "gold-fresh15.jsonl", "gold-fresh17.jsonl", "gold-fresh18.jsonl"),
                CALIBRATION + ("gold-fresh19.jsonl",)),
}
# calibration sets drawn uniformly at random from unread AllSides articles: their figures are
# also reported alone (random AllSides text is where the probability separated worst: fresh17's
# first score read 0.88-0.90 at every threshold from 0.7 to 0.94)
RANDOM_ALLSIDES = ("gold-fresh19.jsonl",)
TARGET_PRECISION = 14 / 15  # "at most one error in fifteen" (issue 11)
# one-sided 95 % normal quantile: the threshold's margin (round 32). A threshold set where the
# calibration sets' kept names are exactly 14 in 15 left fresh11 and fresh12 at 0.926 and 0.932.
MARGIN_Z = 1.645


def build_rows(gold_path: Path, articles: Path) -> list[dict]:
    """One record per quotation onrecord typed speech and gave a name that overlaps a gold
    quotation: its features and whether the name is right (a name on a gold title, scare or
    term is wrong: a reader sees a speaker who said nothing)."""
    gold, arts = cascade_output(gold_path, articles)
    out = []
    for g, a in zip(gold, arts):
        cands = article_candidates(a.lay, a.ents.entities, named_only=True, window=CALIBRATION_TH.window_chars)
        pred = [{"start": q.start, "end": q.end} for q in a.lay.quotes]
        for gi, pi in match_overlap(g["quotes"], pred):
            gq, q = g["quotes"][gi], a.lay.quotes[pi]
            if q.kind != "speech" or not q.speaker or pi not in cands:
                continue
            right = gq["kind"] == "speech" and _norm(gq.get("speaker")) == _norm(q.speaker)
            out.append({"set": gold_path.name, "article": g["id"], "start": q.start, "conf": q.confidence,
                        "x": quote_rows([q], [cands[pi]])[0], "y": int(right)})
    return out


def models() -> dict[str, object]:
    return {
        "rule confidence alone": None,
        "logistic C=0.1": make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000)),
        "logistic C=1": make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)),
        "trees 100x2": GradientBoostingClassifier(n_estimators=100, max_depth=2, learning_rate=0.1, random_state=SEED),
        "trees 200x3": GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.05,
                                                  subsample=0.8, random_state=SEED),
    }


def oof(rows: list[dict], make) -> np.ndarray:
    X = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["y"] for r in rows])
    if make is None:
        return np.array([r["conf"] for r in rows])
    groups = np.array([r["article"] for r in rows])
    p = np.zeros(len(rows))
    for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        m = clone(make).fit(X[tr], y[tr])
        p[te] = m.predict_proba(X[te])[:, 1]
    return p


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width bins of the predicted probability."""
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (p >= lo) & ((p < hi) if hi < 1 else (p <= hi))
        if m.any():
            total += m.sum() / len(p) * abs(p[m].mean() - y[m].mean())
    return total


def _run_ends(ps: np.ndarray) -> np.ndarray:
    """Of probabilities sorted from the top, the last of each run of equal values: the only
    places a threshold (names kept at p >= t) can cut (review 18: a cut inside a run counted
    only part of the names the threshold keeps)."""
    return np.r_[ps[1:] != ps[:-1], True]


def kept_at_precision(p: np.ndarray, y: np.ndarray, target: float = TARGET_PRECISION) -> tuple[float, float, int]:
    """The lowest threshold whose kept names (p >= t) reach ``target`` precision, scanning
    from the top; (threshold, share of names kept, names kept right): ``kept_with_margin``
    with no margin (the Wilson bound at z = 0 is the observed proportion)."""
    return kept_with_margin(p, y, target, z=0.0)


def wilson_lower(right: np.ndarray, n: np.ndarray, z: float = MARGIN_Z) -> np.ndarray:
    """The Wilson score interval's lower bound of a proportion right/n (one-sided at z)."""
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def kept_with_margin(p: np.ndarray, y: np.ndarray, target: float = TARGET_PRECISION,
                     z: float = MARGIN_Z) -> tuple[float, float, int]:
    """As ``kept_at_precision``, but the kept names' precision must reach ``target`` with a
    margin: its Wilson lower bound at ``z``, not its observed value (round 32)."""
    order = np.argsort(-p, kind="stable")
    right = np.cumsum(y[order])
    n = np.arange(1, len(p) + 1)
    ok = np.where((wilson_lower(right, n, z) >= target) & _run_ends(p[order]))[0]
    if not len(ok):
        return 1.0, 0.0, 0
    k = ok[-1]
    return float(p[order][k]), (k + 1) / len(p), int(right[k])


def report(name: str, p: np.ndarray, y: np.ndarray, at: float = CALIBRATION_TH.precise_names,
           also: tuple[float, ...] = ()) -> dict:
    """AUC, Brier, ECE, the thresholds at 14 in 15 (observed, and with the margin), and the
    names kept at ``at`` (and at each of ``also``)."""
    t, share, right = kept_at_precision(p, y)
    out = {"model": name, "n": int(len(y)), "right": int(y.sum()), "auc": round(roc_auc_score(y, p), 4),
           "brier": round(brier_score_loss(y, p), 4), "ece": round(ece(p, y), 4),
           "threshold_at_14_of_15": round(t, 3), "kept_share": round(share, 3), "kept_right": right,
           "with_margin": dict(zip(("threshold", "kept_share", "kept_right"),
                                   (round(v, 3) for v in kept_with_margin(p, y))))}
    for th in (at, *also):
        kept = p >= th
        out[f"at_{th:g}"] = {"kept": int(kept.sum()), "kept_right": int(y[kept].sum()),
                             "precision": round(float(y[kept].mean()), 4) if kept.any() else None}
    print(json.dumps(out))
    return out


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(a, b) of P = sigmoid(a z + b), fitted by (nearly unpenalised) logistic regression."""
    lr = LogisticRegression(C=100.0).fit(z[:, None], y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def cross_platt(p: np.ndarray, y: np.ndarray, sets: np.ndarray) -> np.ndarray:
    """Each calibration set's probabilities scaled by a Platt fit on the other sets."""
    z, out = logit(p), np.zeros_like(p)
    for s in np.unique(sets):
        a, b = platt(z[sets != s], y[sets != s])
        out[sets == s] = 1 / (1 + np.exp(-(a * z[sets == s] + b)))
    return out


def export(make, rows: list[dict], cal: list[dict], design: str = "round54") -> dict:
    tuning, calibration = DESIGNS[design]
    X = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["y"] for r in rows])
    m = clone(make).fit(X, y)
    if cal:
        pc = m.predict_proba(np.array([r["x"] for r in cal], dtype=float))[:, 1]
        a, b = platt(logit(pc), np.array([r["y"] for r in cal]))
    else:
        a, b = 1.0, 0.0
    if hasattr(m, "estimators_"):
        trees = []
        for est in m.estimators_[:, 0]:
            t = est.tree_
            trees.append({"left": t.children_left.tolist(), "right": t.children_right.tolist(),
                          "feature": t.feature.tolist(), "threshold": t.threshold.tolist(),
                          "value": t.value[:, 0, 0].tolist()})
        prior = float(np.clip(y.mean(), 1e-6, 1 - 1e-6))
        init = float(np.log(prior / (1 - prior)))
        # Platt folded in: a (init + lr S) + b = (a init + b) + (a lr) S
        return {"type": "trees", "features": list(CAL_FEATURES), "init": a * init + b,
                "learning_rate": a * m.learning_rate, "trees": trees, "trained_on": list(tuning),
                "scaled_on": list(calibration), "platt": [a, b], "seed": SEED}
    scaler, lr = m[0], m[-1]
    coef = lr.coef_[0] / scaler.scale_
    intercept = float(lr.intercept_[0] - np.sum(coef * scaler.mean_))
    return {"type": "logistic", "features": list(CAL_FEATURES), "coef": (a * coef).tolist(),
            "intercept": a * intercept + b, "trained_on": list(tuning), "scaled_on": list(calibration),
            "platt": [a, b], "seed": SEED}


def load_rows(cache: Path | None, articles: Path, design: str = "round54") -> tuple[list[dict], list[dict]]:
    """The design's tuning and calibration rows; ``cache`` (JSON) holds them by set name, so a
    set one design adds is built alone and the others are read back."""
    tuning, calibration = DESIGNS[design]
    by_set = json.loads(cache.read_text()) if cache and cache.exists() else {}
    if not isinstance(by_set, dict):  # an older cache ([tuning rows, calibration rows]): rebuild
        by_set = {}
    for name in (*tuning, *calibration):
        if name not in by_set:
            by_set[name] = build_rows(HERE / name, articles)
            if cache:
                cache.write_text(json.dumps(by_set))
    return ([r for name in tuning for r in by_set[name]],
            [r for name in calibration for r in by_set[name]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=Path, required=True)
    ap.add_argument("--rows", type=Path, help="cache of the tuning rows (JSON)")
    ap.add_argument("--model", default="trees 100x2")
    ap.add_argument("--design", choices=sorted(DESIGNS), default="round54",
                    help="which sets train the trees and fit the Platt scaling")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--score", type=Path, help="score the written model on one gold file (counts only)")
    a = ap.parse_args(argv)
    if a.score:
        from onrecord.attribute.calibration import load_model, probability
        rows = build_rows(a.score, a.articles)
        model = load_model()
        y = np.array([r["y"] for r in rows])
        report("written model", np.array([probability(model, r["x"]) for r in rows]), y)
        report("rule confidence alone", np.array([r["conf"] for r in rows]), y)
        return 0
    rows, cal = load_rows(a.rows, a.articles, a.design)
    y = np.array([r["y"] for r in rows])
    Xc, yc = np.array([r["x"] for r in cal], dtype=float), np.array([r["y"] for r in cal])
    sets = np.array([r["set"] for r in cal])
    report("calibration sets: rule confidence alone", np.array([r["conf"] for r in cal]), yc)
    for name, make in models().items():
        report("tuning out of fold: " + name, oof(rows, make), y)
        if make is None:
            continue
        pc = clone(make).fit(np.array([r["x"] for r in rows], dtype=float), y).predict_proba(Xc)[:, 1]
        report("calibration sets: " + name, pc, yc)
        pcx = cross_platt(pc, yc, sets)
        margin = report("calibration sets, Platt cross-fitted: " + name, pcx, yc)["with_margin"]["threshold"]
        rnd = np.isin(sets, RANDOM_ALLSIDES)
        if rnd.any():  # the pooled margin threshold, rounded up as the protocol does, read there
            report("random AllSides calibration sets alone, Platt cross-fitted: " + name, pcx[rnd], yc[rnd],
                   also=(float(np.ceil(margin * 100 - 1e-9) / 100),))
    if a.write:
        MODEL_PATH.write_text(json.dumps(export(models()[a.model], rows, cal, a.design)) + "\n")
        print(f"wrote {MODEL_PATH} ({a.model})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
