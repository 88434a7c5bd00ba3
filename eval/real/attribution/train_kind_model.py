"""Train the learned kind model (attribute/kind_model.py, issue 11 round 17, lane kindmodel):
over quotations the rule cascade types scare or term, predict the gold kind (scare, term or
speech) from attribute/kind_features.py. Trains ONLY on the tuning splits (the eleven of round 54:
tune, ext, judged-fresh, fresh2-5, fresh14, fresh15, fresh17, fresh18); 5-fold CV grouped by
article chooses the regularisation and the threshold, out of fold.

    python eval/real/attribution/train_kind_model.py --articles /tmp/lead/arts [--write]

Prints the out-of-fold confusion before/after for each threshold; --write saves the model
fitted on all tuning rows to src/onrecord/attribute/kind_model.json (plain numbers).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from matched import matched  # this folder (run as a script)
from onrecord.attribute.kind_features import FEATURES, kind_features

HERE = Path(__file__).parent
# the gold files read (round 17 trained on the first five of these; round 54 on all eleven)
SPLITS = ("gold-tune", "gold-ext", "gold-fresh2", "gold-fresh3", "gold-fresh4", "judged-fresh", "gold-fresh5",
          "gold-fresh14", "gold-fresh15", "gold-fresh17", "gold-fresh18")
CLASSES = ("scare", "term", "speech")
OUT = HERE.parents[2] / "src" / "onrecord" / "attribute" / "kind_model.json"


def rows(articles: Path):
    X, y, cur, groups = [], [], [], []
    for split in SPLITS:
        for rec, text, quoted, g, q in matched(HERE / f"{split}.jsonl", articles):
            if q.kind not in ("scare", "term"):
                continue
            X.append(kind_features(text, q.start, q.end, q.kind, q.kind_evidence, quoted))
            y.append(g["kind"])
            cur.append(q.kind)
            groups.append(rec["id"])
    return np.array(X), np.array(y), np.array(cur), np.array(groups)


def fit(X, y, c):
    return LogisticRegression(C=c, max_iter=2000).fit(X, [v if v in CLASSES else "scare" for v in y])


def oof(X, y, groups, c):
    P = np.zeros((len(y), len(CLASSES)))
    for tr, te in GroupKFold(5).split(X, y, groups):
        m = fit(X[tr], y[tr], c)
        P[te] = m.predict_proba(X[te])[:, [list(m.classes_).index(k) for k in CLASSES]]
    return P


def decide(p, cur, t, to_speech=False):
    """The kind after the model: the cascade's unless the model's best kind (scare or term;
    speech only with ``to_speech``) differs and reaches ``t``."""
    allowed = CLASSES if to_speech else CLASSES[:2]
    best = max(allowed, key=lambda k: p[CLASSES.index(k)])
    return best if best != cur and p[CLASSES.index(best)] >= t else cur


def confusion(y, pred):
    kinds = ("speech", "title", "scare", "term")
    lines = ["gold\\pred " + " ".join(f"{k:>6}" for k in kinds)]
    for g in kinds:
        lines.append(f"{g:>9} " + " ".join(f"{sum(1 for a, b in zip(y, pred) if a == g and b == k):>6}" for k in kinds))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=Path, required=True)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--c", type=float, default=None)
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    X, y, cur, groups = rows(args.articles)
    base = int(sum(cur == y))
    print(f"{len(y)} rows from {len(set(groups))} articles; cascade right {base}")
    print(confusion(y, cur))
    for c in (0.1, 0.3, 1.0, 3.0):
        P = oof(X, y, groups, c)
        for t in (0.5, 0.6, 0.7, 0.8):
            for sp in (False, True):
                pred = [decide(p, k, t, sp) for p, k in zip(P, cur)]
                right = sum(1 for a, b in zip(y, pred) if a == b)
                ch = sum(1 for a, b in zip(cur, pred) if a != b)
                print(f"C={c} t={t} speech={sp}: right {base} -> {right} ({ch} changed)")
    if args.c is not None and args.threshold is not None:
        P = oof(X, y, groups, args.c)
        print(confusion(y, [decide(p, k, args.threshold) for p, k in zip(P, cur)]))
    if args.write and args.c is not None:
        m = fit(X, y, args.c)
        order = [list(m.classes_).index(k) for k in CLASSES]
        model = {"type": "multinomial", "classes": list(CLASSES), "features": list(FEATURES),
                 "coef": [[round(float(v), 6) for v in m.coef_[i]] for i in order],
                 "intercept": [round(float(m.intercept_[i]), 6) for i in order],
                 "trained_on": list(SPLITS), "rows": len(y), "C": args.c}
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
