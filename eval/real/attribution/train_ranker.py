"""Train the learned speaker ranker (src/onrecord/attribute/ranker.py; issue 11) on the
real-news TUNING split only, choose its thresholds by cross-validation grouped by article,
and write the model as plain numbers (src/onrecord/attribute/ranker_model.json).

    python eval/real/attribution/draw.py --out DIR
    PYTHONPATH=src python eval/real/attribution/train_ranker.py --articles DIR [--write]

Without --write it only reports the cross-validated figures. Seeded (SEED): the same input
gives the same model. The test split is never read here.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.base import clone

from onrecord.attribute import _attribute_group
from onrecord.attribute.features import FEATURES, NULL
from onrecord.attribute.ranker import MODEL_PATH, article_candidates, decide, score
from onrecord.eval import _norm, match_overlap, read_jsonl
from onrecord.pipeline import extract
from onrecord.thresholds.attribute import RANKER, AttributeOptions

SEED = 20261202
HERE = Path(__file__).resolve().parent
FOLDS = 5
GRID = {
    "replace_below_conf": [0.6, 0.7, 0.8, 0.85, 0.9, 0.95],
    "replace_min_prob": [0.5, 0.6, 0.7, 0.8, 0.9],
    "fill_min_prob": [0.5, 0.6, 0.7, 0.8, 0.9, 1.01],
    "null_min_prob": [0.6, 0.7, 0.8, 0.9, 1.01],
}


def build_rows(gold_path: Path, articles: Path) -> list[dict]:
    """One record per matched gold speech quotation that the cascade typed speech: its
    candidates' features, which candidate is right, and the cascade's answer."""
    gold = read_jsonl(gold_path, "gold")
    paths = [articles / f"{g['id']}.txt" for g in gold]
    results = list(extract(paths, attribute=False))
    arts = _attribute_group(results, replace(AttributeOptions(), use_ranker=False))
    out = []
    for g, a in zip(gold, arts):
        cands = article_candidates(a.lay, a.ents.entities)
        pred = [{"start": q.start, "end": q.end} for q in a.lay.quotes]
        for gi, pi in match_overlap(g["quotes"], pred):
            gq, q = g["quotes"][gi], a.lay.quotes[pi]
            if gq["kind"] != "speech" or pi not in cands:
                continue
            cs = cands[pi]
            want = _norm(gq.get("speaker")) or _norm(NULL)
            out.append({"article": g["id"], "gold": gq.get("speaker"), "cascade": q.speaker, "conf": q.confidence,
                        "names": [c.name for c in cs], "x": [c.x for c in cs],
                        "y": [int(_norm(c.name) == want) for c in cs]})
    return out


def flat(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.array([x for r in rows for x in r["x"]], dtype=float)
    y = np.array([y for r in rows for y in r["y"]], dtype=int)
    groups = np.array([r["article"] for r in rows for _ in r["x"]])
    return X, y, groups


def models() -> dict[str, object]:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return {
        "logistic C=0.1": make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=2000)),
        "logistic C=1": make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)),
        "logistic C=0.01": make_pipeline(StandardScaler(), LogisticRegression(C=0.01, max_iter=2000)),
        "trees 200x2": GradientBoostingClassifier(n_estimators=200, max_depth=2, learning_rate=0.1,
                                                  subsample=0.8, random_state=SEED),
    }


def oof_probs(rows: list[dict], make) -> list[list[float]]:
    """Out-of-fold probabilities per quotation, folds grouped by article."""
    from sklearn.model_selection import GroupKFold
    X, y, groups = flat(rows)
    p = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        m = make()
        m.fit(X[tr], y[tr])
        p[te] = m.predict_proba(X[te])[:, 1]
    out, k = [], 0
    for r in rows:
        out.append(list(p[k:k + len(r["x"])]))
        k += len(r["x"])
    return out


def outcome(rows: list[dict], probs: list[list[float]] | None, th) -> dict[str, int]:
    """right / wrong person / null-when-named / named-when-null counts, with the ranker
    applied under ``th`` (probs None: the cascade alone)."""
    c = {"right": 0, "wrong_person": 0, "null_missed": 0, "named_unnamed": 0}
    for i, r in enumerate(rows):
        sp = r["cascade"]
        if probs is not None:
            cs = [_Cand(n) for n in r["names"]]
            d = decide(cs, probs[i], sp, r["conf"], th)
            if d is not None:
                sp = d[0]
        g = r["gold"]
        if _norm(sp) == _norm(g):
            c["right"] += 1
        elif g is None:
            c["named_unnamed"] += 1
        elif sp is None:
            c["null_missed"] += 1
        else:
            c["wrong_person"] += 1
    return c


class _Cand:
    def __init__(self, name: str):
        self.name = name


def best_thresholds(rows: list[dict], probs: list[list[float]]):
    """The grid point with the most right answers among those whose wrong answers (wrong
    person + a name for an unnamed speaker) do not exceed the cascade's."""
    base = outcome(rows, None, RANKER)
    base_wrong = base["wrong_person"] + base["named_unnamed"]
    best = None
    keys = list(GRID)
    for vals in itertools.product(*(GRID[k] for k in keys)):
        th = replace(RANKER, **dict(zip(keys, vals)))
        o = outcome(rows, probs, th)
        if o["wrong_person"] + o["named_unnamed"] > base_wrong:
            continue
        key = (o["right"], -(o["wrong_person"] + o["named_unnamed"]))
        if best is None or key > best[0]:
            best = (key, th, o)
    return base, best


def export(make, rows: list[dict]) -> dict:
    X, y, _ = flat(rows)
    m = make()
    m.fit(X, y)
    if hasattr(m, "steps"):  # scaler + logistic: fold the scaling into the weights
        sc, lr = m.steps[0][1], m.steps[-1][1]
        w = lr.coef_[0] / sc.scale_
        b = float(lr.intercept_[0] - np.dot(lr.coef_[0], sc.mean_ / sc.scale_))
        model = {"type": "logistic", "coef": [float(v) for v in w], "intercept": b}
    else:
        trees = []
        for est in m.estimators_[:, 0]:
            t = est.tree_
            trees.append({"left": t.children_left.tolist(), "right": t.children_right.tolist(),
                          "feature": [int(f) for f in t.feature], "threshold": [float(v) for v in t.threshold],
                          "value": [float(v) for v in t.value[:, 0, 0]]})
        prior = float(np.mean(y))
        model = {"type": "trees", "init": float(np.log(prior / (1 - prior))),
                 "learning_rate": float(m.learning_rate), "trees": trees}
    model["features"] = list(FEATURES)
    # the check that pure-Python scoring equals scikit-learn's on the training rows
    sk = m.predict_proba(X[:200])[:, 1]
    mine = np.array([score(model, list(x)) for x in X[:200]])
    model["max_abs_diff_vs_sklearn"] = float(np.max(np.abs(sk - mine)))
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "gold-tune.jsonl")
    ap.add_argument("--rows", type=Path, help="cache of the feature rows (JSON): reused if present")
    ap.add_argument("--write", action="store_true", help="write the model to attribute/ranker_model.json")
    args = ap.parse_args(argv)
    if "test" in args.gold.name:
        print("refusing to train on the test split", file=sys.stderr)
        return 2
    np.random.seed(SEED)
    if args.rows and args.rows.is_file():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        rows = build_rows(args.gold, args.articles)
        if args.rows:
            args.rows.write_text(json.dumps(rows), encoding="utf-8")
    reach = sum(1 for r in rows if any(r["y"]))
    print(f"{len(rows)} matched speech quotations; gold answer among the candidates: {reach}")
    results = {}
    for name, est in models().items():
        make = (lambda e: (lambda: clone(e)))(est)
        probs = oof_probs(rows, make)
        top1 = sum(r["y"][int(np.argmax(p))] for r, p in zip(rows, probs))
        base, best = best_thresholds(rows, probs)
        results[name] = (best[0][0], top1, best, make)
        print(f"{name}: CV top-1 {top1}/{len(rows)} = {top1 / len(rows):.3f}; cascade {base}; "
              f"with ranker {best[2]} at {best[1]}")
    name = max(results, key=lambda k: (results[k][0], results[k][1]))
    print(f"chosen: {name}")
    if args.write:
        model = export(results[name][3], rows)
        model["trained_on"] = "eval/real/attribution/gold-tune.jsonl"
        model["chosen_by"] = f"{FOLDS}-fold CV grouped by article: {name}; thresholds {results[name][2][1]}"
        MODEL_PATH.write_text(json.dumps(model, indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH} (pure-Python vs sklearn max |diff| {model['max_abs_diff_vs_sklearn']:.2e})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
